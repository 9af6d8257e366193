//! PHP resources: counted handles to something outside the engine (an open
//! stream, a directory listing, a stream context), Zend's `zend_resource`.
//!
//! A resource has a number (`(int)$fp`, the `#5` in `Resource id #5`), a
//! type name (`stream`, `stream-context`...) and a payload owned by the
//! module that made it (`crate::builtins::streams`). Closing it (`fclose`)
//! drops the payload and leaves the handle alive: a closed resource shows
//! as `resource(5) of type (Unknown)`. When the last handle goes, the
//! payload is dropped, which closes whatever it holds.
//!
//! Numbers count up from 1 and are never reused; the CLI's standard streams
//! take 1 to 3 (see [`reset_ids`]). Resources hold no PHP values, so they
//! are never cycle roots; the count lives in the `Rc`, and
//! [`Res::refcount`] reports it as Zend's `GC_REFCOUNT` would.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct ResBox {
    id: i64,
    type_name: &'static str,
    closed: Cell<bool>,
    payload: RefCell<Option<Box<dyn Any>>>,
}

/// A counted handle to a resource.
#[derive(Clone)]
pub struct Res(Rc<ResBox>);

thread_local! {
    static NEXT_ID: Cell<i64> = const { Cell::new(1) };
}

/// Restarts numbering at `next` (a new interpreter: its standard streams
/// take the first numbers again).
pub fn reset_ids(next: i64) {
    NEXT_ID.with(|n| n.set(next));
}

/// Uses up the next number without making a resource (PHP numbers some
/// short-lived internal resources a script never sees).
pub fn skip_id() {
    NEXT_ID.with(|n| n.set(n.get() + 1));
}

impl Res {
    /// A new open resource with the next number.
    pub fn new(type_name: &'static str, payload: Box<dyn Any>) -> Res {
        let id = NEXT_ID.with(|n| {
            let id = n.get();
            n.set(id + 1);
            id
        });
        Res(Rc::new(ResBox {
            id,
            type_name,
            closed: Cell::new(false),
            payload: RefCell::new(Some(payload)),
        }))
    }

    /// The resource number (`(int)$res`, `get_resource_id`).
    #[inline]
    pub fn id(&self) -> i64 {
        self.0.id
    }

    /// The type name as `var_dump` and `get_resource_type` show it:
    /// `Unknown` once closed.
    pub fn type_name(&self) -> &'static str {
        if self.is_closed() {
            "Unknown"
        } else {
            self.0.type_name
        }
    }

    /// The type name the resource was made with, even when closed.
    pub fn kind(&self) -> &'static str {
        self.0.type_name
    }

    #[inline]
    pub fn is_closed(&self) -> bool {
        self.0.closed.get()
    }

    /// Closes the resource: the payload is dropped (closing what it holds)
    /// and the handle shows as closed from now on.
    pub fn close(&self) {
        self.0.closed.set(true);
        let payload = self.0.payload.borrow_mut().take();
        drop(payload);
    }

    /// Runs `f` on the payload if the resource is open and its payload is a
    /// `T`. `f` must not reach the same resource again (the payload is
    /// borrowed meanwhile); it then gets `None`.
    pub fn with_payload<T: 'static, X>(&self, f: impl FnOnce(&mut T) -> X) -> Option<X> {
        let mut slot = self.0.payload.try_borrow_mut().ok()?;
        let payload = slot.as_mut()?.downcast_mut::<T>()?;
        Some(f(payload))
    }

    /// Whether the resource is open with a payload of type `T`.
    pub fn holds<T: 'static>(&self) -> bool {
        self.with_payload(|_: &mut T| ()).is_some()
    }

    /// Zend's reference count of the resource: the number of handles.
    pub fn refcount(&self) -> u32 {
        Rc::strong_count(&self.0) as u32
    }

    #[inline]
    pub fn ptr_eq(&self, other: &Res) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Res {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "resource({}) of type ({})", self.id(), self.type_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Flag(Rc<Cell<bool>>);
    impl Drop for Flag {
        fn drop(&mut self) {
            self.0.set(true);
        }
    }

    #[test]
    fn numbers_count_up_and_closing_drops_the_payload() {
        reset_ids(5);
        let dropped = Rc::new(Cell::new(false));
        let r = Res::new("stream", Box::new(Flag(dropped.clone())));
        let second = Res::new("stream-context", Box::new(()));
        assert_eq!((r.id(), second.id()), (5, 6));
        assert_eq!(r.type_name(), "stream");
        assert!(r.holds::<Flag>() && !r.holds::<u8>());
        let copy = r.clone();
        assert_eq!(r.refcount(), 2);
        copy.close();
        assert!(dropped.get() && r.is_closed());
        assert_eq!((r.type_name(), r.kind()), ("Unknown", "stream"));
        assert!(!r.holds::<Flag>());
    }

    #[test]
    fn the_last_handle_drops_the_payload() {
        let dropped = Rc::new(Cell::new(false));
        let r = Res::new("stream", Box::new(Flag(dropped.clone())));
        let copy = r.clone();
        drop(r);
        assert!(!dropped.get());
        drop(copy);
        assert!(dropped.get());
    }
}
