//! Per-thread free lists of small blocks in front of the system allocator:
//! what makes phpi's allocator faster than the system's alone.
//!
//! The interpreter frees and makes blocks of the same few sizes over and
//! over (values, array tables, strings). A block of up to
//! [`MAX_CACHED_SIZE`] bytes is given out in a size class of 16 bytes (the
//! system allocator's own granularity, so no memory is lost to rounding);
//! when freed it goes on its class's list, and the next request of that
//! class takes it back without asking the system. As in Zend's allocator,
//! memory freed into a class stays with it, up to [`MAX_CACHED_BYTES`] per
//! thread; beyond that blocks go back to the system.
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
const CLASS_COUNT: usize = MAX_CACHED_SIZE / CLASS_SIZE + 1;
/// Free memory a thread keeps for reuse at most.
pub const MAX_CACHED_BYTES: usize = 256 << 20;

/// One thread's lists: the first free block of each class, and the bytes
/// they hold in all.
pub struct FreeLists {
    heads: [Cell<*mut u8>; CLASS_COUNT],
    cached: Cell<usize>,
}

impl FreeLists {
    pub const fn new() -> FreeLists {
        FreeLists {
            heads: [const { Cell::new(ptr::null_mut()) }; CLASS_COUNT],
            cached: Cell::new(0),
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

/// The layout every block of `class` is allocated with.
#[inline(always)]
fn class_layout(class: usize) -> Layout {
    // `class` is at most CLASS_COUNT - 1, so the size is small and the
    // alignment a power of two: this never fails.
    Layout::from_size_align(class * CLASS_SIZE, ALIGN).unwrap_or(Layout::new::<[u128; 1]>())
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
            // SAFETY: a valid, non-zero-sized layout.
            return unsafe { System.alloc(class_layout(class)) };
        }
        // SAFETY: a free block of this class holds the next one's address
        // in its first word (written by `free`, 16-byte aligned).
        let next = unsafe { ptr::read(head as *const *mut u8) };
        self.heads[class].set(next);
        self.cached.set(self.cached.get() - class * CLASS_SIZE);
        head
    }

    /// Takes back a block of `class`, keeping it for reuse while the
    /// thread's cache has room.
    ///
    /// # Safety
    /// `block` was returned by [`FreeLists::alloc`] for the same class (on
    /// any thread) and is no longer used.
    #[inline(always)]
    pub unsafe fn free(&self, block: *mut u8, class: usize) {
        let bytes = class * CLASS_SIZE;
        let cached = self.cached.get() + bytes;
        if cached > MAX_CACHED_BYTES {
            // SAFETY: allocated from the system with this layout.
            unsafe { System.dealloc(block, class_layout(class)) };
            return;
        }
        // SAFETY: the block is at least 16 bytes, 16-byte aligned and ours
        // now: its first word can hold the list's link.
        unsafe { ptr::write(block as *mut *mut u8, self.heads[class].get()) };
        self.heads[class].set(block);
        self.cached.set(cached);
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
            assert_eq!(lists.cached.get(), 64);
            let b = lists.alloc(5);
            assert_ne!(a, b);
            assert_eq!(lists.alloc(4), a);
            assert_eq!(lists.cached.get(), 0);
            lists.free(a, 4);
            lists.free(b, 5);
            assert_eq!(lists.cached.get(), 64 + 80);
        }
    }
}
