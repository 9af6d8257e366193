//! Error handling: `error_reporting`, user error and exception handlers,
//! `trigger_error`, `error_get_last`, `error_log`, and backtraces
//! (`debug_backtrace`, `debug_print_backtrace`).

use crate::builtins::funchand::adopt_caller_scope;
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::errors::*;
use crate::interp::{Interp, R};
use crate::value::{Arr, Key, Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("error_reporting", error_reporting, "$error_level="),
    f!(
        "set_error_handler",
        set_error_handler,
        "$callback, $error_levels="
    ),
    f!("restore_error_handler", restore_error_handler, ""),
    f!("set_exception_handler", set_exception_handler, "$callback"),
    f!("restore_exception_handler", restore_exception_handler, ""),
    f!("trigger_error", trigger_error, "$message, $error_level="),
    f!("user_error", trigger_error, "$message, $error_level="),
    f!("error_get_last", error_get_last, ""),
    f!("error_clear_last", error_clear_last, ""),
    f!(
        "error_log",
        error_log,
        "$message, $message_type=, $destination=, $additional_headers="
    ),
    f!("debug_backtrace", debug_backtrace, "$options=, $limit="),
    f!(
        "debug_print_backtrace",
        debug_print_backtrace,
        "$options=, $limit="
    ),
];

pub const DEBUG_BACKTRACE_PROVIDE_OBJECT: i64 = 1;
pub const DEBUG_BACKTRACE_IGNORE_ARGS: i64 = 2;

/// Registers the constants of this module.
pub fn register_constants(it: &mut Interp) {
    for (name, v) in [
        (
            "DEBUG_BACKTRACE_PROVIDE_OBJECT",
            DEBUG_BACKTRACE_PROVIDE_OBJECT,
        ),
        ("DEBUG_BACKTRACE_IGNORE_ARGS", DEBUG_BACKTRACE_IGNORE_ARGS),
    ] {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Int(v));
    }
}

// ---- error_reporting --------------------------------------------------------------

/// Sets the error_reporting level, keeping the ini value in step.
pub fn set_error_reporting(it: &mut Interp, level: i64) {
    it.settings.error_reporting = level;
    it.ini
        .insert(b"error_reporting".to_vec(), level.to_string().into_bytes());
}

fn error_reporting(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    // Under `@` PHP reports the silenced level.
    let old = it.effective_error_reporting();
    if let Some(level) = crate::builtins::funchand::nullable_int_arg(it, a, 0)? {
        set_error_reporting(it, level);
    }
    Ok(Value::Int(old))
}

// ---- handlers -------------------------------------------------------------------

/// A `?callable` argument: `Null`, or the callable checked with PHP's
/// "must be a valid callback or null" `TypeError`.
fn nullable_callback(it: &mut Interp, a: &CallArgs, i: usize) -> R<Value> {
    let v = a.value(i);
    if v.is_null() {
        return Ok(Value::Null);
    }
    adopt_caller_scope(it);
    match it.try_resolve_callable(&v)? {
        Ok(_) => Ok(v),
        Err(reason) => {
            let msg = format!(
                "{}(): Argument #{} (${}) must be a valid callback or null, {}",
                a.func.name,
                i + 1,
                a.func.param_name(i),
                reason
            );
            Err(it.throw_error("TypeError", &msg))
        }
    }
}

fn set_error_handler(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let cb = nullable_callback(it, a, 0)?;
    let mask = a.opt_int(it, 1)?.unwrap_or(E_ALL);
    let previous = it
        .error_handlers
        .last()
        .map(|(h, _)| h.clone())
        .unwrap_or(Value::Null);
    it.error_handlers.push((cb, mask));
    Ok(previous)
}

fn restore_error_handler(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    if let Some((h, _)) = it.error_handlers.pop() {
        h.release();
    }
    Ok(Value::Bool(true))
}

fn set_exception_handler(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let cb = nullable_callback(it, a, 0)?;
    let previous = it.exception_handlers.last().cloned().unwrap_or(Value::Null);
    it.exception_handlers.push(cb);
    Ok(previous)
}

fn restore_exception_handler(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    if let Some(h) = it.exception_handlers.pop() {
        h.release();
    }
    Ok(Value::Bool(true))
}

// ---- raising and reading errors --------------------------------------------------------

/// Offers an error to the user's error handler, as `report_in` does;
/// true when the handler took it (returned anything but `false`).
fn user_handler_took(it: &mut Interp, level: i64, msg: &[u8], line: u32) -> R<bool> {
    let Some((handler, mask)) = it.error_handlers.last().cloned() else {
        return Ok(false);
    };
    if mask & level == 0 || handler.is_null() {
        return Ok(false);
    }
    let file = it.current_file();
    let args = vec![
        Value::Int(level),
        Value::Str(Str::new(msg)),
        Value::Str(file),
        Value::Int(line as i64),
    ];
    let saved = it.error_handlers.pop();
    let r = it.call_value(&handler, args);
    if let Some(s) = saved {
        it.error_handlers.push(s);
    }
    Ok(!matches!(r?, Value::Bool(false)))
}

fn trigger_error(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let msg = a.string(it, 0)?;
    let level = a.opt_int(it, 1)?.unwrap_or(E_USER_NOTICE);
    match level {
        E_USER_WARNING | E_USER_NOTICE | E_USER_DEPRECATED => {
            it.report_in(level, msg.as_bytes(), it.current_file().as_bytes(), a.line)?;
            Ok(Value::Bool(true))
        }
        E_USER_ERROR => {
            if user_handler_took(it, level, msg.as_bytes(), a.line)? {
                return Ok(Value::Bool(true));
            }
            let text = String::from_utf8_lossy(msg.as_bytes()).into_owned();
            let unwind = it.fatal_at(&text, a.line);
            if let Some(last) = &mut it.last_error {
                last.0 = E_USER_ERROR;
            }
            Err(unwind)
        }
        _ => Err(a.value_error(
            it,
            1,
            "must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED",
        )),
    }
}

fn error_get_last(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let Some((level, msg, file, line)) = it.last_error.clone() else {
        return Ok(Value::Null);
    };
    let mut arr = Arr::new();
    let t = arr.table_mut();
    t.insert(Key::Str(Str::interned(b"type")), Value::Int(level));
    t.insert(
        Key::Str(Str::interned(b"message")),
        Value::Str(Str::new(&msg)),
    );
    t.insert(
        Key::Str(Str::interned(b"file")),
        Value::Str(Str::new(&file)),
    );
    t.insert(Key::Str(Str::interned(b"line")), Value::Int(line as i64));
    Ok(Value::Arr(arr))
}

fn error_clear_last(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    it.last_error = None;
    Ok(Value::Null)
}

/// Writes a line to the error log: the `error_log` ini file (with PHP's
/// timestamp) when one is set, otherwise standard error as the CLI does.
pub fn log_message(it: &mut Interp, msg: &[u8]) {
    use std::io::Write;
    let target = it.ini.get(&b"error_log"[..]).cloned().unwrap_or_default();
    if !target.is_empty() {
        let stamp = crate::builtins::datetime::log_timestamp(it);
        let mut line = format!("[{}] ", stamp).into_bytes();
        line.extend_from_slice(msg);
        line.push(b'\n');
        let path = crate::interp::include::bytes_to_path(&target);
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            if f.write_all(&line).is_ok() {
                return;
            }
        }
    }
    it.out.flush();
    let mut err = std::io::stderr();
    let _ = err.write_all(msg);
    let _ = err.write_all(b"\n");
}

fn error_log(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    use std::io::Write;
    let msg = a.string(it, 0)?;
    let kind = a.opt_int(it, 1)?.unwrap_or(0);
    let destination = a.nullable_string(it, 2)?;
    let _headers = a.nullable_string(it, 3)?;
    match kind {
        // Mail: phpi sends none.
        1 => Ok(Value::Bool(false)),
        3 => {
            let Some(dest) = destination else {
                return Ok(Value::Bool(false));
            };
            let path = crate::interp::include::bytes_to_path(dest.as_bytes());
            let ok = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .and_then(|mut f| f.write_all(msg.as_bytes()))
                .is_ok();
            Ok(Value::Bool(ok))
        }
        _ => {
            log_message(it, msg.as_bytes());
            Ok(Value::Bool(true))
        }
    }
}

// ---- backtraces ------------------------------------------------------------------

/// `debug_backtrace()` of the code calling the running built-in: frames
/// from the innermost call out, at most `limit` (0: all).
pub fn caller_backtrace(it: &mut Interp, options: i64, limit: i64) -> Arr {
    let with_args = options & DEBUG_BACKTRACE_IGNORE_ARGS == 0;
    let trace = it.backtrace(1, with_args);
    // The objects of method frames, in the same order as the entries.
    let n = it.frames.len();
    let objects: Vec<Option<crate::value::Obj>> = (1..n)
        .rev()
        .skip(1)
        .filter(|&i| it.frames[i].call_name.is_some())
        .map(|i| it.frames[i].this.clone())
        .collect();
    let provide_object = options & DEBUG_BACKTRACE_PROVIDE_OBJECT != 0;
    let mut out = Arr::new();
    for (k, entry) in trace.table().values().enumerate() {
        if limit > 0 && k as i64 >= limit {
            break;
        }
        let Value::Arr(entry) = entry else { continue };
        let object = objects.get(k).cloned().flatten().filter(|_| provide_object);
        let value = match object {
            None => Value::Arr(entry.clone()),
            Some(o) => {
                // `object` goes between `class` and `type`, as PHP orders it.
                let mut e = Arr::new();
                for (key, v) in entry.table().iter() {
                    let is_type =
                        matches!(key, crate::value::KeyRef::Str(s) if s.as_bytes() == b"type");
                    if is_type {
                        e.table_mut()
                            .insert(Key::Str(Str::interned(b"object")), Value::Obj(o.clone()));
                    }
                    e.table_mut().insert(key.to_owned(), v.clone());
                }
                Value::Arr(e)
            }
        };
        out.table_mut().push(value);
    }
    out
}

fn debug_backtrace(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let options = a.opt_int(it, 0)?.unwrap_or(DEBUG_BACKTRACE_PROVIDE_OBJECT);
    let limit = a.opt_int(it, 1)?.unwrap_or(0);
    Ok(Value::Arr(caller_backtrace(it, options, limit)))
}

fn debug_print_backtrace(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let options = a.opt_int(it, 0)?.unwrap_or(0);
    let limit = a.opt_int(it, 1)?.unwrap_or(0);
    let trace = caller_backtrace(it, options & DEBUG_BACKTRACE_IGNORE_ARGS, limit);
    let mut out = Vec::new();
    for (n, entry) in trace.table().values().enumerate() {
        if let Value::Arr(e) = entry {
            crate::builtins::classes::trace_line(it, &mut out, e, n);
        }
    }
    it.out.write(&out);
    Ok(Value::Null)
}
