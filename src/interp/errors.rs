//! Errors as PHP reports them: warnings, notices and deprecations (shown
//! as `\nWarning: ... in FILE on line N\n`, filtered by `error_reporting`,
//! `display_errors`, `@` and `set_error_handler`), fatal errors, and the
//! engine's exceptions (`Error`, `TypeError`, ...).

use super::{Interp, Unwind, R};
use crate::value::{Arr, Key, KeyRef, Obj, Str, Value};

pub const E_ERROR: i64 = 1;
pub const E_WARNING: i64 = 2;
pub const E_PARSE: i64 = 4;
pub const E_NOTICE: i64 = 8;
pub const E_CORE_ERROR: i64 = 16;
pub const E_CORE_WARNING: i64 = 32;
pub const E_COMPILE_ERROR: i64 = 64;
pub const E_COMPILE_WARNING: i64 = 128;
pub const E_USER_ERROR: i64 = 256;
pub const E_USER_WARNING: i64 = 512;
pub const E_USER_NOTICE: i64 = 1024;
pub const E_STRICT: i64 = 2048;
pub const E_RECOVERABLE_ERROR: i64 = 4096;
pub const E_DEPRECATED: i64 = 8192;
pub const E_USER_DEPRECATED: i64 = 16384;
pub const E_ALL: i64 = 32767;

/// Errors `@` cannot silence.
const FATAL_ERRORS: i64 =
    E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR | E_PARSE;

pub fn error_label(level: i64) -> &'static str {
    match level {
        E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR => "Fatal error",
        E_RECOVERABLE_ERROR => "Recoverable fatal error",
        E_WARNING | E_CORE_WARNING | E_COMPILE_WARNING | E_USER_WARNING => "Warning",
        E_PARSE => "Parse error",
        E_NOTICE | E_USER_NOTICE => "Notice",
        E_STRICT => "Strict Standards",
        E_DEPRECATED | E_USER_DEPRECATED => "Deprecated",
        _ => "Unknown error",
    }
}

/// `&`, `"`, `<` and `>` as HTML entities (`escape_html`, ENT_COMPAT).
fn escape_html(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for &b in text {
        match b {
            b'&' => out.extend_from_slice(b"&amp;"),
            b'"' => out.extend_from_slice(b"&quot;"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            _ => out.push(b),
        }
    }
    out
}

/// Called by the collector when its buffer cannot grow any more.
pub fn gc_buffer_overflow_warning() {
    eprintln!("Warning: GC buffer overflow (GC disabled)");
}

impl Interp {
    /// The error_reporting mask in effect (with `@` applied).
    pub fn effective_error_reporting(&self) -> i64 {
        if self.silence_depth > 0 {
            self.settings.error_reporting & FATAL_ERRORS
        } else {
            self.settings.error_reporting
        }
    }

    /// Reports an error of `level` raised at `line` of the current file.
    pub fn report(&mut self, level: i64, msg: &str, line: u32) -> R<()> {
        let file = self.current_file();
        self.report_in(level, msg.as_bytes(), file.as_bytes(), line)
    }

    pub fn report_in(&mut self, level: i64, msg: &[u8], file: &[u8], line: u32) -> R<()> {
        self.last_error = Some((level, msg.to_vec(), file.to_vec(), line));
        // A user handler sees everything its mask selects, even under `@`.
        if let Some((handler, mask)) = self.error_handlers.last().cloned() {
            if mask & level != 0
                && !handler.is_null()
                && level & (E_ERROR | E_PARSE | E_CORE_ERROR | E_COMPILE_ERROR) == 0
            {
                let args = vec![
                    Value::Int(level),
                    Value::Str(Str::new(msg)),
                    Value::Str(Str::new(file)),
                    Value::Int(line as i64),
                ];
                // The handler must not handle errors it raises itself.
                let saved = self.error_handlers.pop();
                let r = self.call_value(&handler, args);
                if let Some(s) = saved {
                    self.error_handlers.push(s);
                }
                let handled = r?;
                if !matches!(handled, Value::Bool(false)) {
                    return Ok(());
                }
            }
        }
        if self.effective_error_reporting() & level == 0 {
            return Ok(());
        }
        self.display_error(error_label(level), msg, file, line);
        Ok(())
    }

    /// Shows an error as PHP's CLI does (`php_error_cb`): on the output
    /// (through output buffers) after an empty line, or with
    /// `display_errors=stderr` on standard error without it; with
    /// `html_errors`, as HTML. `error_prepend_string` and
    /// `error_append_string` surround it.
    pub fn display_error(&mut self, label: &str, msg: &[u8], file: &[u8], line: u32) {
        if !self.settings.display_errors {
            return;
        }
        let prepend = self
            .ini_get(b"error_prepend_string")
            .unwrap_or_else(Str::empty);
        let append = self
            .ini_get(b"error_append_string")
            .unwrap_or_else(Str::empty);
        let mut text = Vec::with_capacity(msg.len() + file.len() + 40);
        text.extend_from_slice(prepend.as_bytes());
        if self.settings.html_errors {
            // Fatal errors carry no markup of their own, so they are escaped
            // here; other messages were escaped where they were composed.
            let msg = if label == "Fatal error" || label == "Parse error" {
                escape_html(msg)
            } else {
                msg.to_vec()
            };
            text.extend_from_slice(format!("<br />\n<b>{label}</b>:  ").as_bytes());
            text.extend_from_slice(&msg);
            text.extend_from_slice(b" in <b>");
            text.extend_from_slice(file);
            text.extend_from_slice(format!("</b> on line <b>{line}</b><br />\n").as_bytes());
        } else {
            if !self.settings.display_errors_stderr {
                text.push(b'\n');
            }
            text.extend_from_slice(label.as_bytes());
            text.extend_from_slice(b": ");
            text.extend_from_slice(msg);
            text.extend_from_slice(b" in ");
            text.extend_from_slice(file);
            text.extend_from_slice(format!(" on line {}\n", line).as_bytes());
        }
        text.extend_from_slice(append.as_bytes());
        if self.settings.display_errors_stderr {
            use std::io::Write;
            self.out.flush();
            let _ = std::io::stderr().write_all(&text);
        } else {
            self.out.write(&text);
        }
    }

    /// A message raised by a built-in function, prefixed with its origin
    /// (`require_once(x.php): ...`) as `php_verror` composes it: with
    /// `html_errors` and a `docref_root`, a link to the manual page follows
    /// the origin.
    pub fn function_error_message(&self, function: &str, params: &str, msg: &str) -> String {
        if !self.settings.html_errors {
            return format!("{function}({params}): {msg}");
        }
        let msg = String::from_utf8_lossy(&escape_html(msg.as_bytes())).into_owned();
        let root = self.ini_get(b"docref_root").unwrap_or_else(Str::empty);
        if root.is_empty() {
            return format!("{function}({params}): {msg}");
        }
        let page = format!("function.{}", function.replace('_', "-"));
        let ext = self.ini_get(b"docref_ext").unwrap_or_else(Str::empty);
        let ext = String::from_utf8_lossy(ext.as_bytes());
        let root = String::from_utf8_lossy(root.as_bytes());
        format!("{function}({params}) [<a href='{root}{page}{ext}'>{page}{ext}</a>]: {msg}")
    }

    pub fn warn(&mut self, line: u32, msg: &str) -> R<()> {
        self.report(E_WARNING, msg, line)
    }

    pub fn notice(&mut self, line: u32, msg: &str) -> R<()> {
        self.report(E_NOTICE, msg, line)
    }

    pub fn deprecated(&mut self, line: u32, msg: &str) -> R<()> {
        self.report(E_DEPRECATED, msg, line)
    }

    /// Prints a fatal error for the current line and returns the unwind.
    pub fn fatal(&mut self, msg: &str) -> Unwind {
        let line = self.current_line();
        self.fatal_at(msg, line)
    }

    pub fn fatal_at(&mut self, msg: &str, line: u32) -> Unwind {
        let file = self.current_file();
        self.fatal_in(msg.as_bytes(), file.as_bytes(), line)
    }

    pub fn fatal_in(&mut self, msg: &[u8], file: &[u8], line: u32) -> Unwind {
        self.last_error = Some((E_ERROR, msg.to_vec(), file.to_vec(), line));
        if self.settings.error_reporting & E_ERROR != 0 {
            self.display_error("Fatal error", msg, file, line);
        }
        Unwind::Fatal
    }

    /// Creates an exception of built-in class `class` with `msg` and
    /// returns it as a thrown unwind.
    pub fn throw_error(&mut self, class: &str, msg: &str) -> Unwind {
        match self.make_exception(class, msg.as_bytes(), 0) {
            Ok(o) => self.throw(o),
            Err(u) => u,
        }
    }

    /// Creates an exception object of class `class` (by name) with a
    /// message and code, filling file, line and trace as `new` does.
    pub fn make_exception(&mut self, class: &str, msg: &[u8], code: i64) -> R<Obj> {
        let lc = Str::interned(class.to_ascii_lowercase().as_bytes());
        let cls = self
            .classes
            .get(&lc)
            .cloned()
            .expect("built-in exception class");
        let o = self.instantiate(&cls)?;
        self.set_prop_by_name(&o, b"message", Value::Str(Str::new(msg)));
        if code != 0 {
            self.set_prop_by_name(&o, b"code", Value::Int(code));
        }
        Ok(o)
    }

    /// Fills `file`, `line` and `trace` of a new Throwable (Zend's
    /// `zend_default_exception_new`).
    pub fn init_exception(&mut self, o: &Obj) {
        let (file, line) = self.user_location();
        self.set_prop_by_name(o, b"file", Value::Str(file));
        self.set_prop_by_name(o, b"line", Value::Int(line as i64));
        let trace = self.backtrace(0, !self.settings.exception_ignore_args);
        self.set_prop_by_name(o, b"trace", Value::Arr(trace));
    }

    /// The file and line of the innermost user code running.
    pub fn user_location(&self) -> (Str, u32) {
        for f in self.frames.iter().rev() {
            if !f.is_internal {
                return (f.file(), f.line);
            }
        }
        (Str::empty(), 0)
    }

    /// Sets a declared or dynamic property by name, ignoring visibility
    /// (engine use).
    pub fn set_prop_by_name(&mut self, o: &Obj, name: &[u8], v: Value) {
        let class = o.class().clone();
        if let Some(&i) = class.prop_lookup.get(name) {
            let slot = class.props[i].slot;
            Value::replace_release(&mut o.props_mut()[slot], v);
            return;
        }
        // Private properties declared by an ancestor.
        for p in class.props.iter().rev() {
            if p.name.as_bytes() == name {
                Value::replace_release(&mut o.props_mut()[p.slot], v);
                return;
            }
        }
        let old = o.dyn_props_mut().insert(Key::Str(Str::new(name)), v);
        if let Some(old) = old {
            old.release();
        }
    }

    /// Reads a property by name ignoring visibility (engine use).
    pub fn get_prop_by_name(&self, o: &Obj, name: &[u8]) -> Value {
        let class = o.class();
        if let Some(&i) = class.prop_lookup.get(name) {
            return o.props()[class.props[i].slot].deref_clone();
        }
        for p in class.props.iter().rev() {
            if p.name.as_bytes() == name {
                return o.props()[p.slot].deref_clone();
            }
        }
        match o.dyn_props().and_then(|t| t.get(&Key::Str(Str::new(name)))) {
            Some(v) => v.deref_clone(),
            None => Value::Null,
        }
    }

    /// An uncaught exception reached the top: call the user's exception
    /// handler or print PHP's `Fatal error: Uncaught ...`. Returns true when
    /// a user handler dealt with it.
    pub fn handle_uncaught(&mut self, e: Obj) -> bool {
        self.last_exception = Some(e.clone());
        if let Some(h) = self.exception_handlers.last().cloned() {
            if !h.is_null() {
                self.exception_handlers.clear();
                match self.call_value(&h, vec![Value::Obj(e)]) {
                    Ok(_) => return true,
                    Err(Unwind::Throw) => {
                        let e2 = self.take_exception();
                        return self.handle_uncaught(e2);
                    }
                    Err(_) => return false,
                }
            }
        }
        let lc = e.class().lc_name.clone();
        if lc.as_bytes() == b"parseerror" || lc.as_bytes() == b"compileerror" {
            // Zend reports these as the compile errors they stand for.
            let msg = self.get_prop_by_name(&e, b"message");
            let file = self.get_prop_by_name(&e, b"file");
            let line = crate::interp::convert::to_int_scalar(&self.get_prop_by_name(&e, b"line"));
            let msg = self
                .to_str(&msg)
                .map(|s| s.as_bytes().to_vec())
                .unwrap_or_default();
            let file = self
                .to_str(&file)
                .map(|s| s.as_bytes().to_vec())
                .unwrap_or_default();
            let level = if lc.as_bytes() == b"parseerror" {
                E_PARSE
            } else {
                E_COMPILE_ERROR
            };
            self.display_error(error_label(level), &msg, &file, line as u32);
            return false;
        }
        let text = match self.throwable_to_string(&e) {
            Ok(t) => t,
            Err(_) => b"(exception could not be converted to string)".to_vec(),
        };
        let file = self.get_prop_by_name(&e, b"file");
        let line = self.get_prop_by_name(&e, b"line");
        let file = match file {
            Value::Str(s) => s.as_bytes().to_vec(),
            _ => Vec::new(),
        };
        let line = match line {
            Value::Int(i) => i,
            _ => 0,
        };
        let mut msg = b"Uncaught ".to_vec();
        msg.extend_from_slice(&text);
        msg.extend_from_slice(b"\n  thrown");
        let _ = self.fatal_in(&msg, &file, line as u32);
        false
    }

    /// `Throwable::__toString()` of an exception (the user's override if any).
    pub fn throwable_to_string(&mut self, e: &Obj) -> R<Vec<u8>> {
        let v = self.call_method(e, b"__tostring", Vec::new())?;
        Ok(match v {
            Value::Str(s) => s.as_bytes().to_vec(),
            other => self.to_str(&other)?.as_bytes().to_vec(),
        })
    }

    /// `debug_backtrace()`-style array of the frames below the current one.
    pub fn backtrace(&mut self, skip: usize, with_args: bool) -> Arr {
        let mut arr = Arr::new();
        let n = self.frames.len();
        let includes = self.include_stack.clone();
        let mut skipped = 0;
        // Frame i (i >= 1) was called from frame i - 1 at its call_line;
        // includes running in frame i come before its own entry.
        for i in (0..n).rev() {
            for inc in includes.iter().rev().filter(|inc| inc.frame == i) {
                if skipped < skip {
                    skipped += 1;
                    continue;
                }
                let mut entry = Arr::new();
                let t = entry.table_mut();
                t.insert(
                    Key::Str(Str::interned(b"file")),
                    Value::Str(inc.file.clone()),
                );
                t.insert(
                    Key::Str(Str::interned(b"line")),
                    Value::Int(inc.line as i64),
                );
                if with_args {
                    let mut args = Arr::new();
                    if let Some(a) = &inc.arg {
                        args.table_mut().push(Value::Str(a.clone()));
                    }
                    t.insert(Key::Str(Str::interned(b"args")), Value::Arr(args));
                }
                t.insert(
                    Key::Str(Str::interned(b"function")),
                    Value::Str(Str::interned(inc.function.as_bytes())),
                );
                arr.table_mut().push(Value::Arr(entry));
            }
            if i == 0 {
                break;
            }
            if skipped < skip {
                skipped += 1;
                continue;
            }
            let f = &self.frames[i];
            let Some((class, name, is_static)) = f.call_name.clone() else {
                continue;
            };
            let mut entry = Arr::new();
            let t = entry.table_mut();
            if let Some(file) = &f.call_file {
                if !self.frames[i - 1].is_internal {
                    t.insert(Key::Str(Str::interned(b"file")), Value::Str(file.clone()));
                    t.insert(
                        Key::Str(Str::interned(b"line")),
                        Value::Int(f.call_line as i64),
                    );
                }
            }
            t.insert(
                Key::Str(Str::interned(b"function")),
                Value::Str(name.clone()),
            );
            if let Some(c) = class {
                t.insert(Key::Str(Str::interned(b"class")), Value::Str(c));
                t.insert(
                    Key::Str(Str::interned(b"type")),
                    Value::Str(Str::interned(if is_static { b"::" } else { b"->" })),
                );
            }
            if with_args {
                t.insert(
                    Key::Str(Str::interned(b"args")),
                    Value::Arr(self.frame_args(i)),
                );
            }
            arr.table_mut().push(Value::Arr(entry));
        }
        arr
    }

    /// The arguments of frame `i` as currently held (PHP reads the
    /// parameter slots, so later changes show).
    pub fn frame_args(&self, i: usize) -> Arr {
        let f = &self.frames[i];
        let mut a = Arr::new();
        if let Some(args) = f.native_args {
            // SAFETY: set only while the built-in runs, and its caller keeps
            // the argument vector alive until the frame is popped.
            for v in unsafe { &*args } {
                a.table_mut().push(v.deref_clone());
            }
            return a;
        }
        let mut variadic = None;
        if let Some(func) = &f.func {
            let declared = func.params.len().min(f.num_args as usize);
            for p in func.params.iter().take(declared) {
                if p.variadic {
                    variadic = Some(p.slot as usize);
                    continue;
                }
                a.table_mut().push(f.slots[p.slot as usize].deref_clone());
            }
        }
        // Extra positional arguments as passed, then named ones collected
        // by a variadic parameter, under their names.
        for v in &f.extra_args {
            a.table_mut().push(v.deref_clone());
        }
        if let Some(Value::Arr(rest)) = variadic.map(|slot| f.slots[slot].deref()) {
            for (k, v) in rest.table().iter() {
                if let KeyRef::Str(name) = k {
                    a.table_mut()
                        .insert(Key::Str(name.clone()), v.deref_clone());
                }
            }
        }
        a
    }
}
