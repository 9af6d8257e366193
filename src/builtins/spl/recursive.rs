//! `RecursiveIteratorIterator`: walks a tree of `RecursiveIterator`s depth
//! first, yielding leaves only, parents before their children or after
//! them, as Zend's `spl_recursive_it` state machine does — including the
//! hooks a subclass may define (`beginChildren`, `nextElement`...), which
//! are only called when overridden.

use super::iterators::{caught, iterator_from_aggregate, CATCH_GET_CHILD};
use super::{state, this};
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::class::{ClassBuilder, InternalClass};
use crate::interp::convert::to_bool;
use crate::interp::{Interp, R};
use crate::value::object::Payload;
use crate::value::{Obj, Value};

const LEAVES_ONLY: i64 = 0;
const SELF_FIRST: i64 = 1;
const CHILD_FIRST: i64 = 2;

/// What a level does at its next step.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    /// Move its iterator forward.
    Next,
    /// Check whether the element has children.
    Test,
    /// Yield the element itself.
    SelfElement,
    /// Descend into the element's children.
    Child,
    /// Look at the first element.
    Start,
}

pub struct RecursiveState {
    /// One iterator per level, with what it does next; empty until
    /// constructed.
    levels: Vec<(Value, Step)>,
    /// One stand-in per level for PHP's `zend_object_iterator` over that
    /// level's iterator, which takes an object handle.
    handles: Vec<Value>,
    mode: i64,
    flags: i64,
    max_depth: i64,
    in_iteration: bool,
}

impl Payload for RecursiveState {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        for (o, _) in &self.levels {
            f(o);
        }
        self.handles.iter().for_each(f);
    }
    fn take_values(&mut self) -> Vec<Value> {
        let mut out = Vec::new();
        while let Some((o, _)) = self.levels.pop() {
            out.push(o);
            out.extend(self.handles.pop());
        }
        out
    }
    crate::payload_any!();
}

static RECURSIVE_INTERNAL: InternalClass = InternalClass {
    create: Some(recursive_create),
};

fn recursive_create(o: &Obj) {
    o.set_payload(Box::new(RecursiveState {
        levels: Vec::new(),
        handles: Vec::new(),
        mode: LEAVES_ONLY,
        flags: 0,
        max_depth: -1,
        in_iteration: false,
    }));
}

static RECURSIVE_METHODS: &[BuiltinFunction] = &[
    f!("__construct", construct, "$iterator, $mode=, $flags="),
    f!("rewind", rewind, ""),
    f!("valid", valid, ""),
    f!("key", key, ""),
    f!("current", current, ""),
    f!("next", next, ""),
    f!("getDepth", get_depth, ""),
    f!("getSubIterator", get_sub_iterator, "$level="),
    f!("getInnerIterator", get_inner_iterator, ""),
    f!("beginIteration", hook, ""),
    f!("endIteration", hook, ""),
    f!("callHasChildren", call_has_children, ""),
    f!("callGetChildren", call_get_children, ""),
    f!("beginChildren", hook, ""),
    f!("endChildren", hook, ""),
    f!("nextElement", hook, ""),
    f!("setMaxDepth", set_max_depth, "$maxDepth="),
    f!("getMaxDepth", get_max_depth, ""),
];

pub fn register(it: &mut Interp) {
    ClassBuilder::new("RecursiveIteratorIterator")
        .implements("OuterIterator")
        .constant("LEAVES_ONLY", Value::Int(LEAVES_ONLY))
        .constant("SELF_FIRST", Value::Int(SELF_FIRST))
        .constant("CHILD_FIRST", Value::Int(CHILD_FIRST))
        .constant("CATCH_GET_CHILD", Value::Int(CATCH_GET_CHILD))
        .methods(RECURSIVE_METHODS)
        .internal(&RECURSIVE_INTERNAL)
        .register(it);
}

fn rec<'o>(it: &mut Interp, o: &'o Obj) -> R<&'o mut RecursiveState> {
    let s = state::<RecursiveState>(it, o)?;
    if s.levels.is_empty() {
        return Err(it.throw_error(
            "Error",
            "The object is in an invalid state as the parent constructor was not called",
        ));
    }
    state::<RecursiveState>(it, o)
}

/// The iterator of the deepest level and its step.
fn top(it: &mut Interp, o: &Obj) -> R<(Obj, Step, usize)> {
    let s = rec(it, o)?;
    let level = s.levels.len() - 1;
    let (i, step) = s.levels[level].clone();
    match super::obj_of(&i) {
        Some(i) => Ok((i, step, level)),
        None => Err(it.throw_error(
            "Error",
            "The object is in an invalid state as the parent constructor was not called",
        )),
    }
}

fn set_step(o: &Obj, step: Step) {
    if let Some(s) = o.payload_mut::<RecursiveState>() {
        if let Some(last) = s.levels.last_mut() {
            last.1 = step;
        }
    }
}

/// Calls a hook method when a subclass overrides it.
fn call_hook(it: &mut Interp, o: &Obj, lc: &[u8]) -> R<Option<Value>> {
    let overridden = o
        .class()
        .find_method(lc)
        .is_some_and(|m| !m.class().is_builtin);
    if !overridden {
        return Ok(None);
    }
    it.call_method(o, lc, Vec::new()).map(Some)
}

fn construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let mut root = match a.get(0) {
        Some(Value::Obj(x)) => x.clone(),
        _ => {
            let v = a.value(0);
            return Err(a.type_error(it, 0, "object", &v));
        }
    };
    let mode = a.opt_int(it, 1)?.unwrap_or(LEAVES_ONLY);
    let flags = a.opt_int(it, 2)?.unwrap_or(0);
    if root.class().instance_of_name(b"iteratoraggregate") {
        root = iterator_from_aggregate(it, &root)?;
    }
    if !root.class().instance_of_name(b"recursiveiterator") {
        return Err(it.throw_error(
            "InvalidArgumentException",
            "An instance of RecursiveIterator or IteratorAggregate creating it is required",
        ));
    }
    let handle = it.iterator_handle();
    let s = state::<RecursiveState>(it, &o)?;
    let old_handles = std::mem::replace(&mut s.handles, vec![Value::Obj(handle)]);
    let old = std::mem::replace(&mut s.levels, vec![(Value::Obj(root), Step::Start)]);
    s.mode = mode;
    s.flags = flags;
    s.max_depth = -1;
    s.in_iteration = false;
    old_handles.into_iter().for_each(Value::release);
    old.into_iter().for_each(|(x, _)| x.release());
    Ok(Value::Null)
}

/// Drops the deepest level: its iterator, then the handle standing for
/// PHP's iterator over it.
fn pop_level(o: &Obj) {
    if let Some(s) = o.payload_mut::<RecursiveState>() {
        if s.levels.len() > 1 {
            let level = s.levels.pop();
            let handle = s.handles.pop();
            if let Some((x, _)) = level {
                x.release();
            }
            if let Some(h) = handle {
                h.release();
            }
        }
    }
}

/// Advances to the next element to yield (Zend's
/// `spl_recursive_it_move_forward_ex`).
fn move_forward(it: &mut Interp, o: &Obj) -> R<()> {
    let catch = rec(it, o)?.flags & CATCH_GET_CHILD != 0;
    loop {
        let (iter, step, level) = top(it, o)?;
        let mut step = step;
        if step == Step::Next {
            let r = it.call_method(&iter, b"next", Vec::new());
            if caught(it, r, catch)?.is_none() {
                // The exception was discarded; carry on as PHP does.
            }
            step = Step::Start;
        }
        if step == Step::Start {
            if !to_bool(&it.call_method(&iter, b"valid", Vec::new())?) {
                // This level is done: go up, or stop at the root.
                if level == 0 {
                    return Ok(());
                }
                if let Some(r) = caught_hook(it, o, b"endchildren", catch)? {
                    r?;
                }
                pop_level(o);
                continue;
            }
            set_step(o, Step::Test);
            step = Step::Test;
        }
        match step {
            Step::Test => {
                let r = match call_hook(it, o, b"callhaschildren") {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => it.call_method(&iter, b"haschildren", Vec::new()),
                    Err(e) => Err(e),
                };
                let has = match caught(it, r, catch) {
                    Ok(v) => v,
                    Err(e) => {
                        set_step(o, Step::Next);
                        return Err(e);
                    }
                };
                if has.is_some_and(|v| to_bool(&v)) {
                    let s = rec(it, o)?;
                    if s.max_depth == -1 || s.max_depth > level as i64 {
                        let next = if s.mode == SELF_FIRST {
                            Step::SelfElement
                        } else {
                            Step::Child
                        };
                        set_step(o, next);
                        continue;
                    }
                    if s.mode == LEAVES_ONLY {
                        set_step(o, Step::Next);
                        continue;
                    }
                }
                let r = call_hook(it, o, b"nextelement");
                set_step(o, Step::Next);
                caught(it, r, catch)?;
                return Ok(());
            }
            Step::SelfElement => {
                let mode = rec(it, o)?.mode;
                if mode == SELF_FIRST || mode == CHILD_FIRST {
                    call_hook(it, o, b"nextelement")?;
                }
                set_step(
                    o,
                    if mode == SELF_FIRST {
                        Step::Child
                    } else {
                        Step::Next
                    },
                );
                return Ok(());
            }
            Step::Child => {
                let r = match call_hook(it, o, b"callgetchildren") {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => it.call_method(&iter, b"getchildren", Vec::new()),
                    Err(e) => Err(e),
                };
                let child = match caught(it, r, catch)? {
                    Some(c) => c,
                    None => {
                        set_step(o, Step::Next);
                        continue;
                    }
                };
                let child = match child {
                    Value::Obj(c) if c.class().instance_of_name(b"recursiveiterator") => c,
                    _ => {
                        return Err(it.throw_error(
                            "UnexpectedValueException",
                            "Objects returned by RecursiveIterator::getChildren() must implement RecursiveIterator",
                        ))
                    }
                };
                let mode = rec(it, o)?.mode;
                set_step(
                    o,
                    if mode == CHILD_FIRST {
                        Step::SelfElement
                    } else {
                        Step::Next
                    },
                );
                let handle = it.iterator_handle();
                let s = rec(it, o)?;
                s.levels.push((Value::Obj(child.clone()), Step::Start));
                s.handles.push(Value::Obj(handle));
                it.call_method(&child, b"rewind", Vec::new())?;
                if let Some(r) = caught_hook(it, o, b"beginchildren", catch)? {
                    r?;
                }
            }
            Step::Next | Step::Start => {}
        }
    }
}

/// Calls an overridden hook; `Some(Err)` only for an error not caught.
fn caught_hook(it: &mut Interp, o: &Obj, lc: &[u8], catch: bool) -> R<Option<R<()>>> {
    let r = call_hook(it, o, lc);
    match caught(it, r, catch) {
        Ok(_) => Ok(None),
        Err(e) => Ok(Some(Err(e))),
    }
}

fn rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    rec(it, &o)?;
    while rec(it, &o)?.levels.len() > 1 {
        pop_level(&o);
        call_hook(it, &o, b"endchildren")?;
    }
    let (root, _, _) = top(it, &o)?;
    set_step(&o, Step::Start);
    it.call_method(&root, b"rewind", Vec::new())?;
    if !rec(it, &o)?.in_iteration {
        call_hook(it, &o, b"beginiteration")?;
    }
    rec(it, &o)?.in_iteration = true;
    move_forward(it, &o)?;
    Ok(Value::Null)
}

fn valid(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let levels: Vec<Obj> = rec(it, &o)?
        .levels
        .iter()
        .filter_map(|(x, _)| super::obj_of(x))
        .collect();
    for x in levels.iter().rev() {
        if to_bool(&it.call_method(x, b"valid", Vec::new())?) {
            return Ok(Value::Bool(true));
        }
    }
    if rec(it, &o)?.in_iteration {
        call_hook(it, &o, b"enditeration")?;
    }
    rec(it, &o)?.in_iteration = false;
    Ok(Value::Bool(false))
}

fn key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let (iter, _, _) = top(it, &o)?;
    Ok(it.call_method(&iter, b"key", Vec::new())?.into_deref())
}

fn current(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let (iter, _, _) = top(it, &o)?;
    Ok(it.call_method(&iter, b"current", Vec::new())?.into_deref())
}

fn next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    move_forward(it, &o)?;
    Ok(Value::Null)
}

fn get_depth(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(rec(it, &o)?.levels.len() as i64 - 1))
}

fn get_sub_iterator(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let level = a.nullable_int(it, 0)?;
    let s = rec(it, &o)?;
    let depth = s.levels.len() as i64 - 1;
    let level = level.unwrap_or(depth);
    if level < 0 || level > depth {
        return Ok(Value::Null);
    }
    Ok(s.levels[level as usize].0.clone())
}

fn get_inner_iterator(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Obj(top(it, &o)?.0))
}

fn hook(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    this(it, a)?;
    Ok(Value::Null)
}

fn call_has_children(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let (iter, _, _) = top(it, &o)?;
    let r = it.call_method(&iter, b"haschildren", Vec::new())?;
    Ok(if r.is_undef() { Value::Bool(false) } else { r })
}

fn call_get_children(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let (iter, _, _) = top(it, &o)?;
    it.call_method(&iter, b"getchildren", Vec::new())
}

fn set_max_depth(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let depth = a.opt_int(it, 0)?.unwrap_or(-1);
    if depth < -1 {
        return Err(a.value_error(it, 0, "must be greater than or equal to -1"));
    }
    rec(it, &o)?.max_depth = depth.min(i32::MAX as i64);
    Ok(Value::Null)
}

fn get_max_depth(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let d = rec(it, &o)?.max_depth;
    Ok(if d == -1 {
        Value::Bool(false)
    } else {
        Value::Int(d)
    })
}
