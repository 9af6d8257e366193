//! `SplFixedArray`: a fixed number of slots indexed from zero, resized
//! only on request, whose elements stand for its properties in `var_dump`,
//! `(array)` and serialization.

use super::{state, this, DebugProp};
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::interp::class::{ClassBuilder, InternalClass};
use crate::interp::{Interp, R};
use crate::value::object::Payload;
use crate::value::{Arr, Key, KeyRef, Obj, Value};
use crate::{f, sf};

pub struct FixedState {
    elements: Vec<Value>,
}

impl Payload for FixedState {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        self.elements.iter().for_each(f);
    }
    fn take_values(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.elements)
    }
    crate::payload_any!();
}

static FIXED_INTERNAL: InternalClass = InternalClass {
    create: Some(fixed_create),
};

fn fixed_create(o: &Obj) {
    o.set_payload(Box::new(FixedState {
        elements: Vec::new(),
    }));
}

static FIXED_METHODS: &[BuiltinFunction] = &[
    f!("__construct", construct, "$size="),
    f!("__wakeup", wakeup, ""),
    f!("__serialize", serialize_array, ""),
    f!("__unserialize", unserialize_array, "$data"),
    f!("count", count, ""),
    f!("toArray", to_array, ""),
    sf!("fromArray", from_array, "$array, $preserveKeys="),
    f!("getSize", count, ""),
    f!("setSize", set_size, "$size"),
    f!("offsetExists", offset_exists, "$index"),
    f!("offsetGet", offset_get, "$index"),
    f!("offsetSet", offset_set, "$index, $value"),
    f!("offsetUnset", offset_unset, "$index"),
    f!("getIterator", get_iterator, ""),
    f!("jsonSerialize", to_array, ""),
];

pub fn register(it: &mut Interp) {
    ClassBuilder::new("SplFixedArray")
        .implements("IteratorAggregate")
        .implements("ArrayAccess")
        .implements("Countable")
        .implements("JsonSerializable")
        .methods(FIXED_METHODS)
        .internal(&FIXED_INTERNAL)
        .register(it);
}

fn fixed<'o>(it: &mut Interp, o: &'o Obj) -> R<&'o mut FixedState> {
    state::<FixedState>(it, o)
}

/// A size argument: `ValueError` when negative.
fn size_arg(it: &mut Interp, a: &CallArgs, i: usize) -> R<usize> {
    let n = a.opt_int(it, i)?.unwrap_or(0);
    if n < 0 {
        return Err(a.value_error(it, i, "must be greater than or equal to 0"));
    }
    Ok(n as usize)
}

/// Room for `n` elements, or PHP's fatal errors for sizes it cannot
/// allocate (16 bytes an element, within `memory_limit` counting the
/// memory in use: `Interp::reserve_memory`).
fn reserve(it: &mut Interp, elements: &mut Vec<Value>, n: usize) -> R<()> {
    let Some(bytes) = n.checked_mul(16).filter(|&b| b <= isize::MAX as usize) else {
        let msg = format!(
            "Possible integer overflow in memory allocation ({} * 16 + 0)",
            n
        );
        return Err(it.fatal(&msg));
    };
    it.reserve_memory(bytes)?;
    if elements
        .try_reserve_exact(n.saturating_sub(elements.len()))
        .is_err()
    {
        it.out_of_memory();
    }
    Ok(())
}

/// Resizes, releasing the values cut off.
fn resize(it: &mut Interp, o: &Obj, n: usize) -> R<()> {
    let s = fixed(it, o)?;
    if n < s.elements.len() {
        let cut = s.elements.split_off(n);
        cut.into_iter().for_each(Value::release);
        return Ok(());
    }
    let mut elements = std::mem::take(&mut s.elements);
    let r = reserve(it, &mut elements, n);
    if r.is_ok() {
        elements.resize(n, Value::Null);
    }
    fixed(it, o)?.elements = elements;
    r
}

fn construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let n = size_arg(it, a, 0)?;
    // Constructing again leaves a non-empty array as it is (as PHP does).
    if fixed(it, &o)?.elements.is_empty() {
        resize(it, &o, n)?;
    }
    Ok(Value::Null)
}

fn set_size(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let n = size_arg(it, a, 0)?;
    resize(it, &o, n)?;
    Ok(Value::Bool(true))
}

fn count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(fixed(it, &o)?.elements.len() as i64))
}

fn elements_array(s: &FixedState) -> Arr {
    super::list_array(s.elements.iter())
}

fn to_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Arr(elements_array(fixed(it, &o)?)))
}

fn from_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let preserve = a.opt_bool(it, 1, true)?;
    let elements: Vec<Value> = if preserve && !arr.is_empty() {
        let mut max = 0;
        for k in arr.table().keys() {
            match k {
                KeyRef::Int(i) if i >= 0 => max = max.max(i),
                _ => {
                    return Err(it.throw_error(
                        "InvalidArgumentException",
                        "array must contain only positive integer keys",
                    ))
                }
            }
        }
        let Some(size) = max.checked_add(1) else {
            return Err(it.throw_error("InvalidArgumentException", "integer overflow detected"));
        };
        let mut v = Vec::new();
        reserve(it, &mut v, size as usize)?;
        v.resize(size as usize, Value::Null);
        for (k, x) in arr.table().iter() {
            if let KeyRef::Int(i) = k {
                v[i as usize] = x.deref_clone();
            }
        }
        v
    } else {
        arr.table().values().map(Value::deref_clone).collect()
    };
    let class = super::class_named(it, b"splfixedarray");
    let o = it.instantiate(&class)?;
    fixed(it, &o)?.elements = elements;
    Ok(Value::Obj(o))
}

/// The slot index of an offset argument: `TypeError` for offsets that are
/// not integers, `RuntimeException` when out of range (`None` from
/// `lenient`, for `isset`).
fn index(it: &mut Interp, a: &CallArgs, o: &Obj, lenient: bool) -> R<Option<usize>> {
    let v = a.value(0);
    let key = match &v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Str(_) => {
            it.array_key(&v, a.line)?
        }
        _ => return Err(it.throw_error("TypeError", "Illegal offset type")),
    };
    let Key::Int(i) = key else {
        return Err(it.throw_error("TypeError", "Illegal offset type"));
    };
    let n = fixed(it, o)?.elements.len();
    if i >= 0 && (i as usize) < n {
        return Ok(Some(i as usize));
    }
    if lenient {
        return Ok(None);
    }
    Err(it.throw_error("RuntimeException", "Index invalid or out of range"))
}

fn offset_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let Some(i) = index(it, a, &o, true)? else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(!fixed(it, &o)?.elements[i].is_null()))
}

fn offset_get(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let i = index(it, a, &o, false)?.unwrap_or(0);
    Ok(fixed(it, &o)?
        .elements
        .get(i)
        .cloned()
        .unwrap_or(Value::Null))
}

fn offset_set(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    if a.value(0).is_null() {
        // `$fixed[] = $v`
        return Err(it.throw_error("Error", "[] operator not supported for SplFixedArray"));
    }
    let i = index(it, a, &o, false)?.unwrap_or(0);
    let v = a.value(1);
    if let Some(slot) = fixed(it, &o)?.elements.get_mut(i) {
        let old = std::mem::replace(slot, v);
        old.release();
    }
    Ok(Value::Null)
}

fn offset_unset(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let i = index(it, a, &o, false)?.unwrap_or(0);
    if let Some(slot) = fixed(it, &o)?.elements.get_mut(i) {
        let old = std::mem::replace(slot, Value::Null);
        old.release();
    }
    Ok(Value::Null)
}

/// Whether `foreach` walks the elements itself (PHP's own iterator, used
/// unless a subclass overrides `getIterator()`).
pub fn iterates_internally(o: &Obj) -> bool {
    o.payload::<FixedState>().is_some()
        && o.class()
            .find_method(b"getiterator")
            .is_some_and(|m| m.class().is_builtin)
}

/// Element `i` as (index, value), as it is now.
pub fn element(o: &Obj, i: usize) -> Option<(Value, Value)> {
    let s = o.payload::<FixedState>()?;
    s.elements.get(i).map(|v| (Value::Int(i as i64), v.clone()))
}

/// `getIterator()`: an `InternalIterator` over the elements.
fn get_iterator(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let items: Vec<(Value, Value)> = fixed(it, &o)?
        .elements
        .iter()
        .enumerate()
        .map(|(i, v)| (Value::Int(i as i64), v.clone()))
        .collect();
    crate::builtins::classes::new_pair_iterator(it, items)
}

/// `__wakeup()`: an empty array takes its elements from the properties
/// (the format of PHP before `__serialize`).
fn wakeup(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    if !fixed(it, &o)?.elements.is_empty() {
        return Ok(Value::Null);
    }
    let props = super::std_props_array(&o);
    let values: Vec<Value> = props.table().values().cloned().collect();
    if let Some(t) = o.dyn_props() {
        if !t.is_empty() {
            let old: Vec<Value> = o
                .dyn_props_mut()
                .drain()
                .into_iter()
                .map(|(_, v)| v)
                .collect();
            old.into_iter().for_each(Value::release);
        }
    }
    fixed(it, &o)?.elements = values;
    Ok(Value::Null)
}

/// `__serialize()`: the elements, then the properties by name.
fn serialize_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let mut out = elements_array(fixed(it, &o)?);
    for (k, v) in super::std_props_array(&o).table().iter() {
        out.table_mut().insert(k.to_owned(), v.clone());
    }
    Ok(Value::Arr(out))
}

/// `__unserialize()`: integer keys are the elements, in order; string keys
/// properties.
fn unserialize_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let data = a.array(it, 0)?;
    if !fixed(it, &o)?.elements.is_empty() {
        return Ok(Value::Null);
    }
    let mut elements = Vec::new();
    let mut props = Arr::new();
    for (k, v) in data.table().iter() {
        match k {
            KeyRef::Int(_) => elements.push(v.deref_clone()),
            KeyRef::Str(_) => {
                props.table_mut().insert(k.to_owned(), v.deref_clone());
            }
        }
    }
    fixed(it, &o)?.elements = elements;
    super::load_props(it, &o, &props, a.line)?;
    Ok(Value::Null)
}

/// The `var_dump` view: the elements (keys 0..n), then the properties.
pub fn debug_view(o: &Obj) -> Option<Vec<DebugProp>> {
    let s = o.payload::<FixedState>()?;
    let mut out: Vec<DebugProp> = s
        .elements
        .iter()
        .enumerate()
        .map(|(i, v)| (Key::Int(i as i64), v.clone(), None))
        .collect();
    out.extend(super::std_props(o));
    Some(out)
}

/// `(array)`, `var_export`: the elements, then the properties.
pub fn properties_view(o: &Obj) -> Option<Arr> {
    let s = o.payload::<FixedState>()?;
    let mut out = elements_array(s);
    for (k, v) in super::std_props_array(o).table().iter() {
        out.table_mut().insert(k.to_owned(), v.clone());
    }
    Some(out)
}

pub fn clone_payload(from: &Obj, to: &Obj) -> bool {
    let Some(s) = from.payload::<FixedState>() else {
        return false;
    };
    to.set_payload(Box::new(FixedState {
        elements: s.elements.clone(),
    }));
    true
}
