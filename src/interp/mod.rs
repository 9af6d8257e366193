//! The evaluator: runs compiled code (`compile::ir`) over frames of slots
//! and the refcounted heap.
//!
//! - `mod.rs` (this file): the interpreter's state, running a whole script,
//!   safe points (pending destructors and collections) and shutdown;
//! - `expr.rs`, `stmt.rs`: evaluation by syntactic category;
//! - `lvalue.rs`: everything that writes (assignment, references, `unset`,
//!   `isset`, compound assignment);
//! - `call.rs`, `function.rs`: calling functions, methods and closures;
//! - `generator.rs`: generators, each body running as a coroutine;
//! - `class.rs`, `objects.rs`: classes, properties and methods;
//! - `ops.rs`, `convert.rs`: PHP's operators and conversions;
//! - `errors.rs`: warnings, notices, fatal errors and exceptions;
//! - `output.rs`: echo and output buffering.

pub mod call;
pub mod class;
pub mod convert;
pub mod errors;
pub mod expr;
pub mod frame;
pub mod function;
pub mod generator;
pub mod include;
pub mod ini;
pub mod lvalue;
pub mod objects;
pub mod ops;
pub mod output;
pub mod stmt;
pub mod types;

use crate::compile::ir;
use crate::value::{Obj, Str, Value};
use ahash::HashMap;
use class::Class;
use frame::Frame;
use function::Callable;
use std::rc::Rc;

/// Why evaluation stopped early.
///
/// The thrown exception itself is not carried here: it waits in
/// `Interp::exception` (as Zend's `EG(exception)`), which keeps every
/// `R<Value>` as small as a `Value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unwind {
    /// An exception (in `Interp::exception`) travelling to its `catch`.
    Throw,
    /// `exit`/`die`: run shutdown functions and destructors, then stop.
    Exit,
    /// A fatal error (already printed): stop; shutdown functions still run.
    Fatal,
    /// An unfinished generator being destroyed: its `finally` blocks run,
    /// `catch` blocks do not (see `generator.rs`). Never leaves the
    /// generator's body.
    GeneratorDestroy,
}

const _: () = assert!(std::mem::size_of::<R<Value>>() == 16);

pub type R<T> = Result<T, Unwind>;

/// How a statement finished. A `return` leaves its value in
/// `Interp::return_value` for the function call, file or generator that
/// ends with it: kept out of `Flow`, a statement's outcome fits in a
/// register instead of going through memory on every statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Normal,
    Break(u32),
    Continue(u32),
    Return,
}

const _: () = assert!(std::mem::size_of::<R<Flow>>() <= 8);

/// ini settings the engine reads often.
pub struct Settings {
    pub precision: i32,
    pub serialize_precision: i32,
    pub error_reporting: i64,
    pub display_errors: bool,
    /// `display_errors=stderr`.
    pub display_errors_stderr: bool,
    /// `html_errors`: errors as `<br />\n<b>Warning</b>:  ...` markup.
    pub html_errors: bool,
    pub short_open_tag: bool,
    pub memory_limit: i64,
    pub max_execution_time: i64,
    pub exception_ignore_args: bool,
    pub exception_string_param_max_len: usize,
    pub assertions: i64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            precision: 14,
            serialize_precision: -1,
            error_reporting: errors::E_ALL,
            display_errors: true,
            display_errors_stderr: false,
            html_errors: false,
            short_open_tag: true,
            memory_limit: 128 * 1024 * 1024,
            max_execution_time: 0,
            exception_ignore_args: false,
            exception_string_param_max_len: 15,
            assertions: -1,
        }
    }
}

pub struct Interp {
    /// The value of the `return` statement in flight (see `Flow::Return`);
    /// `Undef` when none is.
    pub return_value: Value,
    pub functions: HashMap<Str, Callable>,
    pub classes: HashMap<Str, Rc<Class>>,
    pub constants: HashMap<Str, Value>,
    /// Call stack; frame 0 is the global scope.
    pub frames: frame::FrameStack,
    pub out: output::Output,
    pub settings: Settings,
    /// Raw ini values as strings (`ini_get`), by directive name.
    pub ini: HashMap<Vec<u8>, Vec<u8>>,
    pub ini_defaults: HashMap<Vec<u8>, Vec<u8>>,
    /// The script's path as given (`$argv[0]`, messages).
    pub script_path: Vec<u8>,
    /// The main code came from `-r`: PHP's CLI reports an exception it lets
    /// escape as uncaught without calling the user's exception handler.
    pub command_line_code: bool,
    pub included_files: Vec<Vec<u8>>,
    pub error_handlers: Vec<(Value, i64)>,
    /// `assert_options(ASSERT_CALLBACK, ...)`: called when an assertion fails.
    pub assert_callback: Value,
    pub exception_handlers: Vec<Value>,
    pub shutdown_functions: Vec<(Value, Vec<Value>)>,
    /// Depth of `@` operators in effect.
    pub silence_depth: u32,
    /// The last error (`error_get_last`).
    pub last_error: Option<(i64, Vec<u8>, Vec<u8>, u32)>,
    /// Exit status set by `exit(int)`.
    pub exit_status: i32,
    /// The exception being thrown (set with `Unwind::Throw`).
    pub exception: Option<Obj>,
    /// An exception waiting to be rethrown once destructors finish (for
    /// chaining exceptions thrown by destructors during unwinding).
    pub pending_exception: Option<Obj>,
    /// Pool of slot vectors reused by calls.
    pub slot_pool: Vec<Vec<Value>>,
    /// Reusable buffer for deferred warnings raised while a write is in progress.
    pub in_shutdown: bool,
    /// Deepest user-call nesting allowed before the native stack would run out.
    pub max_depth: usize,
    /// Address of a local at the start of the run (for stack depth checks).
    pub stack_base: usize,
    pub stack_limit: usize,
    /// Counter used for `uniqid`, `mt_rand` seeding and similar.
    pub rng_state: u64,
    /// `declare(ticks)` and timing.
    pub start_time: std::time::Instant,
    /// Source texts of loaded files (for the REPL's `:show`).
    pub sources: HashMap<Vec<u8>, Rc<[u8]>>,
    /// The last uncaught exception (REPL `:wtf`).
    pub last_exception: Option<Obj>,
    /// Object id counter for `spl_object_hash`.
    pub argv: Vec<Vec<u8>>,
    /// Autoload callbacks (`spl_autoload_register`).
    pub autoloaders: Vec<Value>,
    pub autoloading: Vec<Str>,
    /// Nesting of writes in progress (see `lvalue.rs`).
    pub write_depth: u32,
    /// Errors held back until the write in progress is done.
    pub deferred_errors: Vec<(i64, String, u32)>,
    /// Magic-method recursion guards: (object, property, kind).
    pub guards: Vec<(usize, Str, u8)>,
    /// When `max_execution_time` runs out.
    pub time_limit_at: Option<std::time::Instant>,
    /// Values held by running loops (what `foreach` iterates): Zend's live
    /// loop variables, buffered again as possible roots after a collection.
    /// The loops own the values; entries are removed before they end.
    pub loop_temps: Vec<crate::gc::GcPtr>,
    /// An allocation over `memory_limit` waiting for the next interrupt
    /// check (see `crate::memory::limit`).
    pub memory_error: Option<Box<crate::memory::limit::PendingMemoryError>>,
    /// `include`/`require`/`eval` in progress: they appear in backtraces
    /// as frames of their own.
    pub include_stack: Vec<IncludeFrame>,
}

/// An include or eval in progress, as backtraces show it.
#[derive(Clone)]
pub struct IncludeFrame {
    /// The frame the included code runs in.
    pub frame: usize,
    /// `include`, `require_once`, `eval`...
    pub function: &'static str,
    /// The included file, once it is being run.
    pub arg: Option<Str>,
    /// Where the include statement is.
    pub file: Str,
    pub line: u32,
}

impl Interp {
    pub fn new() -> Interp {
        let mut it = Interp {
            return_value: Value::Undef,
            functions: HashMap::default(),
            classes: HashMap::default(),
            constants: HashMap::default(),
            frames: frame::FrameStack::new(),
            out: output::Output::new(),
            settings: Settings::default(),
            ini: HashMap::default(),
            ini_defaults: HashMap::default(),
            script_path: Vec::new(),
            command_line_code: false,
            included_files: Vec::new(),
            error_handlers: Vec::new(),
            assert_callback: Value::Null,
            exception_handlers: Vec::new(),
            shutdown_functions: Vec::new(),
            silence_depth: 0,
            last_error: None,
            exit_status: 0,
            exception: None,
            pending_exception: None,
            slot_pool: Vec::new(),
            in_shutdown: false,
            max_depth: usize::MAX,
            stack_base: 0,
            stack_limit: 0,
            rng_state: 0x853c_49e6_748f_ea9b,
            start_time: std::time::Instant::now(),
            sources: HashMap::default(),
            last_exception: None,
            argv: Vec::new(),
            autoloaders: Vec::new(),
            autoloading: Vec::new(),
            write_depth: 0,
            deferred_errors: Vec::new(),
            guards: Vec::new(),
            time_limit_at: None,
            loop_temps: Vec::new(),
            memory_error: None,
            include_stack: Vec::new(),
        };
        it.init_ini();
        crate::builtins::register_all(&mut it);
        class::register_builtin_classes(&mut it);
        it.frames.push(Frame::global());
        it.begin_memory_accounting();
        it
    }

    /// The current frame.
    #[inline(always)]
    pub fn frame(&self) -> &Frame {
        self.frames.top()
    }

    #[inline(always)]
    pub fn frame_mut(&mut self) -> &mut Frame {
        self.frames.top_mut()
    }

    /// The file the current code comes from.
    pub fn current_file(&self) -> Str {
        self.frame().file()
    }

    pub fn current_line(&self) -> u32 {
        self.frame().line
    }

    /// Runs pending destructors and a requested collection, and notes an
    /// allocation over the memory limit: the evaluator's safe point (see
    /// `crate::gc` and `crate::memory`).
    ///
    /// One flag says whether there is anything to do: an allocation over
    /// the limit raises it too (`HeapModel::record_exhaustion`).
    #[inline(always)]
    pub fn safe_point(&mut self) -> R<()> {
        if crate::gc::take_pending_work() {
            self.run_pending_work()?;
            self.note_memory_use();
        } else if self.memory_error.is_some() {
            self.note_memory_use();
        }
        Ok(())
    }

    #[inline(never)]
    fn run_pending_work(&mut self) -> R<()> {
        // A safe point may come while a `return` is in flight (at the end
        // of the loop it leaves); the destructors run here return too.
        let returning = std::mem::take(&mut self.return_value);
        let r = self.run_pending_work_inner();
        if r.is_err()
            && (crate::gc::destructors::has_pending() || crate::gc::collection_requested())
        {
            crate::gc::set_pending_work();
        }
        if r.is_ok() {
            Value::replace_release(&mut self.return_value, returning);
        } else {
            returning.release();
        }
        r
    }

    /// Takes the value of the `return` that ended a body (`Null` if it
    /// ended otherwise).
    #[inline(always)]
    pub fn take_return_value(&mut self, flow: Flow) -> Value {
        match flow {
            Flow::Return => match std::mem::take(&mut self.return_value) {
                Value::Undef => Value::Null,
                v => v,
            },
            _ => Value::Null,
        }
    }

    fn run_pending_work_inner(&mut self) -> R<()> {
        loop {
            if crate::gc::collection_requested() {
                self.run_automatic_collection()?;
            }
            if crate::gc::destructors::has_pending() {
                self.run_queued_destructors()?;
            }
            if !crate::gc::destructors::has_pending() && !crate::gc::collection_requested() {
                return Ok(());
            }
        }
    }

    /// Runs queued destructors depth first (see `gc::destructors`). Every
    /// queued destructor runs even when one throws; later exceptions take
    /// earlier ones as `previous` (Zend's `zend_objects_destroy_object`).
    fn run_queued_destructors(&mut self) -> R<()> {
        let batch = crate::gc::destructors::take_batch();
        let mut pending: Option<Obj> = None;
        for q in batch {
            let mut r = self.call_destructor(q.object);
            if r.is_ok() && crate::gc::destructors::has_pending() {
                r = self.run_queued_destructors();
            }
            for h in q.handles_after {
                Obj::recycle_handle(h);
            }
            match r {
                Ok(()) => {}
                Err(Unwind::Throw) => {
                    let e = self.take_exception();
                    if let Some(prev) = pending.take() {
                        self.chain_previous(&e, prev);
                    }
                    pending = Some(e);
                }
                Err(other) => {
                    // Fatal errors and exit stop everything; the remaining
                    // objects are freed without their destructors.
                    crate::gc::destructors::discard();
                    return Err(other);
                }
            }
        }
        match pending {
            Some(e) => Err(self.throw(e)),
            None => Ok(()),
        }
    }
}

impl Interp {
    /// Starts throwing `e` (Zend's `zend_throw_exception_internal`).
    #[inline]
    pub fn throw(&mut self, e: Obj) -> Unwind {
        self.exception = Some(e);
        Unwind::Throw
    }

    /// Takes the exception that is being thrown (for `catch`).
    pub fn take_exception(&mut self) -> Obj {
        self.exception
            .take()
            .expect("Unwind::Throw always has an exception")
    }
}

impl Default for Interp {
    fn default() -> Self {
        Interp::new()
    }
}

/// Everything a program run needs from the outside.
pub struct RunOptions {
    pub script_path: Vec<u8>,
    pub argv: Vec<Vec<u8>>,
    pub ini: Vec<(Vec<u8>, Vec<u8>)>,
}

/// Parses, compiles and runs a script; returns the process exit status.
pub fn run_script(source: &[u8], opts: &RunOptions) -> i32 {
    let mut it = Interp::new();
    it.script_path = opts.script_path.clone();
    it.argv = opts.argv.clone();
    for (k, v) in &opts.ini {
        it.ini_set_startup(k, v);
    }
    it.setup_globals();
    let file = opts.script_path.clone();
    let status = it.run_main(source, &file);
    it.out.flush();
    status
}

impl Interp {
    /// Runs the main script and the shutdown sequence.
    /// `file` is the script's name in messages and `__FILE__` (PHP uses
    /// the resolved full path of a script file).
    pub fn run_main(&mut self, source: &[u8], file: &[u8]) -> i32 {
        let result = self.run_file_source(source, file);
        self.finish(result)
    }

    /// Turns the outcome of the main code into PHP's shutdown sequence:
    /// uncaught exceptions, shutdown functions, destructors; returns the exit
    /// status.
    pub fn finish(&mut self, result: R<Value>) -> i32 {
        // The end of the main script is PHP's last interrupt check.
        let result = result.and_then(|v| self.check_memory().map(|()| v));
        // From here on, calls come from the engine, not from a script line.
        self.frames.truncate(1);
        self.frames[0].is_internal = true;
        let (mut status, mut fatal) = match result {
            Ok(_) => (0, false),
            Err(Unwind::Exit) => (self.exit_status, false),
            Err(Unwind::Fatal | Unwind::GeneratorDestroy) => {
                Self::mark_objects_destructed();
                (255, true)
            }
            Err(Unwind::Throw) => {
                let e = self.take_exception();
                if self.command_line_code {
                    self.exception_handlers.clear();
                }
                (if self.handle_uncaught(e) { 0 } else { 255 }, false)
            }
        };
        if let Err(u) = self.run_shutdown_functions() {
            fatal |= matches!(u, Unwind::Fatal);
            status = self.unwind_status(u, status);
        }
        // After a fatal error PHP skips destructors (an unclean shutdown).
        if !fatal {
            if let Err(u) = self.call_all_destructors() {
                status = self.unwind_status(u, status);
            }
        }
        self.end_output_buffers();
        self.in_shutdown = true;
        self.free_everything();
        status
    }

    /// After a fatal error no destructor runs any more, not even for the
    /// objects the unwound frames held (Zend's
    /// `zend_objects_store_mark_destructed`).
    fn mark_objects_destructed() {
        crate::gc::destructors::discard();
        for o in Obj::all_live() {
            o.header()
                .add_flags(crate::value::header::FLAG_OBJ_DESTRUCTOR_CALLED);
        }
    }

    fn unwind_status(&mut self, u: Unwind, status: i32) -> i32 {
        match u {
            Unwind::Exit => self.exit_status,
            Unwind::Fatal | Unwind::GeneratorDestroy => 255,
            Unwind::Throw => {
                let e = self.take_exception();
                if self.handle_uncaught(e) {
                    status
                } else {
                    255
                }
            }
        }
    }

    fn run_shutdown_functions(&mut self) -> R<()> {
        let mut i = 0;
        while i < self.shutdown_functions.len() {
            let (f, args) = self.shutdown_functions[i].clone();
            i += 1;
            match self.call_value(&f, args) {
                Ok(v) => drop(v),
                Err(Unwind::Throw) => {
                    let e = self.take_exception();
                    if !self.handle_uncaught(e) {
                        return Err(Unwind::Fatal);
                    }
                }
                Err(e) => return Err(e),
            }
            self.safe_point()?;
        }
        Ok(())
    }

    /// PHP's `shutdown_destructors`: first the global variables holding the
    /// only reference to an object, in reverse order, repeatedly; then every
    /// object still alive, in creation (handle) order.
    fn call_all_destructors(&mut self) -> R<()> {
        loop {
            let before = self.frames[0].live_count();
            let n = self.frames[0].slots.len();
            for i in (0..n).rev() {
                let take =
                    matches!(self.frames[0].slots.get(i), Some(Value::Obj(o)) if o.refcount() == 1);
                if take {
                    let v = std::mem::take(&mut self.frames[0].slots[i]);
                    v.release();
                    self.safe_point()?;
                }
            }
            if self.frames[0].live_count() == before {
                break;
            }
        }
        for o in Obj::all_live() {
            let h = o.header();
            if !h.has_flag(crate::value::header::FLAG_OBJ_DESTRUCTOR_CALLED) {
                h.add_flags(crate::value::header::FLAG_OBJ_DESTRUCTOR_CALLED);
                if o.class().has_destructor() {
                    self.call_destructor(o)?;
                    continue;
                }
            }
            drop(o);
        }
        self.safe_point()
    }

    /// Releases every remaining value so that leak accounting can tell what
    /// the script itself leaked: global variables, constants, static
    /// variables and class statics, then a final collection for cycles.
    fn free_everything(&mut self) {
        for o in Obj::all_live() {
            o.header()
                .add_flags(crate::value::header::FLAG_OBJ_DESTRUCTOR_CALLED);
        }
        while self.frames.len() > 1 {
            let f = self.frames.pop().expect("frame");
            f.release_slots(&mut self.slot_pool);
        }
        if let Some(f) = self.frames.pop() {
            f.release_slots(&mut self.slot_pool);
        }
        self.pending_exception = None;
        self.last_exception = None;
        self.error_handlers.clear();
        self.assert_callback = Value::Null;
        self.exception_handlers.clear();
        self.shutdown_functions.clear();
        self.autoloaders.clear();
        let consts = std::mem::take(&mut self.constants);
        for (_, v) in consts {
            v.release();
        }
        crate::builtins::info::forget_user_constants();
        let functions = std::mem::take(&mut self.functions);
        for (_, f) in functions {
            f.release_statics();
        }
        let classes = std::mem::take(&mut self.classes);
        for c in classes.values() {
            c.release_statics();
        }
        drop(classes);
        self.slot_pool.clear();
        crate::gc::buffer_unseen_objects(Obj::all_live());
        crate::gc::collect_cycles(crate::gc::collector::Trigger::Shutdown, &mut |_| {});
        crate::gc::destructors::discard();
    }
}

/// Parses PHP's size shorthand (`128M`, `1G`, `512K`, `-1`).
pub fn parse_size(s: &[u8]) -> i64 {
    let s = std::str::from_utf8(s).unwrap_or("").trim();
    if s.is_empty() {
        return 0;
    }
    let (num, mult) = match s.as_bytes()[s.len() - 1].to_ascii_lowercase() {
        b'k' => (&s[..s.len() - 1], 1024i64),
        b'm' => (&s[..s.len() - 1], 1024 * 1024),
        b'g' => (&s[..s.len() - 1], 1024 * 1024 * 1024),
        _ => (s, 1),
    };
    crate::numeric::str_to_int(num.trim().as_bytes()).saturating_mul(mult)
}

/// Keeps the compiler's types reachable from here for callers.
pub type Unit = ir::Unit;
