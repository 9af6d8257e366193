//! One collection run: the phases described in `crate::gc`, named after the
//! procedures of Bacon and Rajan's paper and of `Zend/zend_gc.c`.
//!
//! Every walk keeps Zend's visiting order (the first child to be visited is
//! processed next, the other ones are stacked), because that order decides
//! where garbage lands in the buffer, and so the order in which destructors
//! run and in which object handles are recycled.

use super::*;
use crate::value::{Arr, Obj, Ref};
use std::time::Instant;

/// What one call of the collector did (for `gc.trace`).
#[derive(Debug, Clone, Copy)]
pub struct RunReport {
    pub trigger: Trigger,
    /// Possible roots in the buffer when the run started.
    pub roots: u32,
    /// Values freed (what `gc_collect_cycles()` returns).
    pub freed: u32,
    pub destructors: u32,
    pub threshold_before: u32,
    pub micros: u64,
}

/// Prints the `gc.trace` line of the last run to stderr, when tracing and
/// a run happened since the last line (a call finding no roots is no run):
/// `gc: run 3 (threshold): roots=10001 freed=10000 destructors=0 threshold=10001->10001 time=812us`
pub fn trace_last_run() {
    let line = with_state(|s| {
        let r = s.last_run.take()?;
        if !s.trace {
            return None;
        }
        Some(format!(
            "gc: run {} ({}): roots={} freed={} destructors={} threshold={}->{} time={}us",
            s.runs,
            match r.trigger {
                Trigger::Threshold => "threshold",
                Trigger::Explicit => "gc_collect_cycles",
                Trigger::Shutdown => "shutdown",
            },
            r.roots,
            r.freed,
            r.destructors,
            r.threshold_before,
            s.threshold,
            r.micros
        ))
    });
    if let Some(l) = line {
        eprintln!("{}", l);
    }
}

/// Why a run happened (for `gc.trace`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    Threshold,
    Explicit,
    Shutdown,
}

#[inline(always)]
fn hdr<'a>(p: GcPtr) -> &'a GcHeader {
    // SAFETY: the collector only handles pointers to live values.
    unsafe { &*p.as_ptr() }
}

/// Calls `f` on each counted child of `p` (whose type is `tag`), in Zend's
/// order: declared then dynamic properties (then a built-in object's own
/// values), array elements in order, a reference's value.
#[inline(always)]
fn for_each_child(p: GcPtr, tag: u32, mut f: impl FnMut(GcPtr)) {
    match tag {
        TYPE_OBJECT => {
            if hdr(p).has_flag(FLAG_OBJ_FREE_CALLED) {
                return;
            }
            // SAFETY: a live object; the handle is not dropped.
            let o = unsafe { Obj::borrow_gc_ptr(p) };
            o.for_each_counted_child(f);
        }
        TYPE_ARRAY => {
            // SAFETY: a live array; nothing mutates it during the walk.
            let t = unsafe { Arr::table_of(p) };
            for v in t.values() {
                if let Some(c) = v.counted_box() {
                    f(c)
                }
            }
        }
        TYPE_REFERENCE => {
            // SAFETY: a live reference.
            if let Some(c) = unsafe { Ref::value_of(p) }.counted_box() {
                f(c);
            }
        }
        _ => {}
    }
}

/// The walk shape shared by every phase: visit `start`; `visit_node`
/// (given the value's type, read once for both) decides whether a value's
/// children are looked at, `visit_child` whether a child is to be walked;
/// the first such child is walked next and the others are stacked.
#[inline(always)]
fn walk(
    start: GcPtr,
    stack: &mut Vec<GcPtr>,
    mut visit_node: impl FnMut(GcPtr, u32) -> bool,
    mut visit_child: impl FnMut(GcPtr) -> bool,
) {
    let mut next = Some(start);
    while let Some(p) = next.take().or_else(|| stack.pop()) {
        let tag = hdr(p).type_tag();
        if !visit_node(p, tag) {
            continue;
        }
        for_each_child(p, tag, |c| {
            if visit_child(c) {
                if next.is_none() {
                    next = Some(c);
                } else {
                    stack.push(c);
                }
            }
        });
    }
}

/// Trial deletion from one purple root.
fn mark_grey(root: GcPtr, stack: &mut Vec<GcPtr>) {
    walk(
        root,
        stack,
        |_, _| true,
        |c| {
            let h = hdr(c);
            h.delref();
            if h.gc_color() != GC_GREY {
                h.set_gc_color(GC_GREY);
                true
            } else {
                false
            }
        },
    );
}

/// How many buffer slots ahead of the one being processed the phases ask
/// for a value's header, so that its cache miss overlaps the work on the
/// values before it.
const PREFETCH_DISTANCE: usize = 8;

/// Prefetches the header of the value `PREFETCH_DISTANCE` slots after
/// `idx`. An unused slot holds a link, not an address; it is prefetched
/// all the same, which costs less than telling it apart.
#[inline(always)]
fn prefetch_ahead(buf: &[usize], idx: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(&slot) = buf.get(idx + PREFETCH_DISTANCE) {
        // SAFETY: a prefetch hint never faults.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                (slot & !TAG_BITS) as *const i8,
            )
        };
    }
}

/// Phase 1: compact the buffer, then mark grey from every purple root.
// The three phases stay out of line so that profiles show each of them.
#[inline(never)]
fn mark_roots(s: &mut GcState, stack: &mut Vec<GcPtr>) {
    s.compact();
    for idx in FIRST_ROOT as usize..s.first_unused as usize {
        prefetch_ahead(&s.buf, idx);
        let slot = s.buf[idx];
        if slot & TAG_BITS == TAG_ROOT {
            let p = ptr_of(slot);
            if hdr(p).gc_color() == GC_PURPLE {
                hdr(p).set_gc_color(GC_GREY);
                mark_grey(p, stack);
            }
        }
    }
}

/// Restores the counts of everything reachable from a live value; notes
/// in `black_root` when one of them is buffered (a root).
fn scan_black(start: GcPtr, stack: &mut Vec<GcPtr>, black_root: &mut bool) {
    walk(
        start,
        stack,
        |_, _| true,
        |c| {
            let h = hdr(c);
            h.addref();
            if h.gc_color() != GC_BLACK {
                h.set_gc_color(GC_BLACK);
                *black_root |= h.gc_address() != 0;
                true
            } else {
                false
            }
        },
    );
}

/// Phase 2 for one root: white if only referenced from inside, otherwise
/// black together with all it reaches (`black_root` as in `scan_black`).
fn scan(start: GcPtr, stack: &mut Vec<GcPtr>, black_root: &mut bool) {
    let mut black_stack = Vec::new();
    walk(
        start,
        stack,
        |p, _| {
            let h = hdr(p);
            if h.gc_color() != GC_WHITE {
                return false;
            }
            if h.refcount() > 0 {
                if h.gc_color() != GC_BLACK {
                    h.set_gc_color(GC_BLACK);
                    *black_root |= h.gc_address() != 0;
                    scan_black(p, &mut black_stack, black_root);
                }
                return false;
            }
            true
        },
        |c| {
            let h = hdr(c);
            if h.gc_color() == GC_GREY {
                h.set_gc_color(GC_WHITE);
                true
            } else {
                false
            }
        },
    );
}

/// Phase 2: scans from every grey root. Returns whether some root is
/// black: turned so by a scan, or found so.
#[inline(never)]
fn scan_roots(s: &GcState, stack: &mut Vec<GcPtr>) -> bool {
    let mut black_root = false;
    for idx in FIRST_ROOT as usize..s.first_unused as usize {
        prefetch_ahead(&s.buf, idx);
        let slot = s.buf[idx];
        if slot & TAG_BITS == TAG_ROOT {
            let p = ptr_of(slot);
            let color = hdr(p).gc_color();
            if color == GC_GREY {
                hdr(p).set_gc_color(GC_WHITE);
                scan(p, stack, &mut black_root);
            } else if color == GC_BLACK {
                black_root = true;
            }
        }
    }
    black_root
}

#[inline(always)]
fn ptr_of(slot: usize) -> GcPtr {
    // SAFETY: root and garbage slots hold non-null value pointers.
    unsafe { GcPtr::new_unchecked((slot & !TAG_BITS) as *mut GcHeader) }
}

/// Zend's `gc_add_garbage`: buffers a white value that was not a root.
fn add_garbage(s: &mut GcState, p: GcPtr) {
    let Some(idx) = s.fetch_slot_growing() else {
        return;
    };
    s.buf[idx as usize] = p.as_ptr() as usize | TAG_GARBAGE;
    hdr(p).set_gc_info(compress(idx) | GC_BLACK);
    s.num_roots += 1;
}

fn has_pending_destructor(p: GcPtr) -> bool {
    // SAFETY: a live object; the handle is not dropped.
    let o = unsafe { Obj::borrow_gc_ptr(p) };
    !hdr(p).has_flag(FLAG_OBJ_DESTRUCTOR_CALLED) && o.class().has_destructor()
}

/// Phase 3 for one white root: gathers the garbage it reaches into the
/// buffer, restoring counts; returns how many values it found.
fn collect_white(
    s: &mut GcState,
    start: GcPtr,
    has_destructors: &mut bool,
    stack: &mut Vec<GcPtr>,
) -> u32 {
    let mut count = 0;
    walk(
        start,
        stack,
        |p, tag| {
            let h = hdr(p);
            if tag != TYPE_REFERENCE {
                count += 1;
            }
            match tag {
                TYPE_OBJECT => {
                    if h.has_flag(FLAG_OBJ_FREE_CALLED) {
                        return false;
                    }
                    if h.gc_info() == 0 {
                        add_garbage(s, p);
                    }
                    if has_pending_destructor(p) {
                        *has_destructors = true;
                    }
                }
                TYPE_ARRAY if h.gc_info() == 0 => {
                    add_garbage(s, p);
                }
                _ => {}
            }
            true
        },
        |c| {
            let h = hdr(c);
            h.addref();
            if h.gc_color() == GC_WHITE {
                h.set_gc_color(GC_BLACK);
                true
            } else {
                false
            }
        },
    );
    count
}

/// Phase 3: drops the roots that turned out alive (`black_roots`: some
/// may be black; when none can be, as when a run finds only garbage, the
/// pass that looks for them, a cache miss per root, is skipped), then
/// collects the garbage from each white root.
#[inline(never)]
fn collect_roots(
    s: &mut GcState,
    black_roots: bool,
    has_destructors: &mut bool,
    stack: &mut Vec<GcPtr>,
) -> u32 {
    if black_roots {
        for idx in FIRST_ROOT..s.first_unused {
            let slot = s.buf[idx as usize];
            if slot & TAG_BITS == TAG_ROOT && hdr(ptr_of(slot)).gc_color() == GC_BLACK {
                hdr(ptr_of(slot)).set_gc_info(0);
                s.remove_from_roots(idx);
            }
        }
    }
    s.compact();
    let mut count = 0;
    // `collect_white` appends garbage past `end`; those slots are not roots.
    let end = s.first_unused;
    for idx in FIRST_ROOT..end {
        prefetch_ahead(&s.buf, idx as usize);
        let slot = s.buf[idx as usize];
        s.buf[idx as usize] = (slot & !TAG_BITS) | TAG_GARBAGE;
        let p = ptr_of(slot);
        if hdr(p).gc_color() == GC_WHITE {
            hdr(p).set_gc_color(GC_BLACK);
            count += collect_white(s, p, has_destructors, stack);
        }
    }
    count
}

/// Takes an object with a pending destructor, and what only it reaches,
/// out of this run. Returns how many buffered values were removed.
fn remove_nested_data_from_buffer(start: GcPtr, stack: &mut Vec<GcPtr>) -> u32 {
    let mut count = 0;
    let mut at_root = true;
    let mut next = Some(start);
    'nodes: while let Some(mut p) = next.take().or_else(|| stack.pop()) {
        loop {
            let h = hdr(p);
            if at_root {
                at_root = false;
            } else if h.gc_address() != 0 && h.gc_color() == GC_BLACK {
                super::remove_from_buffer(p);
            } else if h.type_tag() == TYPE_REFERENCE {
                // Look through the reference at what it holds.
                let mut held = None;
                for_each_child(p, TYPE_REFERENCE, |c| held = Some(c));
                match held {
                    Some(c) => {
                        p = c;
                        continue;
                    }
                    None => continue 'nodes,
                }
            } else {
                continue 'nodes;
            }
            count += 1;
            break;
        }
        for_each_child(p, hdr(p).type_tag(), |c| {
            if next.is_none() {
                next = Some(c);
            } else {
                stack.push(c);
            }
        });
    }
    count
}

impl GcState {
    /// Two-finger compaction: moves roots from the end of the buffer into
    /// the holes so that roots occupy `FIRST_ROOT..FIRST_ROOT + num_roots`.
    pub(crate) fn compact(&mut self) {
        if self.num_roots + FIRST_ROOT != self.first_unused {
            if self.num_roots != 0 {
                let mut free = FIRST_ROOT;
                let mut scan = self.first_unused - 1;
                let end = self.num_roots;
                while free < scan {
                    while self.buf[free as usize] & TAG_BITS != TAG_UNUSED {
                        free += 1;
                    }
                    while self.buf[scan as usize] & TAG_BITS == TAG_UNUSED {
                        scan -= 1;
                    }
                    if scan > free {
                        let slot = self.buf[scan as usize];
                        self.buf[free as usize] = slot;
                        let p = ptr_of(slot);
                        let color = hdr(p).gc_color();
                        hdr(p).set_gc_info(compress(free) | color);
                        free += 1;
                        scan -= 1;
                        if scan <= end {
                            break;
                        }
                    }
                }
            }
            self.unused = 0;
            self.first_unused = self.num_roots + FIRST_ROOT;
        }
    }
}

/// Runs the collector (Zend's `zend_gc_collect_cycles`) and returns how
/// many values it freed. `run_destructor` calls an object's `__destruct`
/// (the object is passed with a reference held for the call).
pub fn collect_cycles(trigger: Trigger, run_destructor: &mut dyn FnMut(&Obj)) -> u32 {
    let started = Instant::now();
    let threshold_before = with_state(|s| s.threshold);
    let roots_before = with_state(|s| s.num_roots);
    let runs_before = with_state(|s| s.runs);
    let mut total = 0;
    let mut destructors_called = 0u32;
    let mut should_rerun = false;
    let mut did_rerun = false;
    loop {
        if with_state(|s| s.num_roots == 0) {
            break;
        }
        if with_state(|s| s.active) {
            return 0;
        }
        with_state(|s| {
            s.runs += 1;
            s.active = true;
        });
        let mut stack = Vec::new();
        let mut has_destructors = false;
        // These phases run no PHP code and release nothing: they hold the
        // state throughout.
        let mut count = with_state(|s| {
            mark_roots(s, &mut stack);
            let black_roots = scan_roots(s, &mut stack);
            collect_roots(s, black_roots, &mut has_destructors, &mut stack)
        });
        if with_state(|s| s.num_roots == 0) {
            with_state(|s| s.active = false);
            break;
        }
        let end = with_state(|s| s.first_unused);
        if has_destructors {
            should_rerun = true;
            // Objects whose destructor will run become roots of the next
            // run (purple) instead of garbage of this one.
            for idx in FIRST_ROOT..end {
                with_state(|s| {
                    let slot = s.buf[idx as usize];
                    if slot & TAG_BITS == TAG_GARBAGE {
                        let p = ptr_of(slot);
                        if hdr(p).type_tag() == TYPE_OBJECT
                            && !hdr(p).has_flag(FLAG_OBJ_DESTRUCTOR_CALLED)
                        {
                            if has_pending_destructor(p) {
                                s.buf[idx as usize] = p.as_ptr() as usize | TAG_DTOR_GARBAGE;
                                hdr(p).set_gc_color(GC_PURPLE);
                            } else {
                                hdr(p).add_flags(FLAG_OBJ_DESTRUCTOR_CALLED);
                            }
                        }
                    }
                });
            }
            // What those objects reach must survive this run too.
            for idx in FIRST_ROOT..end {
                let slot = with_state(|s| s.buf[idx as usize]);
                if slot & TAG_BITS == TAG_DTOR_GARBAGE {
                    count -= remove_nested_data_from_buffer(ptr_of(slot), &mut stack);
                }
            }
            // Call the destructors.
            for idx in FIRST_ROOT..end {
                let slot = with_state(|s| s.buf[idx as usize]);
                if slot & TAG_BITS == TAG_DTOR_GARBAGE {
                    let p = ptr_of(slot);
                    with_state(|s| s.buf[idx as usize] = p.as_ptr() as usize | TAG_ROOT);
                    if !hdr(p).has_flag(FLAG_OBJ_DESTRUCTOR_CALLED) {
                        hdr(p).add_flags(FLAG_OBJ_DESTRUCTOR_CALLED);
                        // As Zend: hold a count during the call, then drop it
                        // without freeing. An object left at count zero stays
                        // in the buffer and the rerun collects it.
                        hdr(p).addref();
                        // SAFETY: a live object; the handle does not own a count.
                        let o = unsafe { Obj::borrow_gc_ptr(p) };
                        destructors_called += 1;
                        run_destructor(&o);
                        hdr(p).delref();
                    }
                }
            }
        }
        // Destroy the garbage: release what it holds. Values of the garbage
        // itself are marked dead (type NULL) first, so that reaching zero on
        // them frees nothing; their memory is freed in the next loop, which
        // tells objects (now tagged `TAG_DESTROYED_OBJECT`) from arrays by
        // their slot. A value freed by ordinary counting meanwhile leaves
        // the buffer (its slot is unlinked), so every loop re-reads the
        // buffer, as Zend's does.
        let state = state_ptr();
        // SAFETY (every `(*state)` below): a single access to the state,
        // over before anything is released.
        for idx in FIRST_ROOT..end {
            prefetch_ahead(unsafe { &(*state).buf }, idx as usize);
            let slot = unsafe { (&(*state).buf)[idx as usize] };
            if slot & TAG_BITS != TAG_GARBAGE {
                continue;
            }
            let p = ptr_of(slot);
            let h = hdr(p);
            let is_object = h.type_tag() == TYPE_OBJECT;
            h.set_type_info((h.type_info() & !TYPE_MASK) | TYPE_NULL);
            if is_object {
                unsafe {
                    (&mut (*state).buf)[idx as usize] = p.as_ptr() as usize | TAG_DESTROYED_OBJECT
                };
                // SAFETY: garbage object being destroyed by the collector.
                unsafe { Obj::destroy(p) };
            } else {
                // SAFETY: garbage array being destroyed by the collector.
                let t = unsafe { Arr::take_table(p) };
                for (_, v) in t.into_drain() {
                    v.release();
                }
            }
        }
        // Free the memory.
        for idx in FIRST_ROOT..end {
            prefetch_ahead(unsafe { &(*state).buf }, idx as usize);
            let slot = unsafe { (&(*state).buf)[idx as usize] };
            let tag = slot & TAG_BITS;
            if tag != TAG_GARBAGE && tag != TAG_DESTROYED_OBJECT {
                continue;
            }
            unsafe { (*state).remove_from_roots(idx) };
            let p = ptr_of(slot);
            // SAFETY: destroyed garbage; nothing refers to it any more.
            unsafe {
                if tag == TAG_DESTROYED_OBJECT {
                    Obj::free_collected_box(p);
                } else {
                    Arr::free_box(p);
                }
            }
        }
        with_state(|s| {
            s.collected += count;
            s.active = false;
        });
        total += count;
        with_state(|s| s.compact());
        if should_rerun && !did_rerun {
            did_rerun = true;
            continue;
        }
        break;
    }
    with_state(|s| {
        if s.runs == runs_before {
            return;
        }
        s.last_run = Some(RunReport {
            trigger,
            roots: roots_before,
            freed: total,
            destructors: destructors_called,
            threshold_before,
            micros: started.elapsed().as_micros() as u64,
        });
    });
    if trigger == Trigger::Explicit {
        // Automatic runs are traced after the threshold is adjusted; the
        // final run at shutdown is phpi's own bookkeeping, not PHP's.
        trace_last_run();
    }
    total
}
