//! Objects waiting for their `__destruct`.
//!
//! When an object's count reaches zero and its class has a destructor that
//! has not run yet, the object is kept alive (count 1, held here) instead of
//! being freed. The evaluator runs the queued destructors at its next safe
//! point, in the order Zend would have run them: an object freed by a
//! destructor's own work is destructed before the rest of the queue
//! (depth first), as Zend calls destructors in the middle of the release.

//!
//! Object handles follow Zend's order too: an object whose freeing queued
//! destructors would, in Zend, have finished freeing only after those
//! objects were destroyed, so its handle returns to the free list after
//! theirs (`handle_after_queue`).

use crate::value::Obj;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::mem::ManuallyDrop;

/// A queued object, and handles to recycle once it is done with.
pub struct Queued {
    pub object: Obj,
    pub handles_after: Vec<u32>,
}

thread_local! {
    /// `ManuallyDrop`, as the object store: no destructor to check for on
    /// every access (the queue is empty when the interpreter ends).
    static QUEUE: RefCell<ManuallyDrop<VecDeque<Queued>>> = const { RefCell::new(ManuallyDrop::new(VecDeque::new())) };
    /// How many objects were ever queued: a plain counter, cheaper to read
    /// than the queue (`Obj::destroy` reads it twice per object freed).
    static ENQUEUED: Cell<u64> = const { Cell::new(0) };
}

pub fn enqueue(o: Obj) {
    ENQUEUED.set(ENQUEUED.get() + 1);
    QUEUE.with(|q| {
        q.borrow_mut().push_back(Queued {
            object: o,
            handles_after: Vec::new(),
        })
    });
    super::set_pending_work();
}

#[inline(always)]
pub fn has_pending() -> bool {
    QUEUE.with(|q| !q.borrow().is_empty())
}

/// How many objects were queued so far, ever: the difference between two
/// readings says whether some work in between queued any.
#[inline(always)]
pub fn enqueued() -> u64 {
    ENQUEUED.get()
}

/// Keeps `handle` from the free list until the last queued object is
/// done; false when nothing is queued.
pub fn handle_after_queue(handle: u32) -> bool {
    QUEUE.with(|q| match q.borrow_mut().back_mut() {
        Some(last) => {
            last.handles_after.push(handle);
            true
        }
        None => false,
    })
}

/// Drops everything queued without running destructors (after a fatal
/// error), recycling the handles held back.
pub fn discard() {
    for q in take_batch() {
        drop(q.object);
        for h in q.handles_after {
            Obj::recycle_handle(h);
        }
    }
}

/// Takes everything queued so far (one batch; see the module comment).
pub fn take_batch() -> VecDeque<Queued> {
    QUEUE.with(|q| std::mem::take(&mut **q.borrow_mut()))
}
