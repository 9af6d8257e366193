//! PHP references: the shared, counted box that `&` creates (Zend's
//! `zend_reference`). Every variable, element or property bound by `&`
//! holds a `Value::Ref` to the same box, and reads and writes go through it.
//!
//! When a reference's count falls to one, PHP still keeps the box (it only
//! unwraps it when an array holding it is copied, see `Arr::duplicate`).

use super::header::{GcHeader, TYPE_REFERENCE};
use super::Value;
use crate::gc;
use std::cell::UnsafeCell;
use std::ptr::NonNull;

#[repr(C)]
pub struct RefBox {
    pub gc: GcHeader,
    value: UnsafeCell<Value>,
}

pub struct Ref(NonNull<RefBox>);

impl Ref {
    /// A new reference box holding `v` (count 1).
    pub fn new(v: Value) -> Ref {
        debug_assert!(!v.is_ref());
        gc::heap_stats::reference_allocated();
        let b = Box::new(RefBox {
            gc: GcHeader::new(TYPE_REFERENCE, 0),
            value: UnsafeCell::new(v),
        });
        Ref(NonNull::from(Box::leak(b)))
    }

    #[inline(always)]
    pub fn header(&self) -> &GcHeader {
        // SAFETY: a handle always points to a live box.
        unsafe { &self.0.as_ref().gc }
    }

    #[inline(always)]
    pub fn refcount(&self) -> u32 {
        self.header().refcount()
    }

    /// The referenced value.
    #[inline(always)]
    pub fn get(&self) -> &Value {
        // SAFETY: see `get_mut`: writers never overlap with readers because
        // the interpreter never holds a borrow across code that could write
        // through another handle.
        unsafe { &*self.0.as_ref().value.get() }
    }

    /// Mutable access to the referenced value.
    ///
    /// The box is shared by design (that is what a PHP reference is), so this
    /// is interior mutability: callers must not keep the borrow across any
    /// operation that can run PHP code or touch the same reference.
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub fn get_mut(&self) -> &mut Value {
        // SAFETY: single-threaded; the caller keeps the borrow short (above).
        unsafe { &mut *self.0.as_ref().value.get() }
    }

    /// Sets the referenced value, releasing the old one.
    pub fn set(&self, v: Value) {
        let old = std::mem::replace(self.get_mut(), v);
        old.release();
    }

    #[inline(always)]
    pub fn ptr_eq(&self, other: &Ref) -> bool {
        self.0 == other.0
    }

    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    pub fn gc_ptr(&self) -> NonNull<GcHeader> {
        self.0.cast()
    }

    /// The value inside the reference behind a collector pointer.
    ///
    /// # Safety
    /// `p` must point to a live reference box.
    pub unsafe fn value_of<'a>(p: NonNull<GcHeader>) -> &'a mut Value {
        &mut *p.cast::<RefBox>().as_ref().value.get()
    }

    /// Zend's `zval_ptr_dtor` for a reference: when the count stays above
    /// zero, the referenced array or object may become a possible root.
    #[inline]
    pub fn release(self) {
        let me = std::mem::ManuallyDrop::new(self);
        if me.header().delref() == 0 {
            destroy(me.0);
        } else {
            match me.get() {
                Value::Arr(a) if a.header().may_leak() => gc::possible_root(a.gc_ptr()),
                Value::Obj(o) if o.header().may_leak() => gc::possible_root(o.gc_ptr()),
                _ => {}
            }
        }
    }
}

impl Clone for Ref {
    #[inline(always)]
    fn clone(&self) -> Ref {
        self.header().addref();
        Ref(self.0)
    }
}

impl Drop for Ref {
    #[inline(always)]
    fn drop(&mut self) {
        if self.header().delref() == 0 {
            destroy(self.0);
        }
    }
}

impl std::fmt::Debug for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "&{:?}", self.get())
    }
}

#[inline(never)]
fn destroy(p: NonNull<RefBox>) {
    gc::destroy_later_if_deep(p.cast(), |p| {
        // SAFETY: the count is zero: no handle remains.
        unsafe {
            let b = p.cast::<RefBox>();
            if b.as_ref().gc.type_tag() != TYPE_REFERENCE {
                return; // garbage owned by the collector
            }
            let inner = std::mem::take(&mut *b.as_ref().value.get());
            inner.release();
            Ref::free_box(p);
        }
    });
}

impl Ref {
    /// Frees the box (its value must already be taken out).
    ///
    /// # Safety
    /// `p` must point to a reference box nobody references any more.
    pub unsafe fn free_box(p: NonNull<GcHeader>) {
        drop(Box::from_raw(p.cast::<RefBox>().as_ptr()));
        gc::heap_stats::reference_freed();
    }
}
