//! Loading code: the main script, `include`/`require` (relative to the
//! including file, then the working directory, as PHP resolves paths),
//! `eval()`, and the compile step in front of them (parse and compile
//! errors as PHP reports them).

use super::frame::Frame;
use super::{Flow, Interp, Unwind, R};
use crate::compile::{self, ir};
use crate::syntax::ast::IncludeKind;
use crate::value::{Str, Value};
use std::rc::Rc;

impl Interp {
    /// Parses and compiles a file; errors are printed as PHP prints them.
    pub fn compile_source(&mut self, source: &[u8], file: &[u8], is_eval: bool) -> R<ir::Unit> {
        let opts = crate::syntax::ParseOptions {
            short_open_tag: self.settings.short_open_tag,
        };
        let parsed = if is_eval {
            crate::syntax::parse_code(source)
        } else {
            crate::syntax::parse_with(source, opts)
        };
        let program = match parsed {
            Ok(p) => p,
            Err(e) => {
                if is_eval {
                    let o = self.make_exception("ParseError", e.message.as_bytes(), 0)?;
                    self.set_prop_by_name(&o, b"file", Value::Str(Str::new(file)));
                    self.set_prop_by_name(&o, b"line", Value::Int(e.line as i64));
                    return Err(self.throw(o));
                }
                let label = if e.fatal {
                    "Fatal error"
                } else {
                    "Parse error"
                };
                self.display_error(label, e.message.as_bytes(), file, e.line);
                return Err(Unwind::Fatal);
            }
        };
        for (line, message) in &program.deprecations {
            self.report_in(super::errors::E_DEPRECATED, message.as_bytes(), file, *line)?;
        }
        let unit = if is_eval {
            compile::compile_eval(&program, file)
        } else {
            compile::compile_file(&program, file)
        };
        drop(program);
        match unit {
            Ok(u) => Ok(u),
            Err(e) => Err(self.fatal_in(e.message.as_bytes(), file, e.line)),
        }
    }

    /// Declares a unit's hoisted functions and early-bound classes.
    fn declare_unit(&mut self, unit: &ir::Unit) -> R<()> {
        for f in &unit.functions {
            self.declare_function(f, f.line)?;
        }
        for c in &unit.classes {
            if !self.classes.contains_key(&c.lc_name) && self.can_declare_early(c) {
                self.declare_class(c, c.line)?;
            }
        }
        Ok(())
    }

    /// Runs the main script in the global frame.
    pub fn run_file_source(&mut self, source: &[u8], path: &[u8]) -> R<Value> {
        self.sources.insert(path.to_vec(), Rc::from(source));
        let unit = self.compile_source(source, path, false)?;
        self.included_files.push(self.realpath(path));
        self.frames[0].file = Some(unit.main.file.clone());
        self.declare_unit(&unit)?;
        let main = unit.main.clone();
        self.adopt_main(&main);
        let r = self.exec_block(&main.body);
        match r {
            Ok(Flow::Return) => Ok(self.take_return_value(Flow::Return)),
            Ok(_) => Ok(Value::Int(1)),
            Err(e) => Err(e),
        }
    }

    /// Makes the global frame the main script's frame. Variables created
    /// before the script was compiled (`$argv`, `$argc`, superglobals) move
    /// into the script's slots of the same names, or stay as extra slots.
    fn adopt_main(&mut self, main: &Rc<ir::FuncDef>) {
        let g = &mut self.frames[0];
        let old_values = std::mem::take(&mut g.slots);
        let old_names: Vec<Str> = (0..old_values.len()).map(|i| g.slot_name(i)).collect();
        g.extra_names.clear();
        g.func = Some(main.clone());
        g.file = Some(main.file.clone());
        g.line = 1;
        g.slots = vec![Value::Undef; main.slot_names.len()];
        for (name, v) in old_names.into_iter().zip(old_values) {
            let i = g.find_or_add(name.as_bytes());
            g.slots[i] = v;
        }
    }

    /// Runs compiled code in the current frame, mapping its variables onto
    /// the frame's by name (include, eval, REPL).
    pub fn run_unit_in_current_frame(&mut self, unit: &ir::Unit, file: &Str) -> R<Value> {
        self.declare_unit(unit)?;
        let main = unit.main.clone();
        let map: Vec<ir::Slot> = main
            .slot_names
            .iter()
            .map(|n| self.frame_mut().find_or_add(n.as_bytes()) as ir::Slot)
            .collect();
        let saved_map = self.frame_mut().cv_map.replace(Rc::new(map));
        let saved_unit = self.frame_mut().unit.replace(main.clone());
        let saved_file = self.frame_mut().file.replace(file.clone());
        let saved_line = self.frame().line;
        let r = self.exec_block(&main.body);
        let f = self.frame_mut();
        f.cv_map = saved_map;
        f.unit = saved_unit;
        f.file = saved_file;
        f.line = saved_line;
        let flow = r?;
        Ok(self.take_return_value(flow))
    }

    /// `include`, `require` and their `_once` forms.
    pub fn include(&mut self, kind: IncludeKind, path: &[u8], line: u32) -> R<Value> {
        let func = match kind {
            IncludeKind::Include => "include",
            IncludeKind::IncludeOnce => "include_once",
            IncludeKind::Require => "require",
            IncludeKind::RequireOnce => "require_once",
        };
        self.include_stack.push(super::IncludeFrame {
            frame: self.frames.len() - 1,
            function: func,
            arg: None,
            file: self.current_file(),
            line,
        });
        let r = self.include_inner(func, kind, path, line);
        self.include_stack.pop();
        r
    }

    fn include_inner(&mut self, func: &str, kind: IncludeKind, path: &[u8], line: u32) -> R<Value> {
        let resolved = self.resolve_include_path(path);
        let once = matches!(kind, IncludeKind::IncludeOnce | IncludeKind::RequireOnce);
        let source = resolved
            .as_ref()
            .and_then(|p| std::fs::read(bytes_to_path(p)).ok());
        let Some(source) = source else {
            let shown = String::from_utf8_lossy(path).into_owned();
            let include_path = self.ini_get(b"include_path").unwrap_or_else(Str::empty);
            let include_path = String::from_utf8_lossy(include_path.as_bytes()).into_owned();
            let open_failed = self.function_error_message(
                func,
                &shown,
                "Failed to open stream: No such file or directory",
            );
            self.warn(line, &open_failed)?;
            if matches!(kind, IncludeKind::Require | IncludeKind::RequireOnce) {
                // The file never ran: its include frame is not in the trace.
                let msg =
                    format!("Failed opening required '{shown}' (include_path='{include_path}')");
                let include_frame = self.include_stack.pop();
                let error = self.throw_error("Error", &msg);
                self.include_stack.extend(include_frame);
                return Err(error);
            }
            let msg =
                format!("Failed opening '{shown}' for inclusion (include_path='{include_path}')");
            let msg = self.function_error_message(func, "", &msg);
            self.warn(line, &msg)?;
            return Ok(Value::Bool(false));
        };
        let resolved = resolved.expect("read succeeded");
        let real = self.realpath(&resolved);
        if once && self.included_files.contains(&real) {
            return Ok(Value::Bool(true));
        }
        self.included_files.push(real);
        self.sources
            .insert(resolved.clone(), Rc::from(source.as_slice()));
        // Included files are named by their resolved full path.
        let resolved = self.realpath(&resolved);
        let unit = self.compile_source(&source, &resolved, false)?;
        let file = Str::interned(&resolved);
        if let Some(top) = self.include_stack.last_mut() {
            top.arg = Some(file.clone());
        }
        let r = self.run_unit_in_current_frame(&unit, &file)?;
        Ok(match r {
            Value::Null => Value::Int(1),
            v => v,
        })
    }

    /// `eval($code)`
    pub fn eval_code(&mut self, code: &[u8], line: u32) -> R<Value> {
        let file = self.current_file();
        let name = format!(
            "{}({}) : eval()'d code",
            String::from_utf8_lossy(file.as_bytes()),
            line
        );
        let unit = self.compile_source(code, name.as_bytes(), true)?;
        let name = Str::interned(name.as_bytes());
        self.include_stack.push(super::IncludeFrame {
            frame: self.frames.len() - 1,
            function: "eval",
            arg: None,
            file: self.current_file(),
            line,
        });
        let r = self.run_unit_in_current_frame(&unit, &name);
        self.include_stack.pop();
        r
    }

    /// Resolves an include path like PHP: absolute paths as they are,
    /// `./` and `../` relative to the working directory, other relative
    /// paths tried against the include path ('.'), then the including
    /// file's directory.
    fn resolve_include_path(&self, path: &[u8]) -> Option<Vec<u8>> {
        if path.is_empty() {
            return None;
        }
        let exists = |p: &[u8]| std::path::Path::new(&bytes_to_path(p)).is_file();
        if path[0] == b'/' || path.starts_with(b"./") || path.starts_with(b"../") {
            return if exists(path) {
                Some(path.to_vec())
            } else {
                None
            };
        }
        if exists(path) {
            return Some(path.to_vec());
        }
        let cur = self.current_file();
        let cur = cur.as_bytes();
        if let Some(i) = cur.iter().rposition(|&b| b == b'/') {
            let mut p = cur[..=i].to_vec();
            p.extend_from_slice(path);
            if exists(&p) {
                return Some(p);
            }
        }
        None
    }

    fn realpath(&self, p: &[u8]) -> Vec<u8> {
        match std::fs::canonicalize(bytes_to_path(p)) {
            Ok(c) => c.as_os_str().as_encoded_bytes().to_vec(),
            Err(_) => p.to_vec(),
        }
    }

    /// `$argv`, `$argc` and the superglobals.
    pub fn setup_globals(&mut self) {
        let mut argv = crate::value::Arr::new();
        for a in &self.argv {
            argv.table_mut().push(Value::Str(Str::new(a)));
        }
        let argc = self.argv.len() as i64;
        let g = &mut self.frames[0];
        let i = g.find_or_add(b"argv");
        g.slots[i] = Value::Arr(argv.clone());
        let i = g.find_or_add(b"argc");
        g.slots[i] = Value::Int(argc);
        let mut server = crate::value::Arr::new();
        let t = server.table_mut();
        let script = Str::new(&self.script_path);
        for k in [
            &b"PHP_SELF"[..],
            b"SCRIPT_NAME",
            b"SCRIPT_FILENAME",
            b"PATH_TRANSLATED",
        ] {
            t.insert(
                crate::value::Key::Str(Str::interned(k)),
                Value::Str(script.clone()),
            );
        }
        t.insert(
            crate::value::Key::Str(Str::interned(b"DOCUMENT_ROOT")),
            Value::Str(Str::empty()),
        );
        t.insert(
            crate::value::Key::Str(Str::interned(b"argv")),
            Value::Arr(argv),
        );
        t.insert(
            crate::value::Key::Str(Str::interned(b"argc")),
            Value::Int(argc),
        );
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        t.insert(
            crate::value::Key::Str(Str::interned(b"REQUEST_TIME")),
            Value::Int(now.as_secs() as i64),
        );
        t.insert(
            crate::value::Key::Str(Str::interned(b"REQUEST_TIME_FLOAT")),
            Value::Float(now.as_secs_f64()),
        );
        for (k, v) in std::env::vars_os() {
            t.insert(
                crate::value::Key::from_bytes(k.as_encoded_bytes()),
                Value::Str(Str::new(v.as_encoded_bytes())),
            );
        }
        let i = g.find_or_add(b"_SERVER");
        g.slots[i] = Value::Arr(server);
        for name in [
            &b"_GET"[..],
            b"_POST",
            b"_COOKIE",
            b"_FILES",
            b"_REQUEST",
            b"_ENV",
        ] {
            let i = g.find_or_add(name);
            g.slots[i] = Value::Arr(crate::value::Arr::empty());
        }
        let _ = Frame::global;
    }
}

pub fn bytes_to_path(b: &[u8]) -> std::path::PathBuf {
    use std::os::unix::ffi::OsStrExt;
    std::path::PathBuf::from(std::ffi::OsStr::from_bytes(b))
}
