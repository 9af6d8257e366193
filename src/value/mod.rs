//! PHP values.
//!
//! A [`Value`] is 16 bytes, like Zend's `zval`: a tag plus either an
//! immediate (`null`, `bool`, `int`, `float`) or a pointer to a refcounted
//! heap value — a string ([`Str`]), an array ([`Arr`]), an object ([`Obj`]),
//! a resource ([`Res`]) or a PHP reference ([`Ref`], the shared box that `&`
//! creates).
//!
//! Reference counting follows Zend exactly, because PHP scripts can observe
//! it (`debug_zval_dump`, destructor timing, `gc_status`):
//! - cloning a handle adds one reference, dropping it removes one;
//! - a value is destroyed the moment its count reaches zero;
//! - dropping a handle (Rust `Drop`) is Zend's `zval_ptr_dtor_nogc`: it never
//!   makes the value a possible cycle root. Places where Zend uses
//!   `zval_ptr_dtor` (overwriting or unsetting a variable, an array element or
//!   a property, destroying a container, leaving a function) call
//!   [`Value::release`] instead, which buffers the array or object as a
//!   possible root when its count stays above zero (see `crate::gc`).
//!
//! Arrays are copy-on-write: sharing is a count increment and the first
//! write through a shared handle copies ([`Arr::table_mut`]). Objects are
//! handles: copying a `Value::Obj` shares the object.

pub mod array;
pub mod hashtable;
pub mod header;
pub mod ht_iterators;
pub mod object;
pub mod reference;
pub mod resource;
pub mod string;

pub use array::Arr;
pub use hashtable::{HashTable, Key, KeyRef};
pub use object::Obj;
pub use reference::Ref;
pub use resource::Res;
pub use string::Str;

/// A PHP value. `Undef` is Zend's `IS_UNDEF`: an unset variable slot, an
/// uninitialised typed property, a deleted array entry.
// `repr(C, u8)` puts every payload at offset 8, so a Value moves as two
// aligned words (a `bool` at offset 1 made every move a misaligned copy).
#[derive(Debug, Default)]
#[repr(C, u8)]
pub enum Value {
    #[default]
    Undef,
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Str) = TAG_STR,
    Arr(Arr) = TAG_ARR,
    Obj(Obj) = TAG_OBJ,
    Res(Res),
    Ref(Ref) = TAG_REF,
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
/// Where every variant's payload starts (see `Value::replace`).
const PAYLOAD_OFFSET: usize = 8;

// The tags (first bytes) of the values whose payload points to a box that
// starts with a `GcHeader` (see `Value::counted_box`).
const TAG_STR: u8 = 5;
const TAG_ARR: u8 = 6;
const TAG_OBJ: u8 = 7;
const TAG_REF: u8 = 9;
/// Those tags as a set of bits.
const COUNTED_BOX_TAGS: u32 = 1 << TAG_STR | 1 << TAG_ARR | 1 << TAG_OBJ | 1 << TAG_REF;

/// Copies the bits of the value at `src` to `dst`: the tag byte, then the
/// payload word.
///
/// # Safety
/// `src` and `dst` are valid, distinct places for a `Value`; ownership of
/// what the bits refer to is the caller's business (the bits are copied,
/// not moved).
#[inline(always)]
unsafe fn copy_by_parts(src: *const Value, dst: *mut Value) {
    use std::mem::MaybeUninit;
    // `repr(C, u8)`: the tag is the first byte and every payload lies in
    // the second word, copied as possibly uninitialised bytes (a variant
    // without payload leaves them so).
    let (src, dst) = (src as *const u8, dst as *mut u8);
    dst.write(src.read());
    (dst.add(PAYLOAD_OFFSET) as *mut MaybeUninit<u64>)
        .write((src.add(PAYLOAD_OFFSET) as *const MaybeUninit<u64>).read());
}

impl Clone for Value {
    /// A copy of the bits, with a count added to the box they point to (if
    /// counted: see `counted_box`); a resource's count is an `Rc`'s. One
    /// test of the tag instead of a jump per variant.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(p) = self.counted_box() {
            // SAFETY: a live box of a string, array, object or reference.
            unsafe { p.as_ref() }.addref();
        } else if let Value::Res(r) = self {
            return Value::Res(r.clone());
        }
        // SAFETY: the bits of a scalar, or of a handle whose count was
        // just raised for this copy (or of an uncounted immutable box).
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// The counted box this value points to (what a copy adds a count to,
    /// and the collector walks): a string, array, object or reference that
    /// is not immutable (interned strings and immutable arrays carry no
    /// count). One test of the tag and one of
    /// the box's flags, instead of a branch per variant: every such box
    /// starts with its `GcHeader`, and only strings and arrays are ever
    /// immutable.
    #[inline(always)]
    pub fn counted_box(&self) -> Option<std::ptr::NonNull<header::GcHeader>> {
        let at = self as *const Value as *const u8;
        // SAFETY: `repr(C, u8)`: the first byte is the tag.
        let tag = unsafe { *at };
        if COUNTED_BOX_TAGS >> tag & 1 == 0 {
            return None;
        }
        // SAFETY: these variants hold a non-null pointer to a live box at
        // `PAYLOAD_OFFSET`, and a box starts with its header.
        let p = unsafe { *(at.add(PAYLOAD_OFFSET) as *const std::ptr::NonNull<header::GcHeader>) };
        // SAFETY: as above.
        (!unsafe { p.as_ref() }.is_immutable()).then_some(p)
    }

    /// The value behind a reference (or the value itself).
    #[inline(always)]
    #[allow(clippy::should_implement_trait)] // not a smart pointer: a plain value derefs to itself
    pub fn deref(&self) -> &Value {
        match self {
            Value::Ref(r) => r.get(),
            v => v,
        }
    }

    /// A copy of the value behind a reference, with its own count.
    #[inline]
    pub fn deref_clone(&self) -> Value {
        self.deref().clone()
    }

    /// Consumes the value, returning what is behind a reference.
    #[inline]
    pub fn into_deref(self) -> Value {
        match self {
            Value::Ref(r) => r.get().clone(),
            v => v,
        }
    }

    #[inline(always)]
    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }

    #[inline(always)]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null | Value::Undef)
    }

    #[inline(always)]
    pub fn is_ref(&self) -> bool {
        matches!(self, Value::Ref(_))
    }

    /// Zend's `zval_ptr_dtor`: drops one reference and, when the count
    /// stays above zero, buffers an array or object as a possible cycle
    /// root.
    ///
    /// A scalar has nothing to release: that test is made where the value
    /// is released, so that overwriting a scalar costs no call.
    #[inline(always)]
    pub fn release(self) {
        match self {
            Value::Undef | Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {
                std::mem::forget(self)
            }
            _ => self.release_counted(),
        }
    }

    #[inline]
    fn release_counted(self) {
        match self {
            Value::Arr(a) => a.release(),
            Value::Obj(o) => o.release(),
            Value::Ref(r) => r.release(),
            _ => {}
        }
    }

    /// Replaces `*slot` with `new` and releases the old value (Zend's
    /// assignment to a variable: the slot is updated before the old value
    /// is destroyed).
    #[inline]
    pub fn replace_release(slot: &mut Value, new: Value) {
        let old = Value::replace(slot, new);
        old.release();
    }

    /// Assignment to a place that may hold a reference: the reference's
    /// value is replaced, or else the place's own; then the old value is
    /// released. The reference is held meanwhile (releasing the old value
    /// may free what held the place).
    #[inline(always)]
    pub fn assign_in_place(slot: &mut Value, new: Value) {
        match slot {
            Value::Ref(r) => r.clone().set(new),
            s => Value::replace_release(s, new),
        }
    }

    /// `std::mem::replace` for a slot, moving tag and payload one store
    /// (and one load) each. A value just built or just returned through
    /// memory was written that way, and a slot written that way is soon
    /// read again; a whole 16-byte copy of either would wait for the
    /// narrower stores to retire (a store-forwarding stall), once per
    /// assignment.
    #[inline(always)]
    pub fn replace(slot: &mut Value, new: Value) -> Value {
        let new = std::mem::ManuallyDrop::new(new);
        let mut old = std::mem::MaybeUninit::<Value>::uninit();
        // SAFETY: both copies move a whole value between valid places; the
        // old value moves out before it is overwritten and is returned,
        // and `new` is forgotten, its contents now owned by the slot.
        unsafe {
            copy_by_parts(slot, old.as_mut_ptr());
            copy_by_parts(&*new, slot);
            old.assume_init()
        }
    }

    /// Puts a counted copy of `self` into `slot` (by parts, as `replace`)
    /// and returns what the slot held.
    #[inline(always)]
    pub fn clone_into(&self, slot: &mut Value) -> Value {
        // Count the new reference; the bits are copied below.
        std::mem::forget(self.clone());
        let mut old = std::mem::MaybeUninit::<Value>::uninit();
        // SAFETY: as `replace`; the copy in the slot owns the reference
        // just counted.
        unsafe {
            copy_by_parts(slot, old.as_mut_ptr());
            copy_by_parts(self, slot);
            old.assume_init()
        }
    }

    /// PHP's type name as used in error messages (`int`, `string`,
    /// `array`, `null`, class name for objects...).
    pub fn type_name(&self) -> std::borrow::Cow<'static, str> {
        use std::borrow::Cow;
        match self.deref() {
            Value::Undef | Value::Null => Cow::Borrowed("null"),
            Value::Bool(_) => Cow::Borrowed("bool"),
            Value::Int(_) => Cow::Borrowed("int"),
            Value::Float(_) => Cow::Borrowed("float"),
            Value::Str(_) => Cow::Borrowed("string"),
            Value::Arr(_) => Cow::Borrowed("array"),
            Value::Obj(o) => {
                Cow::Owned(String::from_utf8_lossy(o.class_name().as_bytes()).into_owned())
            }
            Value::Res(_) => Cow::Borrowed("resource"),
            Value::Ref(_) => Cow::Borrowed("reference"),
        }
    }

    /// `gettype()`'s names.
    pub fn gettype(&self) -> &'static str {
        match self.deref() {
            Value::Undef | Value::Null => "NULL",
            Value::Bool(_) => "boolean",
            Value::Int(_) => "integer",
            Value::Float(_) => "double",
            Value::Str(_) => "string",
            Value::Arr(_) => "array",
            Value::Obj(_) => "object",
            Value::Res(r) if r.is_closed() => "resource (closed)",
            Value::Res(_) => "resource",
            Value::Ref(_) => "reference",
        }
    }

    pub fn from_bytes(b: &[u8]) -> Value {
        Value::Str(Str::new(b))
    }

    pub fn interned(b: &[u8]) -> Value {
        Value::Str(Str::interned(b))
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
impl From<Str> for Value {
    fn from(s: Str) -> Value {
        Value::Str(s)
    }
}
impl From<Arr> for Value {
    fn from(a: Arr) -> Value {
        Value::Arr(a)
    }
}
impl From<Obj> for Value {
    fn from(o: Obj) -> Value {
        Value::Obj(o)
    }
}
impl From<Res> for Value {
    fn from(r: Res) -> Value {
        Value::Res(r)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Str(Str::new(s.as_bytes()))
    }
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    #[test]
    fn every_payload_starts_at_the_second_word() {
        let payload_offset = |v: &Value| -> usize {
            let base = v as *const Value as usize;
            let field = match v {
                Value::Bool(b) => b as *const bool as usize,
                Value::Int(i) => i as *const i64 as usize,
                Value::Float(f) => f as *const f64 as usize,
                Value::Str(s) => s as *const Str as usize,
                _ => unreachable!(),
            };
            field - base
        };
        for v in [
            Value::Bool(true),
            Value::Int(7),
            Value::Float(1.5),
            Value::Str(Str::new(b"x")),
        ] {
            assert_eq!(payload_offset(&v), PAYLOAD_OFFSET);
        }
    }

    #[test]
    fn counted_box_finds_the_counted_values_only() {
        let s = Str::new(b"counted");
        let a = Arr::new();
        let r = Ref::new(Value::Null);
        assert_eq!(Value::Str(s.clone()).counted_box(), Some(s.gc_ptr()));
        assert_eq!(Value::Arr(a.clone()).counted_box(), Some(a.gc_ptr()));
        assert_eq!(Value::Ref(r.clone()).counted_box(), Some(r.gc_ptr()));
        assert_eq!(Value::Str(Str::interned(b"x")).counted_box(), None);
        assert_eq!(Value::Arr(Arr::empty()).counted_box(), None);
        for v in [
            Value::Undef,
            Value::Null,
            Value::Bool(true),
            Value::Int(7),
            Value::Float(1.0),
        ] {
            assert_eq!(v.counted_box(), None);
        }
    }

    #[test]
    fn replace_moves_every_kind_of_value() {
        let mut slot = Value::Str(Str::new(b"old"));
        let old = Value::replace(&mut slot, Value::Bool(true));
        assert!(matches!(&old, Value::Str(s) if s.as_bytes() == b"old"));
        assert!(matches!(slot, Value::Bool(true)));
        let old = Value::replace(&mut slot, Value::Null);
        assert!(matches!(old, Value::Bool(true)));
        let old = Value::replace(&mut slot, Value::Float(-0.5));
        assert!(matches!(old, Value::Null));
        assert!(matches!(slot, Value::Float(f) if f == -0.5));
    }

    #[test]
    fn clone_into_counts_the_copy() {
        let s = Value::Str(Str::new(b"shared"));
        let mut slot = Value::Int(3);
        let old = s.clone_into(&mut slot);
        assert!(matches!(old, Value::Int(3)));
        let (Value::Str(a), Value::Str(b)) = (&s, &slot) else {
            panic!("not strings")
        };
        assert!(a.ptr_eq(b));
        assert_eq!(a.refcount(), 2);
        drop(slot);
        assert_eq!(a.refcount(), 1);
    }
}
