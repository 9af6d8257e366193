//! The cycle collector: reclaiming PHP values that only keep each other alive.
//!
//! Reference counting frees a value the moment nobody holds it, but a group
//! of arrays and objects that point at each other (`$a->self = $a`,
//! `$x->other = $y; $y->other = $x`) keeps every count above zero after the
//! script lets go of them. phpi finds such groups the way PHP does, with the
//! synchronous cycle collection algorithm of Bacon and Rajan ("Concurrent
//! Cycle Collection in Reference Counted Systems", ECOOP 2001), in the form
//! the Zend Engine gives it in `Zend/zend_gc.c`.
//!
//! # Colours
//! Every refcounted value carries a colour in its header (`value::header`):
//! - **black**: in use, or not being looked at (the normal state);
//! - **grey**: being examined; possibly part of a garbage cycle;
//! - **white**: garbage: every reference to it comes from other garbage;
//! - **purple**: a *possible root*: it sits in the root buffer.
//!
//! # When a value becomes a possible root
//! Garbage cycles can only appear when a count goes *down without reaching
//! zero*: a reference from outside the group was dropped, and maybe only
//! references from inside it remain. So whenever an array or an object is
//! released to a count above zero by one of the operations Zend treats that
//! way (overwriting or unsetting a variable, element or property, destroying
//! a container, leaving a function — `Value::release`), it is coloured purple
//! and its address goes into the **root buffer** ([`possible_root`]). A value
//! already in the buffer is not added twice; a value that is freed leaves the
//! buffer ([`remove_from_buffer`]). Strings never become roots: they cannot
//! point to anything.
//!
//! # A collection run ([`collect_cycles`])
//! 1. **Mark grey** (`mark_roots`/`mark_grey`): from every purple root, walk
//!    everything reachable, colour it grey and subtract one from the count of
//!    each value for each reference found along the way ("trial deletion").
//!    Afterwards a count is the number of references from *outside* the
//!    walked graph.
//! 2. **Scan** (`scan_roots`/`scan`): a grey value whose count is still above
//!    zero is referenced from outside, so it and everything it reaches is
//!    alive: `scan_black` colours them black and restores their counts. A
//!    grey value with count zero turns white.
//! 3. **Collect white** (`collect_roots`/`collect_white`): roots that turned
//!    out black leave the buffer (a pass phpi skips when the scan saw no root
//!    turn black). The white values are garbage. They are gathered into the
//!    buffer (restoring their counts) and counted: this count is what
//!    `gc_collect_cycles()` returns and what `gc_status()['collected']` adds
//!    up. Like PHP, references (`&` boxes) are not counted, strings are.
//! 4. **Destructors**: if some garbage objects have a `__destruct` that has
//!    not run, those destructors run first, and since a destructor can make a
//!    garbage object reachable again ("resurrection"), the objects with
//!    destructors and everything they reach are taken out of this run
//!    (`remove_nested_data_from_buffer`) and the whole collection runs once
//!    more right away; objects whose destructor has already run are then
//!    collected like any other.
//! 5. **Free**: each garbage value is destroyed (its elements or properties
//!    released; an object's handle goes back to the free list there and
//!    then, after the handles of what its release freed, which decides the
//!    `spl_object_id` of the next objects), then its memory is freed.
//!
//! Every pass walks the buffer in order and first reads each root's header,
//! a cache miss on a large buffer; the passes ask for the header of the
//! value a few slots ahead (`prefetch_ahead`), so that the misses overlap.
//!
//! # The threshold
//! The collector runs automatically when the root buffer holds
//! [`THRESHOLD_DEFAULT`] - 1 roots and another one arrives, and whenever the
//! script calls `gc_collect_cycles()`. After an automatic run that freed
//! fewer than [`THRESHOLD_TRIGGER`] values, the threshold rises by
//! [`THRESHOLD_STEP`] (up to [`THRESHOLD_MAX`]): collecting was not worth its
//! cost. A productive run lowers it by the same step, down to the default
//! ([`adjust_threshold`]).
//!
//! # Where phpi departs from Zend
//! Zend runs a collection in the middle of the release that fills the
//! buffer, even inside another operation, since C code can re-enter the VM
//! anywhere. phpi's evaluator holds Rust borrows during an operation, so
//! running destructors (PHP code) there would be unsound. Instead, a release
//! that finds the buffer full records the value in a short *deferred* list
//! and asks for a collection; the evaluator runs it at its next safe point
//! (the end of the current operation), then buffers the deferred values, in
//! the order Zend would have buffered them after its own run. The same holds
//! for destructors of objects whose count reaches zero: they are queued
//! (`destructors`) and run at the next safe point, before any other
//! statement executes.

pub mod collector;
pub mod destructors;
pub mod heap_stats;
pub mod weak;

pub use collector::collect_cycles;

use crate::value::header::*;
use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

/// Pointer to the header of a refcounted value.
pub type GcPtr = NonNull<GcHeader>;

/// Roots buffered before a run starts automatically (Zend:
/// `GC_THRESHOLD_DEFAULT`; index 0 of the buffer is unused, hence the +1).
pub const THRESHOLD_DEFAULT: u32 = 10_000 + FIRST_ROOT;
/// How far the threshold moves after an unproductive or productive run.
pub const THRESHOLD_STEP: u32 = 10_000;
/// The threshold never rises above this.
pub const THRESHOLD_MAX: u32 = 1_000_000_000;
/// A run freeing fewer values than this was not worth it: raise the threshold.
pub const THRESHOLD_TRIGGER: u32 = 100;

/// First usable slot of the root buffer (slot 0 means "not buffered").
pub const FIRST_ROOT: u32 = 1;
/// Initial size of the root buffer.
pub const DEFAULT_BUF_SIZE: u32 = 16 * 1024;
/// Below this size the buffer doubles when it grows; above it grows by this.
pub const BUF_GROW_STEP: u32 = 128 * 1024;
/// Buffer slots addressable directly from a header's 20-bit address field;
/// larger slots are stored "compressed" (modulo this) and found by search.
pub const MAX_UNCOMPRESSED: u32 = 512 * 1024;
/// The buffer never grows beyond this many slots.
pub const MAX_BUF_SIZE: u32 = 0x4000_0000;

/// Tags in the low bits of a buffer slot.
pub(crate) const TAG_BITS: usize = 0x3;
pub(crate) const TAG_ROOT: usize = 0x0;
pub(crate) const TAG_UNUSED: usize = 0x1;
pub(crate) const TAG_GARBAGE: usize = 0x2;
pub(crate) const TAG_DTOR_GARBAGE: usize = 0x3;
/// While garbage is destroyed (when no `TAG_DTOR_GARBAGE` slot is left):
/// a garbage object whose properties have been released.
pub(crate) const TAG_DESTROYED_OBJECT: usize = TAG_DTOR_GARBAGE;

/// The collector's state (Zend's `zend_gc_globals`).
pub struct GcState {
    /// The root buffer: tagged pointers, or links of the unused-slot list.
    pub(crate) buf: Vec<usize>,
    pub(crate) enabled: bool,
    /// A run is in progress: no nested runs.
    pub(crate) active: bool,
    /// Root additions are ignored (set when the buffer overflowed).
    pub(crate) protected: bool,
    pub(crate) full: bool,
    /// Some release was ignored while `protected`: a garbage cycle may be
    /// unknown to the collector (see `buffer_unseen_objects`).
    pub(crate) missed_roots: bool,
    /// Head of the list of unused slots below `first_unused` (0 = empty).
    pub(crate) unused: u32,
    pub(crate) first_unused: u32,
    pub(crate) threshold: u32,
    pub(crate) num_roots: u32,
    pub(crate) runs: u32,
    pub(crate) collected: u32,
    /// Values released while the buffer was full, to be buffered after the
    /// automatic run the evaluator performs at its next safe point.
    pub(crate) deferred: Vec<GcPtr>,
    pub(crate) collect_requested: bool,
    /// `gc.trace`: print one line per run to stderr.
    pub trace: bool,
    /// The run `gc.trace` has yet to report.
    pub(crate) last_run: Option<collector::RunReport>,
}

thread_local! {
    /// `const` and without a destructor (`ManuallyDrop`), so that every
    /// access is a plain load, with no check of lazy initialisation or of a
    /// destructor's registration (the state lives until the process ends).
    static STATE: UnsafeCell<ManuallyDrop<GcState>> = const { UnsafeCell::new(ManuallyDrop::new(GcState::new())) };
}

/// The collector's state, for loops that release values between their
/// visits to the buffer: each access through the pointer must end before
/// anything is released (a release may buffer or unbuffer values).
#[inline(always)]
pub(crate) fn state_ptr() -> *mut GcState {
    STATE.with(|s| s.get() as *mut GcState)
}

/// Runs `f` with the collector's state.
///
/// The state is only touched from the functions of this module, none of
/// which call back into PHP code while they hold it, so no two borrows
/// overlap.
#[inline(always)]
pub(crate) fn with_state<R>(f: impl FnOnce(&mut GcState) -> R) -> R {
    // SAFETY: single-threaded, and never re-entered while borrowed (above).
    STATE.with(|s| f(unsafe { &mut *s.get() }))
}

impl GcState {
    /// The collector enabled, as PHP starts it. The buffer itself is made
    /// when the first root arrives (`buffer_root`).
    const fn new() -> GcState {
        GcState {
            buf: Vec::new(),
            enabled: true,
            active: false,
            protected: false,
            full: false,
            missed_roots: false,
            unused: 0,
            first_unused: FIRST_ROOT,
            threshold: THRESHOLD_DEFAULT,
            num_roots: 0,
            runs: 0,
            collected: 0,
            deferred: Vec::new(),
            collect_requested: false,
            trace: false,
            last_run: None,
        }
    }

    /// `gc_enable()` / `gc_disable()` (Zend's `gc_enable`): enabling a
    /// collector that has no buffer yet (`zend.enable_gc=0` at startup)
    /// sets it up; the buffer itself comes with the first root.
    pub(crate) fn set_enabled(&mut self, enable: bool) -> bool {
        let old = self.enabled;
        self.enabled = enable;
        if enable && !old && self.buf.is_empty() {
            self.set_up();
        }
        old
    }

    /// A collector as it starts, its buffer still to be made.
    fn set_up(&mut self) {
        self.threshold = THRESHOLD_DEFAULT;
        self.reset();
    }

    fn reset(&mut self) {
        self.active = false;
        self.protected = false;
        self.full = false;
        self.unused = 0;
        self.first_unused = FIRST_ROOT;
        self.num_roots = 0;
        self.runs = 0;
        self.collected = 0;
    }

    fn buf_size(&self) -> u32 {
        self.buf.len() as u32
    }

    pub(crate) fn grow_root_buffer(&mut self) {
        if self.buf_size() >= MAX_BUF_SIZE && !self.full {
            crate::interp::errors::gc_buffer_overflow_warning();
            self.active = true;
            self.protected = true;
            self.full = true;
            return;
        }
        let size = self.buf_size();
        let new_size = if size == 0 {
            DEFAULT_BUF_SIZE
        } else if size < BUF_GROW_STEP {
            size * 2
        } else {
            size + BUF_GROW_STEP
        }
        .min(MAX_BUF_SIZE);
        // Zend's root buffer is not part of the request heap.
        crate::memory::uncounted(|| self.buf.resize(new_size as usize, 0));
    }

    #[inline(always)]
    pub(crate) fn has_unused(&self) -> bool {
        self.unused != 0
    }

    #[inline(always)]
    pub(crate) fn fetch_unused(&mut self) -> u32 {
        let idx = self.unused;
        self.unused = (self.buf[idx as usize] >> 3) as u32;
        idx
    }

    #[inline(always)]
    pub(crate) fn link_unused(&mut self, idx: u32) {
        self.buf[idx as usize] = ((self.unused as usize) << 3) | TAG_UNUSED;
        self.unused = idx;
    }

    #[inline(always)]
    pub(crate) fn fetch_next_unused(&mut self) -> u32 {
        let idx = self.first_unused;
        self.first_unused += 1;
        idx
    }

    /// A free slot, past the threshold if need be, growing the buffer when
    /// it is full (`None` once it cannot grow any more).
    pub(crate) fn fetch_slot_growing(&mut self) -> Option<u32> {
        if self.has_unused() {
            return Some(self.fetch_unused());
        }
        if self.first_unused >= self.buf_size() {
            self.grow_root_buffer();
            if self.first_unused >= self.buf_size() {
                return None;
            }
        }
        Some(self.fetch_next_unused())
    }

    #[inline(always)]
    pub(crate) fn remove_from_roots(&mut self, idx: u32) {
        self.link_unused(idx);
        self.num_roots -= 1;
    }

    /// Puts `p` into slot `idx` as a purple root.
    #[inline(always)]
    fn buffer_root(&mut self, idx: u32, p: GcPtr) {
        if idx >= self.buf_size() {
            // The first root: the buffer is made now (see `GcState::new`).
            self.grow_root_buffer();
        }
        self.buf[idx as usize] = p.as_ptr() as usize | TAG_ROOT;
        // SAFETY: `p` points to a live refcounted value.
        unsafe { p.as_ref().set_gc_info(compress(idx) | GC_PURPLE) };
        self.num_roots += 1;
    }

    /// Finds the slot holding `p` from the compressed address in its header.
    pub(crate) fn decompress(&self, p: GcPtr, idx: u32) -> u32 {
        let mut idx = idx;
        loop {
            if (self.buf[idx as usize] & !TAG_BITS) == p.as_ptr() as usize {
                return idx;
            }
            idx += MAX_UNCOMPRESSED;
            debug_assert!(idx < self.first_unused);
            if idx >= self.first_unused {
                return 0;
            }
        }
    }

    /// Zend's `gc_adjust_threshold`, applied after an automatic run.
    pub(crate) fn adjust_threshold(&mut self, count: u32) {
        if count < THRESHOLD_TRIGGER || self.num_roots >= self.threshold {
            if self.threshold < THRESHOLD_MAX {
                let new = (self.threshold + THRESHOLD_STEP).min(THRESHOLD_MAX);
                if new > self.buf_size() {
                    self.grow_root_buffer();
                }
                if new <= self.buf_size() {
                    self.threshold = new;
                }
            }
        } else if self.threshold > THRESHOLD_DEFAULT {
            self.threshold = (self.threshold - THRESHOLD_STEP).max(THRESHOLD_DEFAULT);
        }
    }
}

/// A buffer slot index as stored in a header's 20-bit address field.
#[inline(always)]
pub(crate) fn compress(idx: u32) -> u32 {
    if idx < MAX_UNCOMPRESSED {
        idx
    } else {
        (idx % MAX_UNCOMPRESSED) | MAX_UNCOMPRESSED
    }
}

/// Buffers an array or object released to a non-zero count (Zend's
/// `gc_possible_root`). The caller checked `GcHeader::may_leak`.
#[inline(always)]
pub fn possible_root(p: GcPtr) {
    // SAFETY: as `with_state`, whose closure LLVM would not inline here.
    let s = unsafe { &mut *state_ptr() };
    if s.protected {
        s.missed_roots = true;
        return;
    }
    let idx = if s.has_unused() {
        s.fetch_unused()
    } else if s.first_unused < s.threshold {
        s.fetch_next_unused()
    } else {
        possible_root_when_full(s, p);
        return;
    };
    s.buffer_root(idx, p);
}

/// The buffer reached the threshold (Zend's `gc_possible_root_when_full`).
#[cold]
fn possible_root_when_full(s: &mut GcState, p: GcPtr) {
    if s.enabled && !s.active {
        // Collect first, then buffer `p` (see "Where phpi departs").
        s.collect_requested = true;
        set_pending_work();
        // SAFETY: `p` is live; the marker keeps it from being buffered twice
        // and tells `remove_from_buffer` to look in the deferred list.
        unsafe { p.as_ref().set_gc_info(GC_PURPLE) };
        s.deferred.push(p);
        return;
    }
    add_root_growing(s, p);
}

fn add_root_growing(s: &mut GcState, p: GcPtr) {
    if let Some(idx) = s.fetch_slot_growing() {
        s.buffer_root(idx, p);
    }
}

/// Zend's `gc_check_possible_root` for a value held somewhere: an array or
/// object (or the one a reference holds) that may leak becomes a root.
pub fn check_possible_root(v: &crate::value::Value) {
    use crate::value::Value;
    let target = match v {
        Value::Ref(r) => r.get(),
        other => other,
    };
    match target {
        Value::Arr(a) if a.header().may_leak() => possible_root(a.gc_ptr()),
        Value::Obj(o) if o.header().may_leak() => possible_root(o.gc_ptr()),
        _ => {}
    }
}

/// `check_possible_root` for an array or reference known by pointer.
///
/// # Safety
/// `p` must point to a live array or reference.
pub unsafe fn check_possible_root_ptr(p: GcPtr) {
    match p.as_ref().type_tag() {
        TYPE_ARRAY if p.as_ref().may_leak() => possible_root(p),
        TYPE_REFERENCE => check_possible_root(crate::value::Ref::value_of(p)),
        _ => {}
    }
}

/// Takes a value that is being freed out of the root buffer (Zend's
/// `GC_REMOVE_FROM_BUFFER`).
#[inline(always)]
pub fn remove_from_buffer(p: GcPtr) {
    // SAFETY: `p` points to a live refcounted value.
    let info = unsafe { p.as_ref().gc_info() };
    if info != 0 {
        remove_from_buffer_slow(p, info);
    }
}

// Not cold: every member of a garbage cycle freed by its partner takes it.
#[inline(never)]
fn remove_from_buffer_slow(p: GcPtr, info: u32) {
    with_state(|s| {
        // SAFETY: as above.
        unsafe { p.as_ref().set_gc_info(0) };
        let idx = info & GC_ADDRESS_MASK;
        if idx == 0 {
            // In the deferred list (see `possible_root_when_full`).
            if let Some(i) = s.deferred.iter().position(|d| *d == p) {
                s.deferred.remove(i);
            }
            return;
        }
        let idx = if s.first_unused >= MAX_UNCOMPRESSED {
            s.decompress(p, idx)
        } else {
            idx
        };
        if idx != 0 {
            s.remove_from_roots(idx);
        }
    })
}

thread_local! {
    /// Set whenever the evaluator has something to do at its next safe point
    /// (a destructor queued, a collection requested): one cheap check there.
    static PENDING_WORK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks that a safe point has work to do.
#[inline(always)]
pub fn set_pending_work() {
    PENDING_WORK.with(|p| p.set(true));
}

/// Whether a safe point has work to do (the mark stays).
#[inline(always)]
pub fn has_pending_work() -> bool {
    PENDING_WORK.with(|p| p.get())
}

/// Whether a safe point has work to do; clears the mark.
#[inline(always)]
pub fn take_pending_work() -> bool {
    PENDING_WORK.with(|p| {
        // Read first: the flag is seldom set, and a store on every
        // statement would be wasted.
        let pending = p.get();
        if pending {
            p.set(false);
        }
        pending
    })
}

/// True when the evaluator has collector work to do at its next safe point.
#[inline(always)]
pub fn collection_requested() -> bool {
    with_state(|s| s.collect_requested)
}

/// Clears the request for an automatic run (the evaluator is starting it).
pub fn take_collection_request() {
    with_state(|s| s.collect_requested = false);
}

/// After an automatic run: adjusts the threshold by how productive the run
/// was, then buffers the values deferred while the buffer was full.
pub fn after_automatic_collection(count: u32) {
    let deferred = with_state(|s| {
        s.adjust_threshold(count);
        std::mem::take(&mut s.deferred)
    });
    collector::trace_last_run();
    for p in deferred {
        // SAFETY: deferred values are removed from the list when freed, so
        // every pointer here is live.
        unsafe {
            if p.as_ref().gc_info() == GC_PURPLE {
                p.as_ref().set_gc_info(0);
                possible_root(p);
            }
        }
    }
}

pub fn enabled() -> bool {
    with_state(|s| s.enabled)
}

/// `gc_enable`/`gc_disable`/`zend.enable_gc`; returns the previous setting.
pub fn set_enabled(on: bool) -> bool {
    with_state(|s| s.set_enabled(on))
}

/// `zend.enable_gc` given before the script starts (`-d`). Zend's collector
/// starts without a root buffer and creates it when this directive first
/// enables it; left off, there is no buffer: releases buffer no roots,
/// `gc_status()` shows threshold 0, and a later `gc_enable()` creates the
/// buffer then. phpi creates its buffer eagerly, so "off" at startup
/// drops it again while it holds nothing.
pub fn set_enabled_at_startup(on: bool) {
    with_state(|s| {
        if on || s.num_roots != 0 || !s.deferred.is_empty() || s.runs != 0 {
            s.set_enabled(on);
            return;
        }
        s.enabled = false;
        s.protected = true;
        s.threshold = 0;
        let buf = std::mem::take(&mut s.buf);
        crate::memory::uncounted(|| drop(buf));
    })
}

/// Before the last collection of the run: if the collector has been
/// ignoring releases (`zend.enable_gc` off from the start, or the buffer
/// overflowed), garbage cycles made meanwhile never became roots. Zend
/// frees every object at shutdown whatever the collector saw; phpi buffers
/// each live object as a possible root instead, so that the final run
/// finds those cycles.
pub fn buffer_unseen_objects(live_objects: Vec<crate::value::Obj>) {
    let missed = with_state(|s| s.missed_roots);
    if !missed {
        return;
    }
    with_state(|s| {
        if s.buf.is_empty() {
            s.set_up();
        }
        s.protected = false;
        s.full = false;
        s.active = false;
    });
    for o in live_objects {
        if o.header().may_leak() {
            with_state(|s| add_root_growing(s, o.gc_ptr()));
        }
    }
}

pub fn set_trace(on: bool) {
    with_state(|s| s.trace = on)
}

pub fn trace_enabled() -> bool {
    with_state(|s| s.trace)
}

/// `gc_status()`'s figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    pub runs: u32,
    pub collected: u32,
    pub threshold: u32,
    pub roots: u32,
}

pub fn status() -> Status {
    with_state(|s| Status {
        runs: s.runs,
        collected: s.collected,
        threshold: s.threshold,
        roots: s.num_roots,
    })
}

/// Destroys a value whose count reached zero. Destroying releases the
/// value's children, which may reach zero in turn; past a nesting depth the
/// work is queued and done iteratively by the outermost call, so that long
/// chains (a linked list of a million objects) cannot exhaust the stack.
#[inline]
pub fn destroy_later_if_deep(p: GcPtr, destroy: unsafe fn(GcPtr)) {
    const MAX_DEPTH: u32 = 256;
    let depth = DESTROY_DEPTH.with(|d| d.get());
    if depth >= MAX_DEPTH {
        with_destroy_queue(|q| q.push((p, destroy)));
        return;
    }
    DESTROY_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the caller passes a value with count zero and its destroyer.
    unsafe { destroy(p) };
    if depth == 0 {
        while let Some((p, f)) = with_destroy_queue(|q| q.pop()) {
            // SAFETY: as above; queued values are not reachable any more.
            unsafe { f(p) };
        }
    }
    DESTROY_DEPTH.with(|d| d.set(depth));
}

/// A node waiting to be destroyed, with the function that destroys it.
type PendingDestroy = (GcPtr, unsafe fn(GcPtr));

thread_local! {
    static DESTROY_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// An `UnsafeCell`, not a `RefCell`: every outermost destruction looks
    /// at it, and the queue is almost always empty (see `with_destroy_queue`).
    static DESTROY_QUEUE: std::cell::UnsafeCell<ManuallyDrop<Vec<PendingDestroy>>> = const { std::cell::UnsafeCell::new(ManuallyDrop::new(Vec::new())) };
}

/// Runs `f` on the queue of pending destructions. `f` only pushes or pops
/// (a push may allocate, which never destroys values), so no two accesses
/// overlap.
#[inline(always)]
fn with_destroy_queue<T>(f: impl FnOnce(&mut Vec<PendingDestroy>) -> T) -> T {
    // SAFETY: single-threaded, and never re-entered (above).
    DESTROY_QUEUE.with(|q| f(unsafe { &mut *q.get() }))
}
