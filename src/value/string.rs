//! PHP strings: immutable byte strings behind a counted pointer, laid out as
//! Zend's `zend_string` (header, cached hash, length, then the bytes in the
//! same allocation).
//!
//! Two kinds exist, exactly as in PHP:
//! - *interned* strings (literals in the source, names, the empty string,
//!   single characters) are shared, never counted and never freed; PHP's
//!   `debug_zval_dump` shows them as `interned`;
//! - every string made at run time is counted, freed when its count falls
//!   to zero, and may be appended to in place while it has a single owner.
//!
//! Strings never take part in cycles, so they never enter the collector's
//! root buffer (`FLAG_NOT_COLLECTABLE`).

use super::header::{GcHeader, FLAG_IMMUTABLE, FLAG_NOT_COLLECTABLE, TYPE_STRING};
use std::alloc::{self, Layout};
use std::cell::{Cell, RefCell};
use std::fmt;
use std::ptr::NonNull;

#[repr(C)]
struct StrHead {
    gc: GcHeader,
    /// Cached hash of the bytes; 0 = not computed yet.
    hash: Cell<u64>,
    len: usize,
}

const HEAD: usize = std::mem::size_of::<StrHead>();

/// A counted or interned PHP string.
pub struct Str(NonNull<StrHead>);

fn layout_for(len: usize) -> Layout {
    // A string longer than isize::MAX cannot be allocated anyway; callers
    // check sizes against memory_limit long before this.
    Layout::from_size_align(HEAD + len, 8).expect("string length overflow")
}

/// Hash of a byte string as used by array keys and property tables.
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = ahash::RandomState::with_seeds(
        0x243f_6a88_85a3_08d3,
        0x1319_8a2e_0370_7344,
        0xa409_3822_299f_31d0,
        0x082e_fa98_ec4e_6c89,
    )
    .build_hasher();
    h.write(bytes);
    h.finish() | 1
}

impl Str {
    /// Allocates an uninitialised counted string of `len` bytes.
    fn alloc(len: usize, flags: u32) -> Str {
        let layout = layout_for(len);
        // SAFETY: the layout has a non-zero size (HEAD > 0).
        let ptr = unsafe { alloc::alloc(layout) } as *mut StrHead;
        let Some(ptr) = NonNull::new(ptr) else {
            alloc::handle_alloc_error(layout)
        };
        // SAFETY: `ptr` is a fresh allocation large enough for the head.
        unsafe {
            ptr.as_ptr().write(StrHead {
                gc: GcHeader::new(TYPE_STRING, FLAG_NOT_COLLECTABLE | flags),
                hash: Cell::new(0),
                len,
            });
        }
        crate::gc::heap_stats::string_allocated();
        Str(ptr)
    }

    #[inline(always)]
    fn head(&self) -> &StrHead {
        // SAFETY: a `Str` always points to a live, initialised head.
        unsafe { self.0.as_ref() }
    }

    #[inline(always)]
    fn data_ptr(&self) -> *mut u8 {
        // SAFETY: the bytes start right after the head in the same allocation.
        unsafe { (self.0.as_ptr() as *mut u8).add(HEAD) }
    }

    /// A new counted string with a copy of `bytes`.
    pub fn new(bytes: &[u8]) -> Str {
        let s = Str::alloc(bytes.len(), 0);
        // SAFETY: the allocation has room for `bytes.len()` bytes after the head.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), s.data_ptr(), bytes.len()) };
        s
    }

    /// A counted string built by concatenating `parts`.
    pub fn concat(parts: &[&[u8]]) -> Str {
        let len = parts.iter().map(|p| p.len()).sum();
        let s = Str::alloc(len, 0);
        let mut at = s.data_ptr();
        for p in parts {
            // SAFETY: the parts add up to the allocated length.
            unsafe {
                std::ptr::copy_nonoverlapping(p.as_ptr(), at, p.len());
                at = at.add(p.len());
            }
        }
        s
    }

    /// A counted string of `len` bytes filled by `fill`.
    pub fn with_filler(len: usize, fill: impl FnOnce(&mut [u8])) -> Str {
        let s = Str::alloc(len, 0);
        // SAFETY: the bytes are owned by `s` alone and zeroed before use.
        unsafe {
            std::ptr::write_bytes(s.data_ptr(), 0, len);
            fill(std::slice::from_raw_parts_mut(s.data_ptr(), len));
        }
        s
    }

    /// The interned string with these bytes (created on first use).
    pub fn interned(bytes: &[u8]) -> Str {
        if bytes.len() <= 1 {
            return match bytes.first() {
                None => Str::empty(),
                Some(&b) => Str::single_char(b),
            };
        }
        INTERNED.with(|table| {
            let mut table = table.borrow_mut();
            if let Some(s) = table.get(bytes) {
                return Str(s.0);
            }
            let s = Str::new_permanent(bytes);
            let copy = Str(s.0);
            table.insert(s);
            copy
        })
    }

    fn new_permanent(bytes: &[u8]) -> Str {
        let s = Str::new(bytes);
        s.head().gc.add_flags(FLAG_IMMUTABLE);
        crate::gc::heap_stats::string_made_permanent();
        s
    }

    /// The interned empty string.
    pub fn empty() -> Str {
        EMPTY.with(|e| Str(e.0))
    }

    /// The interned one-byte string (Zend's `ZSTR_CHAR`).
    pub fn single_char(b: u8) -> Str {
        SINGLE_CHARS.with(|t| Str(t[b as usize].0))
    }

    #[inline(always)]
    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: `len` bytes were initialised at creation.
        unsafe { std::slice::from_raw_parts(self.data_ptr(), self.head().len) }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.head().len
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.head().len == 0
    }

    #[inline(always)]
    pub fn is_interned(&self) -> bool {
        self.head().gc.is_immutable()
    }

    /// The reference count (meaningless for interned strings).
    pub fn refcount(&self) -> u32 {
        self.head().gc.refcount()
    }

    /// The cached hash of the bytes.
    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.head().hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_bytes(self.as_bytes());
        self.head().hash.set(h);
        h
    }

    /// Same allocation (identity, not equality).
    #[inline(always)]
    pub fn ptr_eq(&self, other: &Str) -> bool {
        self.0 == other.0
    }

    /// True when this handle is the only owner and the bytes may change in place.
    #[inline(always)]
    pub fn is_unique(&self) -> bool {
        !self.is_interned() && self.head().gc.refcount() == 1
    }

    /// Appends `bytes`, in place when this handle owns the string alone
    /// (PHP's `.=` on an unshared string), otherwise into a new string.
    pub fn append(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        if !self.is_unique() {
            *self = Str::concat(&[self.as_bytes(), bytes]);
            return;
        }
        let old_len = self.len();
        let new_len = old_len + bytes.len();
        let old_layout = layout_for(old_len);
        let new_layout = layout_for(new_len);
        // SAFETY: the pointer came from `alloc` with `old_layout`; we own it alone.
        let ptr =
            unsafe { alloc::realloc(self.0.as_ptr() as *mut u8, old_layout, new_layout.size()) }
                as *mut StrHead;
        let Some(ptr) = NonNull::new(ptr) else {
            alloc::handle_alloc_error(new_layout)
        };
        self.0 = ptr;
        // SAFETY: the block now has room for `new_len` bytes after the head.
        unsafe {
            std::ptr::copy_nonoverlapping(
                bytes.as_ptr(),
                self.data_ptr().add(old_len),
                bytes.len(),
            );
            (*ptr.as_ptr()).len = new_len;
            (*ptr.as_ptr()).hash.set(0);
        }
    }

    /// Mutable bytes of a string this handle owns alone (copies it first
    /// when shared or interned).
    pub fn make_mut(&mut self) -> &mut [u8] {
        if !self.is_unique() {
            *self = Str::new(self.as_bytes());
        }
        self.head().hash.set(0);
        // SAFETY: unique owner; the bytes are initialised.
        unsafe { std::slice::from_raw_parts_mut(self.data_ptr(), self.len()) }
    }

    /// The header pointer the collector works with.
    pub fn gc_ptr(&self) -> std::ptr::NonNull<GcHeader> {
        self.0.cast()
    }

    /// The raw address, for identity in debugging and the collector.
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }
}

impl Clone for Str {
    #[inline(always)]
    fn clone(&self) -> Str {
        let gc = &self.head().gc;
        if !gc.is_immutable() {
            gc.addref();
        }
        Str(self.0)
    }
}

impl Drop for Str {
    #[inline(always)]
    fn drop(&mut self) {
        let gc = &self.head().gc;
        if gc.is_immutable() {
            return;
        }
        if gc.delref() == 0 {
            free_string(self.0);
        }
    }
}

#[inline(never)]
fn free_string(ptr: NonNull<StrHead>) {
    // SAFETY: the count reached zero, so no handle remains.
    unsafe {
        let len = (*ptr.as_ptr()).len;
        alloc::dealloc(ptr.as_ptr() as *mut u8, layout_for(len));
    }
    crate::gc::heap_stats::string_freed();
}

impl PartialEq for Str {
    fn eq(&self, other: &Str) -> bool {
        self.0 == other.0 || self.as_bytes() == other.as_bytes()
    }
}
impl Eq for Str {}

impl std::hash::Hash for Str {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state)
    }
}

impl std::borrow::Borrow<[u8]> for Str {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(self.as_bytes()))
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Str {
        Str::new(s.as_bytes())
    }
}

thread_local! {
    static INTERNED: RefCell<ahash::HashSet<Str>> = RefCell::new(ahash::HashSet::default());
    static EMPTY: Str = Str::new_permanent(b"");
    static SINGLE_CHARS: Vec<Str> = (0..=255u8).map(|b| Str::new_permanent(&[b])).collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_strings_share_and_free() {
        let a = Str::new(b"hello");
        assert_eq!(a.refcount(), 1);
        let b = a.clone();
        assert_eq!(a.refcount(), 2);
        drop(b);
        assert_eq!(a.refcount(), 1);
        assert_eq!(a.as_bytes(), b"hello");
    }

    #[test]
    fn interned_strings_are_shared_and_uncounted() {
        let a = Str::interned(b"name");
        let b = Str::interned(b"name");
        assert!(a.ptr_eq(&b));
        assert!(a.is_interned());
        assert!(Str::interned(b"x").ptr_eq(&Str::single_char(b'x')));
        assert!(Str::interned(b"").ptr_eq(&Str::empty()));
    }

    #[test]
    fn append_in_place_when_unique_and_copies_when_shared() {
        let mut a = Str::new(b"ab");
        a.append(b"cd");
        assert_eq!(a.as_bytes(), b"abcd");
        let keep = a.clone();
        a.append(b"e");
        assert_eq!(a.as_bytes(), b"abcde");
        assert_eq!(keep.as_bytes(), b"abcd");
        let mut i = Str::interned(b"lit");
        i.append(b"!");
        assert_eq!(i.as_bytes(), b"lit!");
        assert!(!i.is_interned());
    }

    #[test]
    fn hash_is_cached_and_content_based() {
        let a = Str::new(b"key");
        let b = Str::interned(b"key");
        assert_eq!(a.hash(), b.hash());
        assert_ne!(a.hash(), 0);
    }
}
