//! The counted, copy-on-write handle to a PHP array (Zend's `zend_array`
//! as a heap value).
//!
//! An array is shared by counting; the first write through a handle whose
//! array is shared (or immutable, like the empty array `[]`) copies it first
//! ([`Arr::table_mut`]), which is PHP's separation. Copying follows
//! `zend_array_dup`: an element that is a PHP reference with no other user
//! (count 1) is copied as its plain value.

use super::hashtable::HashTable;
use super::header::{GcHeader, TYPE_ARRAY};
use super::Value;
use crate::gc;
use std::cell::UnsafeCell;
use std::ptr::NonNull;

#[repr(C)]
pub struct ArrBox {
    pub gc: GcHeader,
    table: UnsafeCell<HashTable>,
}

/// A counted handle to a PHP array.
pub struct Arr(NonNull<ArrBox>);

thread_local! {
    static EMPTY: NonNull<ArrBox> = NonNull::from(Box::leak(Box::new(ArrBox {
        gc: GcHeader::immutable(TYPE_ARRAY),
        table: UnsafeCell::new(HashTable::new_empty_literal()),
    })));
}

impl Arr {
    pub fn new() -> Arr {
        Arr::from_table(HashTable::new())
    }

    pub fn with_capacity(n: usize) -> Arr {
        Arr::from_table(HashTable::with_capacity(n))
    }

    pub fn from_table(table: HashTable) -> Arr {
        gc::heap_stats::array_allocated();
        let b = Box::new(ArrBox {
            gc: GcHeader::new(TYPE_ARRAY, 0),
            table: UnsafeCell::new(table),
        });
        Arr(NonNull::from(Box::leak(b)))
    }

    /// The shared immutable empty array (`[]`), shown as `interned` by
    /// `debug_zval_dump`.
    pub fn empty() -> Arr {
        EMPTY.with(|e| Arr(*e))
    }

    #[inline(always)]
    pub fn header(&self) -> &GcHeader {
        // SAFETY: a handle always points to a live box.
        unsafe { &self.0.as_ref().gc }
    }

    /// Read access to the elements.
    #[inline(always)]
    pub fn table(&self) -> &HashTable {
        // SAFETY: mutable access is only handed out by `table_mut` to the
        // sole owner (count 1, not immutable), through `&mut self`, so no
        // other handle can read at the same time.
        unsafe { &*self.0.as_ref().table.get() }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.table().len()
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.table().is_empty()
    }

    #[inline(always)]
    pub fn refcount(&self) -> u32 {
        self.header().refcount()
    }

    #[inline(always)]
    pub fn is_immutable(&self) -> bool {
        self.header().is_immutable()
    }

    /// True when a write may happen in place.
    #[inline(always)]
    pub fn is_unique(&self) -> bool {
        !self.is_immutable() && self.refcount() == 1
    }

    /// Write access, separating first when the array is shared or
    /// immutable (PHP's `SEPARATE_ARRAY`).
    #[inline]
    pub fn table_mut(&mut self) -> &mut HashTable {
        if !self.is_unique() {
            *self = self.duplicate();
        }
        // SAFETY: this handle is now the sole owner (count 1).
        unsafe { &mut *self.0.as_ref().table.get() }
    }

    /// Write access without separating a shared array: only for a
    /// `foreach` by reference writing into the table its iterator walks,
    /// which PHP does in place even after the array was copied
    /// (`$b = $a` inside the loop shares the table, and both see the
    /// element references the loop makes). An immutable array is still
    /// separated.
    pub fn table_mut_in_place(&mut self) -> &mut HashTable {
        if self.header().is_immutable() {
            return self.table_mut();
        }
        // SAFETY: single-threaded; the loop holds no other borrow of the
        // table, and no other code runs while the element is bound.
        unsafe { &mut *self.0.as_ref().table.get() }
    }

    /// A fresh copy with count 1 (`zend_array_dup`).
    pub fn duplicate(&self) -> Arr {
        let source = self.0;
        Arr::from_table(self.table().map_clone(|v| match v {
            Value::Ref(r) if r.refcount() == 1 => {
                // A reference nobody else holds is copied as its value,
                // unless it is the array itself.
                match r.get() {
                    Value::Arr(inner) if inner.0 == source => v.clone(),
                    inner => inner.clone(),
                }
            }
            other => other.clone(),
        }))
    }

    #[inline(always)]
    pub fn ptr_eq(&self, other: &Arr) -> bool {
        self.0 == other.0
    }

    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// The header pointer the collector works with.
    pub fn gc_ptr(&self) -> NonNull<GcHeader> {
        self.0.cast()
    }

    /// Rebuilds a handle from a collector pointer, adding a reference.
    ///
    /// # Safety
    /// `p` must point to a live array box.
    pub unsafe fn from_gc_ptr_addref(p: NonNull<GcHeader>) -> Arr {
        let a = Arr(p.cast());
        if !a.is_immutable() {
            a.header().addref();
        }
        a
    }

    /// The elements of the array behind a collector pointer.
    ///
    /// # Safety
    /// `p` must point to a live array box and no `&mut HashTable` to it may
    /// be alive.
    pub unsafe fn table_of<'a>(p: NonNull<GcHeader>) -> &'a HashTable {
        &*p.cast::<ArrBox>().as_ref().table.get()
    }

    /// Takes the elements out of the array behind a collector pointer (the
    /// collector destroying garbage).
    ///
    /// # Safety
    /// As `table_of`; the array must be garbage being destroyed.
    pub unsafe fn take_table(p: NonNull<GcHeader>) -> HashTable {
        std::mem::take(&mut *p.cast::<ArrBox>().as_ref().table.get())
    }

    /// Frees the box itself (its table must already be empty).
    ///
    /// # Safety
    /// `p` must point to an array box nobody references any more.
    pub unsafe fn free_box(p: NonNull<GcHeader>) {
        let table = p.cast::<ArrBox>().as_ref().table.get();
        super::ht_iterators::table_freed(table);
        drop(Box::from_raw(p.cast::<ArrBox>().as_ptr()));
        gc::heap_stats::array_freed();
    }

    /// Zend's `zval_ptr_dtor` for an array.
    #[inline]
    pub fn release(self) {
        let me = std::mem::ManuallyDrop::new(self);
        let gc = me.header();
        if gc.is_immutable() {
            return;
        }
        if gc.delref() == 0 {
            destroy(me.0);
        } else if gc.may_leak() {
            gc::possible_root(me.gc_ptr());
        }
    }
}

impl Default for Arr {
    fn default() -> Arr {
        Arr::empty()
    }
}

impl Clone for Arr {
    #[inline(always)]
    fn clone(&self) -> Arr {
        let gc = self.header();
        if !gc.is_immutable() {
            gc.addref();
        }
        Arr(self.0)
    }
}

impl Drop for Arr {
    #[inline(always)]
    fn drop(&mut self) {
        let gc = self.header();
        if gc.is_immutable() {
            return;
        }
        if gc.delref() == 0 {
            destroy(self.0);
        }
    }
}

impl std::fmt::Debug for Arr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.table().iter()).finish()
    }
}

/// Destroys an array whose count reached zero: leaves the root buffer,
/// releases every element (which may buffer them as roots, as Zend's
/// `zend_array_destroy` does), frees the box.
#[inline(never)]
fn destroy(p: NonNull<ArrBox>) {
    gc::destroy_later_if_deep(p.cast(), |p| {
        // SAFETY: the count is zero: no handle to the array remains.
        unsafe {
            let header = &p.cast::<ArrBox>().as_ref().gc;
            if header.type_tag() != TYPE_ARRAY {
                // Garbage the collector is destroying; it frees the box.
                return;
            }
            gc::remove_from_buffer(p);
            let table = Arr::take_table(p);
            for (_, v) in table.into_drain() {
                v.release();
            }
            Arr::free_box(p);
        }
    });
}
