//! Per-thread free lists of small blocks in front of the system allocator:
//! what makes phpi's allocator faster than the system's alone.
//!
//! The interpreter frees and makes blocks of the same few sizes over and
//! over (values, array tables, strings). A block of up to
//! [`MAX_CACHED_SIZE`] bytes is given out in a size class of 16 bytes (the
//! system allocator's own granularity, so no memory is lost to rounding);
//! when freed it goes on its class's list, and the next request of that
//! class takes it back without asking the system. An empty list is
//! refilled with a whole run of blocks carved from one system allocation
//! of about [`RUN_BYTES`] (Zend's allocator likewise serves a bin from runs
//! of pages), so the system is asked once per run, not once per block. As
//! in Zend's allocator, memory freed into a class stays with it for the
//! rest of the thread's life.
//!
//! The lists thread through the free blocks themselves: the first word of
//! a free block points to the next one. A block freed on another thread
//! than the one that made it joins that thread's list, which is sound:
//! every block of a class was allocated from the system with the same
//! layout, whatever the thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// The biggest request served from the lists (Zend's biggest small bin).
pub const MAX_CACHED_SIZE: usize = 3072;
/// The granularity of the size classes.
const CLASS_SIZE: usize = 16;
/// The alignment of every cached block (what `malloc` guarantees).
const ALIGN: usize = 16;
/// The alignment of a run: a cache line, as Zend's runs start on a page.
/// A block whose size is a multiple of 64 bytes (an object with one
/// property) then fills whole lines; from a 16-byte aligned run it would
/// straddle two, and the collector, which reads an object's header and its
/// properties, would miss the cache twice per object.
const RUN_ALIGN: usize = 64;
const CLASS_COUNT: usize = MAX_CACHED_SIZE / CLASS_SIZE + 1;
/// The size of the system allocation an empty list is refilled from.
const RUN_BYTES: usize = 16 << 10;
/// A refill carves at most this many blocks.
const MAX_BLOCKS_PER_RUN: usize = 128;

/// One thread's lists: the first free block of each class.
pub struct FreeLists {
    heads: [Cell<*mut u8>; CLASS_COUNT],
}

impl FreeLists {
    pub const fn new() -> FreeLists {
        FreeLists {
            heads: [const { Cell::new(ptr::null_mut()) }; CLASS_COUNT],
        }
    }
}

impl Default for FreeLists {
    fn default() -> Self {
        FreeLists::new()
    }
}

/// The size class of a request the lists serve (`None`: the system's).
#[inline(always)]
pub fn class_of(layout: Layout) -> Option<usize> {
    (layout.size() <= MAX_CACHED_SIZE && layout.align() <= ALIGN && layout.size() > 0)
        .then(|| layout.size().div_ceil(CLASS_SIZE))
}

/// How many blocks of `class` a refill carves from one system allocation.
fn blocks_per_run(class: usize) -> usize {
    (RUN_BYTES / (class * CLASS_SIZE)).clamp(1, MAX_BLOCKS_PER_RUN)
}

impl FreeLists {
    /// A block of `class`: a free one if any, else a new one from the
    /// system (null if the system has none).
    ///
    /// # Safety
    /// Every block on the lists was put there by [`FreeLists::free`].
    #[inline(always)]
    pub unsafe fn alloc(&self, class: usize) -> *mut u8 {
        let head = self.heads[class].get();
        if head.is_null() {
            return self.refill(class);
        }
        // SAFETY: a free block of this class holds the next one's address
        // in its first word (written by `free`, 16-byte aligned).
        let next = unsafe { ptr::read(head as *const *mut u8) };
        self.heads[class].set(next);
        #[cfg(target_arch = "x86_64")]
        // SAFETY: a prefetch hint never faults.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(next as *const i8)
        };
        head
    }

    /// Carves a run of blocks of `class` from one system allocation: returns
    /// the first, lists the others (null if the system has no memory).
    #[cold]
    #[inline(never)]
    fn refill(&self, class: usize) -> *mut u8 {
        let size = class * CLASS_SIZE;
        let count = blocks_per_run(class);
        let Ok(layout) = Layout::from_size_align(size * count, RUN_ALIGN) else {
            return ptr::null_mut();
        };
        // SAFETY: a valid, non-zero-sized layout. The run is never given
        // back: its blocks live on in this class's list.
        let run = unsafe { System.alloc(layout) };
        if run.is_null() {
            return run;
        }
        for i in (1..count).rev() {
            // SAFETY: block `i` lies inside the run, 16-byte aligned.
            unsafe { self.free(run.add(i * size), class) };
        }
        run
    }

    /// Takes back a block of `class` for reuse.
    ///
    /// # Safety
    /// `block` was returned by [`FreeLists::alloc`] for the same class (on
    /// any thread) and is no longer used.
    #[inline(always)]
    pub unsafe fn free(&self, block: *mut u8, class: usize) {
        // SAFETY: the block is at least 16 bytes, 16-byte aligned and ours
        // now: its first word can hold the list's link.
        unsafe { ptr::write(block as *mut *mut u8, self.heads[class].get()) };
        self.heads[class].set(block);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize) -> Layout {
        Layout::from_size_align(size, 8).unwrap()
    }

    #[test]
    fn classes_are_16_bytes_wide_up_to_zends_biggest_bin() {
        assert_eq!(class_of(layout(1)), Some(1));
        assert_eq!(class_of(layout(16)), Some(1));
        assert_eq!(class_of(layout(17)), Some(2));
        assert_eq!(class_of(layout(3072)), Some(192));
        assert_eq!(class_of(layout(3073)), None);
        assert_eq!(class_of(Layout::from_size_align(64, 64).unwrap()), None);
    }

    #[test]
    fn a_freed_block_is_reused_by_its_class() {
        let lists = FreeLists::new();
        // SAFETY: each block is freed once, into the class it came from.
        unsafe {
            let a = lists.alloc(4);
            assert!(!a.is_null());
            ptr::write_bytes(a, 0xab, 64);
            lists.free(a, 4);
            let b = lists.alloc(5);
            assert_ne!(a, b);
            assert_eq!(lists.alloc(4), a);
            lists.free(a, 4);
            lists.free(b, 5);
        }
    }

    #[test]
    fn a_refill_carves_distinct_blocks_from_one_run() {
        let lists = FreeLists::new();
        let per_run = blocks_per_run(4);
        assert_eq!(per_run, 128);
        // SAFETY: the blocks are written within their 64 bytes only.
        unsafe {
            let blocks: Vec<*mut u8> = (0..per_run).map(|_| lists.alloc(4)).collect();
            for (i, &b) in blocks.iter().enumerate() {
                assert_eq!(b as usize % ALIGN, 0);
                ptr::write_bytes(b, i as u8, 64);
            }
            for (i, &b) in blocks.iter().enumerate() {
                assert_eq!(*b.add(63), i as u8);
            }
            let lowest = *blocks.iter().min().unwrap() as usize;
            let highest = *blocks.iter().max().unwrap() as usize;
            assert_eq!(highest - lowest, (per_run - 1) * 64);
            assert_eq!(blocks_per_run(192), 5);
        }
    }
}
