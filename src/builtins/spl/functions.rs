//! The SPL functions over any Traversable: `iterator_to_array`,
//! `iterator_count` and `iterator_apply`.

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::convert::to_bool;
use crate::interp::{Interp, R};
use crate::value::{Arr, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!(
        "iterator_to_array",
        iterator_to_array,
        "$iterator, $preserve_keys="
    ),
    f!("iterator_count", iterator_count, "$iterator"),
    f!(
        "iterator_apply",
        iterator_apply,
        "$iterator, $callback, $args="
    ),
];

/// The `Traversable|array` first argument.
fn traversable_or_array(it: &mut Interp, a: &CallArgs) -> R<Value> {
    match a.get(0) {
        Some(v @ Value::Arr(_)) => Ok(v.clone()),
        Some(v @ Value::Obj(o)) if o.class().instance_of_name(b"traversable") => Ok(v.clone()),
        _ => {
            let v = a.value(0);
            Err(a.type_error(it, 0, "Traversable|array", &v))
        }
    }
}

fn iterator_to_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let subject = traversable_or_array(it, a)?;
    let preserve = a.opt_bool(it, 1, true)?;
    let line = a.line;
    let mut out = Arr::new();
    it.foreach_value_keyed(&subject, line, preserve, &mut |it, k, v| {
        if preserve {
            let key = it.array_key(&k, line)?;
            if let Some(old) = out.table_mut().insert(key, v) {
                old.release();
            }
        } else {
            out.table_mut().push(v);
        }
        Ok(true)
    })?;
    Ok(Value::Arr(out))
}

fn iterator_count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let subject = traversable_or_array(it, a)?;
    let mut n = 0i64;
    it.foreach_value_keyed(&subject, a.line, false, &mut |_, _, _| {
        n += 1;
        Ok(true)
    })?;
    Ok(Value::Int(n))
}

/// `iterator_apply()`: calls the callback (with `$args`, not the element)
/// for each element while it returns something true; the number of calls.
fn iterator_apply(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let subject = match a.get(0) {
        Some(v @ Value::Obj(o)) if o.class().instance_of_name(b"traversable") => v.clone(),
        _ => {
            let v = a.value(0);
            return Err(a.type_error(it, 0, "Traversable", &v));
        }
    };
    let callback = a.callable(it, 1)?;
    let args: Vec<Value> = match a.get(2) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Arr(list)) => list.table().values().map(Value::deref_clone).collect(),
        Some(_) => {
            let v = a.value(2);
            return Err(a.type_error(it, 2, "?array", &v));
        }
    };
    let mut n = 0i64;
    it.foreach_value_keyed(&subject, a.line, false, &mut |it, _, _| {
        let r = it.call_value(&callback, args.clone())?;
        n += 1;
        Ok(to_bool(&r))
    })?;
    Ok(Value::Int(n))
}
