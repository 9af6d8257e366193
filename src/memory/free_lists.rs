//! Per-thread free lists of small blocks in front of the system allocator:
//! what makes phpi's allocator faster than the system's alone.
//!
//! The interpreter frees and makes blocks of the same few sizes over and
//! over (values, array tables, strings). A request of up to Zend's biggest
//! small size is served in its Zend bin (the one `zend_heap` counts it
//! in), the bin's size rounded up to 16 bytes (what `malloc` aligns to);
//! when freed, the block goes on its bin's list, and the next request of
//! that bin takes it back without asking the system. Sharing Zend's bins
//! means one size lookup serves both the lists and the accounting, and the
//! memory lost to rounding is the memory Zend loses. An empty list is
//! refilled with a whole run of blocks carved from one system allocation
//! of about [`RUN_BYTES`] (Zend's allocator likewise serves a bin from runs
//! of pages), so the system is asked once per run, not once per block. As
//! in Zend's allocator, memory freed into a bin stays with it for the rest
//! of the thread's life.
//!
//! The lists thread through the free blocks themselves: the first word of
//! a free block points to the next one. A block freed on another thread
//! than the one that made it joins that thread's list, which is sound:
//! every block of a bin was allocated from the system with the same
//! layout, whatever the thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

use super::zend_heap::{bin_size, small_bin, BIN_COUNT};

/// The alignment of every cached block (what `malloc` guarantees).
const ALIGN: usize = 16;
/// The alignment of a run: a cache line, as Zend's runs start on a page.
/// A block whose size is a multiple of 64 bytes (an object with one
/// property) then fills whole lines; from a 16-byte aligned run it would
/// straddle two, and the collector, which reads an object's header and its
/// properties, would miss the cache twice per object.
const RUN_ALIGN: usize = 64;
/// The size of the system allocation an empty list is refilled from.
const RUN_BYTES: usize = 16 << 10;
/// A refill carves at most this many blocks.
const MAX_BLOCKS_PER_RUN: usize = 128;

/// One thread's lists: the first free block of each bin.
pub struct FreeLists {
    heads: [Cell<*mut u8>; BIN_COUNT],
}

impl FreeLists {
    pub const fn new() -> FreeLists {
        FreeLists {
            heads: [const { Cell::new(ptr::null_mut()) }; BIN_COUNT],
        }
    }
}

impl Default for FreeLists {
    fn default() -> Self {
        FreeLists::new()
    }
}

/// The bin of a request the lists serve (`None`: the system's).
#[inline(always)]
pub fn bin_of(layout: Layout) -> Option<usize> {
    if layout.align() <= ALIGN {
        small_bin(layout.size())
    } else {
        None
    }
}

/// The size of the blocks of `bin`.
fn block_size(bin: usize) -> usize {
    bin_size(bin).next_multiple_of(ALIGN)
}

/// How many blocks of `bin` a refill carves from one system allocation.
fn blocks_per_run(bin: usize) -> usize {
    (RUN_BYTES / block_size(bin)).clamp(1, MAX_BLOCKS_PER_RUN)
}

impl FreeLists {
    /// A block of `bin`: a free one if any, else a new one from the
    /// system (null if the system has none).
    ///
    /// # Safety
    /// Every block on the lists was put there by [`FreeLists::free`].
    #[inline(always)]
    pub unsafe fn alloc(&self, bin: usize) -> *mut u8 {
        let head = self.heads[bin].get();
        if head.is_null() {
            return self.refill(bin);
        }
        // SAFETY: a free block of this bin holds the next one's address
        // in its first word (written by `free`, 16-byte aligned).
        let next = unsafe { ptr::read(head as *const *mut u8) };
        self.heads[bin].set(next);
        #[cfg(target_arch = "x86_64")]
        // SAFETY: a prefetch hint never faults.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(next as *const i8)
        };
        head
    }

    /// Carves a run of blocks of `bin` from one system allocation: returns
    /// the first, lists the others (null if the system has no memory).
    #[cold]
    #[inline(never)]
    fn refill(&self, bin: usize) -> *mut u8 {
        let size = block_size(bin);
        let count = blocks_per_run(bin);
        let Ok(layout) = Layout::from_size_align(size * count, RUN_ALIGN) else {
            return ptr::null_mut();
        };
        // SAFETY: a valid, non-zero-sized layout. The run is never given
        // back: its blocks live on in this bin's list.
        let run = unsafe { System.alloc(layout) };
        if run.is_null() {
            return run;
        }
        for i in (1..count).rev() {
            // SAFETY: block `i` lies inside the run, 16-byte aligned.
            unsafe { self.free(run.add(i * size), bin) };
        }
        run
    }

    /// Takes back a block of `bin` for reuse.
    ///
    /// # Safety
    /// `block` was returned by [`FreeLists::alloc`] for the same bin (on
    /// any thread) and is no longer used.
    #[inline(always)]
    pub unsafe fn free(&self, block: *mut u8, bin: usize) {
        // SAFETY: the block is at least 16 bytes, 16-byte aligned and ours
        // now: its first word can hold the list's link.
        unsafe { ptr::write(block as *mut *mut u8, self.heads[bin].get()) };
        self.heads[bin].set(block);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize) -> Layout {
        Layout::from_size_align(size, 8).unwrap()
    }

    #[test]
    fn requests_go_to_zends_bins_in_blocks_of_16_bytes() {
        assert_eq!(bin_of(layout(1)), Some(0));
        assert_eq!(bin_of(layout(8)), Some(0));
        assert_eq!(bin_of(layout(9)), Some(1));
        assert_eq!(bin_of(layout(24)), Some(2));
        assert_eq!(bin_of(layout(72)), Some(8));
        assert_eq!(bin_of(layout(3072)), Some(BIN_COUNT - 1));
        assert_eq!(bin_of(layout(3073)), None);
        assert_eq!(bin_of(Layout::from_size_align(64, 64).unwrap()), None);
        assert_eq!(block_size(0), 16);
        assert_eq!(block_size(2), 32);
        assert_eq!(block_size(8), 80);
    }

    #[test]
    fn a_freed_block_is_reused_by_its_bin() {
        let lists = FreeLists::new();
        // SAFETY: each block is freed once, into the bin it came from.
        unsafe {
            let a = lists.alloc(7);
            assert!(!a.is_null());
            ptr::write_bytes(a, 0xab, 64);
            lists.free(a, 7);
            let b = lists.alloc(8);
            assert_ne!(a, b);
            assert_eq!(lists.alloc(7), a);
            lists.free(a, 7);
            lists.free(b, 8);
        }
    }

    #[test]
    fn a_refill_carves_distinct_blocks_from_one_run() {
        let lists = FreeLists::new();
        let per_run = blocks_per_run(7);
        assert_eq!(per_run, 128);
        // SAFETY: the blocks are written within their 64 bytes only.
        unsafe {
            let blocks: Vec<*mut u8> = (0..per_run).map(|_| lists.alloc(7)).collect();
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
            assert_eq!(blocks_per_run(BIN_COUNT - 1), 5);
        }
    }
}
