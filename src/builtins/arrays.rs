//! Array functions (PHP's `ext/standard/array.c` and the array part of SPL):
//! counting and searching, building and slicing, the stack and queue
//! operations, the callback family (`array_map`, `array_filter`,
//! `array_walk`...), the internal pointer (`current`, `next`...), `range`,
//! `compact`/`extract`, `min`/`max`, and the array constants (`COUNT_*`,
//! `SORT_*`, `EXTR_*`, `ARRAY_FILTER_*`, `CASE_*`).
//!
//! Sorting lives in `arrays/sort.rs`, the diff/intersect family in
//! `arrays/sets.rs`. Results are built the way PHP builds them, since
//! reference counts are observable: an array returned unchanged is the same
//! array, and functions that PHP answers with the shared empty array do so
//! here too.

mod sets;
pub mod sort;

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::convert::to_bool;
use crate::interp::ops::strict_eq;
use crate::interp::stmt::key_value;
use crate::interp::{Interp, Unwind, R};
use crate::numeric::{self, Number, NumericParse};
use crate::value::header::FLAG_PROTECTED;
use crate::value::{ht_iterators, Arr, HashTable, Key, KeyRef, Ref, Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("count", count, "$value, $mode="),
    f!("sizeof", count, "$value, $mode="),
    f!("in_array", in_array, "$needle, $haystack, $strict="),
    f!("array_search", array_search, "$needle, $haystack, $strict="),
    f!("array_keys", array_keys, "$array, $filter_value=, $strict="),
    f!("array_values", array_values, "$array"),
    f!("array_merge", array_merge, "...$arrays"),
    f!("array_merge_recursive", array_merge_recursive, "...$arrays"),
    f!("array_replace", array_replace, "$array, ...$replacements"),
    f!(
        "array_replace_recursive",
        array_replace_recursive,
        "$array, ...$replacements"
    ),
    f!("array_combine", array_combine, "$keys, $values"),
    f!("array_flip", array_flip, "$array"),
    f!(
        "array_slice",
        array_slice,
        "$array, $offset, $length=, $preserve_keys="
    ),
    f!(
        "array_splice",
        array_splice,
        "&$array, $offset, $length=, $replacement="
    ),
    f!("array_map", array_map, "$callback, $array, ...$arrays"),
    f!("array_filter", array_filter, "$array, $callback=, $mode="),
    f!("array_reduce", array_reduce, "$array, $callback, $initial="),
    f!("array_walk", array_walk, "&$array, $callback, $arg="),
    f!(
        "array_walk_recursive",
        array_walk_recursive,
        "&$array, $callback, $arg="
    ),
    f!("array_key_exists", array_key_exists, "$key, $array"),
    f!("key_exists", array_key_exists, "$key, $array"),
    f!("array_key_first", array_key_first, "$array"),
    f!("array_key_last", array_key_last, "$array"),
    f!("array_push", array_push, "&$array, ...$values"),
    f!("array_pop", array_pop, "&$array"),
    f!("array_shift", array_shift, "&$array"),
    f!("array_unshift", array_unshift, "&$array, ...$values"),
    f!("array_reverse", array_reverse, "$array, $preserve_keys="),
    f!("array_sum", array_sum, "$array"),
    f!("array_product", array_product, "$array"),
    f!("array_unique", array_unique, "$array, $flags="),
    f!("array_count_values", array_count_values, "$array"),
    f!("array_fill", array_fill, "$start_index, $count, $value"),
    f!("array_fill_keys", array_fill_keys, "$keys, $value"),
    f!("array_pad", array_pad, "$array, $length, $value"),
    f!(
        "array_chunk",
        array_chunk,
        "$array, $length, $preserve_keys="
    ),
    f!(
        "array_column",
        array_column,
        "$array, $column_key, $index_key="
    ),
    f!(
        "array_change_key_case",
        array_change_key_case,
        "$array, $case="
    ),
    f!("array_is_list", array_is_list, "$array"),
    f!("array_diff", sets::array_diff, "$array, ...$arrays"),
    f!("array_diff_key", sets::array_diff_key, "$array, ...$arrays"),
    f!(
        "array_diff_assoc",
        sets::array_diff_assoc,
        "$array, ...$arrays"
    ),
    f!("array_udiff", sets::array_udiff, "$array, ...$rest"),
    f!("array_diff_ukey", sets::array_diff_ukey, "$array, ...$rest"),
    f!(
        "array_udiff_assoc",
        sets::array_udiff_assoc,
        "$array, ...$rest"
    ),
    f!(
        "array_diff_uassoc",
        sets::array_diff_uassoc,
        "$array, ...$rest"
    ),
    f!(
        "array_udiff_uassoc",
        sets::array_udiff_uassoc,
        "$array, ...$rest"
    ),
    f!(
        "array_intersect",
        sets::array_intersect,
        "$array, ...$arrays"
    ),
    f!(
        "array_intersect_key",
        sets::array_intersect_key,
        "$array, ...$arrays"
    ),
    f!(
        "array_intersect_assoc",
        sets::array_intersect_assoc,
        "$array, ...$arrays"
    ),
    f!(
        "array_uintersect",
        sets::array_uintersect,
        "$array, ...$rest"
    ),
    f!(
        "array_intersect_ukey",
        sets::array_intersect_ukey,
        "$array, ...$rest"
    ),
    f!(
        "array_uintersect_assoc",
        sets::array_uintersect_assoc,
        "$array, ...$rest"
    ),
    f!(
        "array_intersect_uassoc",
        sets::array_intersect_uassoc,
        "$array, ...$rest"
    ),
    f!(
        "array_uintersect_uassoc",
        sets::array_uintersect_uassoc,
        "$array, ...$rest"
    ),
    f!("array_rand", array_rand, "$array, $num="),
    f!("shuffle", shuffle, "&$array"),
    f!("range", range, "$start, $end, $step="),
    f!("compact", compact, "$var_name, ...$var_names"),
    f!("extract", extract, "&?$array, $flags=, $prefix="),
    f!(
        "iterator_to_array",
        iterator_to_array,
        "$iterator, $preserve_keys="
    ),
    f!("iterator_count", iterator_count, "$iterator"),
    f!("current", current, "$array"),
    f!("pos", current, "$array"),
    f!("key", key, "$array"),
    f!("next", next, "&$array"),
    f!("prev", prev, "&$array"),
    f!("reset", reset, "&$array"),
    f!("end", end, "&$array"),
    f!("sort", sort::sort, "&$array, $flags="),
    f!("rsort", sort::rsort, "&$array, $flags="),
    f!("usort", sort::usort, "&$array, $callback"),
    f!("uasort", sort::uasort, "&$array, $callback"),
    f!("uksort", sort::uksort, "&$array, $callback"),
    f!("asort", sort::asort, "&$array, $flags="),
    f!("arsort", sort::arsort, "&$array, $flags="),
    f!("ksort", sort::ksort, "&$array, $flags="),
    f!("krsort", sort::krsort, "&$array, $flags="),
    f!("natsort", sort::natsort, "&$array"),
    f!("natcasesort", sort::natcasesort, "&$array"),
    f!(
        "array_multisort",
        sort::array_multisort,
        "&?$array, &?...$rest"
    ),
    f!("min", min, "$value, ...$values"),
    f!("max", max, "$value, ...$values"),
];

pub const COUNT_RECURSIVE: i64 = 1;
pub const ARRAY_FILTER_USE_BOTH: i64 = 1;
pub const ARRAY_FILTER_USE_KEY: i64 = 2;
const EXTR_OVERWRITE: i64 = 0;
const EXTR_SKIP: i64 = 1;
const EXTR_PREFIX_SAME: i64 = 2;
const EXTR_PREFIX_ALL: i64 = 3;
const EXTR_PREFIX_INVALID: i64 = 4;
const EXTR_PREFIX_IF_EXISTS: i64 = 5;
const EXTR_IF_EXISTS: i64 = 6;
const EXTR_REFS: i64 = 0x100;

/// Registers the array constants.
pub fn register_constants(it: &mut Interp) {
    use sort::*;
    for (name, v) in [
        ("COUNT_NORMAL", 0),
        ("COUNT_RECURSIVE", COUNT_RECURSIVE),
        ("SORT_ASC", SORT_ASC),
        ("SORT_DESC", SORT_DESC),
        ("SORT_REGULAR", SORT_REGULAR),
        ("SORT_NUMERIC", SORT_NUMERIC),
        ("SORT_STRING", SORT_STRING),
        ("SORT_LOCALE_STRING", SORT_LOCALE_STRING),
        ("SORT_NATURAL", SORT_NATURAL),
        ("SORT_FLAG_CASE", SORT_FLAG_CASE),
        ("CASE_LOWER", 0),
        ("CASE_UPPER", 1),
        ("EXTR_OVERWRITE", EXTR_OVERWRITE),
        ("EXTR_SKIP", EXTR_SKIP),
        ("EXTR_PREFIX_SAME", EXTR_PREFIX_SAME),
        ("EXTR_PREFIX_ALL", EXTR_PREFIX_ALL),
        ("EXTR_PREFIX_INVALID", EXTR_PREFIX_INVALID),
        ("EXTR_PREFIX_IF_EXISTS", EXTR_PREFIX_IF_EXISTS),
        ("EXTR_IF_EXISTS", EXTR_IF_EXISTS),
        ("EXTR_REFS", EXTR_REFS),
        ("ARRAY_FILTER_USE_BOTH", ARRAY_FILTER_USE_BOTH),
        ("ARRAY_FILTER_USE_KEY", ARRAY_FILTER_USE_KEY),
    ] {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Int(v));
    }
}

// ---- shared helpers ---------------------------------------------------------

/// A new array value from a table.
pub fn new_array(t: HashTable) -> Value {
    Value::Arr(Arr::from_table(t))
}

/// The shared immutable empty array (`[]`), which PHP returns for many
/// empty results.
fn empty_array() -> Value {
    Value::Arr(Arr::empty())
}

/// `TypeError` for a variadic argument, which PHP words without the
/// parameter's name: `f(): Argument #3 must be of type array, int given`.
pub fn type_error_for(
    it: &mut Interp,
    a: &CallArgs,
    i: usize,
    expected: &str,
    given: &Value,
) -> Unwind {
    let msg = format!(
        "{}(): Argument #{} must be of type {}, {} given",
        a.func.name,
        i + 1,
        expected,
        given.type_name()
    );
    it.throw_error("TypeError", &msg)
}

/// Argument `i` as an array, for a variadic parameter.
pub fn variadic_array(it: &mut Interp, a: &CallArgs, i: usize) -> R<Arr> {
    match a.get(i) {
        Some(Value::Arr(arr)) => Ok(arr.clone()),
        _ => {
            let v = a.value(i);
            Err(type_error_for(it, a, i, "array", &v))
        }
    }
}

/// The array behind by-reference parameter `i`, separated from any copy
/// (PHP separates such parameters as it parses them), to modify in place;
/// a `TypeError` when it holds something else.
pub fn array_param_mut<'a>(it: &mut Interp, a: &'a mut CallArgs, i: usize) -> R<&'a mut Arr> {
    if !matches!(a.get(i), Some(Value::Arr(_))) {
        let v = a.value(i);
        return Err(a.type_error(it, i, "array", &v));
    }
    let slot = match &mut a.args[i] {
        Value::Ref(r) => r.get_mut(),
        v => v,
    };
    match slot {
        Value::Arr(arr) => {
            // Separated as the parameter is parsed (Zend's `Z_PARAM_ARRAY_EX`
            // with separation), before the function copies anything out.
            arr.table_mut();
            Ok(arr)
        }
        _ => Err(it.throw_error("TypeError", "array expected")),
    }
}

/// A `callable` parameter, or `null` for a `?callable` one (`None`).
fn nullable_callable(it: &mut Interp, a: &CallArgs, i: usize) -> R<Option<Value>> {
    let v = a.value(i);
    if v.is_null() {
        return Ok(None);
    }
    match it.try_resolve_callable(&v)? {
        Ok(_) => Ok(Some(v)),
        Err(reason) => {
            let msg = format!(
                "{}(): Argument #{} (${}) must be a valid callback or null, {}",
                a.func.name,
                i + 1,
                a.func.param_name(i),
                reason
            );
            Err(it.throw_error("TypeError", &msg))
        }
    }
}

/// Checks that a PHP-visible allocation of a packed array of `n` elements
/// fits in `memory_limit`, failing the way PHP's allocator does (a fatal
/// error naming the bytes it tried to allocate) instead of allocating.
pub fn check_array_size(it: &mut Interp, n: u64) -> R<()> {
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    it.reserve_memory(crate::memory::limit::packed_array_size(n))
}

/// PHP's count of used slots of a table (`nNumUsed`): holes between
/// elements count, trailing ones do not (PHP trims them on deletion).
fn used_slots(t: &HashTable) -> usize {
    t.pos_valid_before(t.pos_end()).map_or(0, |p| p + 1)
}

/// When PHP would hold a table as a packed array (integer keys added in
/// increasing order, close enough together for its growth rule), the
/// number of slots it uses: the last key + 1, gaps included. Such arrays
/// index slots by key, which `array_rand` observes.
fn packed_slots(t: &HashTable) -> Option<usize> {
    let mut size: i64 = 8;
    let (mut used, mut count) = (0i64, 0i64);
    for k in t.keys() {
        let KeyRef::Int(k) = k else { return None };
        if k < used {
            return None;
        }
        if k >= size {
            if (k >> 1) < size && (size >> 1) < count {
                size *= 2;
            } else {
                return None;
            }
        }
        used = k + 1;
        count += 1;
    }
    (count > 0 && used as usize > t.len()).then_some(used as usize)
}

/// A reference-holding element with no other user is copied as its value
/// when PHP copies elements into a new array.
fn unwrap_lone_ref(v: &Value) -> Value {
    match v {
        Value::Ref(r) if r.refcount() == 1 => r.get().clone(),
        other => other.clone(),
    }
}

/// String key of a value that is used as a key by `array_combine` and
/// `array_fill_keys` (`zval_get_string` + numeric-string normalisation).
fn value_to_key(it: &mut Interp, v: &Value) -> R<Key> {
    match v.deref() {
        Value::Int(i) => Ok(Key::Int(*i)),
        other => {
            let other = other.clone();
            Ok(Key::from_str(it.to_str(&other)?))
        }
    }
}

// ---- count -------------------------------------------------------------

fn count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let mode = a.opt_int(it, 1)?.unwrap_or(0);
    if mode != 0 && mode != COUNT_RECURSIVE {
        return Err(a.value_error(it, 1, "must be either COUNT_NORMAL or COUNT_RECURSIVE"));
    }
    match a.value(0) {
        Value::Arr(arr) => {
            if mode == COUNT_RECURSIVE {
                Ok(Value::Int(count_recursive(it, &arr)?))
            } else {
                Ok(Value::Int(arr.len() as i64))
            }
        }
        Value::Obj(o) if o.class().instance_of_name(b"countable") => {
            let r = it.call_method(&o, b"count", Vec::new())?;
            Ok(Value::Int(it.to_int(&r)?))
        }
        other => Err(a.type_error(it, 0, "Countable|array", &other)),
    }
}

fn count_recursive(it: &mut Interp, arr: &Arr) -> R<i64> {
    let guarded = !arr.is_immutable();
    if guarded {
        if arr.header().has_flag(FLAG_PROTECTED) {
            let line = it.current_line();
            it.warn(line, "count(): Recursion detected")?;
            return Ok(0);
        }
        arr.header().add_flags(FLAG_PROTECTED);
    }
    let mut n = arr.len() as i64;
    let nested: Vec<Arr> = arr
        .table()
        .values()
        .filter_map(|v| match v.deref() {
            Value::Arr(inner) => Some(inner.clone()),
            _ => None,
        })
        .collect();
    let mut result = Ok(());
    for inner in nested {
        match count_recursive(it, &inner) {
            Ok(c) => n += c,
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    if guarded {
        arr.header().remove_flags(FLAG_PROTECTED);
    }
    result.map(|_| n)
}

// ---- searching --------------------------------------------------------------

/// The key of the first element equal to `needle` (`==`, or `===` when
/// strict).
fn search(it: &mut Interp, needle: &Value, haystack: &Arr, strict: bool) -> R<Option<Value>> {
    let t = haystack.table();
    if strict {
        return Ok(t
            .iter()
            .find(|(_, v)| strict_eq(needle, v))
            .map(|(k, _)| key_value(k)));
    }
    // `haystack` is our own handle: comparisons running user code
    // (`__toString`) cannot change it under us.
    for (k, v) in t.iter() {
        let v = v.deref_clone();
        if it.loose_eq(needle, &v)? {
            return Ok(Some(key_value(k)));
        }
    }
    Ok(None)
}

fn in_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let needle = a.value(0);
    let haystack = a.array(it, 1)?;
    let strict = a.opt_bool(it, 2, false)?;
    Ok(Value::Bool(
        search(it, &needle, &haystack, strict)?.is_some(),
    ))
}

fn array_search(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let needle = a.value(0);
    let haystack = a.array(it, 1)?;
    let strict = a.opt_bool(it, 2, false)?;
    Ok(search(it, &needle, &haystack, strict)?.unwrap_or(Value::Bool(false)))
}

fn array_keys(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let strict = a.opt_bool(it, 2, false)?;
    if arr.is_empty() {
        return Ok(Value::Arr(arr));
    }
    let mut out = HashTable::with_capacity(arr.len());
    if a.has(1) {
        let needle = a.value(1);
        for (k, v) in arr.table().iter() {
            let found = if strict {
                strict_eq(&needle, v)
            } else {
                let v = v.deref_clone();
                it.loose_eq(&needle, &v)?
            };
            if found {
                out.push(key_value(k));
            }
        }
    } else {
        for k in arr.table().keys() {
            out.push(key_value(k));
        }
    }
    Ok(new_array(out))
}

fn array_values(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    if arr.is_empty() {
        return Ok(empty_array());
    }
    let t = arr.table();
    if t.is_list() && t.next_free_index() == t.len() as i64 {
        return Ok(Value::Arr(arr.clone()));
    }
    Ok(new_array(list_of(t)))
}

/// The values of a table as a list (references with no other user become
/// plain values).
fn list_of(t: &HashTable) -> HashTable {
    let mut out = HashTable::with_capacity(t.len());
    for v in t.values() {
        out.push(unwrap_lone_ref(v));
    }
    out
}

fn array_key_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let key = a.value(0);
    let arr = a.array(it, 1)?;
    let k = match &key {
        Value::Str(s) => Key::from_str(s.clone()),
        Value::Int(i) => Key::Int(*i),
        Value::Null => Key::Str(Str::empty()),
        Value::Bool(b) => Key::Int(*b as i64),
        Value::Float(_) | Value::Res(_) => it.array_key(&key, a.line)?,
        _ => return Err(it.throw_error("TypeError", "Illegal offset type")),
    };
    Ok(Value::Bool(arr.table().contains_key(&k)))
}

fn array_key_first(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let k = arr.table().keys().next().map(key_value);
    Ok(k.unwrap_or(Value::Null))
}

fn array_key_last(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let k = arr.table().keys().next_back().map(key_value);
    Ok(k.unwrap_or(Value::Null))
}

fn array_is_list(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    Ok(Value::Bool(arr.table().is_list()))
}

// ---- merging and combining -----------------------------------------------------

fn array_merge(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    merge_arrays(it, a, false)
}

fn array_merge_recursive(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    merge_arrays(it, a, true)
}

fn merge_arrays(it: &mut Interp, a: &mut CallArgs, recursive: bool) -> R<Value> {
    let n = a.args.len();
    if n == 0 {
        return Ok(empty_array());
    }
    let mut arrays = Vec::with_capacity(n);
    for i in 0..n {
        arrays.push(variadic_array(it, a, i)?);
    }
    if n == 2 {
        // Merging with an empty array returns the other one when that
        // needs no renumbering.
        let other = if arrays[0].is_empty() {
            Some(&arrays[1])
        } else if arrays[1].is_empty() {
            Some(&arrays[0])
        } else {
            None
        };
        if let Some(other) = other {
            let t = other.table();
            let unchanged = t.keys().all(|k| matches!(k, KeyRef::Str(_)))
                || (t.is_list() && used_slots(t) == t.len());
            if unchanged {
                return Ok(Value::Arr(other.clone()));
            }
        }
    }
    let mut dest = HashTable::with_capacity(arrays.iter().map(|x| x.len()).sum());
    for (k, v) in arrays[0].table().iter() {
        append(&mut dest, k, unwrap_lone_ref(v), false);
    }
    for src in &arrays[1..] {
        if recursive {
            merge_recursive_into(it, &mut dest, src.table())?;
        } else {
            for (k, v) in src.table().iter() {
                append(&mut dest, k, unwrap_lone_ref(v), false);
            }
        }
    }
    Ok(new_array(dest))
}

fn cannot_add(it: &mut Interp) -> Unwind {
    it.throw_error(
        "Error",
        "Cannot add element to the array as the next element is already occupied",
    )
}

/// `php_array_merge_recursive`: string keys present in both become arrays
/// holding both values (merged again when both are arrays).
fn merge_recursive_into(it: &mut Interp, dest: &mut HashTable, src: &HashTable) -> R<()> {
    for (k, src_entry) in src.iter() {
        let KeyRef::Str(s) = k else {
            if dest.push(unwrap_lone_ref(src_entry)).is_none() {
                return Err(cannot_add(it));
            }
            continue;
        };
        let key = Key::Str(s.clone());
        let Some(dest_entry) = dest.get_mut(&key) else {
            dest.insert(key, unwrap_lone_ref(src_entry));
            continue;
        };
        if let (Value::Ref(x), Value::Ref(y)) = (&*dest_entry, src_entry) {
            if x.ptr_eq(y) && x.refcount() % 2 == 1 {
                return Err(it.throw_error("Error", "Recursion detected"));
            }
        }
        if let Value::Arr(d) = dest_entry.deref() {
            if !d.is_immutable() && d.header().has_flag(FLAG_PROTECTED) {
                return Err(it.throw_error("Error", "Recursion detected"));
            }
        }
        // The destination element becomes a value of its own (a reference
        // there is broken, as PHP's SEPARATE_ZVAL does).
        let target = dest_entry;
        let mut arr = match std::mem::take(target).into_deref() {
            Value::Arr(x) => x,
            Value::Null => {
                let mut x = Arr::new();
                x.table_mut().push(Value::Null);
                x
            }
            Value::Obj(o) => it.object_to_array(&o),
            scalar => {
                let mut x = Arr::new();
                x.table_mut().push(scalar);
                x
            }
        };
        let src_value = match src_entry.deref() {
            Value::Obj(o) => Value::Arr(it.object_to_array(&o.clone())),
            other => other.clone(),
        };
        arr.table_mut();
        let result = match &src_value {
            Value::Arr(src_arr) => {
                arr.header().add_flags(FLAG_PROTECTED);
                let r = merge_recursive_into(it, arr.table_mut(), src_arr.table());
                arr.header().remove_flags(FLAG_PROTECTED);
                r
            }
            other => {
                if arr.table_mut().push(other.clone()).is_none() {
                    Err(cannot_add(it))
                } else {
                    Ok(())
                }
            }
        };
        *target = Value::Arr(arr);
        result?;
    }
    Ok(())
}

fn array_replace(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    replace_arrays(it, a, false)
}

fn array_replace_recursive(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    replace_arrays(it, a, true)
}

fn replace_arrays(it: &mut Interp, a: &mut CallArgs, recursive: bool) -> R<Value> {
    let mut arrays = Vec::with_capacity(a.args.len());
    for i in 0..a.args.len() {
        arrays.push(if i == 0 {
            a.array(it, 0)?
        } else {
            variadic_array(it, a, i)?
        });
    }
    let mut dest = arrays[0].duplicate();
    for src in &arrays[1..] {
        if recursive {
            replace_recursive_into(it, dest.table_mut(), src.table())?;
        } else {
            let t = dest.table_mut();
            for (k, v) in src.table().iter() {
                if let Some(old) = t.insert(k.to_owned(), unwrap_lone_ref(v)) {
                    old.release();
                }
            }
        }
    }
    Ok(Value::Arr(dest))
}

fn is_protected(v: &Value) -> bool {
    matches!(v.deref(), Value::Arr(x) if !x.is_immutable() && x.header().has_flag(FLAG_PROTECTED))
}

fn replace_recursive_into(it: &mut Interp, dest: &mut HashTable, src: &HashTable) -> R<()> {
    for (k, src_entry) in src.iter() {
        let key = k.to_owned();
        let src_arr = match src_entry.deref() {
            Value::Arr(x) => Some(x.clone()),
            _ => None,
        };
        let dest_is_array = matches!(dest.get(&key).map(|v| v.deref()), Some(Value::Arr(_)));
        let Some(src_arr) = src_arr.filter(|_| dest_is_array) else {
            if let Some(old) = dest.insert(key, unwrap_lone_ref(src_entry)) {
                old.release();
            }
            continue;
        };
        let Some(dest_entry) = dest.get_mut(&key) else {
            continue;
        };
        let same_ref = matches!((&*dest_entry, src_entry), (Value::Ref(x), Value::Ref(y)) if x.ptr_eq(y) && x.refcount() % 2 == 1);
        if is_protected(dest_entry) || is_protected(src_entry) || same_ref {
            return Err(it.throw_error("Error", "Recursion detected"));
        }
        let target = dest_entry;
        let Value::Arr(mut arr) = std::mem::take(target).into_deref() else {
            continue;
        };
        arr.table_mut();
        let guard = |x: &Arr, on: bool| {
            if !x.is_immutable() {
                if on {
                    x.header().add_flags(FLAG_PROTECTED)
                } else {
                    x.header().remove_flags(FLAG_PROTECTED)
                }
            }
        };
        guard(&arr, true);
        guard(&src_arr, true);
        let r = replace_recursive_into(it, arr.table_mut(), src_arr.table());
        guard(&arr, false);
        guard(&src_arr, false);
        *target = Value::Arr(arr);
        r?;
    }
    Ok(())
}

fn array_combine(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let keys = a.array(it, 0)?;
    let values = a.array(it, 1)?;
    if keys.len() != values.len() {
        return Err(a.value_error(
            it,
            0,
            "and argument #2 ($values) must have the same number of elements",
        ));
    }
    if keys.is_empty() {
        return Ok(empty_array());
    }
    let mut out = HashTable::with_capacity(keys.len());
    for (k, v) in keys.table().values().zip(values.table().values()) {
        let key = value_to_key(it, k)?;
        if let Some(old) = out.insert(key, unwrap_lone_ref(v)) {
            old.release();
        }
    }
    Ok(new_array(out))
}

fn array_flip(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let mut out = HashTable::with_capacity(arr.len());
    for (k, v) in arr.table().iter() {
        let key = match v.deref() {
            Value::Int(i) => Key::Int(*i),
            Value::Str(s) => Key::from_str(s.clone()),
            _ => {
                it.warn(
                    a.line,
                    "array_flip(): Can only flip string and integer values, entry skipped",
                )?;
                continue;
            }
        };
        out.insert(key, key_value(k));
    }
    Ok(new_array(out))
}

fn array_fill(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let start = a.int(it, 0)?;
    let count = a.int(it, 1)?;
    let value = a.value(2);
    if count < 0 {
        return Err(a.value_error(it, 1, "must be greater than or equal to 0"));
    }
    if count == 0 {
        return Ok(empty_array());
    }
    if count > i32::MAX as i64 {
        return Err(a.value_error(it, 1, "is too large"));
    }
    if start > i64::MAX - count + 1 {
        return Err(cannot_add(it));
    }
    check_array_size(
        it,
        count as u64
            + if start >= 0 && start < count {
                start as u64
            } else {
                0
            },
    )?;
    let mut out = HashTable::with_capacity(count as usize);
    out.insert(Key::Int(start), value.clone());
    for _ in 1..count {
        out.push(value.clone());
    }
    Ok(new_array(out))
}

fn array_fill_keys(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let keys = a.array(it, 0)?;
    let value = a.value(1);
    let mut out = HashTable::with_capacity(keys.len());
    for k in keys.table().values() {
        let key = value_to_key(it, k)?;
        if let Some(old) = out.insert(key, value.clone()) {
            old.release();
        }
    }
    Ok(new_array(out))
}

fn array_pad(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let size = a.int(it, 1)?;
    let value = a.value(2);
    let len = arr.len() as i64;
    let wanted = size.checked_abs().unwrap_or(i64::MIN);
    if len >= wanted {
        return Ok(Value::Arr(arr));
    }
    let pads = wanted - len;
    if pads > 1_048_576 {
        return Err(a.value_error(it, 1, "must be less than or equal to 1048576"));
    }
    let mut out = HashTable::with_capacity(wanted as usize);
    let push_pads = |out: &mut HashTable| {
        for _ in 0..pads {
            out.push(value.clone());
        }
    };
    if size < 0 {
        push_pads(&mut out);
    }
    for (k, v) in arr.table().iter() {
        append(&mut out, k, v.clone(), false);
    }
    if size > 0 {
        push_pads(&mut out);
    }
    Ok(new_array(out))
}

fn array_chunk(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let size = a.int(it, 1)?;
    let preserve = a.opt_bool(it, 2, false)?;
    if size < 1 {
        return Err(a.value_error(it, 1, "must be greater than 0"));
    }
    if arr.is_empty() {
        return Ok(empty_array());
    }
    let size = (size as usize).min(arr.len());
    let mut out = HashTable::with_capacity((arr.len() - 1) / size + 1);
    let mut chunk: Option<HashTable> = None;
    for (k, v) in arr.table().iter() {
        let c = chunk.get_or_insert_with(|| HashTable::with_capacity(size));
        if preserve {
            c.insert(k.to_owned(), unwrap_lone_ref(v));
        } else {
            c.push(unwrap_lone_ref(v));
        }
        if c.len() == size {
            if let Some(full) = chunk.take() {
                out.push(new_array(full));
            }
        }
    }
    if let Some(rest) = chunk {
        out.push(new_array(rest));
    }
    Ok(new_array(out))
}

/// An `int|string|null` parameter of `array_column`.
fn column_key_param(it: &mut Interp, a: &CallArgs, i: usize) -> R<Option<Key>> {
    match a.value(i) {
        Value::Null | Value::Undef => Ok(None),
        Value::Int(n) => Ok(Some(Key::Int(n))),
        Value::Str(s) => Ok(Some(Key::from_str(s))),
        Value::Bool(b) => Ok(Some(Key::Int(b as i64))),
        Value::Float(_) => Ok(Some(Key::Int(a.int(it, i)?))),
        Value::Obj(o) if o.class().magic_tostring.is_some() => {
            Ok(Some(Key::from_str(a.string(it, i)?)))
        }
        other => Err(a.type_error(it, i, "string|int|null", &other)),
    }
}

/// Reads column `key` of a row (array element or accessible property).
fn column_of(it: &mut Interp, row: &Value, key: &Key) -> R<Option<Value>> {
    match row.deref() {
        Value::Arr(r) => Ok(r.table().get(key).map(|v| v.deref_clone())),
        Value::Obj(o) => {
            let name = match key {
                Key::Int(i) => crate::interp::convert::int_to_str(*i),
                Key::Str(s) => s.clone(),
            };
            let obj = Value::Obj(o.clone());
            let exists = it.prop_isset(&obj, &name)? || prop_exists_null(o, &name);
            if !exists {
                return Ok(None);
            }
            let v = it.read_prop(
                &obj,
                &name,
                it.current_line(),
                crate::interp::expr::ReadMode::Quiet,
            )?;
            Ok(Some(v))
        }
        _ => Ok(None),
    }
}

/// Whether an object has a property called `name` holding null (which
/// `isset` denies but `array_column` still reads).
fn prop_exists_null(o: &crate::value::Obj, name: &Str) -> bool {
    let class = o.class();
    if let Some(&i) = class.prop_lookup.get(name) {
        let p = &class.props[i];
        return p.visibility == crate::syntax::ast::Visibility::Public
            && matches!(o.props()[p.slot].deref(), Value::Null);
    }
    matches!(
        o.dyn_props()
            .and_then(|t| t.get(&Key::from_str(name.clone())))
            .map(|v| v.deref()),
        Some(Value::Null)
    )
}

fn array_column(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let column = column_key_param(it, a, 1)?;
    let index = column_key_param(it, a, 2)?;
    let mut out = HashTable::with_capacity(arr.len());
    for row in arr.table().values() {
        let row = row.deref_clone();
        let value = match &column {
            None => row.clone(),
            Some(c) => match column_of(it, &row, c)? {
                Some(v) => v,
                None => continue,
            },
        };
        let key = match &index {
            Some(i) => column_of(it, &row, i)?,
            None => None,
        };
        match key {
            Some(k) => {
                let k = it.array_key(&k, a.line)?;
                if let Some(old) = out.insert(k, value) {
                    old.release();
                }
            }
            None => {
                if out.push(value).is_none() {
                    return Err(cannot_add(it));
                }
            }
        }
    }
    Ok(new_array(out))
}

fn array_change_key_case(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let upper = a.opt_int(it, 1)?.unwrap_or(0) != 0;
    let mut out = HashTable::with_capacity(arr.len());
    for (k, v) in arr.table().iter() {
        let key = match k {
            KeyRef::Int(i) => Key::Int(i),
            KeyRef::Str(s) => {
                let b = if upper {
                    s.as_bytes().to_ascii_uppercase()
                } else {
                    s.as_bytes().to_ascii_lowercase()
                };
                Key::Str(Str::new(&b))
            }
        };
        if let Some(old) = out.insert(key, unwrap_lone_ref(v)) {
            old.release();
        }
    }
    Ok(new_array(out))
}

fn array_count_values(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let mut out = HashTable::new();
    for v in arr.table().values() {
        let key = match v.deref() {
            Value::Int(i) => Key::Int(*i),
            Value::Str(s) => Key::from_str(s.clone()),
            _ => {
                it.warn(
                    a.line,
                    "array_count_values(): Can only count string and integer values, entry skipped",
                )?;
                continue;
            }
        };
        let (slot, _) = out.lookup_or_insert(key);
        *slot = match slot {
            Value::Int(n) => Value::Int(*n + 1),
            _ => Value::Int(1),
        };
    }
    Ok(new_array(out))
}

fn array_unique(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let flags = a.opt_int(it, 1)?.unwrap_or(sort::SORT_STRING);
    if arr.len() <= 1 {
        return Ok(Value::Arr(arr));
    }
    if flags == sort::SORT_STRING {
        let mut seen: std::collections::HashSet<Vec<u8>> = std::collections::HashSet::new();
        let mut out = HashTable::new();
        for (k, v) in arr.table().iter() {
            let s = it.to_str(v.deref())?;
            if seen.insert(s.as_bytes().to_vec()) {
                out.insert(k.to_owned(), unwrap_lone_ref(v));
            }
        }
        return Ok(new_array(out));
    }
    // Sort a copy, then delete every element equal to the one kept before
    // it (the earliest of each run of equal values survives).
    let kind = sort::SortKind::from_flags(flags);
    let mut items = sort::items_of(arr.table(), false);
    sort::sort_values_unstable(it, &mut items, kind)?;
    let mut out = arr.duplicate();
    let mut last = 0;
    for i in 1..items.len() {
        if sort::compare_values(it, kind, &items[last].value, &items[i].value)? != 0 {
            last = i;
            continue;
        }
        let drop_index = if items[last].pos > items[i].pos {
            let d = last;
            last = i;
            d
        } else {
            i
        };
        if let Some(old) = out.table_mut().remove(&items[drop_index].key) {
            old.release();
        }
    }
    Ok(Value::Arr(out))
}

fn array_reverse(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let preserve = a.opt_bool(it, 1, false)?;
    let mut out = HashTable::with_capacity(arr.len());
    for (k, v) in arr.table().iter().rev() {
        append(&mut out, k, unwrap_lone_ref(v), preserve);
    }
    Ok(new_array(out))
}

// ---- slicing ------------------------------------------------------------------

/// PHP's clamping of an `(offset, length)` pair against `len` elements:
/// the start position and the number of elements (possibly negative).
fn clamp_range(len: i64, offset: i64, length: i64) -> (i64, i64) {
    let offset = if offset > len {
        len
    } else if offset < 0 {
        (len + offset).max(0)
    } else {
        offset
    };
    let length = if length < 0 {
        len - offset + length
    } else if offset as i128 + length as i128 > len as i128 {
        len - offset
    } else {
        length
    };
    (offset, length)
}

fn array_slice(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let offset = a.int(it, 1)?;
    let length = a.nullable_int(it, 2)?;
    let preserve = a.opt_bool(it, 3, false)?;
    let len = arr.len() as i64;
    if offset > len {
        return Ok(empty_array());
    }
    let (offset, length) = clamp_range(len, offset, length.unwrap_or(len));
    if length <= 0 {
        return Ok(empty_array());
    }
    let mut out = HashTable::with_capacity(length as usize);
    for (k, v) in arr
        .table()
        .iter()
        .skip(offset as usize)
        .take(length as usize)
    {
        append(&mut out, k, unwrap_lone_ref(v), preserve);
    }
    Ok(new_array(out))
}

fn array_splice(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    array_param_mut(it, a, 0)?;
    let offset = a.int(it, 1)?;
    let length = a.nullable_int(it, 2)?;
    let replacement: Option<Arr> = if a.has(3) {
        let v = a.value(3);
        Some(match v {
            Value::Arr(r) => r,
            other => match it.cast(crate::syntax::ast::CastKind::Array, other, a.line)? {
                Value::Arr(r) => r,
                _ => Arr::new(),
            },
        })
    } else {
        None
    };
    let arr = array_param_mut(it, a, 0)?;
    let len = arr.len() as i64;
    let (offset, length) = clamp_range(len, offset, length.unwrap_or(len));
    let length = length.max(0);
    // Rebuild in place (the table keeps its iterators). Iterators of
    // `foreach` by reference follow the elements that stay, found as Zend
    // finds them: lowest registered position first, each in turn.
    let t = arr.table_mut();
    let old_positions: Vec<usize> = (0..t.pos_end()).filter(|&p| t.at(p).is_some()).collect();
    let items = t.drain();
    let replacement: Vec<(Key, Value)> = replacement
        .map(|r| {
            r.table()
                .values()
                .map(|v| (Key::Int(0), v.clone()))
                .collect()
        })
        .unwrap_or_default();
    let mut kept = Vec::with_capacity(items.len() + replacement.len());
    let mut removed = HashTable::with_capacity(length as usize);
    let mut replacement = Some(replacement);
    let end_before = old_positions.last().map_or(0, |p| p + 1);
    let mut next_iterator = if t.has_iterators() {
        ht_iterators::lowest_pos(t, 0)
    } else {
        None
    };
    for (i, (k, v)) in items.into_iter().enumerate() {
        let pos = i as i64;
        let old = old_positions[i];
        if pos >= offset && pos < offset + length {
            // Zend deletes a removed element from the input table: its
            // iterators move on to the next element.
            let next = old_positions.get(i + 1).copied().unwrap_or(end_before);
            ht_iterators::update(t, old, next);
            append(&mut removed, k.as_ref(), v, false);
            continue;
        }
        if pos >= offset && replacement.is_some() {
            kept.extend(replacement.take().unwrap_or_default());
            next_iterator = next_iterator.and_then(|p| ht_iterators::lowest_pos(t, p));
        }
        kept.push((k, v));
        if next_iterator == Some(old) {
            let new = kept.len() - 1;
            if new != old {
                ht_iterators::update(t, old, new);
            }
            next_iterator = ht_iterators::lowest_pos(t, old + 1);
        }
    }
    kept.extend(replacement.take().unwrap_or_default());
    for (k, v) in kept {
        append(t, k.as_ref(), v, false);
    }
    Ok(new_array(removed))
}

/// Adds an element at the end of a table being built: string keys are
/// kept, integer keys kept when `preserve` and renumbered otherwise; a
/// value replaced under a repeated string key is released.
fn append(t: &mut HashTable, k: KeyRef<'_>, v: Value, preserve: bool) {
    match k {
        KeyRef::Int(i) if preserve => {
            if let Some(old) = t.insert(Key::Int(i), v) {
                old.release();
            }
        }
        KeyRef::Int(_) => {
            t.push(v);
        }
        KeyRef::Str(s) => {
            if let Some(old) = t.insert(Key::Str(s.clone()), v) {
                old.release();
            }
        }
    }
}

// ---- the stack and queue operations ---------------------------------------------

fn array_push(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let values = a.rest(1);
    let arr = array_param_mut(it, a, 0)?;
    let t = arr.table_mut();
    for v in values {
        if t.push(v).is_none() {
            return Err(cannot_add(it));
        }
    }
    Ok(Value::Int(t.len() as i64))
}

fn array_pop(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = array_param_mut(it, a, 0)?;
    if arr.is_empty() {
        return Ok(Value::Null);
    }
    match arr.table_mut().pop() {
        Some((_, v)) => Ok(v.into_deref()),
        None => Ok(Value::Null),
    }
}

fn array_shift(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = array_param_mut(it, a, 0)?;
    if arr.is_empty() {
        return Ok(Value::Null);
    }
    let t = arr.table_mut();
    let first = t.keys().next().map(|k| k.to_owned());
    let Some(first) = first else {
        return Ok(Value::Null);
    };
    let v = t.remove(&first).unwrap_or(Value::Null);
    t.renumber();
    t.set_internal_pos(0);
    Ok(v.into_deref())
}

fn array_unshift(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let values = a.rest(1);
    let arr = array_param_mut(it, a, 0)?;
    let t = arr.table_mut();
    let old = t.drain();
    let added = values.len();
    for v in values {
        t.push(v);
    }
    for (k, v) in old {
        append(t, k.as_ref(), v, false);
    }
    // Iterators of `foreach` by reference step over the new elements.
    ht_iterators::advance(t, added);
    t.set_internal_pos(0);
    Ok(Value::Int(t.len() as i64))
}

// ---- arithmetic ------------------------------------------------------------------

/// `convert_scalar_to_number` as `array_sum`/`array_product` use it: a
/// leading number of a string counts, silently.
fn element_number(v: &Value) -> Option<Number> {
    Some(match v.deref() {
        Value::Int(i) => Number::Int(*i),
        Value::Float(f) => Number::Float(*f),
        Value::Bool(b) => Number::Int(*b as i64),
        Value::Null | Value::Undef => Number::Int(0),
        Value::Str(s) => match numeric::parse_numeric(s.as_bytes()) {
            NumericParse::Numeric(n) | NumericParse::LeadingNumeric(n) => n,
            NumericParse::NonNumeric => Number::Int(0),
        },
        Value::Res(r) => Number::Int(r.id()),
        _ => return None,
    })
}

fn as_float(n: Number) -> f64 {
    match n {
        Number::Int(i) => i as f64,
        Number::Float(f) => f,
    }
}

fn array_sum(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let mut sum = Number::Int(0);
    for v in arr.table().values() {
        let Some(n) = element_number(v) else { continue };
        sum = match (sum, n) {
            (Number::Int(x), Number::Int(y)) => match x.checked_add(y) {
                Some(s) => Number::Int(s),
                None => Number::Float(x as f64 + y as f64),
            },
            (x, y) => Number::Float(as_float(x) + as_float(y)),
        };
    }
    Ok(number_value(sum))
}

fn number_value(n: Number) -> Value {
    match n {
        Number::Int(i) => Value::Int(i),
        Number::Float(f) => Value::Float(f),
    }
}

fn array_product(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let mut product = Number::Int(1);
    for v in arr.table().values() {
        let Some(n) = element_number(v) else { continue };
        product = match (product, n) {
            (Number::Int(x), Number::Int(y)) => {
                let d = x as f64 * y as f64;
                if (i64::MIN as f64) <= d && d <= i64::MAX as f64 {
                    Number::Int(x.wrapping_mul(y))
                } else {
                    Number::Float(d)
                }
            }
            (x, y) => Number::Float(as_float(x) * as_float(y)),
        };
    }
    Ok(number_value(product))
}

// ---- callbacks ------------------------------------------------------------------

fn array_map(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let callback = nullable_callable(it, a, 0)?;
    let n = a.args.len() - 1;
    if n == 1 {
        let arr = a.array(it, 1)?;
        let Some(callback) = callback.filter(|_| !arr.is_empty()) else {
            return Ok(Value::Arr(arr));
        };
        let mut out = HashTable::with_capacity(arr.len());
        for (k, v) in arr.table().iter() {
            let r = it.call_value(&callback, vec![v.clone()])?;
            out.insert(k.to_owned(), r);
        }
        return Ok(new_array(out));
    }
    let mut arrays = Vec::with_capacity(n);
    for i in 1..=n {
        arrays.push(if i == 1 {
            a.array(it, 1)?
        } else {
            variadic_array(it, a, i)?
        });
    }
    let max = arrays.iter().map(|x| x.len()).max().unwrap_or(0);
    let columns: Vec<Vec<Value>> = arrays
        .iter()
        .map(|x| x.table().values().cloned().collect())
        .collect();
    let mut out = HashTable::with_capacity(max);
    for row in 0..max {
        let args: Vec<Value> = columns
            .iter()
            .map(|c| c.get(row).cloned().unwrap_or(Value::Null))
            .collect();
        let r = match &callback {
            Some(cb) => it.call_value(cb, args)?,
            None => {
                let mut t = HashTable::with_capacity(args.len());
                for v in args {
                    t.push(v);
                }
                new_array(t)
            }
        };
        out.push(r);
    }
    Ok(new_array(out))
}

fn array_filter(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let callback = nullable_callable(it, a, 1)?;
    let mode = a.opt_int(it, 2)?.unwrap_or(0);
    if arr.is_empty() {
        return Ok(empty_array());
    }
    let mut out = HashTable::new();
    for (k, v) in arr.table().iter() {
        let keep = match &callback {
            None => to_bool(v),
            Some(cb) => {
                let args = match mode {
                    ARRAY_FILTER_USE_KEY => vec![key_value(k)],
                    ARRAY_FILTER_USE_BOTH => vec![v.clone(), key_value(k)],
                    _ => vec![v.clone()],
                };
                let r = it.call_value(cb, args)?;
                to_bool(&r)
            }
        };
        if keep {
            out.insert(k.to_owned(), unwrap_lone_ref(v));
        }
    }
    Ok(new_array(out))
}

fn array_reduce(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let callback = a.callable(it, 1)?;
    let mut carry = a.value(2);
    for v in arr.table().values() {
        carry = it
            .call_value(&callback, vec![carry, v.clone()])?
            .into_deref();
    }
    Ok(carry)
}

fn array_walk(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    walk_param(it, a, false)
}

fn array_walk_recursive(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    walk_param(it, a, true)
}

fn walk_param(it: &mut Interp, a: &mut CallArgs, recursive: bool) -> R<Value> {
    match a.get(0) {
        Some(Value::Arr(_)) | Some(Value::Obj(_)) => {}
        _ => {
            let v = a.value(0);
            return Err(a.type_error(it, 0, "array", &v));
        }
    }
    let callback = a.callable(it, 1)?;
    let extra = if a.has(2) { Some(a.value(2)) } else { None };
    // Walk through a reference to the container, so that writes by the
    // callback and by the walk meet.
    let container = match &mut a.args[0] {
        Value::Ref(r) => r.clone(),
        v => crate::interp::lvalue::to_ref(v),
    };
    if let Value::Arr(arr) = container.get_mut() {
        arr.table_mut();
    }
    walk(it, &container, &callback, &extra, recursive)?;
    Ok(Value::Bool(true))
}

/// `php_array_walk`: each element becomes a reference, the callback gets
/// (element, key[, extra]); the position moves on before the call, as in
/// `foreach`, so the callback may change the array.
fn walk(
    it: &mut Interp,
    container: &Ref,
    callback: &Value,
    extra: &Option<Value>,
    recursive: bool,
) -> R<()> {
    if let Value::Obj(o) = container.get() {
        return walk_object(it, &o.clone(), callback, extra, recursive);
    }
    let mut pos = 0;
    loop {
        let (element, key) = {
            let t = match container.get_mut() {
                Value::Arr(arr) => arr.table_mut(),
                _ => {
                    return Err(it.throw_error(
                        "TypeError",
                        "Iterated value is no longer an array or object",
                    ))
                }
            };
            pos = t.pos_valid_from(pos);
            if pos >= t.pos_end() {
                return Ok(());
            }
            let key = t.key_at(pos).map(key_value).unwrap_or(Value::Null);
            let Some(slot) = t.at_mut(pos) else {
                return Ok(());
            };
            (crate::interp::lvalue::to_ref(slot), key)
        };
        pos += 1;
        walk_element(it, element, key, callback, extra, recursive)?;
    }
}

fn walk_element(
    it: &mut Interp,
    element: Ref,
    key: Value,
    callback: &Value,
    extra: &Option<Value>,
    recursive: bool,
) -> R<()> {
    if recursive {
        if let Value::Arr(inner) = element.get_mut() {
            inner.table_mut();
            if inner.header().has_flag(FLAG_PROTECTED) {
                return Err(it.throw_error("Error", "Recursion detected"));
            }
            let inner_ptr = inner.addr();
            inner.header().add_flags(FLAG_PROTECTED);
            let r = walk(it, &element, callback, extra, recursive);
            if let Value::Arr(after) = element.get() {
                if after.addr() == inner_ptr {
                    after.header().remove_flags(FLAG_PROTECTED);
                }
            }
            return r;
        }
    }
    let mut args = vec![Value::Ref(element), key];
    if let Some(e) = extra {
        args.push(e.clone());
    }
    it.call_value(callback, args)?;
    Ok(())
}

fn walk_object(
    it: &mut Interp,
    o: &crate::value::Obj,
    callback: &Value,
    extra: &Option<Value>,
    recursive: bool,
) -> R<()> {
    let class = o.class().clone();
    for p in &class.props {
        if o.props()[p.slot].is_undef() {
            continue;
        }
        let element = crate::interp::lvalue::to_ref(&mut o.props_mut()[p.slot]);
        let key = match crate::interp::objects::mangle(p) {
            Key::Int(i) => Value::Int(i),
            Key::Str(s) => Value::Str(s),
        };
        walk_element(it, element, key, callback, extra, recursive)?;
    }
    let keys: Vec<Key> = o
        .dyn_props()
        .map(|t| t.keys().map(|k| k.to_owned()).collect())
        .unwrap_or_default();
    for k in keys {
        let Some(slot) = o.dyn_props_mut().get_mut(&k) else {
            continue;
        };
        let element = crate::interp::lvalue::to_ref(slot);
        walk_element(
            it,
            element,
            key_value(k.as_ref()),
            callback,
            extra,
            recursive,
        )?;
    }
    Ok(())
}

// ---- random ------------------------------------------------------------------------

fn array_rand(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = a.array(it, 0)?;
    let num = a.opt_int(it, 1)?.unwrap_or(1);
    let avail = arr.len() as i64;
    if avail == 0 {
        return Err(a.value_error(it, 0, "cannot be empty"));
    }
    let t = arr.table();
    if num == 1 {
        let packed = packed_slots(t);
        let used = packed.unwrap_or_else(|| used_slots(t)) as i64;
        if avail < used - (used >> 1) {
            // Mostly holes: pick the n-th element.
            let n = crate::builtins::math::mt_rand_range(0, avail - 1);
            let k = t.keys().nth(n as usize).map(key_value);
            return Ok(k.unwrap_or(Value::Null));
        }
        // Sample slots until one holds an element (a packed array's slot
        // i holds key i).
        loop {
            let n = crate::builtins::math::mt_rand_range(0, used - 1);
            if packed.is_some() {
                if t.contains_key(&Key::Int(n)) {
                    return Ok(Value::Int(n));
                }
            } else if let Some(k) = t.key_at(n as usize) {
                return Ok(key_value(k));
            }
        }
    }
    if num <= 0 || num > avail {
        return Err(a.value_error(
            it,
            1,
            "must be between 1 and the number of elements in argument #1 ($array)",
        ));
    }
    let (mut wanted, negate) = if num > avail >> 1 {
        (avail - num, true)
    } else {
        (num, false)
    };
    let mut chosen = vec![false; avail as usize];
    while wanted > 0 {
        let n = crate::builtins::math::mt_rand_range(0, avail - 1) as usize;
        if !chosen[n] {
            chosen[n] = true;
            wanted -= 1;
        }
    }
    let mut out = HashTable::with_capacity(num as usize);
    for (i, k) in t.keys().enumerate() {
        if chosen[i] != negate {
            out.push(key_value(k));
        }
    }
    Ok(new_array(out))
}

fn shuffle(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let arr = array_param_mut(it, a, 0)?;
    if arr.is_empty() {
        return Ok(Value::Bool(true));
    }
    let t = arr.table_mut();
    let dense = sort::is_dense_list(t);
    let mut values: Vec<Value> = if dense {
        (0..t.len())
            .map(|i| {
                t.at_mut(i)
                    .map(|v| std::mem::replace(v, Value::Null))
                    .unwrap_or(Value::Null)
            })
            .collect()
    } else {
        t.drain().into_iter().map(|(_, v)| v).collect()
    };
    let mut left = values.len();
    while left > 1 {
        left -= 1;
        let j = crate::builtins::math::mt_rand_range(0, left as i64) as usize;
        values.swap(left, j);
    }
    if dense {
        for (i, v) in values.into_iter().enumerate() {
            if let Some(slot) = t.at_mut(i) {
                *slot = v;
            }
        }
        t.set_internal_pos(0);
    } else {
        for v in values {
            t.push(v);
        }
    }
    Ok(Value::Bool(true))
}

// ---- range ---------------------------------------------------------------------------

fn range(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let start = a.value(0);
    let end = a.value(1);
    let (step, step_is_float) = if a.has(2) {
        match a.number(it, 2)? {
            Number::Int(i) => (i as f64, false),
            Number::Float(f) => (f, true),
        }
    } else {
        (1.0, false)
    };
    let step = step.abs();
    let step_error =
        |it: &mut Interp, a: &CallArgs| a.value_error(it, 2, "must not exceed the specified range");

    // Two non-empty strings that are not numbers: a range of characters.
    if let (Value::Str(s), Value::Str(e)) = (&start, &end) {
        if !s.is_empty() && !e.is_empty() {
            let kind = |b: &[u8]| match numeric::parse_numeric(b) {
                NumericParse::Numeric(Number::Int(_)) => 1,
                NumericParse::Numeric(Number::Float(_)) => 2,
                _ => 0,
            };
            let (k1, k2) = (kind(s.as_bytes()), kind(e.as_bytes()));
            if k1 == 2 || k2 == 2 || step_is_float {
                return float_range(it, a, &start, &end, step);
            }
            if k1 == 0 && k2 == 0 {
                let low = s.as_bytes()[0] as i64;
                let high = e.as_bytes()[0] as i64;
                let lstep = step as i64;
                let mut out = HashTable::new();
                if low > high {
                    if low - high < lstep || lstep <= 0 {
                        return Err(step_error(it, a));
                    }
                    let mut c = low;
                    while c >= high {
                        out.push(Value::Str(Str::single_char(c as u8)));
                        if c - lstep < 0 {
                            break;
                        }
                        c -= lstep;
                    }
                } else if high > low {
                    if high - low < lstep || lstep <= 0 {
                        return Err(step_error(it, a));
                    }
                    let mut c = low;
                    while c <= high {
                        out.push(Value::Str(Str::single_char(c as u8)));
                        if c + lstep > 255 {
                            break;
                        }
                        c += lstep;
                    }
                } else {
                    out.push(Value::Str(Str::single_char(low as u8)));
                }
                return Ok(new_array(out));
            }
            return int_range(it, a, &start, &end, step);
        }
    }
    if matches!(start, Value::Float(_)) || matches!(end, Value::Float(_)) || step_is_float {
        return float_range(it, a, &start, &end, step);
    }
    int_range(it, a, &start, &end, step)
}

fn float_range(it: &mut Interp, a: &CallArgs, start: &Value, end: &Value, step: f64) -> R<Value> {
    let low = it.to_float(start)?;
    let high = it.to_float(end)?;
    if low.is_infinite() || high.is_infinite() {
        let msg = format!(
            "Invalid range supplied: start={} end={}",
            fixed0(low),
            fixed0(high)
        );
        return Err(it.throw_error("ValueError", &msg));
    }
    let mut out = HashTable::new();
    if low == high || !(low > high || high > low) {
        out.push(Value::Float(low));
        return Ok(new_array(out));
    }
    let span = (low - high).abs();
    if span < step || step <= 0.0 {
        return Err(a.value_error(it, 2, "must not exceed the specified range"));
    }
    let size = span / step + 1.0;
    if size >= (1u64 << 30) as f64 {
        let msg = format!(
            "The supplied range exceeds the maximum array size: start={} end={}",
            fixed0(low.min(high)),
            fixed0(low.max(high))
        );
        return Err(it.throw_error("ValueError", &msg));
    }
    let size = numeric::round(size, 0, numeric::RoundMode::HalfUp) as u64;
    check_array_size(it, size)?;
    let mut out = HashTable::with_capacity(size as usize);
    for i in 0..size {
        let element = if low > high {
            low - i as f64 * step
        } else {
            low + i as f64 * step
        };
        if (low > high && element < high) || (high > low && element > high) {
            break;
        }
        out.push(Value::Float(element));
    }
    Ok(new_array(out))
}

/// A float as PHP's own `%0.0f` prints it in messages (`inf`, `nan`).
fn fixed0(f: f64) -> String {
    if f.is_infinite() {
        "inf".into()
    } else if f.is_nan() {
        "nan".into()
    } else {
        format!("{:.0}", f)
    }
}

fn int_range(it: &mut Interp, a: &CallArgs, start: &Value, end: &Value, step: f64) -> R<Value> {
    let low = it.to_int(start)?;
    let high = it.to_int(end)?;
    if step <= 0.0 {
        return Err(a.value_error(it, 2, "must not exceed the specified range"));
    }
    let lstep = if step >= 18_446_744_073_709_551_616.0 {
        u64::MAX
    } else {
        step as u64
    };
    let mut out = HashTable::new();
    if low == high {
        out.push(Value::Int(low));
        return Ok(new_array(out));
    }
    let span = (high as i128 - low as i128).unsigned_abs() as u64;
    if span < lstep || lstep == 0 {
        return Err(a.value_error(it, 2, "must not exceed the specified range"));
    }
    let count = span / lstep;
    if count >= (1u64 << 30) - 1 {
        let msg = format!(
            "The supplied range exceeds the maximum array size: start={} end={}",
            low.min(high),
            low.max(high)
        );
        return Err(it.throw_error("ValueError", &msg));
    }
    check_array_size(it, count + 1)?;
    // Made at its full size at once, as PHP does (no growth at the peak).
    let mut out = HashTable::with_capacity(count as usize + 1);
    for i in 0..=count {
        let delta = i.wrapping_mul(lstep);
        let v = if low > high {
            (low as u64).wrapping_sub(delta)
        } else {
            (low as u64).wrapping_add(delta)
        };
        out.push(Value::Int(v as i64));
    }
    Ok(new_array(out))
}

// ---- the caller's variables: compact and extract -------------------------------------------

/// The frame of the code that called the running built-in.
fn caller_frame_index(it: &Interp) -> usize {
    it.frames.len().saturating_sub(2)
}

fn compact(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let mut out = HashTable::new();
    for i in 0..a.args.len() {
        let v = a.value(i);
        compact_var(it, a, &mut out, &v, i + 1)?;
    }
    Ok(new_array(out))
}

fn compact_var(
    it: &mut Interp,
    a: &CallArgs,
    out: &mut HashTable,
    entry: &Value,
    pos: usize,
) -> R<()> {
    match entry.deref() {
        Value::Str(name) => {
            let fi = caller_frame_index(it);
            let frame = &it.frames[fi];
            let value = frame
                .find(name.as_bytes())
                .map(|i| frame.slots[i].deref_clone())
                .filter(|v| !v.is_undef());
            match value {
                Some(v) => {
                    if let Some(old) = out.insert(Key::Str(name.clone()), v) {
                        old.release();
                    }
                }
                None if name.as_bytes() == b"this" => {
                    if let Some(t) = it.frames[fi].this.clone() {
                        out.insert(Key::Str(name.clone()), Value::Obj(t));
                    }
                }
                None => {
                    let msg = format!(
                        "compact(): Undefined variable ${}",
                        String::from_utf8_lossy(name.as_bytes())
                    );
                    it.warn(a.line, &msg)?;
                }
            }
        }
        Value::Arr(arr) => {
            let guarded = !arr.is_immutable();
            if guarded {
                if arr.header().has_flag(FLAG_PROTECTED) {
                    return Err(it.throw_error("Error", "Recursion detected"));
                }
                arr.header().add_flags(FLAG_PROTECTED);
            }
            let arr = arr.clone();
            let mut r = Ok(());
            for v in arr.table().values() {
                r = compact_var(it, a, out, v, pos);
                if r.is_err() {
                    break;
                }
            }
            if guarded {
                arr.header().remove_flags(FLAG_PROTECTED);
            }
            r?;
        }
        other => {
            let msg = format!(
                "compact(): Argument #{} must be string or array of strings, {} given",
                pos,
                other.type_name()
            );
            it.warn(a.line, &msg)?;
        }
    }
    Ok(())
}

/// Whether `name` is a valid PHP variable name (`[a-zA-Z_\x7f-\xff][a-zA-Z0-9_\x7f-\xff]*`).
fn valid_var_name(name: &[u8]) -> bool {
    let first_ok = |b: u8| b == b'_' || b.is_ascii_alphabetic() || b >= 0x7f;
    match name.split_first() {
        None => false,
        Some((&f, rest)) => first_ok(f) && rest.iter().all(|&b| first_ok(b) || b.is_ascii_digit()),
    }
}

/// The state of a variable of the caller: absent, declared but unset, or set.
#[derive(PartialEq)]
enum VarState {
    Absent,
    Unset,
    Set,
}

fn var_state(it: &Interp, fi: usize, name: &[u8]) -> VarState {
    match it.frames[fi].find(name) {
        None => VarState::Absent,
        Some(i) if it.frames[fi].slots[i].is_undef() => VarState::Unset,
        Some(_) => VarState::Set,
    }
}

/// Assigns to (or binds by reference) the caller's variable `name`.
fn set_caller_var(it: &mut Interp, fi: usize, name: &[u8], v: Value, by_ref: bool) {
    let i = it.frames[fi].find_or_add(name);
    let slot = &mut it.frames[fi].slots[i];
    match slot {
        Value::Ref(r) if !by_ref => {
            let old = std::mem::replace(r.get_mut(), v);
            old.release();
        }
        _ => Value::replace_release(slot, v),
    }
}

fn extract(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    array_param_mut(it, a, 0)?;
    let flags = a.opt_int(it, 1)?.unwrap_or(EXTR_OVERWRITE);
    let prefix = a.opt_string(it, 2)?;
    let refs = flags & EXTR_REFS != 0;
    let kind = flags & 0xff;
    if !(EXTR_OVERWRITE..=EXTR_IF_EXISTS).contains(&kind) {
        return Err(a.value_error(it, 1, "must be a valid extract type"));
    }
    if kind > EXTR_SKIP && kind <= EXTR_PREFIX_IF_EXISTS && !a.has(2) {
        return Err(a.value_error(it, 2, "is required when using this extract type"));
    }
    let prefix = prefix.map(|p| p.as_bytes().to_vec()).unwrap_or_default();
    if !prefix.is_empty() && !valid_var_name(&prefix) {
        return Err(a.value_error(it, 2, "must be a valid identifier"));
    }
    let arr = array_param_mut(it, a, 0)?;
    if refs {
        arr.table_mut();
    }
    let snapshot = arr.clone();
    let keys: Vec<Key> = snapshot.table().keys().map(|k| k.to_owned()).collect();
    drop(snapshot);
    let fi = caller_frame_index(it);
    let prefixed = |name: &[u8]| -> Vec<u8> {
        let mut n = prefix.clone();
        n.push(b'_');
        n.extend_from_slice(name);
        n
    };
    let mut count = 0;
    for key in keys {
        // The name this element goes to, if any.
        let name: Vec<u8> = match &key {
            Key::Int(i) => {
                if kind != EXTR_PREFIX_ALL && kind != EXTR_PREFIX_INVALID {
                    continue;
                }
                prefixed(i.to_string().as_bytes())
            }
            Key::Str(s) => {
                let n = s.as_bytes();
                match kind {
                    EXTR_PREFIX_ALL => {
                        if n.is_empty() {
                            continue;
                        }
                        prefixed(n)
                    }
                    EXTR_PREFIX_INVALID => {
                        if !valid_var_name(n) || n == b"this" {
                            prefixed(n)
                        } else {
                            n.to_vec()
                        }
                    }
                    EXTR_OVERWRITE | EXTR_SKIP => {
                        if !valid_var_name(n) {
                            continue;
                        }
                        if n == b"this" {
                            if kind == EXTR_SKIP {
                                continue;
                            }
                            return Err(it.throw_error("Error", "Cannot re-assign $this"));
                        }
                        let state = var_state(it, fi, n);
                        if kind == EXTR_SKIP && state == VarState::Set {
                            continue;
                        }
                        if n == b"GLOBALS" && state != VarState::Absent {
                            continue;
                        }
                        n.to_vec()
                    }
                    EXTR_IF_EXISTS => {
                        if var_state(it, fi, n) != VarState::Set
                            || !valid_var_name(n)
                            || n == b"GLOBALS"
                        {
                            continue;
                        }
                        if n == b"this" {
                            return Err(it.throw_error("Error", "Cannot re-assign $this"));
                        }
                        n.to_vec()
                    }
                    EXTR_PREFIX_SAME => {
                        if n.is_empty() {
                            continue;
                        }
                        match var_state(it, fi, n) {
                            VarState::Set => prefixed(n),
                            VarState::Unset => n.to_vec(),
                            VarState::Absent => {
                                if !valid_var_name(n) {
                                    continue;
                                }
                                if n == b"this" {
                                    prefixed(n)
                                } else {
                                    n.to_vec()
                                }
                            }
                        }
                    }
                    _ => {
                        // EXTR_PREFIX_IF_EXISTS
                        match var_state(it, fi, n) {
                            VarState::Absent => continue,
                            VarState::Unset => n.to_vec(),
                            VarState::Set => prefixed(n),
                        }
                    }
                }
            }
        };
        if !valid_var_name(&name) {
            continue;
        }
        if name == b"this" {
            return Err(it.throw_error("Error", "Cannot re-assign $this"));
        }
        let arr = array_param_mut(it, a, 0)?;
        let value = if refs {
            let Some(slot) = arr.table_mut().get_mut(&key) else {
                continue;
            };
            Value::Ref(crate::interp::lvalue::to_ref(slot))
        } else {
            match arr.table().get(&key) {
                Some(v) => v.deref_clone(),
                None => continue,
            }
        };
        set_caller_var(it, fi, &name, value, refs);
        count += 1;
    }
    Ok(Value::Int(count))
}

// ---- iterators -------------------------------------------------------------------------

fn traversable_param(it: &mut Interp, a: &CallArgs, i: usize) -> R<Value> {
    let v = a.value(i);
    match &v {
        Value::Arr(_) => Ok(v),
        Value::Obj(o) if o.class().instance_of_name(b"traversable") => Ok(v),
        other => Err(a.type_error(it, i, "Traversable|array", other)),
    }
}

fn iterator_to_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let subject = traversable_param(it, a, 0)?;
    let preserve = a.opt_bool(it, 1, true)?;
    if let Value::Arr(arr) = &subject {
        if preserve {
            return Ok(subject.clone());
        }
        return Ok(new_array(list_of(arr.table())));
    }
    let line = a.line;
    let mut out = HashTable::new();
    let mut failure = None;
    it.foreach_value(&subject, line, &mut |it, k, v| {
        if preserve {
            match it.array_key(&k, line) {
                Ok(key) => {
                    if let Some(old) = out.insert(key, v) {
                        old.release();
                    }
                }
                Err(e) => {
                    failure = Some(e);
                    return Ok(false);
                }
            }
        } else if out.push(v).is_none() {
            failure = Some(cannot_add(it));
            return Ok(false);
        }
        Ok(true)
    })?;
    if let Some(e) = failure {
        return Err(e);
    }
    Ok(new_array(out))
}

fn iterator_count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let subject = traversable_param(it, a, 0)?;
    if let Value::Arr(arr) = &subject {
        return Ok(Value::Int(arr.len() as i64));
    }
    let mut n = 0i64;
    it.foreach_value(&subject, a.line, &mut |_, _, _| {
        n += 1;
        Ok(true)
    })?;
    Ok(Value::Int(n))
}

// ---- the internal pointer --------------------------------------------------------------

fn object_pointer_deprecated(it: &mut Interp, a: &CallArgs) -> R<()> {
    let msg = format!(
        "{}(): Calling {}() on an object is deprecated",
        a.func.name, a.func.name
    );
    it.deprecated(a.line, &msg)
}

/// The element at the internal pointer of a table: (key, value).
fn pointed(t: &HashTable) -> Option<(Value, Value)> {
    t.at(t.pos_valid_from(t.internal_pos()))
        .map(|(k, v)| (key_value(k), v.deref_clone()))
}

/// What a pointer function reads: the array, or (deprecated) an object's
/// properties. An object with only dynamic properties keeps its pointer in
/// its property table, as in PHP; otherwise a snapshot is read.
fn read_pointer(it: &mut Interp, a: &CallArgs) -> R<Option<(Value, Value)>> {
    match a.value(0) {
        Value::Arr(arr) => Ok(pointed(arr.table())),
        Value::Obj(o) => {
            object_pointer_deprecated(it, a)?;
            if o.class().props.is_empty() {
                return Ok(o.dyn_props().and_then(pointed));
            }
            Ok(pointed(it.object_to_array(&o).table()))
        }
        other => Err(a.type_error(it, 0, "array", &other)),
    }
}

fn current(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(read_pointer(it, a)?.map_or(Value::Bool(false), |(_, v)| v))
}

fn key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(read_pointer(it, a)?.map_or(Value::Null, |(k, _)| k))
}

/// Moves the internal pointer of the by-reference argument with `step`
/// and returns the element it then points at (or `false`).
fn move_pointer(it: &mut Interp, a: &mut CallArgs, step: fn(&HashTable) -> usize) -> R<Value> {
    let moved = |t: &mut HashTable| {
        if t.is_empty() {
            return Value::Bool(false);
        }
        let pos = step(t);
        t.set_internal_pos(pos);
        t.at(pos)
            .map_or(Value::Bool(false), |(_, v)| v.deref_clone())
    };
    if let Some(Value::Obj(o)) = a.get(0) {
        let o = o.clone();
        object_pointer_deprecated(it, a)?;
        if o.class().props.is_empty() && o.has_dyn_props() {
            return Ok(moved(o.dyn_props_mut()));
        }
        return Ok(Value::Bool(false));
    }
    let arr = array_param_mut(it, a, 0)?;
    if arr.is_empty() {
        return Ok(Value::Bool(false));
    }
    Ok(moved(arr.table_mut()))
}

fn next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    move_pointer(it, a, |t| {
        let cur = t.pos_valid_from(t.internal_pos());
        if cur < t.pos_end() {
            t.pos_valid_from(cur + 1)
        } else {
            cur
        }
    })
}

fn prev(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    move_pointer(it, a, |t| {
        let cur = t.pos_valid_from(t.internal_pos());
        if cur < t.pos_end() {
            t.pos_valid_before(cur).unwrap_or(t.pos_end())
        } else {
            cur
        }
    })
}

fn reset(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    move_pointer(it, a, |t| t.pos_valid_from(0))
}

fn end(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    move_pointer(it, a, |t| {
        t.pos_valid_before(t.pos_end()).unwrap_or(t.pos_end())
    })
}

// ---- min and max --------------------------------------------------------------------------

fn min(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    extreme(it, a, -1)
}

fn max(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    extreme(it, a, 1)
}

/// `min` (`want` = -1) or `max` (1) of an array or of the arguments; the
/// first of equal values wins.
fn extreme(it: &mut Interp, a: &CallArgs, want: i32) -> R<Value> {
    if a.args.len() == 1 {
        let arr = match a.value(0) {
            Value::Arr(arr) => arr,
            other => return Err(a.type_error(it, 0, "array", &other)),
        };
        let mut best: Option<Value> = None;
        for v in arr.table().values() {
            let v = v.deref_clone();
            best = Some(match best {
                None => v,
                // zend_hash_minmax compares (best, candidate).
                Some(b) => {
                    if it.compare(&b, &v)? == -want {
                        v
                    } else {
                        b
                    }
                }
            });
        }
        return match best {
            Some(b) => Ok(b),
            None => Err(a.value_error(it, 0, "must contain at least one element")),
        };
    }
    let mut best = a.value(0);
    for i in 1..a.args.len() {
        let v = a.value(i);
        if it.compare(&v, &best)? == want {
            best = v;
        }
    }
    Ok(best)
}
