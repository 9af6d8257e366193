//! The header every refcounted value starts with, laid out as Zend's
//! `zend_refcounted_h`: a 32-bit reference count and a 32-bit `type_info`
//! word holding the value's type, its flags and the collector's bookkeeping.
//!
//! ```text
//! type_info:  31 ............ 10 | 9 ...... 4 | 3 .. 0
//!             GC info (22 bits)  |  flags     |  type
//! GC info:    color (2 bits, bits 20-21 of the info) | compressed root-buffer address (20 bits)
//! ```
//!
//! The collector (`crate::gc`) owns the GC info bits; everything else only
//! reads and writes the count and the flags.

use std::cell::Cell;

/// Type tags stored in the low four bits, numbered as Zend numbers them.
pub const TYPE_STRING: u32 = 6;
pub const TYPE_ARRAY: u32 = 7;
pub const TYPE_OBJECT: u32 = 8;
pub const TYPE_REFERENCE: u32 = 10;
/// A value already destroyed by the collector (Zend's `GC_NULL`).
pub const TYPE_NULL: u32 = 1;

pub const TYPE_MASK: u32 = 0x0000_000f;
pub const FLAGS_MASK: u32 = 0x0000_03f0;
pub const INFO_MASK: u32 = 0xffff_fc00;
pub const INFO_SHIFT: u32 = 10;

/// The value is never a possible root (strings).
pub const FLAG_NOT_COLLECTABLE: u32 = 1 << 4;
/// Set while a printer walks into the value (recursion detection).
pub const FLAG_PROTECTED: u32 = 1 << 5;
/// Shared, never counted, never modified in place (interned strings, the
/// empty array).
pub const FLAG_IMMUTABLE: u32 = 1 << 6;
/// Object flags, as Zend's `IS_OBJ_*`.
pub const FLAG_OBJ_WEAKLY_REFERENCED: u32 = 1 << 7;
pub const FLAG_OBJ_DESTRUCTOR_CALLED: u32 = 1 << 8;
pub const FLAG_OBJ_FREE_CALLED: u32 = 1 << 9;

/// Colors of the synchronous cycle collector (see `crate::gc`).
pub const GC_BLACK: u32 = 0x000000;
pub const GC_WHITE: u32 = 0x100000;
pub const GC_GREY: u32 = 0x200000;
pub const GC_PURPLE: u32 = 0x300000;
pub const GC_COLOR_MASK: u32 = 0x300000;
pub const GC_ADDRESS_MASK: u32 = 0x0fffff;

#[repr(C)]
pub struct GcHeader {
    refcount: Cell<u32>,
    type_info: Cell<u32>,
}

impl GcHeader {
    pub const fn new(type_tag: u32, flags: u32) -> GcHeader {
        GcHeader {
            refcount: Cell::new(1),
            type_info: Cell::new(type_tag | flags),
        }
    }

    /// A header for an immutable (uncounted) value.
    pub const fn immutable(type_tag: u32) -> GcHeader {
        GcHeader {
            refcount: Cell::new(2),
            type_info: Cell::new(type_tag | FLAG_IMMUTABLE | FLAG_NOT_COLLECTABLE),
        }
    }

    #[inline(always)]
    pub fn refcount(&self) -> u32 {
        self.refcount.get()
    }

    #[inline(always)]
    pub fn set_refcount(&self, n: u32) {
        self.refcount.set(n)
    }

    #[inline(always)]
    pub fn addref(&self) -> u32 {
        let n = self.refcount.get().wrapping_add(1);
        self.refcount.set(n);
        n
    }

    #[inline(always)]
    pub fn delref(&self) -> u32 {
        let n = self.refcount.get().wrapping_sub(1);
        self.refcount.set(n);
        n
    }

    #[inline(always)]
    pub fn type_info(&self) -> u32 {
        self.type_info.get()
    }

    #[inline(always)]
    pub fn set_type_info(&self, v: u32) {
        self.type_info.set(v)
    }

    #[inline(always)]
    pub fn type_tag(&self) -> u32 {
        self.type_info.get() & TYPE_MASK
    }

    #[inline(always)]
    pub fn flags(&self) -> u32 {
        self.type_info.get() & FLAGS_MASK
    }

    #[inline(always)]
    pub fn has_flag(&self, flag: u32) -> bool {
        self.type_info.get() & flag != 0
    }

    #[inline(always)]
    pub fn add_flags(&self, flags: u32) {
        self.type_info.set(self.type_info.get() | flags)
    }

    #[inline(always)]
    pub fn remove_flags(&self, flags: u32) {
        self.type_info.set(self.type_info.get() & !flags)
    }

    #[inline(always)]
    pub fn is_immutable(&self) -> bool {
        self.has_flag(FLAG_IMMUTABLE)
    }

    /// The collector's info bits (color and root address), unshifted.
    #[inline(always)]
    pub fn gc_info(&self) -> u32 {
        self.type_info.get() >> INFO_SHIFT
    }

    #[inline(always)]
    pub fn set_gc_info(&self, info: u32) {
        let kept = self.type_info.get() & (TYPE_MASK | FLAGS_MASK);
        self.type_info.set(kept | (info << INFO_SHIFT));
    }

    #[inline(always)]
    pub fn gc_color(&self) -> u32 {
        self.gc_info() & GC_COLOR_MASK
    }

    #[inline(always)]
    pub fn set_gc_color(&self, color: u32) {
        let info = (self.gc_info() & !GC_COLOR_MASK) | color;
        self.set_gc_info(info);
    }

    #[inline(always)]
    pub fn gc_address(&self) -> u32 {
        self.gc_info() & GC_ADDRESS_MASK
    }

    /// True when the value may be buffered as a possible root: collectable
    /// and not buffered already (Zend's `GC_MAY_LEAK`).
    #[inline(always)]
    pub fn may_leak(&self) -> bool {
        self.type_info.get() & (INFO_MASK | FLAG_NOT_COLLECTABLE) == 0
    }
}
