//! Output control: the `ob_*` functions over the stack of output buffers
//! (`Interp.out.buffers`, see `interp::output`), their handlers
//! (callbacks called with PHP's `PHP_OUTPUT_HANDLER_*` phase flags),
//! `flush` and the URL-rewriter entry points.

use crate::builtins::funchand::adopt_caller_scope;
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::output::OutputBuffer;
use crate::interp::{Interp, R};
use crate::value::{Arr, Key, Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("ob_start", ob_start, "$callback=, $chunk_size=, $flags="),
    f!("ob_flush", ob_flush, ""),
    f!("ob_clean", ob_clean, ""),
    f!("ob_end_flush", ob_end_flush, ""),
    f!("ob_end_clean", ob_end_clean, ""),
    f!("ob_get_flush", ob_get_flush, ""),
    f!("ob_get_clean", ob_get_clean, ""),
    f!("ob_get_contents", ob_get_contents, ""),
    f!("ob_get_length", ob_get_length, ""),
    f!("ob_get_level", ob_get_level, ""),
    f!("ob_get_status", ob_get_status, "$full_status="),
    f!("ob_list_handlers", ob_list_handlers, ""),
    f!("ob_implicit_flush", ob_implicit_flush, "$enable="),
    f!("flush", flush, ""),
    f!(
        "output_add_rewrite_var",
        output_add_rewrite_var,
        "$name, $value"
    ),
    f!("output_reset_rewrite_vars", output_reset_rewrite_vars, ""),
];

// Phases passed to handlers.
pub const PHASE_WRITE: i64 = 0;
pub const PHASE_START: i64 = 1;
pub const PHASE_CLEAN: i64 = 2;
pub const PHASE_FLUSH: i64 = 4;
pub const PHASE_FINAL: i64 = 8;
// Buffer flags.
pub const CLEANABLE: i64 = 16;
pub const FLUSHABLE: i64 = 32;
pub const REMOVABLE: i64 = 64;
pub const STDFLAGS: i64 = 112;
pub const STARTED: i64 = 0x1000;
pub const DISABLED: i64 = 0x2000;
pub const PROCESSED: i64 = 0x4000;
/// The handler is a user callback (the status `type` is 1).
const USER: i64 = 1;

const DEFAULT_HANDLER: &[u8] = b"default output handler";
const URL_REWRITER: &[u8] = b"URL-Rewriter";
/// PHP's buffer size when no chunk size is given.
const DEFAULT_BUFFER_SIZE: i64 = 0x4000;

/// Registers the `PHP_OUTPUT_HANDLER_*` constants.
pub fn register_constants(it: &mut Interp) {
    for (name, v) in [
        ("PHP_OUTPUT_HANDLER_START", PHASE_START),
        ("PHP_OUTPUT_HANDLER_WRITE", PHASE_WRITE),
        ("PHP_OUTPUT_HANDLER_FLUSH", PHASE_FLUSH),
        ("PHP_OUTPUT_HANDLER_CLEAN", PHASE_CLEAN),
        ("PHP_OUTPUT_HANDLER_FINAL", PHASE_FINAL),
        ("PHP_OUTPUT_HANDLER_CONT", PHASE_WRITE),
        ("PHP_OUTPUT_HANDLER_END", PHASE_FINAL),
        ("PHP_OUTPUT_HANDLER_CLEANABLE", CLEANABLE),
        ("PHP_OUTPUT_HANDLER_FLUSHABLE", FLUSHABLE),
        ("PHP_OUTPUT_HANDLER_REMOVABLE", REMOVABLE),
        ("PHP_OUTPUT_HANDLER_STDFLAGS", STDFLAGS),
        ("PHP_OUTPUT_HANDLER_STARTED", STARTED),
        ("PHP_OUTPUT_HANDLER_DISABLED", DISABLED),
    ] {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Int(v));
    }
}

// ---- handlers --------------------------------------------------------------------

/// The name PHP shows for a handler callback (`f`, `A::m`, `Closure::__invoke`).
fn handler_name(cb: &Value) -> Vec<u8> {
    match cb.deref() {
        Value::Str(s) => s.as_bytes().to_vec(),
        Value::Arr(a) => {
            let class = match a.table().get_int(0).map(|v| v.deref_clone()) {
                Some(Value::Obj(o)) => o.class_name().as_bytes().to_vec(),
                Some(Value::Str(s)) => s.as_bytes().to_vec(),
                _ => Vec::new(),
            };
            let method = match a.table().get_int(1).map(|v| v.deref_clone()) {
                Some(Value::Str(s)) => s.as_bytes().to_vec(),
                _ => Vec::new(),
            };
            [class, b"::".to_vec(), method].concat()
        }
        Value::Obj(o) => [o.class_name().as_bytes(), b"::__invoke"].concat(),
        _ => DEFAULT_HANDLER.to_vec(),
    }
}

thread_local! {
    /// Handlers running now: output control is off limits inside them.
    static HANDLERS_RUNNING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// PHP's fatal error for output control used inside a handler; the
/// buffers are dropped first so that the message shows.
fn refuse_inside_handler(it: &mut Interp, a: &CallArgs) -> R<()> {
    if HANDLERS_RUNNING.with(|h| h.get()) == 0 {
        return Ok(());
    }
    it.out.buffers.clear();
    let msg = format!(
        "{}(): Cannot use output buffering in output buffering display handlers",
        a.func.name
    );
    Err(it.fatal_at(&msg, a.line))
}

/// Takes the content of buffer `level` through its handler for `phase`
/// and returns what the handler made of it, leaving the buffer empty.
/// While the handler runs the content stays in the buffer (the handler
/// can read it); whatever the handler echoes is discarded, as in PHP.
fn run_handler(it: &mut Interp, level: usize, phase: i64) -> R<Vec<u8>> {
    let Some(b) = it.out.buffers.get_mut(level) else {
        return Ok(Vec::new());
    };
    let phase = if b.flags & STARTED == 0 {
        phase | PHASE_START
    } else {
        phase
    };
    let disabled = b.flags & DISABLED != 0;
    b.flags |= STARTED;
    let callback = match &b.callback {
        Some(cb) if !disabled => cb.clone(),
        _ => {
            if !disabled {
                b.flags |= PROCESSED;
            }
            return Ok(std::mem::take(&mut b.data));
        }
    };
    let content_len = b.data.len();
    let arg = Value::Str(Str::new(&b.data));
    HANDLERS_RUNNING.with(|h| h.set(h.get() + 1));
    let r = it.call_value(&callback, vec![arg, Value::Int(phase)]);
    let converted = match r {
        Ok(Value::Bool(false)) => Ok(None),
        Ok(v) => it.to_str(&v).map(Some),
        Err(e) => Err(e),
    };
    HANDLERS_RUNNING.with(|h| h.set(h.get() - 1));
    let Some(b) = it.out.buffers.get_mut(level) else {
        return converted.map(|_| Vec::new());
    };
    b.data.truncate(content_len);
    let data = std::mem::take(&mut b.data);
    match converted? {
        Some(s) => {
            b.flags |= PROCESSED;
            Ok(s.as_bytes().to_vec())
        }
        None => {
            b.flags |= DISABLED;
            Ok(data)
        }
    }
}

/// Hands processed output to the level below `level` (or standard output).
fn pass_down(it: &mut Interp, level: usize, bytes: &[u8]) {
    if level == 0 {
        it.out.write_unbuffered(bytes);
    } else {
        it.out.buffers[level - 1].data.extend_from_slice(bytes);
    }
}

fn new_buffer(callback: Option<Value>, chunk_size: usize, flags: i64) -> OutputBuffer {
    let name = match &callback {
        Some(cb) => handler_name(cb),
        None => DEFAULT_HANDLER.to_vec(),
    };
    let user = if callback.is_some() { USER } else { 0 };
    OutputBuffer {
        data: Vec::new(),
        callback,
        chunk_size,
        name,
        flags: (flags & STDFLAGS) | user,
    }
}

/// Ends every buffer at the end of the run, innermost first (PHP's
/// `php_output_end_all`).
pub fn end_all(it: &mut Interp) {
    while let Some(level) = it.out.buffers.len().checked_sub(1) {
        let out = run_handler(it, level, PHASE_FINAL).unwrap_or_default();
        it.out.buffers.truncate(level);
        pass_down(it, level, &out);
    }
}

// ---- the functions ---------------------------------------------------------------------

fn ob_start(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    refuse_inside_handler(it, a)?;
    let callback = match a.get(0) {
        None | Some(Value::Null) => None,
        Some(v) => {
            let v = v.clone();
            adopt_caller_scope(it);
            match it.try_resolve_callable(&v)? {
                Ok(_) => Some(v),
                Err(reason) => {
                    it.warn(a.line, &format!("ob_start(): {}", reason))?;
                    it.notice(a.line, "ob_start(): Failed to create buffer")?;
                    return Ok(Value::Bool(false));
                }
            }
        }
    };
    let chunk_size = a.opt_int(it, 1)?.unwrap_or(0).max(0) as usize;
    let flags = a.opt_int(it, 2)?.unwrap_or(STDFLAGS);
    it.out.buffers.push(new_buffer(callback, chunk_size, flags));
    Ok(Value::Bool(true))
}

/// The top buffer's level, or the notice PHP gives when there is none.
fn top_level(it: &mut Interp, a: &CallArgs, what: &str) -> R<Option<usize>> {
    match it.out.buffers.len().checked_sub(1) {
        Some(l) => Ok(Some(l)),
        None => {
            it.notice(a.line, &format!("{}(): Failed to {}", a.func.name, what))?;
            Ok(None)
        }
    }
}

/// The notice for an operation the buffer's flags forbid.
fn refuse(it: &mut Interp, a: &CallArgs, level: usize, verb: &str) -> R<()> {
    let name = String::from_utf8_lossy(&it.out.buffers[level].name).into_owned();
    it.notice(
        a.line,
        &format!(
            "{}(): Failed to {} buffer of {} ({})",
            a.func.name, verb, name, level
        ),
    )
}

fn allows(it: &Interp, level: usize, flag: i64) -> bool {
    it.out.buffers[level].flags & flag != 0
}

fn flush_level(it: &mut Interp, level: usize) -> R<()> {
    let out = run_handler(it, level, PHASE_FLUSH)?;
    pass_down(it, level, &out);
    Ok(())
}

fn clean_level(it: &mut Interp, level: usize, phase: i64) -> R<()> {
    run_handler(it, level, phase)?;
    Ok(())
}

fn end_level(it: &mut Interp, level: usize, send: bool) -> R<()> {
    let phase = if send {
        PHASE_FINAL
    } else {
        PHASE_CLEAN | PHASE_FINAL
    };
    let r = run_handler(it, level, phase);
    it.out.buffers.truncate(level);
    let out = r?;
    if send {
        pass_down(it, level, &out);
    }
    Ok(())
}

fn ob_flush(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    refuse_inside_handler(it, a)?;
    let Some(level) = top_level(it, a, "flush buffer. No buffer to flush")? else {
        return Ok(Value::Bool(false));
    };
    if !allows(it, level, FLUSHABLE) {
        refuse(it, a, level, "flush")?;
        return Ok(Value::Bool(false));
    }
    flush_level(it, level)?;
    Ok(Value::Bool(true))
}

fn ob_clean(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    refuse_inside_handler(it, a)?;
    let Some(level) = top_level(it, a, "delete buffer. No buffer to delete")? else {
        return Ok(Value::Bool(false));
    };
    if !allows(it, level, CLEANABLE) {
        refuse(it, a, level, "delete")?;
        return Ok(Value::Bool(false));
    }
    clean_level(it, level, PHASE_CLEAN)?;
    Ok(Value::Bool(true))
}

fn ob_end_flush(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    refuse_inside_handler(it, a)?;
    let Some(level) = top_level(
        it,
        a,
        "delete and flush buffer. No buffer to delete or flush",
    )?
    else {
        return Ok(Value::Bool(false));
    };
    if !allows(it, level, REMOVABLE) {
        refuse(it, a, level, "send")?;
        return Ok(Value::Bool(false));
    }
    end_level(it, level, true)?;
    Ok(Value::Bool(true))
}

fn ob_end_clean(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    refuse_inside_handler(it, a)?;
    let Some(level) = top_level(it, a, "delete buffer. No buffer to delete")? else {
        return Ok(Value::Bool(false));
    };
    if !allows(it, level, REMOVABLE) {
        refuse(it, a, level, "discard")?;
        return Ok(Value::Bool(false));
    }
    end_level(it, level, false)?;
    Ok(Value::Bool(true))
}

fn ob_get_flush(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    refuse_inside_handler(it, a)?;
    let Some(level) = top_level(
        it,
        a,
        "delete and flush buffer. No buffer to delete or flush",
    )?
    else {
        return Ok(Value::Bool(false));
    };
    let contents = Value::Str(Str::new(&it.out.buffers[level].data));
    if !allows(it, level, REMOVABLE) {
        refuse(it, a, level, "send")?;
        refuse(it, a, level, "delete")?;
        return Ok(contents);
    }
    end_level(it, level, true)?;
    Ok(contents)
}

fn ob_get_clean(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    refuse_inside_handler(it, a)?;
    let Some(level) = it.out.buffers.len().checked_sub(1) else {
        return Ok(Value::Bool(false));
    };
    let contents = Value::Str(Str::new(&it.out.buffers[level].data));
    if !allows(it, level, REMOVABLE) {
        refuse(it, a, level, "discard")?;
        refuse(it, a, level, "delete")?;
        return Ok(contents);
    }
    end_level(it, level, false)?;
    Ok(contents)
}

fn ob_get_contents(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(match it.out.buffers.last() {
        Some(b) => Value::Str(Str::new(&b.data)),
        None => Value::Bool(false),
    })
}

fn ob_get_length(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(match it.out.buffers.last() {
        Some(b) => Value::Int(b.data.len() as i64),
        None => Value::Bool(false),
    })
}

fn ob_get_level(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(Value::Int(it.out.buffers.len() as i64))
}

/// `ob_get_status()` of one buffer.
fn status(b: &OutputBuffer, level: usize) -> Value {
    let buffer_size = if b.chunk_size > 1 {
        (b.chunk_size as i64 / 4096 + 1) * 4096
    } else {
        DEFAULT_BUFFER_SIZE
    };
    let mut arr = Arr::new();
    let t = arr.table_mut();
    let mut put = |k: &[u8], v: Value| {
        t.insert(Key::Str(Str::interned(k)), v);
    };
    put(b"name", Value::Str(Str::new(&b.name)));
    put(b"type", Value::Int(b.flags & USER));
    put(b"flags", Value::Int(b.flags));
    put(b"level", Value::Int(level as i64));
    put(b"chunk_size", Value::Int(b.chunk_size as i64));
    put(b"buffer_size", Value::Int(buffer_size));
    put(b"buffer_used", Value::Int(b.data.len() as i64));
    Value::Arr(arr)
}

fn ob_get_status(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let full = a.opt_bool(it, 0, false)?;
    if full {
        let mut arr = Arr::new();
        for (level, b) in it.out.buffers.iter().enumerate() {
            arr.table_mut().push(status(b, level));
        }
        return Ok(Value::Arr(arr));
    }
    Ok(match it.out.buffers.len().checked_sub(1) {
        Some(level) => status(&it.out.buffers[level], level),
        None => Value::Arr(Arr::new()),
    })
}

fn ob_list_handlers(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let mut arr = Arr::new();
    for b in &it.out.buffers {
        arr.table_mut().push(Value::Str(Str::new(&b.name)));
    }
    Ok(Value::Arr(arr))
}

fn ob_implicit_flush(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    a.opt_bool(it, 0, true)?;
    Ok(Value::Null)
}

fn flush(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    it.out.flush();
    Ok(Value::Null)
}

/// Starts the URL rewriter's buffer. phpi passes output through it
/// unchanged: it does not add the variables to links and forms.
fn output_add_rewrite_var(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    a.string(it, 0)?;
    a.string(it, 1)?;
    if !it.out.buffers.iter().any(|b| b.name == URL_REWRITER) {
        let mut b = new_buffer(None, 0, STDFLAGS);
        b.name = URL_REWRITER.to_vec();
        it.out.buffers.push(b);
    }
    Ok(Value::Bool(true))
}

fn output_reset_rewrite_vars(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(true))
}
