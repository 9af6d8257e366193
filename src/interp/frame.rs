//! Stack frames: the variables of one running function (or of the global
//! scope), in slots numbered by the compiler.
//!
//! A frame's first slots are the function's compiled variables; variables
//! created at run time by name (`$$name`, `extract()`, an included file
//! using a name the function does not) get slots appended after them, with
//! their names in `extra_names`.

use crate::compile::ir::{FuncDef, Slot};
use crate::interp::class::Class;
use crate::value::{Obj, Str, Value};
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;
use std::rc::Rc;

/// The call stack: one frame per running call, frame 0 the global scope,
/// the current frame last. Nearly every step of the evaluator reads the
/// current frame, so the stack keeps a pointer to it, refreshed whenever a
/// frame is pushed or popped: reaching it is one load, with no test. While
/// there is no frame (before the script starts, after it is torn down) the
/// pointer designates an empty stand-in frame, which no code runs in.
/// Read and written like a slice of frames otherwise (a slice cannot move
/// its elements).
pub struct FrameStack {
    frames: Vec<Frame>,
    /// The last frame, or `idle`. Derived from the vector's buffer pointer
    /// (`as_mut_ptr`), not from a reference, so the slices lent out
    /// meanwhile leave it valid.
    top: NonNull<Frame>,
    /// The stand-in for the current frame while there is none: empty, so
    /// that reading a variable from it fails its bounds check. Owned (made
    /// by `Box::leak`, freed on drop) but kept as a pointer, which `top`
    /// may copy.
    idle: NonNull<Frame>,
}

impl FrameStack {
    pub fn new() -> FrameStack {
        let idle = NonNull::from(Box::leak(Box::new(Frame::global())));
        FrameStack {
            frames: Vec::new(),
            top: idle,
            idle,
        }
    }

    pub fn push(&mut self, frame: Frame) {
        self.frames.push(frame);
        self.refresh_top();
    }

    pub fn pop(&mut self) -> Option<Frame> {
        let frame = self.frames.pop();
        self.refresh_top();
        frame
    }

    pub fn truncate(&mut self, len: usize) {
        self.frames.truncate(len);
        self.refresh_top();
    }

    fn refresh_top(&mut self) {
        self.top = match self.frames.len() {
            0 => self.idle,
            // SAFETY: `n - 1` is in bounds, and the buffer is not null.
            n => unsafe { NonNull::new_unchecked(self.frames.as_mut_ptr().add(n - 1)) },
        };
    }

    /// The current frame.
    #[inline(always)]
    pub fn top(&self) -> &Frame {
        // SAFETY: `top` points to the last element of `frames`, refreshed
        // on every change of its length (the buffer moves only then), or
        // to `idle`, alive until the stack is dropped.
        unsafe { self.top.as_ref() }
    }

    #[inline(always)]
    pub fn top_mut(&mut self) -> &mut Frame {
        // SAFETY: as `top`; `&mut self` makes the borrow unique.
        unsafe { self.top.as_mut() }
    }
}

impl Default for FrameStack {
    fn default() -> FrameStack {
        FrameStack::new()
    }
}

impl Drop for FrameStack {
    fn drop(&mut self) {
        // SAFETY: `idle` came from `Box::leak` in `new` and is freed only
        // here; `top` is not used after this.
        drop(unsafe { Box::from_raw(self.idle.as_ptr()) });
    }
}

impl Deref for FrameStack {
    type Target = [Frame];
    fn deref(&self) -> &[Frame] {
        &self.frames
    }
}

impl DerefMut for FrameStack {
    fn deref_mut(&mut self) -> &mut [Frame] {
        &mut self.frames
    }
}

pub struct Frame {
    pub slots: Vec<Value>,
    pub func: Option<Rc<FuncDef>>,
    pub extra_names: Vec<Str>,
    /// When the frame runs code compiled separately (an included file,
    /// `eval`), that code's slot numbers mapped to this frame's slots.
    pub cv_map: Option<Rc<Vec<Slot>>>,
    /// That separately compiled code (its `static` variables are its own).
    pub unit: Option<Rc<FuncDef>>,
    /// The file of the code running in this frame (changes during includes).
    pub file: Option<Str>,
    pub this: Option<Obj>,
    /// The class whose code is running (visibility, `self::`).
    pub scope: Option<Rc<Class>>,
    /// The class named by `static::`.
    pub static_class: Option<Rc<Class>>,
    /// Arguments passed beyond the declared parameters.
    pub extra_args: Vec<Value>,
    /// How many arguments the caller passed.
    pub num_args: u32,
    /// The line being executed.
    pub line: u32,
    /// The closure object being run (keeps it alive; its static variables).
    pub closure: Option<Obj>,
    /// The name shown in backtraces (`foo`, `A->m`, `{closure}`).
    pub call_name: Option<(Option<Str>, Str, bool)>,
    /// Line in the calling frame where this call happened.
    pub call_line: u32,
    pub call_file: Option<Str>,
    /// True for frames of internal functions calling back into PHP.
    pub is_internal: bool,
    /// The arguments of a built-in function's frame, held by its caller
    /// for the duration of the call (read by backtraces).
    pub native_args: Option<*const Vec<Value>>,
}

impl Frame {
    pub fn global() -> Frame {
        Frame {
            slots: Vec::new(),
            func: None,
            extra_names: Vec::new(),
            cv_map: None,
            unit: None,
            file: None,
            this: None,
            scope: None,
            static_class: None,
            extra_args: Vec::new(),
            num_args: 0,
            line: 0,
            closure: None,
            call_name: None,
            call_line: 0,
            call_file: None,
            is_internal: false,
            native_args: None,
        }
    }

    pub fn file(&self) -> Str {
        match &self.file {
            Some(f) => f.clone(),
            None => Str::empty(),
        }
    }

    /// Maps a slot number of the running code to this frame's slot.
    #[inline(always)]
    pub fn map(&self, slot: Slot) -> usize {
        match &self.cv_map {
            None => slot as usize,
            Some(m) => m[slot as usize] as usize,
        }
    }

    #[inline(always)]
    pub fn slot(&self, slot: Slot) -> &Value {
        &self.slots[self.map(slot)]
    }

    #[inline(always)]
    pub fn slot_mut(&mut self, slot: Slot) -> &mut Value {
        let i = self.map(slot);
        &mut self.slots[i]
    }

    /// The name of frame slot `i`.
    pub fn slot_name(&self, i: usize) -> Str {
        let compiled = self.func.as_ref().map(|f| f.slot_names.len()).unwrap_or(0);
        if i < compiled {
            self.func
                .as_ref()
                .expect("compiled slots imply a function")
                .slot_names[i]
                .clone()
        } else {
            self.extra_names[i - compiled].clone()
        }
    }

    pub fn num_compiled(&self) -> usize {
        self.func.as_ref().map(|f| f.slot_names.len()).unwrap_or(0)
    }

    /// The slot of the variable called `name`, if the frame has one.
    pub fn find(&self, name: &[u8]) -> Option<usize> {
        if let Some(f) = &self.func {
            if let Some(i) = f.slot_names.iter().position(|n| n.as_bytes() == name) {
                return Some(i);
            }
        }
        self.extra_names
            .iter()
            .position(|n| n.as_bytes() == name)
            .map(|i| i + self.num_compiled())
    }

    /// The slot of `name`, creating the variable (undefined) if needed.
    pub fn find_or_add(&mut self, name: &[u8]) -> usize {
        if let Some(i) = self.find(name) {
            return i;
        }
        let i = self
            .slots
            .len()
            .max(self.num_compiled() + self.extra_names.len());
        self.extra_names.push(Str::interned(name));
        let needed = self.num_compiled() + self.extra_names.len();
        if self.slots.len() < needed {
            self.slots.resize(needed, Value::Undef);
        }
        debug_assert_eq!(i, needed - 1);
        needed - 1
    }

    /// Number of defined variables.
    pub fn live_count(&self) -> usize {
        self.slots.iter().filter(|v| !v.is_undef()).count()
    }

    /// Releases every variable in slot order (Zend's
    /// `i_free_compiled_variables`) and returns the slot vector to the pool.
    ///
    /// Then, as Zend's `zend_leave_helper`: extra arguments are dropped
    /// (`zval_ptr_dtor_nogc`), and `$this` — or, for a closure, the closure
    /// object — is released with `OBJ_RELEASE`, which makes it a possible
    /// cycle root when it stays alive.
    pub fn release_slots(mut self, pool: &mut Vec<Vec<Value>>) {
        self.release_in_place(pool);
    }

    /// As `release_slots`, for a frame still in its place (the caller
    /// drops it there afterwards).
    pub fn release_in_place(&mut self, pool: &mut Vec<Vec<Value>>) {
        let mut slots = std::mem::take(&mut self.slots);
        for v in slots.drain(..) {
            // Scalars (most slots) own nothing to release.
            if !matches!(
                v,
                Value::Undef | Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_)
            ) {
                v.release();
            }
        }
        drop(std::mem::take(&mut self.extra_args));
        match self.closure.take() {
            Some(c) => {
                drop(self.this.take());
                Value::Obj(c).release();
            }
            None => {
                if let Some(t) = self.this.take() {
                    Value::Obj(t).release();
                }
            }
        }
        recycle(pool, slots);
    }
}

/// Returns an emptied vector of values (frame slots, a call's arguments)
/// to the pool that frame slots and argument lists are taken from, so that
/// calls do not allocate them anew. Its values are dropped in order.
#[inline(always)]
pub fn recycle(pool: &mut Vec<Vec<Value>>, mut values: Vec<Value>) {
    values.clear();
    if pool.len() < 64 && values.capacity() <= 256 {
        pool.push(values);
    }
}
