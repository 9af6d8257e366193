//! Weak references to objects (`WeakReference`, `WeakMap`).
//!
//! An object that a weak holder points to carries the flag
//! `FLAG_OBJ_WEAKLY_REFERENCED`; when such an object is freed (by its count
//! reaching zero or by the collector) every holder registered for it is told
//! (Zend's `zend_weakrefs_notify`), so a `WeakReference` answers `null` and a
//! `WeakMap` drops the entry.

use crate::value::header::FLAG_OBJ_WEAKLY_REFERENCED;
use crate::value::Obj;
use std::cell::RefCell;
use std::rc::Rc;

/// Something that holds objects weakly.
pub trait WeakHolder {
    /// The object with this handle-address pair is being freed.
    fn target_freed(&self, target_addr: usize);
}

thread_local! {
    static HOLDERS: RefCell<ahash::HashMap<usize, Vec<Rc<dyn WeakHolder>>>> = RefCell::new(Default::default());
}

/// Address identifying an object while it lives.
pub fn object_addr(o: &Obj) -> usize {
    o.gc_ptr().as_ptr() as usize
}

/// Registers `holder` to hear when `target` is freed.
pub fn register(target: &Obj, holder: Rc<dyn WeakHolder>) {
    target.header().add_flags(FLAG_OBJ_WEAKLY_REFERENCED);
    HOLDERS.with(|h| {
        h.borrow_mut()
            .entry(object_addr(target))
            .or_default()
            .push(holder)
    });
}

/// Stops `holder` hearing about `target_addr`.
pub fn unregister(target_addr: usize, holder: &Rc<dyn WeakHolder>) {
    HOLDERS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(list) = h.get_mut(&target_addr) {
            list.retain(|x| !Rc::ptr_eq(x, holder));
            if list.is_empty() {
                h.remove(&target_addr);
            }
        }
    });
}

/// Called when a weakly referenced object is freed.
pub fn object_freed(o: &Obj) {
    let addr = object_addr(o);
    o.header().remove_flags(FLAG_OBJ_WEAKLY_REFERENCED);
    let holders = HOLDERS.with(|h| h.borrow_mut().remove(&addr));
    for holder in holders.into_iter().flatten() {
        holder.target_freed(addr);
    }
}
