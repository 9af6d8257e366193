//! SPL, the Standard PHP Library: its data structures (doubly linked
//! lists, heaps, fixed arrays, object storage, `ArrayObject`) and its
//! iterators. One file per family; this one registers them all and holds what they share: the
//! hooks the engine calls for built-in objects (`var_dump` view, `clone`,
//! `(array)` view) and small helpers for methods.
//!
//! Every payload holding PHP values shows them to the cycle collector
//! (`Payload::for_each_value`, Zend's `get_gc`) and hands them back when
//! the object dies (`take_values`).

pub mod array;
pub mod dllist;
pub mod fixed_array;
pub mod heap;
pub mod iterators;
pub mod object_storage;
pub mod recursive;

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::class::{Class, PropInfo};
use crate::interp::{Interp, Unwind, R};
use crate::syntax::ast::Visibility;
use crate::value::{Arr, Key, KeyRef, Obj, Str, Value};
use std::rc::Rc;

/// One property as `var_dump` shows it: key, value, declaration (for the
/// visibility label).
pub type DebugProp = (Key, Value, Option<PropInfo>);

pub static FUNCTIONS: &[BuiltinFunction] = &[f!("spl_classes", spl_classes, "")];

/// The classes `spl_classes()` lists in PHP 8.2, in its order.
const SPL_CLASSES: &[&str] = &[
    "AppendIterator",
    "ArrayIterator",
    "ArrayObject",
    "BadFunctionCallException",
    "BadMethodCallException",
    "CachingIterator",
    "CallbackFilterIterator",
    "DirectoryIterator",
    "DomainException",
    "EmptyIterator",
    "FilesystemIterator",
    "FilterIterator",
    "GlobIterator",
    "InfiniteIterator",
    "InvalidArgumentException",
    "IteratorIterator",
    "LengthException",
    "LimitIterator",
    "LogicException",
    "MultipleIterator",
    "NoRewindIterator",
    "OuterIterator",
    "OutOfBoundsException",
    "OutOfRangeException",
    "OverflowException",
    "ParentIterator",
    "RangeException",
    "RecursiveArrayIterator",
    "RecursiveCachingIterator",
    "RecursiveCallbackFilterIterator",
    "RecursiveDirectoryIterator",
    "RecursiveFilterIterator",
    "RecursiveIterator",
    "RecursiveIteratorIterator",
    "RecursiveRegexIterator",
    "RecursiveTreeIterator",
    "RegexIterator",
    "RuntimeException",
    "SeekableIterator",
    "SplDoublyLinkedList",
    "SplFileInfo",
    "SplFileObject",
    "SplFixedArray",
    "SplHeap",
    "SplMinHeap",
    "SplMaxHeap",
    "SplObjectStorage",
    "SplObserver",
    "SplPriorityQueue",
    "SplQueue",
    "SplStack",
    "SplSubject",
    "SplTempFileObject",
    "UnderflowException",
    "UnexpectedValueException",
];

/// `spl_classes()`: name => name for each SPL class this interpreter has
/// (the file classes are not there yet).
fn spl_classes(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let mut out = Arr::new();
    for name in SPL_CLASSES {
        if it
            .classes
            .contains_key(&Str::interned(name.to_ascii_lowercase().as_bytes()))
        {
            let n = Str::interned(name.as_bytes());
            out.table_mut().insert(Key::Str(n.clone()), Value::Str(n));
        }
    }
    Ok(Value::Arr(out))
}

/// Registers the SPL classes, interfaces first.
pub fn register(it: &mut Interp) {
    iterators::register_interfaces(it);
    array::register(it);
    dllist::register(it);
    object_storage::register(it);
    fixed_array::register(it);
    heap::register(it);
    iterators::register(it);
    recursive::register(it);
}

/// `var_dump`/`print_r` view of an SPL object (its `get_debug_info`).
pub fn debug_view(o: &Obj) -> Option<Vec<DebugProp>> {
    if !o.has_payload() {
        return None;
    }
    dllist::debug_view(o)
        .or_else(|| array::debug_view(o))
        .or_else(|| object_storage::debug_view(o))
        .or_else(|| fixed_array::debug_view(o))
        .or_else(|| heap::debug_view(o))
        .or_else(|| iterators::debug_view(o))
}

/// `(array)`/`var_export` view of an SPL object whose elements stand for
/// its properties (`ArrayObject`, `SplFixedArray`).
pub fn properties_view(o: &Obj) -> Option<Arr> {
    array::properties_view(o).or_else(|| fixed_array::properties_view(o))
}

/// `clone`: copies an SPL payload; false when `from` has none.
pub fn clone_payload(from: &Obj, to: &Obj) -> bool {
    dllist::clone_payload(from, to)
        || array::clone_payload(from, to)
        || object_storage::clone_payload(from, to)
        || fixed_array::clone_payload(from, to)
        || heap::clone_payload(from, to)
        || iterators::clone_payload(from, to)
}

/// Objects `clone` refuses: the iterators over other iterators (PHP gives
/// their classes no clone handler).
pub fn is_uncloneable(o: &Obj) -> bool {
    o.payload::<iterators::DualState>().is_some()
        || o.payload::<recursive::RecursiveState>().is_some()
}

/// The element `$o[$k]` of an SPL container for a nested write
/// (`$o[$k][] = 1`), or `None` when `o` does not hand out its elements.
pub fn dimension_slot(
    it: &mut Interp,
    o: &Obj,
    index: Option<&Value>,
    line: u32,
) -> R<Option<*mut Value>> {
    array::dimension_slot(it, o, index, line)
}

// ---- helpers shared by the families ------------------------------------------------

/// Implements `Payload::as_any`/`as_any_mut`.
#[macro_export]
macro_rules! payload_any {
    () => {
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
        fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
            self
        }
    };
}

/// `$this` of a method call.
pub fn this(it: &mut Interp, a: &CallArgs) -> R<Obj> {
    match &a.this {
        Some(o) => Ok(o.clone()),
        None => Err(it.throw_error("Error", "Using $this when not in object context")),
    }
}

/// The payload of type `T` of `o`, or PHP's error for an object whose
/// built-in state was never set up (a subclass constructor that did not
/// call its parent's). The borrow must end before PHP code can run.
#[allow(clippy::mut_from_ref)]
pub fn state<'o, T: 'static>(it: &mut Interp, o: &'o Obj) -> R<&'o mut T> {
    match o.payload_mut::<T>() {
        Some(s) => Ok(s),
        None => Err(invalid_state(it)),
    }
}

pub fn invalid_state(it: &mut Interp) -> Unwind {
    it.throw_error(
        "LogicException",
        "The object is in an invalid state as the parent constructor was not called",
    )
}

/// `Class::method` of the running built-in method (for messages).
pub fn method_name(it: &Interp, a: &CallArgs) -> String {
    a.fn_name(it)
}

/// Objects whose `$o[...]` PHP serves with built-in handlers rather than
/// method calls (no `offsetGet()` frame in traces) when the class keeps
/// the built-in methods.
pub fn has_dimension_handlers(o: &Obj) -> bool {
    o.payload::<array::ArrayState>().is_some()
        || o.payload::<fixed_array::FixedState>().is_some()
        || o.payload::<object_storage::StorageState>().is_some()
}

/// `OutOfRangeException: Class::method(): Argument #N ($name) is out of range`.
pub fn out_of_range(it: &mut Interp, a: &CallArgs, arg: usize) -> Unwind {
    let msg = format!(
        "{}(): Argument #{} (${}) is out of range",
        method_name(it, a),
        arg + 1,
        a.func.param_name(arg)
    );
    it.throw_error("OutOfRangeException", &msg)
}

/// The class registered under a lowercase name.
pub fn class_named(it: &Interp, lc: &[u8]) -> Rc<Class> {
    it.classes[&Str::interned(lc)].clone()
}

/// `new Class(...args)` for a class object.
pub fn construct(it: &mut Interp, class: &Rc<Class>, args: Vec<Value>) -> R<Obj> {
    let o = it.instantiate(class)?;
    if let Some(ctor) = class.constructor.clone() {
        it.call_method_resolved(&o, &ctor, args)?;
    }
    Ok(o)
}

/// The declared and dynamic properties of an object, as the default
/// `var_dump` view lists them.
pub fn std_props(o: &Obj) -> Vec<DebugProp> {
    let class = o.class().clone();
    let mut out = Vec::new();
    for p in &class.props {
        let v = o.props()[p.slot].clone();
        if v.is_undef() && p.ty.is_none() {
            continue;
        }
        out.push((Key::Str(p.name.clone()), v, Some(p.clone())));
    }
    if let Some(t) = o.dyn_props() {
        for (k, v) in t.iter() {
            out.push((k.to_owned(), v.clone(), None));
        }
    }
    out
}

/// The declared and dynamic properties of an object keyed as `(array)`
/// keys them (`"\0Class\0name"` for private ones): Zend's property table.
pub fn std_props_array(o: &Obj) -> Arr {
    let class = o.class().clone();
    let mut arr = Arr::new();
    for p in &class.props {
        let v = &o.props()[p.slot];
        if !v.is_undef() {
            arr.table_mut()
                .insert(crate::interp::objects::mangle(p), v.clone());
        }
    }
    if let Some(t) = o.dyn_props() {
        for (k, v) in t.iter() {
            let key = match k {
                KeyRef::Int(i) => Key::Int(i),
                KeyRef::Str(s) => Key::from_str(s.clone()),
            };
            arr.table_mut().insert(key, v.clone());
        }
    }
    arr
}

/// Restores properties saved by `__serialize` (Zend's
/// `object_properties_load`): declared ones by their (mangled) name, the
/// rest as dynamic properties (deprecated outside `stdClass`).
pub fn load_props(it: &mut Interp, o: &Obj, props: &Arr, line: u32) -> R<()> {
    let class = o.class().clone();
    for (k, v) in props.table().iter() {
        let v = v.deref_clone();
        let name = match k {
            KeyRef::Int(i) => Str::new(i.to_string().as_bytes()),
            KeyRef::Str(s) => {
                let b = s.as_bytes();
                match b.first() {
                    Some(0) => Str::new(
                        b[1..]
                            .iter()
                            .position(|&c| c == 0)
                            .map(|i| &b[i + 2..])
                            .unwrap_or(b),
                    ),
                    _ => s.clone(),
                }
            }
        };
        let declared = class.props.iter().any(|p| p.name == name);
        let exists = o.dyn_props().is_some_and(|t| t.contains_key(&k.to_owned()));
        if !declared && !exists && !class.instance_of_name(b"stdclass") {
            let msg = format!(
                "Creation of dynamic property {}::${} is deprecated",
                String::from_utf8_lossy(class.name.as_bytes()),
                String::from_utf8_lossy(name.as_bytes())
            );
            it.deprecated(line, &msg)?;
        }
        match k {
            KeyRef::Int(i) => {
                if let Some(old) = o.dyn_props_mut().insert(Key::Int(i), v) {
                    old.release();
                }
            }
            KeyRef::Str(_) => it.set_prop_by_name(o, name.as_bytes(), v),
        }
    }
    Ok(())
}

/// A private property entry of a built-in class for the `var_dump` view
/// (`["flags":"SplDoublyLinkedList":private]`).
pub fn private_prop(class: &str, name: &str, v: Value) -> DebugProp {
    let info = PropInfo {
        name: Str::interned(name.as_bytes()),
        slot: 0,
        visibility: Visibility::Private,
        declaring: Str::interned(class.to_ascii_lowercase().as_bytes()),
        declaring_name: Str::interned(class.as_bytes()),
        ty: None,
        is_readonly: false,
        has_default: true,
    };
    (Key::Str(Str::interned(name.as_bytes())), v, Some(info))
}

/// A `var_dump` view as the array `__debugInfo()` returns (private names
/// mangled).
pub fn debug_array(props: Vec<DebugProp>) -> Value {
    let mut arr = Arr::new();
    for (k, v, info) in props {
        let key = match (&k, &info) {
            (Key::Str(_), Some(p)) => crate::interp::objects::mangle(p),
            _ => k,
        };
        arr.table_mut().insert(key, v);
    }
    Value::Arr(arr)
}

/// The elements of a list as a PHP array `[0 => a, 1 => b...]`.
pub fn list_array<'v>(values: impl Iterator<Item = &'v Value>) -> Arr {
    let mut arr = Arr::new();
    for v in values {
        arr.table_mut().push(v.clone());
    }
    arr
}

/// `UnexpectedValueException` for a malformed `unserialize()` payload.
pub fn unserialize_error(it: &mut Interp, pos: usize, len: usize) -> Unwind {
    let msg = format!("Error at offset {} of {} bytes", pos, len);
    it.throw_error("UnexpectedValueException", &msg)
}

/// `UnexpectedValueException` for bad `__unserialize()` data.
pub fn ill_typed_data(it: &mut Interp) -> Unwind {
    it.throw_error(
        "UnexpectedValueException",
        "Incomplete or ill-typed serialization data",
    )
}

/// Refuses argument `i` with a `TypeError` naming `ty` unless it is a
/// scalar an `int` parameter accepts (the caller then reads it with
/// `CallArgs::int`); for parameters whose type is not plain `int`.
pub fn check_int_like(it: &mut Interp, a: &CallArgs, i: usize, ty: &str) -> R<()> {
    let v = a.value(i);
    let ok = match &v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Null => true,
        Value::Str(s) => matches!(
            crate::numeric::parse_numeric(s.as_bytes()),
            crate::numeric::NumericParse::Numeric(_)
        ),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(a.type_error(it, i, ty, &v))
    }
}

/// The object in a value (payloads keep objects as values, so that the
/// collector can be shown them).
pub fn obj_of(v: &Value) -> Option<Obj> {
    match v {
        Value::Obj(o) => Some(o.clone()),
        _ => None,
    }
}

/// Whether a value is an object of a class implementing `lc`.
pub fn is_instance(v: &Value, lc: &[u8]) -> bool {
    matches!(v.deref(), Value::Obj(o) if o.class().instance_of_name(lc))
}
