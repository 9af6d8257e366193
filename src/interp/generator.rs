//! Generators: functions containing `yield`, run one step at a time.
//!
//! The evaluator is a recursive tree-walker, so a `yield` deep inside an
//! expression cannot return to the caller and come back later. Each
//! generator body therefore runs as a stackful coroutine (`corosensei`) on a
//! native stack of its own: `yield` suspends the coroutine, and resuming it
//! continues the evaluator exactly where it stopped.
//!
//! - Calling a generator function binds its arguments into a frame as any
//!   call does (`call_user`), then wraps the frame in a `Generator` object
//!   ([`GeneratorState`] payload). No part of the body runs yet; the
//!   coroutine and its stack are made at the first resume.
//! - Resuming ([`resume`]) pushes the generator's frame onto `it.frames`,
//!   switches to the coroutine passing it a raw pointer to the interpreter,
//!   and pops the frame back into the payload when the body yields or ends.
//!   While the body runs, `it.stack_limit` lies in the coroutine's stack,
//!   so deep recursion inside a generator ends in PHP's memory error.
//! - `yield` ([`Interp::eval_yield`]) hands the key and value to the
//!   resumer and gets back a [`Signal`]: go on, a sent value, an exception
//!   to throw at the `yield` (`Generator::throw`), or "destroy".
//! - Destroying an unfinished generator (its destructor hook, run when the
//!   last reference goes, by the collector or at shutdown) resumes it with
//!   "destroy": the `yield` returns `Unwind::GeneratorDestroy`, which
//!   `finally` blocks let through and `catch` blocks never see, so the
//!   pending `finally` blocks run as in PHP and the body ends.
//! - `yield from` runs inside the delegating body: it yields the items of
//!   an array or Traversable, or drives the inner generator and yields
//!   what it yields (the inner's frame runs on top of the outer's, as
//!   PHP's backtraces show them).
//! - The cycle collector sees what a suspended generator holds (its frame's
//!   variables, `$this`, the closure, current key and value, return value,
//!   `yield from` source) through `Payload::for_each_value`, as Zend's
//!   `zend_generator_get_gc`.

use super::frame::Frame;
use super::{Interp, Unwind, R};
use crate::compile::ir::{self, FuncDef};
use crate::gc::GcPtr;
use crate::value::object::Payload;
use crate::value::{Obj, Str, Value};
use corosensei::stack::{Stack, StackPointer};
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Size of a generator's native stack: address space only, its pages are
/// committed as the body first touches them. Generous, since each PHP-level
/// call nests several evaluator frames.
const STACK_SIZE: usize = 128 << 20;
/// Room kept below the stack limit for native code between two checks.
const STACK_MARGIN: usize = 1 << 20;
/// What entering a body costs of the stack budget besides the frames it
/// pushes: the memory a started coroutine holds apart from them (its
/// stack's partly used pages, its allocation's header page).
const BODY_ENTRY_COST: usize = 32 << 10;
/// Finished generators' stacks kept for reuse.
const STACK_POOL_MAX: usize = 16;

/// What the resumer tells a suspended body.
pub enum Signal {
    /// `next()`, `foreach`: the `yield` evaluates to null.
    Next,
    /// `send($v)`: the `yield` evaluates to `$v`.
    Send(Value),
    /// `throw($e)`: the exception, already in `Interp::exception`, is
    /// thrown at the `yield`.
    Throw,
    /// The generator is being destroyed: run `finally` blocks and end.
    Destroy,
}

/// A resume: the interpreter to run with and the signal.
struct Resume {
    it: *mut Interp,
    signal: Signal,
}

/// The key a body yields with.
enum YieldKey {
    /// `yield $v`: the next integer key.
    Auto,
    /// `yield $k => $v`.
    Explicit(Value),
    /// An item passed on by `yield from` (does not move the auto key).
    Delegated(Value),
}

/// What a body suspends with.
struct Yielded {
    key: YieldKey,
    value: Value,
}

type Body = Coroutine<Resume, Yielded, R<Value>, HeapStack>;
type BodyYielder = Yielder<Resume, Yielded>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Status {
    /// Made by the call; the body has not run.
    Created,
    Suspended,
    Running,
    Finished,
}

/// The payload of a `Generator` object.
pub struct GeneratorState {
    func: Rc<FuncDef>,
    /// The body's frame while it is not running, without its `this` and
    /// `closure`, which wait in the fields below.
    frame: Option<Frame>,
    /// The frame's `$this` (`Value::Obj`) while it waits here, so that the
    /// collector can be shown it in place.
    this: Value,
    /// The frame's closure object while it waits here.
    closure: Value,
    /// The coroutine, once started and while not running.
    body: Option<Box<Body>>,
    /// The started coroutine's yielder (on the coroutine's own stack).
    yielder: *const BodyYielder,
    /// Lowest and highest addresses of the coroutine's stack.
    stack_floor: usize,
    stack_top: usize,
    status: Status,
    /// Started by `rewind()`/first use and not moved since (PHP's
    /// `ZEND_GENERATOR_AT_FIRST_YIELD`).
    at_first_yield: bool,
    /// Being destroyed: `yield` is an error.
    force_closed: bool,
    key: Value,
    value: Value,
    /// `Undef` until the body returns.
    retval: Value,
    largest_int_key: i64,
    /// What a `yield from` in progress takes its items from.
    delegate: Value,
    /// Loop values (`Interp::loop_temps`) of the suspended body's loops.
    loop_temps: Vec<GcPtr>,
    /// `@` operators in effect inside the suspended body.
    silence_depth: u32,
}

impl GeneratorState {
    fn new(func: Rc<FuncDef>, frame: Frame) -> GeneratorState {
        let mut s = GeneratorState {
            func,
            frame: None,
            this: Value::Null,
            closure: Value::Null,
            body: None,
            yielder: std::ptr::null(),
            stack_floor: 0,
            stack_top: 0,
            status: Status::Created,
            at_first_yield: false,
            force_closed: false,
            key: Value::Null,
            value: Value::Undef,
            retval: Value::Undef,
            largest_int_key: -1,
            delegate: Value::Null,
            loop_temps: Vec::new(),
            silence_depth: 0,
        };
        s.park(frame);
        s
    }

    /// Keeps the suspended body's frame.
    fn park(&mut self, mut frame: Frame) {
        self.this = frame.this.take().map_or(Value::Null, Value::Obj);
        self.closure = frame.closure.take().map_or(Value::Null, Value::Obj);
        self.frame = Some(frame);
    }

    /// Takes the frame back to run the body.
    fn unpark(&mut self) -> Option<Frame> {
        let mut frame = self.frame.take()?;
        frame.this = as_obj(std::mem::take(&mut self.this));
        frame.closure = as_obj(std::mem::take(&mut self.closure));
        Some(frame)
    }
}

fn as_obj(v: Value) -> Option<Obj> {
    match v {
        Value::Obj(o) => Some(o),
        _ => None,
    }
}

impl Payload for GeneratorState {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        // A running body's values are in flux (Zend reports none either).
        if self.status == Status::Running {
            return;
        }
        f(&self.value);
        f(&self.key);
        f(&self.retval);
        f(&self.delegate);
        if let Some(frame) = &self.frame {
            for v in &frame.slots {
                f(v);
            }
            for v in &frame.extra_args {
                f(v);
            }
        }
        f(&self.this);
        f(&self.closure);
    }

    fn take_values(&mut self) -> Vec<Value> {
        let mut out = Vec::new();
        if let Some(mut frame) = self.frame.take() {
            out.append(&mut frame.slots);
            out.append(&mut frame.extra_args);
        }
        for v in [
            &mut self.this,
            &mut self.closure,
            &mut self.delegate,
            &mut self.value,
            &mut self.key,
            &mut self.retval,
        ] {
            out.push(std::mem::take(v));
        }
        self.status = Status::Finished;
        out
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

thread_local! {
    /// Generators whose body is running, innermost last.
    static RUNNING: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
    /// Stacks of finished bodies, for the next generators.
    static STACK_POOL: RefCell<Vec<HeapStack>> = const { RefCell::new(Vec::new()) };
    /// Stack budget the running body has left below `Interp::stack_limit`
    /// (which its own stack's size caps), for the bodies it resumes.
    static BUDGET_BEYOND_LIMIT: Cell<usize> = const { Cell::new(0) };
}

/// A coroutine stack in ordinary heap memory.
///
/// `corosensei`'s own stacks are separate mappings with a guard page each:
/// two kernel memory areas per stack, so a few tens of thousands of started
/// generators would exhaust the process's map count (65530 by default),
/// where PHP holds hundreds of thousands. A large heap allocation is a
/// lazily committed anonymous mapping that the kernel merges with its
/// neighbours (only the pages the body touches cost memory). Overflow is kept away by `Interp::check_stack`, which stops
/// PHP calls `STACK_MARGIN` bytes above the bottom.
struct HeapStack {
    /// Owns the memory; only the coroutine touches it, through `base`.
    _memory: Vec<u128>,
    base: StackPointer,
    limit: StackPointer,
}

impl HeapStack {
    fn new() -> Option<HeapStack> {
        // Where the system backs all large areas with transparent huge
        // pages, each stack's few touched pages would cost 2 MiB; the
        // interpreter does without them.
        static NO_HUGE_PAGES: std::sync::Once = std::sync::Once::new();
        NO_HUGE_PAGES.call_once(|| {
            let _ = nix::sys::prctl::set_thp_disable(true);
        });
        let words = STACK_SIZE / std::mem::size_of::<u128>();
        let mut memory: Vec<u128> = Vec::new();
        // A native stack, like the main thread's: not part of the
        // request's heap (`memory_get_usage`, `memory_limit`).
        crate::memory::uncounted(|| memory.try_reserve_exact(words)).ok()?;
        let low = memory.as_mut_ptr() as usize;
        Some(HeapStack {
            _memory: memory,
            base: StackPointer::new(low + STACK_SIZE)?,
            limit: StackPointer::new(low)?,
        })
    }
}

impl Drop for HeapStack {
    fn drop(&mut self) {
        let memory = std::mem::take(&mut self._memory);
        crate::memory::uncounted(|| drop(memory));
    }
}

// SAFETY: `memory` is an allocation of STACK_SIZE bytes, 16-byte aligned
// (u128), owned by the stack and never read or written through `_memory`
// itself; `base` and `limit` are its ends, so the coroutine using it stays
// within memory it owns for as long as the stack lives.
unsafe impl Stack for HeapStack {
    fn base(&self) -> StackPointer {
        self.base
    }
    fn limit(&self) -> StackPointer {
        self.limit
    }
}

/// The state of a `Generator` object (none for a clone, which PHP refuses).
fn state(o: &Obj) -> Option<&mut GeneratorState> {
    o.payload_mut::<GeneratorState>()
}

fn status(o: &Obj) -> Status {
    state(o).map_or(Status::Finished, |s| s.status)
}

pub fn is_generator(o: &Obj) -> bool {
    o.payload::<GeneratorState>().is_some()
}

/// The generator whose body is running now.
fn running_generator() -> Option<Obj> {
    RUNNING.with(|r| r.borrow().last().cloned())
}

/// The generator that really produces `o`'s items: the end of its chain
/// of `yield from` delegations to unfinished generators (Zend's
/// `zend_generator_get_current`).
fn leaf(o: &Obj) -> Obj {
    let mut cur = o.clone();
    loop {
        let next = match state(&cur) {
            Some(s) if s.status != Status::Running => match &s.delegate {
                Value::Obj(d) if status(d) != Status::Finished => d.clone(),
                _ => return cur,
            },
            _ => return cur,
        };
        cur = next;
    }
}

impl Interp {
    /// Wraps the frame of a generator call (on top of `frames`, arguments
    /// not bound yet) in a new `Generator` object.
    pub(super) fn make_generator(
        &mut self,
        f: &Rc<FuncDef>,
        args: Vec<Value>,
        named: Vec<(Str, Value)>,
    ) -> R<Value> {
        let bound = self.bind_params(f, args, named);
        let frame = self.frames.pop().expect("generator frame");
        if let Err(e) = bound {
            frame.release_slots(&mut self.slot_pool);
            return Err(self.unwind_through_destructors(e));
        }
        let class = self.classes[&Str::interned(b"generator")].clone();
        let o = Obj::new(class, Vec::new());
        o.set_payload(Box::new(GeneratorState::new(f.clone(), frame)));
        Ok(Value::Obj(o))
    }

    /// `yield`, `yield $v`, `yield $k => $v`.
    pub fn eval_yield(
        &mut self,
        key: Option<&ir::Expr>,
        value: Option<&ir::Expr>,
        line: u32,
    ) -> R<Value> {
        let Some(by_ref) =
            running_generator().and_then(|g| state(&g).map(|s| s.func.by_ref_return))
        else {
            return Err(self.throw_error("Error", "Cannot yield outside of a generator"));
        };
        let key = match key {
            Some(k) => YieldKey::Explicit(self.eval(k)?),
            None => YieldKey::Auto,
        };
        let value = match value {
            None => Value::Null,
            Some(v) if by_ref => {
                if super::call::is_referenceable(&v.kind) {
                    Value::Ref(self.make_ref(v)?)
                } else {
                    let x = self.eval_keep_ref(v)?;
                    if x.is_ref() {
                        x
                    } else {
                        self.notice(
                            v.line,
                            "Only variable references should be yielded by reference",
                        )?;
                        x
                    }
                }
            }
            Some(v) => self.eval(v)?,
        };
        self.frame_mut().line = line;
        match self.suspend_body(Yielded { key, value })? {
            Signal::Next => Ok(Value::Null),
            Signal::Send(v) => Ok(v),
            Signal::Throw => Err(Unwind::Throw),
            Signal::Destroy => Err(Unwind::GeneratorDestroy),
        }
    }

    /// Suspends the running body with a yielded item; returns what it is
    /// resumed with.
    fn suspend_body(&mut self, item: Yielded) -> R<Signal> {
        let Some(me) = running_generator() else {
            return Err(self.throw_error("Error", "Cannot yield outside of a generator"));
        };
        let (yielder, force_closed) = match state(&me) {
            Some(s) => (s.yielder, s.force_closed),
            None => (std::ptr::null(), true),
        };
        // Holding our own object across the suspension would keep it alive.
        drop(me);
        if force_closed || yielder.is_null() {
            drop(item);
            return Err(self.throw_error(
                "Error",
                "Cannot yield from finally in a force-closed generator",
            ));
        }
        // SAFETY: `yielder` was registered by this very coroutine when it
        // started (see `start_body`) and lives on its stack, which outlives
        // every call made on it; the running generator is the innermost one,
        // so this code runs on that coroutine.
        let yielder = unsafe { &*yielder };
        Ok(yielder.suspend(item).signal)
    }

    /// `yield from <expr>`.
    pub fn eval_yield_from(&mut self, source: &ir::Expr, line: u32) -> R<Value> {
        let src = self.eval(source)?;
        self.frame_mut().line = line;
        match src {
            Value::Arr(_) => self.yield_from_array(src),
            Value::Obj(o) if is_generator(&o) => self.yield_from_generator(o),
            Value::Obj(o) if o.class().instance_of_name(b"traversable") => {
                self.yield_from_traversable(o)
            }
            _ => Err(self.throw_error(
                "Error",
                "Can use \"yield from\" only with arrays and Traversables",
            )),
        }
    }

    /// Makes `v` the running generator's `yield from` source (or clears it).
    fn set_delegate(&mut self, v: Value) {
        if let Some(me) = running_generator() {
            if let Some(s) = state(&me) {
                let old = std::mem::replace(&mut s.delegate, v);
                old.release();
            }
        }
    }

    fn delegate(&self) -> Value {
        running_generator()
            .and_then(|me| state(&me).map(|s| s.delegate.clone()))
            .unwrap_or_default()
    }

    /// Passes on an item of the `yield from` source.
    fn yield_delegated(&mut self, key: Value, value: Value) -> R<Signal> {
        self.suspend_body(Yielded {
            key: YieldKey::Delegated(key),
            value,
        })
    }

    fn yield_from_array(&mut self, arr: Value) -> R<Value> {
        self.set_delegate(arr);
        let mut pos = 0;
        let r = loop {
            let item = match self.delegate() {
                Value::Arr(a) => {
                    let t = a.table();
                    pos = t.pos_valid_from(pos);
                    t.at(pos)
                        .map(|(k, v)| (super::stmt::key_value(k), v.deref_clone()))
                }
                _ => None,
            };
            let Some((k, v)) = item else {
                break Ok(Value::Null);
            };
            pos += 1;
            match self.yield_delegated(k, v) {
                Ok(Signal::Next | Signal::Send(_)) => {}
                Ok(Signal::Throw) => break Err(Unwind::Throw),
                Ok(Signal::Destroy) => break Err(Unwind::GeneratorDestroy),
                Err(e) => break Err(e),
            }
        };
        self.set_delegate(Value::Null);
        r
    }

    fn yield_from_traversable(&mut self, o: Obj) -> R<Value> {
        let iter = self.iterator_of(o)?;
        self.set_delegate(Value::Obj(iter.clone()));
        let r = self.yield_from_iterator(iter);
        self.set_delegate(Value::Null);
        r
    }

    /// The Iterator behind a Traversable (`getIterator()` of aggregates,
    /// repeatedly).
    fn iterator_of(&mut self, o: Obj) -> R<Obj> {
        let mut cur = o;
        while !cur.class().instance_of_name(b"iterator")
            && cur.class().instance_of_name(b"iteratoraggregate")
        {
            let next = self.call_method(&cur, b"getiterator", Vec::new())?;
            match next {
                Value::Obj(n) if n.class().instance_of_name(b"traversable") => cur = n,
                _ => {
                    let msg = format!(
                        "Objects returned by {}::getIterator() must be traversable or implement interface Iterator",
                        String::from_utf8_lossy(cur.class().display_name())
                    );
                    return Err(self.throw_error("Exception", &msg));
                }
            }
        }
        Ok(cur)
    }

    fn yield_from_iterator(&mut self, iter: Obj) -> R<Value> {
        self.call_method(&iter, b"rewind", Vec::new())?;
        let mut first = true;
        loop {
            if !first {
                self.call_method(&iter, b"next", Vec::new())?;
            }
            first = false;
            let valid = self.call_method(&iter, b"valid", Vec::new())?;
            if !super::convert::to_bool(&valid) {
                return Ok(Value::Null);
            }
            let v = self.call_method(&iter, b"current", Vec::new())?;
            let k = self.call_method(&iter, b"key", Vec::new())?;
            match self.yield_delegated(k, v)? {
                Signal::Next | Signal::Send(_) => {}
                Signal::Throw => return Err(Unwind::Throw),
                Signal::Destroy => return Err(Unwind::GeneratorDestroy),
            }
        }
    }

    fn yield_from_generator(&mut self, inner: Obj) -> R<Value> {
        let me = running_generator();
        if status(&inner) == Status::Finished {
            return Err(self.throw_error(
                "Error",
                "Generator passed to yield from was aborted without proper return and is unable to continue",
            ));
        }
        if me.is_some_and(|me| leaf(&inner).ptr_eq(&me)) {
            return Err(self.throw_error(
                "Error",
                "Impossible to yield from the Generator being currently run",
            ));
        }
        self.set_delegate(Value::Obj(inner.clone()));
        drop(inner);
        let r = self.delegate_loop();
        self.set_delegate(Value::Null);
        r
    }

    /// Drives the generator in the `delegate` slot, yielding what it
    /// yields, until it returns.
    fn delegate_loop(&mut self) -> R<Value> {
        let mut signal = None;
        loop {
            let Value::Obj(inner) = self.delegate() else {
                return Err(Unwind::GeneratorDestroy);
            };
            match signal.take() {
                None => ensure_started(self, &inner)?,
                Some(sig) => resume(self, &inner, sig)?,
            }
            let (key, value) = match state(&inner) {
                Some(s) if s.status != Status::Finished => (s.key.clone(), s.value.clone()),
                Some(s) if !s.retval.is_undef() => return Ok(s.retval.clone()),
                _ => {
                    return Err(self.throw_error(
                        "ClosedGeneratorException",
                        "Generator yielded from aborted, no return value available",
                    ))
                }
            };
            drop(inner);
            match self.yield_delegated(key, value)? {
                Signal::Destroy => return Err(Unwind::GeneratorDestroy),
                other => signal = Some(other),
            }
        }
    }
}

/// Runs a generator's body until it yields or ends. A finished generator
/// ignores the resume (an exception to throw is thrown here instead).
pub fn resume(it: &mut Interp, gen: &Obj, signal: Signal) -> R<()> {
    let Some(s) = state(gen) else { return Ok(()) };
    match s.status {
        Status::Finished => {
            return match signal {
                Signal::Throw => Err(Unwind::Throw),
                _ => Ok(()),
            }
        }
        Status::Running => {
            return Err(it.throw_error("Error", "Cannot resume an already running generator"))
        }
        _ => {}
    }
    if status(&leaf(gen)) == Status::Running {
        return Err(it.throw_error("Error", "Cannot resume an already running generator"));
    }
    let s = state(gen).expect("generator state");
    s.at_first_yield = false;
    let mut body = match s.body.take() {
        Some(b) => b,
        None => match new_body(s.func.clone()) {
            Some((b, floor, top)) => {
                s.stack_floor = floor;
                s.stack_top = top;
                b
            }
            None => {
                return Err(it.fatal(&format!(
                    "Allowed memory size of {} bytes exhausted (tried to allocate {} bytes)",
                    it.settings.memory_limit, STACK_SIZE
                )))
            }
        },
    };
    let mut frame = s.unpark().expect("a suspended generator has its frame");
    {
        let caller = it.frame();
        frame.call_file = caller.file.clone();
        frame.call_line = caller.line;
    }
    it.frames.push(frame);
    let temps_base = it.loop_temps.len();
    it.loop_temps.append(&mut s.loop_temps);
    let silence_base = it.silence_depth;
    it.silence_depth += s.silence_depth;
    let saved_limit = it.stack_limit;
    let (limit, beyond) = body_stack_limit(saved_limit, s);
    it.stack_limit = limit;
    let saved_beyond = BUDGET_BEYOND_LIMIT.replace(beyond);
    s.status = Status::Running;
    RUNNING.with(|r| r.borrow_mut().push(gen.clone()));
    let outcome = body.resume(Resume {
        it: it as *mut Interp,
        signal,
    });
    RUNNING.with(|r| r.borrow_mut().pop());
    it.stack_limit = saved_limit;
    BUDGET_BEYOND_LIMIT.set(saved_beyond);
    let frame = it.frames.pop().expect("generator frame");
    let s = state(gen).expect("generator state");
    s.loop_temps = it.loop_temps.split_off(temps_base);
    s.silence_depth = it.silence_depth - silence_base;
    it.silence_depth = silence_base;
    match outcome {
        CoroutineResult::Yield(item) => {
            s.park(frame);
            s.body = Some(body);
            s.status = Status::Suspended;
            let key = match item.key {
                YieldKey::Auto => {
                    s.largest_int_key += 1;
                    Value::Int(s.largest_int_key)
                }
                YieldKey::Explicit(k) => {
                    if let Value::Int(i) = k {
                        if i > s.largest_int_key {
                            s.largest_int_key = i;
                        }
                    }
                    k
                }
                YieldKey::Delegated(k) => k,
            };
            let old_key = std::mem::replace(&mut s.key, key);
            let old_value = std::mem::replace(&mut s.value, item.value);
            old_key.release();
            old_value.release();
            Ok(())
        }
        CoroutineResult::Return(result) => {
            s.status = Status::Finished;
            s.loop_temps.clear();
            s.silence_depth = 0;
            let stack = body.into_stack();
            STACK_POOL.with(|p| {
                let mut p = p.borrow_mut();
                if p.len() < STACK_POOL_MAX {
                    p.push(stack);
                }
            });
            let result = match result {
                Ok(v) => {
                    let old = std::mem::replace(&mut s.retval, v.into_deref());
                    old.release();
                    Ok(())
                }
                Err(Unwind::GeneratorDestroy) => Ok(()),
                Err(e) => Err(e),
            };
            frame.release_slots(&mut it.slot_pool);
            result.map_err(|e| it.unwind_through_destructors(e))
        }
    }
}

/// The stack limit while a body runs: its own stack's floor, or sooner, so
/// that the stacks of all running bodies and the main thread's together
/// stay within the main thread's budget (`resumer_limit` is the limit in
/// force where the resume happens). Recursion through generators, such as
/// a `yield from` of itself, thus ends in PHP's memory error as plain
/// recursion does. Returns the limit and the budget left beyond it.
fn body_stack_limit(resumer_limit: usize, s: &GeneratorState) -> (usize, usize) {
    let own = s.stack_floor + STACK_MARGIN;
    if resumer_limit == 0 {
        return (own, 0);
    }
    let here = 0u8;
    let left = ((&here as *const u8 as usize).saturating_sub(resumer_limit)
        + BUDGET_BEYOND_LIMIT.get())
    .saturating_sub(BODY_ENTRY_COST);
    let room = s.stack_top - own;
    if left > room {
        (own, left - room)
    } else {
        (s.stack_top - left, 0)
    }
}

/// A coroutine for `func`'s body and the lowest and highest addresses of
/// its stack, or none when no stack can be had.
fn new_body(func: Rc<FuncDef>) -> Option<(Box<Body>, usize, usize)> {
    let stack = match STACK_POOL.with(|p| p.borrow_mut().pop()) {
        Some(s) => s,
        None => HeapStack::new()?,
    };
    let (floor, top) = (stack.limit().get(), stack.base().get());
    let body = Coroutine::with_stack(
        stack,
        move |yielder: &BodyYielder, first: Resume| -> R<Value> {
            // SAFETY: a body runs only inside `resume`, which hands it the
            // interpreter it was called with and stays blocked in
            // `Coroutine::resume` until the body yields or ends; the
            // interpreter is never used from two places at once, and it
            // outlives every generator (they are destroyed before it is).
            let it = unsafe { &mut *first.it };
            start_body(it, yielder, &func, first.signal)
        },
    );
    Some((Box::new(body), floor, top))
}

/// The coroutine's entry: registers its yielder, runs the body, returns its
/// return value.
fn start_body(it: &mut Interp, yielder: &BodyYielder, func: &FuncDef, signal: Signal) -> R<Value> {
    if let Some(me) = running_generator() {
        if let Some(s) = state(&me) {
            s.yielder = yielder as *const BodyYielder;
        }
    }
    match signal {
        Signal::Next | Signal::Send(_) => {}
        Signal::Throw => return Err(Unwind::Throw),
        Signal::Destroy => return Err(Unwind::GeneratorDestroy),
    }
    let flow = it.exec_block(&func.body)?;
    Ok(it.take_return_value(flow))
}

/// Runs a generator that has not started to its first `yield` (PHP's
/// `zend_generator_ensure_initialized`).
pub fn ensure_started(it: &mut Interp, gen: &Obj) -> R<()> {
    // As PHP, "not started" is "has not yielded yet": a body using its own
    // generator before its first `yield` tries to start it again.
    let unstarted = state(gen).is_some_and(|s| s.value.is_undef() && s.status != Status::Finished);
    if unstarted {
        resume(it, gen, Signal::Next)?;
        if let Some(s) = state(gen) {
            s.at_first_yield = true;
        }
    }
    Ok(())
}

/// The destructor of an unfinished generator: runs its pending `finally`
/// blocks (PHP's `zend_generator_dtor_storage`).
pub fn destroy(it: &mut Interp, gen: &Obj) -> R<()> {
    let Some(s) = state(gen) else { return Ok(()) };
    match s.status {
        Status::Created => {
            s.status = Status::Finished;
            if let Some(frame) = s.unpark() {
                frame.release_slots(&mut it.slot_pool);
            }
            Ok(())
        }
        Status::Suspended => {
            // Leave `yield from` first: the inner generator is released
            // before this one's `finally` blocks run.
            s.force_closed = true;
            std::mem::take(&mut s.delegate).release();
            it.safe_point()?;
            resume(it, gen, Signal::Destroy)
        }
        Status::Running | Status::Finished => Ok(()),
    }
}

/// Iterates a generator as `foreach` does, calling `f(key, value)` until it
/// returns false; `by_ref` passes references (for `function &gen()`).
pub fn for_each(
    it: &mut Interp,
    gen: &Obj,
    want_key: bool,
    by_ref: bool,
    f: &mut dyn FnMut(&mut Interp, Value, Value) -> R<bool>,
) -> R<()> {
    let Some(s) = state(gen) else {
        return Err(it.throw_error("Exception", "Cannot traverse an already closed generator"));
    };
    if s.status == Status::Finished {
        return Err(it.throw_error("Exception", "Cannot traverse an already closed generator"));
    }
    if by_ref && !s.func.by_ref_return {
        return Err(it.throw_error(
            "Exception",
            "You can only iterate a generator by-reference if it declared that it yields by-reference",
        ));
    }
    rewind(it, gen)?;
    loop {
        ensure_started(it, gen)?;
        if status(gen) == Status::Finished {
            return Ok(());
        }
        let l = leaf(gen);
        let item = state(&l).map(|s| {
            let k = if want_key {
                s.key.deref_clone()
            } else {
                Value::Null
            };
            let v = if by_ref {
                Value::Ref(super::lvalue::to_ref(&mut s.value))
            } else {
                s.value.deref_clone()
            };
            (k, v)
        });
        drop(l);
        let Some((k, v)) = item else { return Ok(()) };
        if !f(it, k, v)? {
            return Ok(());
        }
        resume(it, gen, Signal::Next)?;
    }
}

/// `Generator::rewind()`: starts the generator; fails once it has moved
/// past its first `yield`.
pub fn rewind(it: &mut Interp, gen: &Obj) -> R<()> {
    ensure_started(it, gen)?;
    match state(gen) {
        Some(s) if !s.at_first_yield => Err(it.throw_error(
            "Exception",
            "Cannot rewind a generator that was already run",
        )),
        _ => Ok(()),
    }
}

/// Whether the generator has not finished (after starting it).
pub fn valid(it: &mut Interp, gen: &Obj) -> R<bool> {
    ensure_started(it, gen)?;
    Ok(status(gen) != Status::Finished)
}

/// The current value (`current()`), null once finished.
pub fn current(it: &mut Interp, gen: &Obj) -> R<Value> {
    ensure_started(it, gen)?;
    Ok(current_item(gen).map(|(_, v)| v).unwrap_or_default())
}

/// The current key (`key()`), null once finished.
pub fn key(it: &mut Interp, gen: &Obj) -> R<Value> {
    ensure_started(it, gen)?;
    Ok(current_item(gen).map(|(k, _)| k).unwrap_or_default())
}

/// The current key and value of an unfinished generator (those of the
/// generator it delegates to, if any).
fn current_item(gen: &Obj) -> Option<(Value, Value)> {
    if status(gen) == Status::Finished {
        return None;
    }
    let l = leaf(gen);
    let s = state(&l)?;
    Some((s.key.deref_clone(), s.value.deref_clone()))
}

/// `next()`.
pub fn next(it: &mut Interp, gen: &Obj) -> R<()> {
    ensure_started(it, gen)?;
    resume(it, gen, Signal::Next)
}

/// `send($v)`: the value of the current `yield` becomes `$v`; returns the
/// next current value.
pub fn send(it: &mut Interp, gen: &Obj, v: Value) -> R<Value> {
    ensure_started(it, gen)?;
    if status(gen) == Status::Finished {
        return Ok(Value::Null);
    }
    resume(it, gen, Signal::Send(v))?;
    Ok(current_item(gen).map(|(_, v)| v).unwrap_or_default())
}

/// `throw($e)`: throws `$e` at the current `yield`; returns the next
/// current value.
pub fn throw(it: &mut Interp, gen: &Obj, e: Obj) -> R<Value> {
    if let Err(u) = ensure_started(it, gen) {
        drop(e);
        return Err(u);
    }
    let u = it.throw(e);
    if status(gen) == Status::Finished {
        return Err(u);
    }
    resume(it, gen, Signal::Throw)?;
    Ok(current_item(gen).map(|(_, v)| v).unwrap_or_default())
}

/// `getReturn()`.
pub fn get_return(it: &mut Interp, gen: &Obj) -> R<Value> {
    ensure_started(it, gen)?;
    match state(gen) {
        Some(s) if !s.retval.is_undef() => Ok(s.retval.clone()),
        _ => Err(it.throw_error(
            "Exception",
            "Cannot get return value of a generator that hasn't returned",
        )),
    }
}
