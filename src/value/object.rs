//! PHP objects: counted handles to an instance of a class, plus the object
//! store that numbers them (Zend's `zend_objects_store`).
//!
//! An object holds its declared properties in slots (in the class's
//! declaration order; `Undef` marks an unset or uninitialised property), an
//! optional table of dynamic properties, and an optional payload for
//! built-in classes (a closure's function, a WeakMap's entries...).
//!
//! Handles (`spl_object_id`, the `#N` in `var_dump`) start at 1; a freed
//! handle is reused by the next object, most recently freed first, as in PHP.
//!
//! When the count reaches zero, an object whose class has a destructor that
//! has not run yet is not freed: it is queued for its destructor (see
//! `crate::gc::destructors`), which the interpreter runs at the next safe
//! point. Otherwise it is freed at once.

use super::hashtable::HashTable;
use super::header::*;
use super::string::Str;
use super::Value;
use crate::gc;
use crate::interp::class::Class;
use std::any::Any;
use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::rc::Rc;

/// Extra state of an instance of a built-in class.
pub trait Payload: Any {
    /// Every value the payload holds, for the cycle collector (Zend's
    /// `get_gc` handler).
    fn for_each_value(&self, _f: &mut dyn FnMut(&Value)) {}
    /// Takes the held values out when the object is freed or collected.
    fn take_values(&mut self) -> Vec<Value> {
        Vec::new()
    }
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// An object's header; its declared property slots follow it in the same
/// allocation (as Zend's `properties_table`), `nprops` of them.
#[repr(C)]
pub struct ObjBox {
    pub gc: GcHeader,
    handle: u32,
    nprops: u32,
    class: Rc<Class>,
    dyn_props: UnsafeCell<Option<Box<HashTable>>>,
    payload: UnsafeCell<Option<Box<dyn Payload>>>,
}

/// Offset of the property slots after the header.
const PROPS_OFFSET: usize = std::mem::size_of::<ObjBox>();
const _: () = assert!(PROPS_OFFSET.is_multiple_of(std::mem::align_of::<Value>()));

/// The layout of an object box with `nprops` slots (at most `u32::MAX`,
/// as `ObjBox::nprops` holds).
#[inline(always)]
fn obj_layout(nprops: usize) -> std::alloc::Layout {
    const ALIGN: usize = if std::mem::align_of::<ObjBox>() > std::mem::align_of::<Value>() {
        std::mem::align_of::<ObjBox>()
    } else {
        std::mem::align_of::<Value>()
    };
    debug_assert!(nprops <= u32::MAX as usize);
    // SAFETY: the alignment is a power of two, and the size, at most
    // `u32::MAX` 16-byte slots after the header, is a multiple of it far
    // below `isize::MAX`.
    unsafe {
        std::alloc::Layout::from_size_align_unchecked(
            PROPS_OFFSET + nprops * std::mem::size_of::<Value>(),
            ALIGN,
        )
    }
}

/// A counted handle to an object.
pub struct Obj(NonNull<ObjBox>);

/// Handle -> object, with a LIFO free list of handles.
#[derive(Default)]
struct ObjectStore {
    /// Index = handle; slot 0 is never used (it exists once an object
    /// does). `None` = free.
    slots: Vec<Option<NonNull<ObjBox>>>,
    free: Vec<u32>,
}

thread_local! {
    /// `ManuallyDrop`: a thread-local without a destructor is reached
    /// directly, with no check of its registration on every access (the
    /// interpreter thread's store lives until the process ends).
    static STORE: UnsafeCell<ManuallyDrop<ObjectStore>> = const {
        UnsafeCell::new(ManuallyDrop::new(ObjectStore { slots: Vec::new(), free: Vec::new() }))
    };
}

/// Runs `f` on the object store. `f` only reads or updates the store's
/// vectors, never calls out, so no two accesses overlap.
#[inline(always)]
fn with_store<T>(f: impl FnOnce(&mut ObjectStore) -> T) -> T {
    // SAFETY: single-threaded, and never re-entered (above).
    STORE.with(|s| f(unsafe { &mut *s.get() }))
}

impl Obj {
    /// A new object of `class` with the given property slots.
    pub fn new(class: Rc<Class>, props: Vec<Value>) -> Obj {
        let n = props.len();
        let mut iter = props.into_iter();
        Obj::new_with(class, n, |_| iter.next().unwrap_or_default())
    }

    /// A new object whose slots are copies of `defaults` (instantiation).
    #[inline(always)]
    pub fn new_from_defaults(class: Rc<Class>, defaults: &[Value]) -> Obj {
        Obj::new_with(class, defaults.len(), |i| defaults[i].clone())
    }

    #[inline(always)]
    fn new_with(class: Rc<Class>, nprops: usize, mut slot: impl FnMut(usize) -> Value) -> Obj {
        assert!(nprops <= u32::MAX as usize, "too many properties");
        // The handle is taken first (nothing below makes objects); a new
        // one extends the store after the allocation, in Zend's order
        // (`zend_objects_new` allocates, then `zend_objects_store_put`).
        let (handle, is_new_handle) = with_store(|s| match s.free.pop() {
            Some(h) => (h, false),
            None => (s.slots.len().max(1) as u32, true),
        });
        let layout = obj_layout(nprops);
        // SAFETY: the layout has a non-zero size (the header).
        let raw = unsafe { std::alloc::alloc(layout) } as *mut ObjBox;
        let Some(p) = NonNull::new(raw) else {
            std::alloc::handle_alloc_error(layout)
        };
        // SAFETY: `p` is a fresh allocation sized for the header and
        // `nprops` slots; every field and slot is written before use.
        unsafe {
            p.as_ptr().write(ObjBox {
                gc: GcHeader::new(TYPE_OBJECT, 0),
                handle,
                nprops: nprops as u32,
                class,
                dyn_props: UnsafeCell::new(None),
                payload: UnsafeCell::new(None),
            });
            let slots = (p.as_ptr() as *mut u8).add(PROPS_OFFSET) as *mut Value;
            for i in 0..nprops {
                slots.add(i).write(slot(i));
            }
        }
        with_store(|s| {
            if is_new_handle {
                if s.slots.is_empty() {
                    s.slots.push(None); // handle 0 is never given out
                }
                s.slots.push(Some(p));
            } else {
                s.slots[handle as usize] = Some(p);
            }
        });
        gc::heap_stats::object_allocated();
        Obj(p)
    }

    /// Frees an object's allocation: drops the header fields and any slots
    /// left, then returns the memory.
    ///
    /// # Safety
    /// `p` must be an object box nobody references any more.
    #[inline(always)]
    unsafe fn dealloc_box(p: NonNull<ObjBox>) {
        let n = p.as_ref().nprops as usize;
        let slots = (p.as_ptr() as *mut u8).add(PROPS_OFFSET) as *mut Value;
        // Usually `release_children` has emptied every slot already.
        for i in 0..n {
            let slot = slots.add(i);
            if !matches!(*slot, Value::Undef) {
                std::ptr::drop_in_place(slot);
            }
        }
        // The header's fields, the class first; the two boxes are usually
        // taken already (dropping an empty one is a test, kept inline).
        let b = p.as_ptr();
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*b).class));
        if (*(*b).dyn_props.get()).is_some() {
            std::ptr::drop_in_place((*b).dyn_props.get());
        }
        if (*(*b).payload.get()).is_some() {
            std::ptr::drop_in_place((*b).payload.get());
        }
        std::alloc::dealloc(b as *mut u8, obj_layout(n));
    }

    #[inline(always)]
    fn inner(&self) -> &ObjBox {
        // SAFETY: a handle always points to a live box.
        unsafe { self.0.as_ref() }
    }

    #[inline(always)]
    pub fn header(&self) -> &GcHeader {
        &self.inner().gc
    }

    #[inline(always)]
    pub fn refcount(&self) -> u32 {
        self.header().refcount()
    }

    /// The object handle (`spl_object_id`).
    #[inline(always)]
    pub fn handle(&self) -> u32 {
        self.inner().handle
    }

    #[inline(always)]
    pub fn class(&self) -> &Rc<Class> {
        &self.inner().class
    }

    pub fn class_name(&self) -> &Str {
        &self.inner().class.name
    }

    /// Declared property slots.
    #[inline(always)]
    pub fn props(&self) -> &[Value] {
        // SAFETY: the slots follow the header in the same allocation (see
        // `new_with`); borrows follow the rules of `props_mut`.
        unsafe {
            let slots = (self.0.as_ptr() as *const u8).add(PROPS_OFFSET) as *const Value;
            std::slice::from_raw_parts(slots, self.inner().nprops as usize)
        }
    }

    /// Mutable declared property slots. Objects are shared and mutable by
    /// design; callers must not hold the borrow across anything that can
    /// run PHP code or reach this object through another handle.
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub fn props_mut(&self) -> &mut [Value] {
        // SAFETY: single-threaded; borrows are kept short (above); the slots
        // follow the header in the same allocation.
        unsafe {
            let slots = (self.0.as_ptr() as *mut u8).add(PROPS_OFFSET) as *mut Value;
            std::slice::from_raw_parts_mut(slots, self.inner().nprops as usize)
        }
    }

    /// Dynamic properties, if any were ever added.
    #[inline(always)]
    pub fn dyn_props(&self) -> Option<&HashTable> {
        // SAFETY: as `props_mut`.
        unsafe { (*self.inner().dyn_props.get()).as_deref() }
    }

    /// Dynamic properties, created on first use (same rules as `props_mut`).
    #[allow(clippy::mut_from_ref)]
    pub fn dyn_props_mut(&self) -> &mut HashTable {
        // SAFETY: as `props_mut`.
        unsafe { (*self.inner().dyn_props.get()).get_or_insert_with(Default::default) }
    }

    pub fn has_dyn_props(&self) -> bool {
        self.dyn_props().is_some()
    }

    pub fn set_payload(&self, p: Box<dyn Payload>) {
        // SAFETY: as `props_mut`.
        unsafe { *self.inner().payload.get() = Some(p) }
    }

    pub fn payload<T: 'static>(&self) -> Option<&T> {
        // SAFETY: as `props_mut`.
        unsafe {
            (*self.inner().payload.get())
                .as_ref()?
                .as_any()
                .downcast_ref()
        }
    }

    #[allow(clippy::mut_from_ref)]
    pub fn payload_mut<T: 'static>(&self) -> Option<&mut T> {
        // SAFETY: as `props_mut`.
        unsafe {
            (*self.inner().payload.get())
                .as_mut()?
                .as_any_mut()
                .downcast_mut()
        }
    }

    pub fn has_payload(&self) -> bool {
        // SAFETY: as `props_mut`.
        unsafe { (*self.inner().payload.get()).is_some() }
    }

    #[inline(always)]
    pub fn ptr_eq(&self, other: &Obj) -> bool {
        self.0 == other.0
    }

    pub fn gc_ptr(&self) -> NonNull<GcHeader> {
        self.0.cast()
    }

    /// Rebuilds a handle from a collector pointer, adding a reference.
    ///
    /// # Safety
    /// `p` must point to a live object box.
    pub unsafe fn from_gc_ptr_addref(p: NonNull<GcHeader>) -> Obj {
        let o = Obj(p.cast());
        o.header().addref();
        o
    }

    /// A handle that does not own a count (for the collector's walks).
    ///
    /// # Safety
    /// `p` must point to a live object box; the result must be forgotten,
    /// never dropped.
    pub unsafe fn borrow_gc_ptr(p: NonNull<GcHeader>) -> std::mem::ManuallyDrop<Obj> {
        std::mem::ManuallyDrop::new(Obj(p.cast()))
    }

    /// The counted values the object holds, for the collector, in Zend's
    /// order: declared properties, dynamic properties, then the payload's
    /// values (gathered first: `f` is never handed to the payload's dynamic
    /// call, which would keep every value `f` captures in memory instead
    /// of registers, and slow down the collector's walks).
    #[inline(always)]
    pub fn for_each_counted_child(&self, mut f: impl FnMut(NonNull<GcHeader>)) {
        for v in self.props() {
            if let Some(c) = v.counted_box() {
                f(c);
            }
        }
        if let Some(t) = self.dyn_props() {
            for v in t.values() {
                if let Some(c) = v.counted_box() {
                    f(c);
                }
            }
        }
        // SAFETY: as `props_mut`.
        if unsafe { (*self.inner().payload.get()).is_some() } {
            for c in self.payload_counted_children() {
                f(c);
            }
        }
    }

    /// The counted values of the payload (see `for_each_counted_child`).
    #[inline(never)]
    fn payload_counted_children(&self) -> Vec<NonNull<GcHeader>> {
        let mut children = Vec::new();
        // SAFETY: as `props_mut`.
        if let Some(p) = unsafe { (*self.inner().payload.get()).as_ref() } {
            p.for_each_value(&mut |v| children.extend(v.counted_box()));
        }
        children
    }

    /// Releases every held value in place (Zend's `free_obj`:
    /// `zend_object_std_dtor` releases the dynamic properties first, then the
    /// declared slots in order; a built-in's own values come last).
    pub fn release_children(&self) {
        // SAFETY: as `props_mut`; each borrow ends before a value is released.
        let dynamic = unsafe { (*self.inner().dyn_props.get()).take() };
        if let Some(t) = dynamic {
            for (_, v) in t.into_drain() {
                v.release();
            }
        }
        for i in 0..self.props().len() {
            let v = std::mem::take(&mut self.props_mut()[i]);
            v.release();
        }
        // SAFETY: as above.
        let payload = unsafe { (*self.inner().payload.get()).take() };
        if let Some(mut p) = payload {
            for v in p.take_values() {
                v.release();
            }
        }
    }

    /// The live object with this handle, if any (adds a reference).
    pub fn from_handle(handle: u32) -> Option<Obj> {
        let p = with_store(|s| s.slots.get(handle as usize).copied().flatten())?;
        // SAFETY: the store only holds live objects.
        let o = unsafe { Obj::from_gc_ptr_addref(p.cast()) };
        Some(o)
    }

    /// One past the largest handle ever given out.
    pub fn handle_limit() -> u32 {
        with_store(|s| s.slots.len().max(1) as u32)
    }

    /// Zend's `zval_ptr_dtor` for an object.
    #[inline]
    pub fn release(self) {
        let me = std::mem::ManuallyDrop::new(self);
        let gc = me.header();
        if gc.delref() == 0 {
            count_reached_zero(me.0);
        } else if gc.may_leak() {
            gc::possible_root(me.gc_ptr());
        }
    }

    /// Frees an object whose destructor has run or is not needed.
    ///
    /// # Safety
    /// `p` must point to an object box with count zero and no handle left.
    pub unsafe fn free(p: NonNull<GcHeader>) {
        // SAFETY: the box is alive until `dealloc_box`.
        unsafe { p.as_ref() }.set_refcount(1);
        // SAFETY: as this function's.
        unsafe { Obj::destroy(p) };
        gc::remove_from_buffer(p);
        Obj::dealloc_box(p.cast());
        gc::heap_stats::object_freed();
    }

    /// Takes an object out of the store, releases what it holds (once) and
    /// recycles its handle, after those of the objects whose destructors
    /// that release queued. Its box is left to the caller: `free` frees it
    /// at once; the collector, which calls this in its destroy loop (where
    /// Zend recycles handles, hence their order), only after destroying all
    /// garbage, since other garbage may still point to it.
    ///
    /// # Safety
    /// `p` must point to a live object box being freed or collected.
    pub unsafe fn destroy(p: NonNull<GcHeader>) {
        let o = std::mem::ManuallyDrop::new(Obj(p.cast()));
        let handle = o.handle();
        with_store(|s| s.slots[handle as usize] = None);
        let queued_before = gc::destructors::enqueued();
        o.free_children_once();
        Obj::recycle_handle_after_queued(handle, queued_before);
    }

    /// Zend's `free_obj`, which runs once per object: releases what the
    /// object holds and tells its weak references that it is gone.
    fn free_children_once(&self) {
        let gc = self.header();
        if !gc.has_flag(FLAG_OBJ_FREE_CALLED) {
            gc.add_flags(FLAG_OBJ_FREE_CALLED);
            if gc.has_flag(FLAG_OBJ_WEAKLY_REFERENCED) {
                gc::weak::object_freed(self);
            }
            self.release_children();
        }
    }

    /// Recycles `handle` at once, or, if releasing an object's children
    /// queued destructors (the count of objects ever queued went past
    /// `queued_before`), once they have run: in Zend they would have run,
    /// and freed their objects, before the object's own handle was
    /// recycled.
    #[inline(always)]
    fn recycle_handle_after_queued(handle: u32, queued_before: u64) {
        if gc::destructors::enqueued() == queued_before
            || !gc::destructors::handle_after_queue(handle)
        {
            Obj::recycle_handle(handle);
        }
    }

    /// Puts a handle back on the free list (the next object takes it).
    pub fn recycle_handle(handle: u32) {
        with_store(|s| s.free.push(handle));
    }

    /// Frees a collected object's box (its handle is recycled already).
    ///
    /// # Safety
    /// `p` must point to a collected object box whose children are gone.
    pub unsafe fn free_collected_box(p: NonNull<GcHeader>) {
        Obj::dealloc_box(p.cast());
        gc::heap_stats::object_freed();
    }

    /// Live objects in handle order (for the destructor pass at shutdown).
    pub fn all_live() -> Vec<Obj> {
        let ptrs: Vec<NonNull<ObjBox>> =
            with_store(|s| s.slots.iter().flatten().copied().collect());
        ptrs.into_iter()
            // SAFETY: the store only holds live objects.
            .map(|p| unsafe { Obj::from_gc_ptr_addref(p.cast()) })
            .collect()
    }
}

/// Zend's `zend_objects_store_del`.
fn count_reached_zero(p: NonNull<ObjBox>) {
    // SAFETY: the count is zero; the box is alive until freed here or by the
    // destructor queue / collector.
    unsafe {
        let gc = &p.as_ref().gc;
        if gc.type_tag() != TYPE_OBJECT {
            return; // garbage owned by the collector
        }
        if !gc.has_flag(FLAG_OBJ_DESTRUCTOR_CALLED) {
            gc.add_flags(FLAG_OBJ_DESTRUCTOR_CALLED);
            if p.as_ref().class.has_destructor() {
                gc.set_refcount(1);
                gc::destructors::enqueue(Obj(p));
                return;
            }
        }
        gc::destroy_later_if_deep(p.cast(), |p| Obj::free(p));
    }
}

impl Clone for Obj {
    #[inline(always)]
    fn clone(&self) -> Obj {
        self.header().addref();
        Obj(self.0)
    }
}

impl Drop for Obj {
    #[inline(always)]
    fn drop(&mut self) {
        if self.header().delref() == 0 {
            count_reached_zero(self.0);
        }
    }
}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "object({:?})#{}", self.class_name(), self.handle())
    }
}
