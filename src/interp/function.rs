//! What can be called: a user function (compiled body) or a built-in.

use crate::builtins::BuiltinFunction;
use crate::compile::ir::FuncDef;
use crate::value::Value;
use std::rc::{Rc, Weak};

#[derive(Clone)]
pub enum Callable {
    User(Rc<FuncDef>),
    Builtin(&'static BuiltinFunction),
}

/// What a call site remembers of the function it resolved. A user
/// function is held weakly: a function calling itself, or two calling each
/// other, would otherwise keep their own definitions (and the literal
/// strings and arrays in their code) alive after the run.
#[derive(Clone)]
pub enum CachedCallable {
    User(Weak<FuncDef>),
    Builtin(&'static BuiltinFunction),
}

impl CachedCallable {
    pub fn of(c: &Callable) -> CachedCallable {
        match c {
            Callable::User(d) => CachedCallable::User(Rc::downgrade(d)),
            Callable::Builtin(b) => CachedCallable::Builtin(b),
        }
    }

    /// The function, unless its definition is gone.
    pub fn get(&self) -> Option<Callable> {
        match self {
            CachedCallable::User(d) => d.upgrade().map(Callable::User),
            CachedCallable::Builtin(b) => Some(Callable::Builtin(b)),
        }
    }
}

impl std::fmt::Debug for CachedCallable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.get() {
            Some(c) => c.fmt(f),
            None => write!(f, "User(gone)"),
        }
    }
}

impl std::fmt::Debug for Callable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Callable::User(d) => write!(f, "User({:?})", d.name),
            Callable::Builtin(b) => write!(f, "Builtin({})", b.name),
        }
    }
}

impl Callable {
    /// The function's name as declared.
    pub fn name(&self) -> Vec<u8> {
        match self {
            Callable::User(d) => d.name.as_bytes().to_vec(),
            Callable::Builtin(b) => b.name.as_bytes().to_vec(),
        }
    }

    /// Whether parameter `i` (0-based) takes its argument by reference.
    pub fn param_by_ref(&self, i: usize) -> bool {
        match self {
            Callable::User(d) => match d.params.get(i) {
                Some(p) => p.by_ref,
                None => d.params.last().is_some_and(|p| p.variadic && p.by_ref),
            },
            Callable::Builtin(b) => b.param_by_ref(i),
        }
    }

    /// Name of parameter `i` (for messages).
    pub fn param_name(&self, i: usize) -> String {
        match self {
            Callable::User(d) => d
                .params
                .get(i)
                .or(d.params.last())
                .map(|p| String::from_utf8_lossy(p.name.as_bytes()).into_owned())
                .unwrap_or_default(),
            Callable::Builtin(b) => b.param_name(i).to_string(),
        }
    }

    /// Whether parameter `i` also accepts a plain value (built-ins only).
    pub fn param_prefer_ref(&self, i: usize) -> bool {
        match self {
            Callable::User(_) => false,
            Callable::Builtin(b) => b.param_prefer_ref(i),
        }
    }

    pub fn is_user(&self) -> bool {
        matches!(self, Callable::User(_))
    }

    /// Releases the function's static variables (end of the run).
    pub fn release_statics(&self) {
        if let Callable::User(d) = self {
            release_func_statics(d);
        }
    }
}

pub fn release_func_statics(d: &FuncDef) {
    if let Some(vals) = d.static_values.borrow_mut().take() {
        for v in vals {
            v.release();
        }
    }
    // Functions declared inside this one, closures: their statics live in
    // their own definitions and are released when those are.
    let _ = Value::Null;
}
