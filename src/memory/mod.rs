//! Memory accounting and `memory_limit`: what `memory_get_usage()` reports
//! and when a script runs out of memory.
//!
//! PHP measures the memory a request holds in its own allocator; phpi
//! measures the memory the interpreter really holds, at the allocator:
//! [`CountingAllocator`] is the `phpi` binary's global allocator. It serves
//! small blocks from per-thread free lists (`free_lists`: faster than the
//! system allocator alone), the rest from the system allocator, and counts
//! every request, per thread, in a model of Zend's allocator
//! ([`zend_heap::HeapModel`]), so the figures
//! round, rise and fall the way PHP's do: small sizes rounded to Zend's
//! bins, large ones to pages, real usage in whole 2 MiB chunks. The
//! interpreter runs on one thread, so that thread's heap *is* the
//! request's heap; the other threads' counts are never read. Only the
//! binary installs the allocator: in the library's unit tests every figure
//! stays at its starting value.
//!
//! # What is counted
//! Everything the interpreter thread allocates on the heap from the moment
//! the request starts ([`begin_request`], called once the interpreter's
//! built-in tables are made, which PHP keeps outside the request heap too):
//! values, arrays, objects, compiled code, frames and their slots, output
//! buffers. Not counted: the interpreter's native stack (bounded on its own,
//! see `Interp::check_stack`), memory allocated before the request started
//! (when freed during the run it is subtracted, saturating at zero), and
//! other threads.
//!
//! # The limit
//! An allocator cannot raise a PHP error, and refusing memory would abort
//! the process; so a request over `memory_limit` is still served and the
//! model records it. The evaluator looks at that record cheaply
//! ([`needs_attention`]) after every statement, to note where it happened,
//! and raises `Allowed memory size of N bytes exhausted (tried to allocate M
//! bytes)` at the places PHP's VM looks for pending interrupts: after a
//! built-in function returns, when a user function is entered, on each loop
//! iteration, and when the main script ends (see `limit.rs`). Built-ins that
//! can ask for a lot at once check first (`Interp::reserve_memory`) and fail
//! without allocating. A script that goes on allocating while the error is
//! pending, past the *hard* limit (`memory_hard_limit_percent` of
//! `memory_limit`, 200% by default), is stopped at once with `Hard memory
//! limit of N bytes exhausted`, as PHP's is (phpi notices at the end of the
//! statement).

mod free_lists;
pub mod limit;
pub mod zend_heap;

use free_lists::FreeLists;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use zend_heap::{Exhaustion, HeapModel};

thread_local! {
    /// This thread's heap counters. `const`-initialised and without a
    /// destructor, so reading it never allocates and works at any time of
    /// the thread's life, as an allocator needs.
    static HEAP: UnsafeCell<HeapModel> = const { UnsafeCell::new(HeapModel::new()) };
}

/// Runs `f` on this thread's heap counters (`None` once the thread's
/// storage is gone). Every `f` given here only reads and updates the
/// counters: it never allocates (which would re-enter through the
/// allocator) nor calls `with_heap`, so no two borrows overlap.
#[inline(always)]
fn with_heap<T>(f: impl FnOnce(&mut HeapModel) -> T) -> Option<T> {
    // SAFETY: single-threaded, and never re-entered (above).
    HEAP.try_with(|h| f(unsafe { &mut *h.get() })).ok()
}

/// Counts one allocator event unless counting is suspended.
#[inline(always)]
fn count(f: impl FnOnce(&mut HeapModel)) {
    with_heap(|h| {
        if !h.paused {
            f(h)
        }
    });
}

/// Runs `f` without counting what it allocates and frees: for the
/// engine's own structures that PHP keeps outside the request heap (the
/// collector's root buffer). Everything `f` allocates must be freed in an
/// `uncounted` call too.
pub fn uncounted<T>(f: impl FnOnce() -> T) -> T {
    let was = with_heap(|h| std::mem::replace(&mut h.paused, true)).unwrap_or(false);
    let r = f();
    with_heap(|h| h.paused = was);
    r
}

thread_local! {
    /// This thread's free small blocks (see `free_lists`); `const` and
    /// without a destructor like `HEAP`.
    static FREE: FreeLists = const { FreeLists::new() };
}

/// The global allocator of the `phpi` binary: small blocks from per-thread
/// free lists, the rest from the system allocator, every request counted
/// in this thread's heap model.
pub struct CountingAllocator;

/// A block of the free lists' `bin`, uncounted (null if the system has
/// no memory).
#[inline(always)]
fn get_small_block(bin: usize) -> *mut u8 {
    // SAFETY: the lists only ever hold blocks `put_small_block` gave back.
    FREE.try_with(|f| unsafe { f.alloc(bin) })
        .unwrap_or(std::ptr::null_mut())
}

/// Gives back a block `get_small_block` made for `bin`, uncounted.
///
/// # Safety
/// The block is no longer used.
#[inline(always)]
unsafe fn put_small_block(ptr: *mut u8, bin: usize) {
    // SAFETY: made for the same bin. (Should this thread's lists be gone,
    // the block stays allocated.)
    let _ = FREE.try_with(|f| unsafe { f.free(ptr, bin) });
}

/// `GlobalAlloc::alloc` of a block the free lists do not serve, counted.
/// Out of line, so that the path of the small blocks saves no registers.
///
/// # Safety
/// As `GlobalAlloc::alloc`.
#[inline(never)]
unsafe fn alloc_from_system(layout: Layout) -> *mut u8 {
    // SAFETY: the caller's contract.
    let p = unsafe { System.alloc(layout) };
    if !p.is_null() {
        count(|h| h.allocate(layout.size()));
    }
    p
}

/// `GlobalAlloc::dealloc` of a block `alloc_from_system` made, counted.
///
/// # Safety
/// As `GlobalAlloc::dealloc`.
#[inline(never)]
unsafe fn dealloc_to_system(ptr: *mut u8, layout: Layout) {
    // SAFETY: the caller's contract.
    unsafe { System.dealloc(ptr, layout) };
    count(|h| h.free(layout.size()));
}

// SAFETY: blocks come from the system allocator, either directly with the
// caller's layout or through the free lists (`free_lists`), which hand out
// each block to one owner at a time, sized and aligned for the request's
// bin. The counting on the side reads only the sizes, touches no memory
// it was given, and never allocates (`with_heap` borrows a `const`
// thread-local), so it cannot recurse into the allocator or unwind.
unsafe impl GlobalAlloc for CountingAllocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match free_lists::bin_of(layout) {
            Some(bin) => {
                let p = get_small_block(bin);
                if !p.is_null() {
                    count(|h| h.allocate_small(bin));
                }
                p
            }
            // SAFETY: same contract as ours.
            None => unsafe { alloc_from_system(layout) },
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if free_lists::bin_of(layout).is_some() {
            // SAFETY: same contract as ours; the block is ours to zero.
            unsafe {
                let p = self.alloc(layout);
                if !p.is_null() {
                    std::ptr::write_bytes(p, 0, layout.size());
                }
                p
            }
        } else {
            // SAFETY: same contract as ours.
            let p = unsafe { System.alloc_zeroed(layout) };
            if !p.is_null() {
                count(|h| h.allocate(layout.size()));
            }
            p
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        match free_lists::bin_of(layout) {
            Some(bin) => {
                // SAFETY: `alloc` made it in this bin.
                unsafe { put_small_block(ptr, bin) };
                count(|h| h.free_small(bin));
            }
            // SAFETY: same contract as ours.
            None => unsafe { dealloc_to_system(ptr, layout) },
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        let p = match (free_lists::bin_of(layout), free_lists::bin_of(new_layout)) {
            // SAFETY: same contract as ours.
            (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
            (Some(a), Some(b)) if a == b => ptr,
            // SAFETY: a new block, the bytes both hold copied, the old
            // block given back, as `GlobalAlloc::realloc` may do.
            (old_bin, new_bin) => unsafe {
                let p = match new_bin {
                    Some(bin) => get_small_block(bin),
                    None => System.alloc(new_layout),
                };
                if !p.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size));
                    match old_bin {
                        Some(bin) => put_small_block(ptr, bin),
                        None => System.dealloc(ptr, layout),
                    }
                }
                p
            },
        };
        if !p.is_null() {
            count(|h| h.reallocate(layout.size(), new_size));
        }
        p
    }
}

/// Starts counting a request on this thread: the figures start from an
/// empty heap of one chunk (what was allocated before is not the script's).
/// The limits stay as they are.
pub fn begin_request() {
    with_heap(|h| {
        let (limit, percent) = (h.limit(), h.hard_limit_percent());
        *h = HeapModel::new();
        h.set_hard_limit_percent(percent);
        let _ = h.set_limit(limit);
    });
}

/// `memory_get_usage()`: the rounded sizes of everything in use.
pub fn usage() -> usize {
    with_heap(|h| h.usage()).unwrap_or(0)
}

/// `memory_get_usage(true)`: whole chunks plus huge blocks.
pub fn real_usage() -> usize {
    with_heap(|h| h.real_usage()).unwrap_or(0)
}

/// `memory_get_peak_usage($real)`.
pub fn peak_usage(real: bool) -> usize {
    with_heap(|h| if real { h.real_peak() } else { h.peak() }).unwrap_or(0)
}

/// `memory_reset_peak_usage()`.
pub fn reset_peak_usage() {
    with_heap(|h| h.reset_peak());
}

/// A `memory_limit` PHP refuses: below the memory already in use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LimitRefused {
    pub limit: i64,
    /// The real usage (whole chunks) the limit was compared with.
    pub usage: usize,
}

impl std::fmt::Display for LimitRefused {
    /// PHP's warning text.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Failed to set memory limit to {} bytes (Current memory usage is {} bytes)",
            self.limit, self.usage
        )
    }
}

/// The hook for a changed `memory_limit` (`-d`, `ini_set`): `limit` in
/// bytes, negative for none. Like Zend's `zend_set_memory_limit`, a limit
/// below the real usage is refused and the old one stays.
pub fn set_limit(limit: i64) -> Result<(), LimitRefused> {
    let bytes =
        usize::try_from(limit).map_or(zend_heap::UNLIMITED, |b| b.min(zend_heap::UNLIMITED));
    match with_heap(|h| h.set_limit(bytes)) {
        Some(Err(usage)) => Err(LimitRefused { limit, usage }),
        _ => Ok(()),
    }
}

/// The limit in effect, in bytes (`None`: no limit).
pub fn limit() -> Option<usize> {
    with_heap(|h| h.limit()).filter(|&l| l < zend_heap::UNLIMITED)
}

/// Sets the hard limit to `percent` of `memory_limit` (PHP's
/// `memory_hard_limit_percent`; at least 100).
pub fn set_hard_limit_percent(percent: usize) {
    with_heap(|h| h.set_hard_limit_percent(percent));
}

/// True when an allocation went over a limit and the evaluator has not
/// looked at it yet: one thread-local read, for the evaluator's safe points.
#[inline(always)]
pub fn needs_attention() -> bool {
    with_heap(|h| h.needs_attention()).unwrap_or(false)
}

/// The record of an allocation over `memory_limit`, if any, now known to
/// the evaluator (it stays until taken).
pub fn acknowledge_exhaustion() -> Option<Exhaustion> {
    with_heap(|h| h.acknowledge_exhaustion()).flatten()
}

/// Takes the record of an allocation over `memory_limit` (reported now).
pub fn take_exhaustion() -> Option<Exhaustion> {
    with_heap(|h| h.take_exhaustion()).flatten()
}

/// Past the hard limit: the real usage beyond it while an over-the-limit
/// error is pending (the figures for PHP's message).
pub fn hard_exhaustion() -> Option<Exhaustion> {
    with_heap(|h| h.hard_exhaustion()).flatten()
}

/// What `memory_limit` says to a request of `size` bytes now (`None`: it
/// fits), counting nothing.
pub fn check(size: usize) -> Option<Exhaustion> {
    with_heap(|h| h.check(size)).flatten()
}
