//! Counts of live heap values (strings, arrays, objects, references).
//!
//! Every allocation and free of a refcounted value passes through here, so
//! at the end of a run the counts say whether anything leaked. `phpi` prints
//! them to stderr when the environment variable `PHPI_LEAK_REPORT` is set;
//! the golden test suite uses that to check that every script frees
//! everything it allocated.

use std::cell::Cell;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LiveCounts {
    pub strings: i64,
    pub arrays: i64,
    pub objects: i64,
    pub references: i64,
}

thread_local! {
    static LIVE: Cell<LiveCounts> = const { Cell::new(LiveCounts { strings: 0, arrays: 0, objects: 0, references: 0 }) };
}

#[inline(always)]
fn update(f: impl FnOnce(&mut LiveCounts)) {
    LIVE.with(|c| {
        let mut v = c.get();
        f(&mut v);
        c.set(v);
    })
}

#[inline(always)]
pub fn string_allocated() {
    update(|c| c.strings += 1)
}
#[inline(always)]
pub fn string_freed() {
    update(|c| c.strings -= 1)
}
/// An interned string is never freed, so it leaves the live count.
#[inline(always)]
pub fn string_made_permanent() {
    update(|c| c.strings -= 1)
}
#[inline(always)]
pub fn array_allocated() {
    update(|c| c.arrays += 1)
}
#[inline(always)]
pub fn array_freed() {
    update(|c| c.arrays -= 1)
}
#[inline(always)]
pub fn object_allocated() {
    update(|c| c.objects += 1)
}
#[inline(always)]
pub fn object_freed() {
    update(|c| c.objects -= 1)
}
#[inline(always)]
pub fn reference_allocated() {
    update(|c| c.references += 1)
}
#[inline(always)]
pub fn reference_freed() {
    update(|c| c.references -= 1)
}

/// The values allocated and not yet freed on this thread.
pub fn live() -> LiveCounts {
    LIVE.with(|c| c.get())
}
