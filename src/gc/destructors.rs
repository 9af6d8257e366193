//! Objects waiting for their `__destruct`.
//!
//! When an object's count reaches zero and its class has a destructor that
//! has not run yet, the object is kept alive (count 1, held here) instead of
//! being freed. The evaluator runs the queued destructors at its next safe
//! point, in the order Zend would have run them: an object freed by a
//! destructor's own work is destructed before the rest of the queue
//! (depth first), as Zend calls destructors in the middle of the release.

use crate::value::Obj;
use std::cell::RefCell;
use std::collections::VecDeque;

thread_local! {
    static QUEUE: RefCell<VecDeque<Obj>> = const { RefCell::new(VecDeque::new()) };
}

pub fn enqueue(o: Obj) {
    QUEUE.with(|q| q.borrow_mut().push_back(o));
    super::set_pending_work();
}

#[inline(always)]
pub fn has_pending() -> bool {
    QUEUE.with(|q| !q.borrow().is_empty())
}

/// Takes everything queued so far (one batch; see the module comment).
pub fn take_batch() -> VecDeque<Obj> {
    QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}
