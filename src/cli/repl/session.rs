//! One shell session: the interpreter whose state (variables, functions,
//! classes, constants) persists from entry to entry, running entries in the
//! global frame, reporting their errors without ending, and answering the
//! commands that look inside it (`:gc`, `:mem`, `:refs`, `:ls`, `:wtf`,
//! `:show`, `:trace`).
//!
//! Everything the session prints goes through the interpreter's output
//! (`Interp::out`), so the shell's text and the script's stay in order.

use super::command::Inspect;
use super::entry::{self, Parsed, ShowValue};
use crate::interp::errors::{E_COMPILE_ERROR, E_PARSE};
use crate::interp::function::Callable;
use crate::interp::stmt::INTERRUPT;
use crate::interp::{Interp, Unwind, R};
use crate::value::header::GC_PURPLE;
use crate::value::{KeyRef, Str, Value};
use std::collections::HashSet;
use std::rc::Rc;
use std::sync::atomic::Ordering;

/// The file name PHP gives code typed into its shell.
pub const SHELL_FILE: &[u8] = b"php shell code";

/// Variables every script has; `:ls` leaves them out.
const SUPERGLOBALS: &[&str] = &[
    "GLOBALS", "_SERVER", "_GET", "_POST", "_COOKIE", "_FILES", "_REQUEST", "_ENV", "_SESSION",
];

/// Longest list `:gc` prints.
const MAX_LISTED_ROOTS: usize = 20;
/// How deep `:gc` looks into nested arrays and objects.
const MAX_WALK_DEPTH: usize = 32;

/// What became of an entry or a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Done; the session goes on.
    Done,
    /// The entry is not complete yet: send it again with another line.
    Incomplete,
    /// The session ended (`exit`, or `finish`) with this exit status.
    Ended(i32),
}

/// Names the shell completes.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// With their `$`.
    pub variables: Vec<String>,
    pub functions: Vec<String>,
    pub classes: Vec<String>,
    pub constants: Vec<String>,
}

pub struct Session {
    it: Interp,
    file: Str,
    /// The text of every entry run, for `:show` (declarations made in the
    /// shell point into them by byte range).
    entries: Vec<Rc<[u8]>>,
}

impl Session {
    /// A fresh interpreter with the `-d`/`-c` settings applied.
    pub fn new(ini: &[(Vec<u8>, Vec<u8>)]) -> Session {
        let mut it = Interp::new();
        it.script_path = b"Standard input code".to_vec();
        it.argv = vec![it.script_path.clone()];
        for (k, v) in ini {
            it.ini_set_startup(k, v);
        }
        it.setup_globals();
        Session {
            it,
            file: Str::interned(SHELL_FILE),
            entries: Vec::new(),
        }
    }

    pub fn interp_mut(&mut self) -> &mut Interp {
        &mut self.it
    }

    /// Runs one entry. With `at_end` (no more input will come) an
    /// incomplete entry is reported as a syntax error.
    pub fn run_entry(&mut self, source: &[u8], at_end: bool) -> Outcome {
        let source = entry::strip_open_tag(source);
        let entry = match entry::parse_entry(source, at_end) {
            Parsed::Incomplete => return Outcome::Incomplete,
            Parsed::Invalid(e) => {
                let (level, label) = if e.fatal {
                    (E_COMPILE_ERROR, "Fatal error")
                } else {
                    (E_PARSE, "Parse error")
                };
                self.report_compile_error(level, label, &e.message, e.line);
                return self.settle(Ok(()));
            }
            Parsed::Ready(entry) => entry,
        };
        self.entries.push(Rc::from(source));
        self.it.out.last_byte = b'\n';
        let unit = match crate::compile::compile_eval(&entry.program, SHELL_FILE) {
            Ok(unit) => unit,
            Err(e) => {
                self.report_compile_error(E_COMPILE_ERROR, "Fatal error", &e.message, e.line);
                return self.settle(Ok(()));
            }
        };
        let file = self.file.clone();
        let result = self.it.run_unit_in_current_frame(&unit, &file);
        drop(unit);
        let result = result.and_then(|v| self.show_value(v, entry.show));
        self.settle(result)
    }

    /// `=> ` and the value's `var_dump` form.
    fn show_value(&mut self, v: Value, show: ShowValue) -> R<()> {
        let shown = match show {
            ShowValue::Never => false,
            ShowValue::Always => true,
            ShowValue::UnlessNull => !v.is_null(),
        };
        if !shown {
            return Ok(());
        }
        let mut text = Vec::new();
        if self.it.out.last_byte != b'\n' {
            text.push(b'\n');
        }
        text.extend_from_slice(b"=> ");
        crate::builtins::var::dump(&mut self.it, &mut text, &v, 1)?;
        drop(v);
        self.it.out.write(&text);
        Ok(())
    }

    /// A parse or compile error, as PHP prints it.
    fn report_compile_error(&mut self, level: i64, label: &str, message: &str, line: u32) {
        self.it.last_error = Some((
            level,
            message.as_bytes().to_vec(),
            SHELL_FILE.to_vec(),
            line,
        ));
        if self.it.settings.display_errors {
            let text = format!(
                "\n{}: {} in php shell code on line {}\n",
                label, message, line
            );
            self.it.out.write(text.as_bytes());
        }
    }

    /// Deals with how the entry ended (uncaught exceptions are printed,
    /// fatal errors already were), runs what is pending (destructors,
    /// collections), and leaves the interpreter ready for the next entry.
    fn settle(&mut self, mut result: R<()>) -> Outcome {
        loop {
            result = match result.and_then(|()| self.it.safe_point()) {
                Ok(()) => break,
                Err(Unwind::Exit) => {
                    let status = self.it.finish(Err(Unwind::Exit));
                    self.it.out.flush();
                    return Outcome::Ended(status);
                }
                Err(Unwind::Throw) => {
                    let e = self.it.take_exception();
                    self.recover();
                    self.it.handle_uncaught(e);
                    Ok(())
                }
                Err(Unwind::Fatal | Unwind::GeneratorDestroy) => {
                    self.recover();
                    if INTERRUPT.swap(false, Ordering::Relaxed) {
                        self.it.out.write_unbuffered(b"\nInterrupted\n");
                    }
                    Ok(())
                }
            };
        }
        self.end_output();
        Outcome::Done
    }

    /// Resets what an entry that stopped half-way may leave behind.
    fn recover(&mut self) {
        let it = &mut self.it;
        it.frames.truncate(1);
        it.silence_depth = 0;
        it.write_depth = 0;
        it.deferred_errors.clear();
        it.guards.clear();
        it.autoloading.clear();
        it.pending_exception = None;
        it.exception = None;
    }

    /// Ends the output on a line of its own and sends it to the terminal.
    fn end_output(&mut self) {
        if self.it.out.last_byte != b'\n' {
            self.it.out.write_unbuffered(b"\n");
        }
        self.it.out.flush();
    }

    /// Ends the session: shutdown functions, destructors, then everything
    /// is freed. Returns the exit status.
    pub fn finish(&mut self) -> i32 {
        let status = self.it.finish(Ok(Value::Null));
        self.it.out.flush();
        status
    }

    /// Runs an inspection command.
    pub fn inspect(&mut self, what: &Inspect) -> Outcome {
        let text = match what {
            Inspect::Refs(expr) => {
                let code = format!("debug_zval_dump({});", expr);
                return self.run_entry(code.as_bytes(), true);
            }
            Inspect::Gc => self.gc_report(),
            Inspect::Mem => self.memory_report(),
            Inspect::Ls => self.variables_report(),
            Inspect::Wtf => self.last_exception_report(),
            Inspect::Show(name) => self.source_report(name),
            Inspect::Trace(on) => {
                crate::gc::set_trace(*on);
                if *on {
                    "collector trace on: one line per collection, on stderr\n".to_string()
                } else {
                    "collector trace off\n".to_string()
                }
            }
        };
        self.it.out.write_unbuffered(text.as_bytes());
        self.end_output();
        Outcome::Done
    }

    /// The global variables that are set, in the order they were created.
    fn globals(&self) -> impl Iterator<Item = (String, &Value)> + '_ {
        let g = &self.it.frames[0];
        g.slots
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.is_undef())
            .map(|(i, v)| {
                (
                    String::from_utf8_lossy(g.slot_name(i).as_bytes()).into_owned(),
                    v,
                )
            })
    }

    /// `:ls`
    fn variables_report(&self) -> String {
        let rows: Vec<(String, String, String)> = self
            .globals()
            .filter(|(name, _)| !SUPERGLOBALS.contains(&name.as_str()))
            .map(|(name, v)| {
                let (ty, count) = self.describe(v);
                (format!("${}", name), ty, count)
            })
            .collect();
        if rows.is_empty() {
            return "no variables defined\n".to_string();
        }
        table(&rows)
    }

    /// A value's type as `var_dump` starts it, and how many hold it.
    fn describe(&self, v: &Value) -> (String, String) {
        match v {
            Value::Ref(r) => {
                let (ty, count) = self.describe(r.get());
                let count = if count.is_empty() {
                    String::new()
                } else {
                    format!("{}, ", count)
                };
                (
                    format!("&{}", ty),
                    format!("{}reference refcount={}", count, r.refcount()),
                )
            }
            Value::Undef | Value::Null => ("NULL".to_string(), String::new()),
            Value::Bool(b) => (format!("bool({})", b), String::new()),
            Value::Int(i) => (format!("int({})", i), String::new()),
            Value::Float(f) => (
                format!("float({})", self.it.float_to_string_repr(*f)),
                String::new(),
            ),
            Value::Str(s) => (
                format!("string({})", s.len()),
                if s.is_interned() {
                    "interned".to_string()
                } else {
                    format!("refcount={}", s.refcount())
                },
            ),
            Value::Arr(a) => (
                format!("array({})", a.len()),
                if a.is_immutable() {
                    "immutable".to_string()
                } else {
                    format!("refcount={}", a.refcount())
                },
            ),
            Value::Obj(o) => (
                format!(
                    "object({})#{}",
                    String::from_utf8_lossy(o.class().display_name()),
                    o.handle()
                ),
                format!("refcount={}", o.refcount()),
            ),
            Value::Res(r) => (
                format!("resource({}) of type ({})", r.id(), r.type_name()),
                format!("refcount={}", r.refcount()),
            ),
        }
    }

    /// `:gc`: the collector's figures, and which possible roots in its
    /// buffer the global variables still reach (the others are what the
    /// next collection examines as garbage candidates).
    fn gc_report(&self) -> String {
        let s = crate::gc::status();
        let mut out = format!(
            "gc_status(): runs={} collected={} threshold={} roots={}{}\n",
            s.runs,
            s.collected,
            s.threshold,
            s.roots,
            if crate::gc::enabled() {
                ""
            } else {
                " (collector disabled)"
            }
        );
        let mut walk = RootWalk::default();
        for (name, v) in self.globals() {
            walk.visit(self, v, format!("${}", name), 0);
        }
        if !walk.found.is_empty() {
            out.push_str("possible roots reachable from global variables:\n");
            let listed = walk.found.len().min(MAX_LISTED_ROOTS);
            out.push_str(&table(&walk.found[..listed]));
            if walk.found.len() > listed {
                out.push_str(&format!("  ... and {} more\n", walk.found.len() - listed));
            }
        }
        let others = (s.roots as usize).saturating_sub(walk.found.len());
        if others > 0 {
            out.push_str(&format!(
                "{} root{} not reachable from global variables: garbage if only cycles hold {}\n",
                others,
                if others == 1 { "" } else { "s" },
                if others == 1 { "it" } else { "them" }
            ));
        }
        out
    }

    /// `:mem`
    fn memory_report(&mut self) -> String {
        let mut out = String::new();
        let probes: [(&str, &[u8], bool); 3] = [
            ("memory_get_usage()", b"memory_get_usage", false),
            ("memory_get_usage(true)", b"memory_get_usage", true),
            ("memory_get_peak_usage()", b"memory_get_peak_usage", false),
        ];
        for (label, func, real) in probes {
            if !self.it.functions.contains_key(&Str::interned(func)) {
                continue;
            }
            let args = if real {
                vec![Value::Bool(true)]
            } else {
                Vec::new()
            };
            if let Ok(Value::Int(n)) = self.it.call_value(&Value::Str(Str::interned(func)), args) {
                out.push_str(&format!("{:<24} {} bytes\n", label, n));
            }
        }
        if out.is_empty() {
            out.push_str("memory_get_usage() is not available in this build\n");
        }
        let limit = self
            .it
            .ini
            .get(&b"memory_limit"[..])
            .cloned()
            .unwrap_or_default();
        out.push_str(&format!(
            "{:<24} {}\n",
            "memory_limit",
            String::from_utf8_lossy(&limit)
        ));
        let live = crate::gc::heap_stats::live();
        out.push_str(&format!(
            "{:<24} {} strings, {} arrays, {} objects, {} references\n",
            "live values", live.strings, live.arrays, live.objects, live.references
        ));
        out
    }

    /// `:wtf`
    fn last_exception_report(&mut self) -> String {
        let Some(e) = self.it.last_exception.clone() else {
            return "no uncaught exception in this session\n".to_string();
        };
        match self.it.throwable_to_string(&e) {
            Ok(text) => format!("{}\n", String::from_utf8_lossy(&text)),
            Err(_) => {
                self.recover();
                format!(
                    "{} (its __toString() failed)\n",
                    String::from_utf8_lossy(e.class().display_name())
                )
            }
        }
    }

    /// `:show NAME`
    fn source_report(&self, name: &str) -> String {
        let lc = name.trim_start_matches('\\').to_ascii_lowercase();
        let key = Str::interned(lc.as_bytes());
        let found = if let Some(f) = self.it.functions.get(&key) {
            match f {
                Callable::User(d) => self.source_of(d.file.as_bytes(), d.span, d.name.as_bytes()),
                Callable::Builtin(_) => return format!("{} is a built-in function\n", name),
            }
        } else if let Some(c) = self.it.classes.get(&key) {
            match &c.decl {
                Some(d) => self.source_of(d.file.as_bytes(), d.span, d.name.as_bytes()),
                None => return format!("{} is a built-in class\n", name),
            }
        } else {
            return format!("no function or class named {}\n", name);
        };
        match found {
            Some(text) => {
                let mut text = String::from_utf8_lossy(&text).into_owned();
                text.push('\n');
                text
            }
            None => format!("the source of {} is not available\n", name),
        }
    }

    /// The text of a declaration: the byte range of an entry typed in the
    /// shell, or of the file it was loaded from.
    fn source_of(&self, file: &[u8], (start, end): (usize, usize), name: &[u8]) -> Option<Vec<u8>> {
        let short = name
            .rsplit(|&b| b == b'\\')
            .next()
            .unwrap_or(name)
            .to_ascii_lowercase();
        let declares = |src: &[u8]| {
            start < end
                && end <= src.len()
                && src[start..end]
                    .to_ascii_lowercase()
                    .windows(short.len())
                    .any(|w| w == short)
        };
        let text: Option<Rc<[u8]>> = if file == SHELL_FILE {
            self.entries.iter().rev().find(|s| declares(s)).cloned()
        } else {
            let from_disk = || {
                std::fs::read(crate::interp::include::bytes_to_path(file))
                    .ok()
                    .map(Rc::from)
            };
            self.it
                .sources
                .get(file)
                .cloned()
                .or_else(from_disk)
                .filter(|s| declares(s))
        };
        text.map(|s| s[start..end].to_vec())
    }

    /// What the shell completes.
    pub fn names(&self) -> Names {
        let lossy = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        let mut variables: Vec<String> = self.globals().map(|(n, _)| format!("${}", n)).collect();
        variables.push("$GLOBALS".to_string());
        Names {
            variables,
            functions: self
                .it
                .functions
                .values()
                .map(|f| lossy(&f.name()))
                .collect(),
            classes: self
                .it
                .classes
                .values()
                .filter(|c| !c.name.as_bytes().contains(&0))
                .map(|c| lossy(c.name.as_bytes()))
                .collect(),
            constants: self
                .it
                .constants
                .keys()
                .map(|k| lossy(k.as_bytes()))
                .collect(),
        }
    }
}

/// Rows of three columns, aligned.
fn table(rows: &[(String, String, String)]) -> String {
    let w0 = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let w1 = rows.iter().map(|r| r.1.len()).max().unwrap_or(0);
    let mut out = String::new();
    for (a, b, c) in rows {
        let line = format!("{:<w0$}  {:<w1$}  {}", a, b, c);
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A walk over everything the global variables reach, noting the arrays
/// and objects that sit in the collector's buffer (coloured purple).
#[derive(Default)]
struct RootWalk {
    seen: HashSet<usize>,
    /// Path, type and refcount of each buffered value found.
    found: Vec<(String, String, String)>,
}

impl RootWalk {
    fn visit(&mut self, session: &Session, v: &Value, path: String, depth: usize) {
        let (ptr, color) = match v {
            Value::Ref(r) => return self.visit(session, r.get(), path, depth),
            Value::Arr(a) if !a.is_immutable() => (a.gc_ptr(), a.header().gc_color()),
            Value::Obj(o) => (o.gc_ptr(), o.header().gc_color()),
            _ => return,
        };
        if !self.seen.insert(ptr.as_ptr() as usize) {
            return;
        }
        if color == GC_PURPLE {
            let (ty, count) = session.describe(v);
            self.found.push((format!("  {}", path), ty, count));
        }
        if depth >= MAX_WALK_DEPTH {
            return;
        }
        match v {
            Value::Arr(a) => {
                for (k, child) in a.table().iter() {
                    let child_path = match k {
                        KeyRef::Int(i) => format!("{}[{}]", path, i),
                        KeyRef::Str(s) => {
                            format!("{}['{}']", path, String::from_utf8_lossy(s.as_bytes()))
                        }
                    };
                    self.visit(session, child, child_path, depth + 1);
                }
            }
            Value::Obj(o) => {
                for p in &o.class().props {
                    if let Some(child) = o.props().get(p.slot) {
                        let child_path =
                            format!("{}->{}", path, String::from_utf8_lossy(p.name.as_bytes()));
                        self.visit(session, child, child_path, depth + 1);
                    }
                }
                for (k, child) in o.dyn_props().into_iter().flat_map(|t| t.iter()) {
                    let child_path = match k {
                        KeyRef::Int(i) => format!("{}->{{{}}}", path, i),
                        KeyRef::Str(s) => {
                            format!("{}->{}", path, String::from_utf8_lossy(s.as_bytes()))
                        }
                    };
                    self.visit(session, child, child_path, depth + 1);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs entries in a fresh session and returns everything printed.
    fn transcript(entries: &[&str]) -> String {
        let mut s = Session::new(&[]);
        s.it.out.start_capture();
        for e in entries {
            let outcome = match super::super::command::parse(e) {
                Some(super::super::command::Command::Inspect(what)) => s.inspect(&what),
                Some(other) => panic!("not a session command: {:?}", other),
                None => s.run_entry(e.as_bytes(), true),
            };
            assert_eq!(outcome, Outcome::Done, "{e}");
        }
        String::from_utf8(s.it.out.take_capture()).expect("utf-8 output")
    }

    // Expected texts below come from PHP 8.2 (`php -n -r`) for the PHP
    // parts; `php shell code` is the file name `php -a` gives entries.

    #[test]
    fn values_of_expressions() {
        // php -n -r 'var_dump([1]);'
        assert_eq!(
            transcript(&["$a = [1]; $a"]),
            "=> array(1) {\n  [0]=>\n  int(1)\n}\n"
        );
        assert_eq!(transcript(&["1 + 2;"]), "=> int(3)\n");
        assert_eq!(transcript(&["$x = 5;", "echo $x;"]), "5\n");
        assert_eq!(transcript(&["var_dump(1.5)"]), "float(1.5)\n");
        assert_eq!(transcript(&["gettype(1)"]), "=> string(7) \"integer\"\n");
    }

    #[test]
    fn state_persists() {
        let out = transcript(&[
            "function twice($n) { return 2 * $n; }",
            "class P { public $v = 3; }",
            "const K = 4;",
            "twice((new P)->v) + K",
        ]);
        assert_eq!(out, "=> int(10)\n");
    }

    #[test]
    fn errors_do_not_end_the_session() {
        let out = transcript(&[
            "echo 1 +;",
            "throw new Exception('boom');",
            "undefined_function();",
            "$a = 7;",
            "$a",
        ]);
        // php -n -r 'echo 1 +;'; php -n -r 'throw new Exception("boom");'; php -n -r 'undefined_function();'
        let expected = "\nParse error: syntax error, unexpected token \";\" in php shell code on line 1\n\
             \nFatal error: Uncaught Exception: boom in php shell code:1\nStack trace:\n#0 {main}\n  thrown in php shell code on line 1\n\
             \nFatal error: Uncaught Error: Call to undefined function undefined_function() in php shell code:1\n\
             Stack trace:\n#0 {main}\n  thrown in php shell code on line 1\n\
             => int(7)\n";
        assert_eq!(out, expected);
    }

    #[test]
    fn refs_match_debug_zval_dump() {
        // php -n -r '$a = [1, 2]; $a[] = 3; $b = $a; debug_zval_dump($a);'
        let out = transcript(&["$a = [1, 2]; $a[] = 3; $b = $a;", ":refs $a"]);
        assert_eq!(
            out,
            "array(3) refcount(3){\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [2]=>\n  int(3)\n}\n"
        );
    }

    #[test]
    fn ls_lists_variables() {
        let out = transcript(&[
            "$n = 1; $s = 'x'; $o = new stdClass; $p = $o; $r = &$n;",
            ":ls",
        ]);
        let expected = "\
$argv  array(1)            refcount=2
$argc  int(1)
$n     &int(1)             reference refcount=2
$s     string(1)           interned
$o     object(stdClass)#1  refcount=2
$p     object(stdClass)#1  refcount=2
$r     &int(1)             reference refcount=2
";
        assert_eq!(out, expected);
    }

    #[test]
    fn show_prints_declarations() {
        let out = transcript(&[
            "$x = 1;\nfunction f($a) {\n  return $a;\n}",
            ":show f",
            ":show var_dump",
            ":show nope",
        ]);
        assert_eq!(
            out,
            "function f($a) {\n  return $a;\n}\nvar_dump is a built-in function\nno function or class named nope\n"
        );
    }

    #[test]
    fn wtf_shows_the_last_exception() {
        let out = transcript(&[
            "function g() { throw new LogicException('deep'); }",
            "g();",
            ":wtf",
        ]);
        let trace = "LogicException: deep in php shell code:1\nStack trace:\n#0 php shell code(1): g()\n#1 {main}\n";
        assert!(out.ends_with(trace), "{out}");
    }

    #[test]
    fn gc_names_buffered_values() {
        let out = transcript(&[
            "$a = [1]; $a[] = 2; $b = $a; unset($b);",
            "$o = new stdClass; $o->self = $o; unset($o);",
            ":gc",
        ]);
        assert!(out.contains("roots=2"), "{out}");
        assert!(out.contains("  $a  array(2)  refcount=1\n"), "{out}");
        assert!(
            out.contains("1 root not reachable from global variables"),
            "{out}"
        );
    }

    #[test]
    fn exit_ends_the_session() {
        let mut s = Session::new(&[]);
        s.it.out.start_capture();
        assert_eq!(s.run_entry(b"function f() {", false), Outcome::Incomplete);
        assert_eq!(
            s.run_entry(b"echo 'bye'; exit(3);", false),
            Outcome::Ended(3)
        );
    }
}
