//! The diff and intersect family. Three engines, as in PHP:
//! - `array_diff`: a set of the other arrays' values as strings;
//! - the key-lookup forms (`array_diff_key`, `array_diff_assoc`,
//!   `array_udiff_assoc`, `array_intersect_key`, `array_intersect_assoc`,
//!   `array_uintersect_assoc`): each key of the first array is looked up in
//!   the others;
//! - the sorted-walk forms (`array_intersect`, `array_udiff`,
//!   `array_diff_ukey`, `array_uintersect`...): every array is sorted with
//!   the comparison, then walked in step. Which elements survive depends on
//!   this walk when a user comparison is not a consistent ordering, so it
//!   follows PHP's step by step.

use super::sort::{zend_sort, UserCompare};
use super::{new_array, variadic_array};
use crate::builtins::CallArgs;
use crate::interp::stmt::key_value;
use crate::interp::{Interp, R};
use crate::value::{Arr, HashTable, Key, Value};
use std::collections::HashSet;

/// The arrays of a diff/intersect call, then its callbacks (`ncallbacks`
/// at the end), parsed in PHP's order: argument count, callbacks, then
/// the arrays' types.
fn parse(it: &mut Interp, a: &CallArgs, ncallbacks: usize) -> R<(Vec<Arr>, Vec<Value>)> {
    let n = a.args.len();
    if n < ncallbacks + 1 {
        let msg = format!(
            "{}() expects at least {} arguments, {} given",
            a.func.name,
            ncallbacks + 1,
            n
        );
        return Err(it.throw_error("ArgumentCountError", &msg));
    }
    let narrays = n - ncallbacks;
    let mut callbacks = Vec::with_capacity(ncallbacks);
    for i in narrays..n {
        let v = a.value(i);
        if let Err(reason) = it.try_resolve_callable(&v)? {
            let msg = format!(
                "{}(): Argument #{} must be a valid callback, {}",
                a.func.name,
                i + 1,
                reason
            );
            return Err(it.throw_error("TypeError", &msg));
        }
        callbacks.push(v);
    }
    let mut arrays = Vec::with_capacity(narrays);
    for i in 0..narrays {
        arrays.push(array_arg(it, a, i)?);
    }
    Ok((arrays, callbacks))
}

/// Argument `i` as an array; the first is the named `$array` parameter.
fn array_arg(it: &mut Interp, a: &CallArgs, i: usize) -> R<Arr> {
    if i == 0 {
        a.array(it, 0)
    } else {
        variadic_array(it, a, i)
    }
}

/// `string_compare_function`: both values as strings, byte order.
fn compare_as_strings(it: &mut Interp, x: &Value, y: &Value) -> R<i32> {
    let x = it.to_str(x.deref())?;
    let y = it.to_str(y.deref())?;
    Ok(match x.as_bytes().cmp(y.as_bytes()) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    })
}

// ---- array_diff ------------------------------------------------------------

pub fn array_diff(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let first = a.array(it, 0)?;
    let n = a.args.len();
    if first.is_empty() {
        for i in 1..n {
            variadic_array(it, a, i)?;
        }
        return Ok(Value::Arr(Arr::empty()));
    }
    if first.len() == 1 {
        let only = first
            .table()
            .values()
            .next()
            .cloned()
            .unwrap_or(Value::Null);
        let needle = it.to_str(only.deref())?;
        let mut found = false;
        for i in 1..n {
            let other = variadic_array(it, a, i)?;
            if found {
                continue;
            }
            for v in other.table().values() {
                if it.to_str(v.deref())?.as_bytes() == needle.as_bytes() {
                    found = true;
                    break;
                }
            }
        }
        return Ok(if found {
            Value::Arr(Arr::empty())
        } else {
            Value::Arr(first)
        });
    }
    let mut others = Vec::with_capacity(n);
    for i in 1..n {
        others.push(variadic_array(it, a, i)?);
    }
    if others.iter().all(|o| o.is_empty()) {
        return Ok(Value::Arr(first));
    }
    let mut exclude: HashSet<Vec<u8>> = HashSet::new();
    for o in &others {
        for v in o.table().values() {
            exclude.insert(it.to_str(v.deref())?.as_bytes().to_vec());
        }
    }
    let mut out = HashTable::with_capacity(first.len());
    for (k, v) in first.table().iter() {
        let s = it.to_str(v.deref())?;
        if !exclude.contains(s.as_bytes()) {
            out.insert(k.to_owned(), super::unwrap_lone_ref(v));
        }
    }
    Ok(new_array(out))
}

// ---- key lookups -------------------------------------------------------------------

/// How the key-lookup forms compare the values of matching keys.
enum DataCompare {
    None,
    Strings,
    User,
}

fn key_lookup(it: &mut Interp, a: &CallArgs, diff: bool, data: DataCompare) -> R<Value> {
    let (arrays, callbacks) = parse(
        it,
        a,
        if matches!(data, DataCompare::User) {
            1
        } else {
            0
        },
    )?;
    let mut user = UserCompare::new();
    let mut out = HashTable::new();
    for (k, v) in arrays[0].table().iter() {
        let key = k.to_owned();
        let val = match v {
            Value::Ref(r) if r.refcount() == 1 => r.get().clone(),
            other => other.clone(),
        };
        let mut keep = true;
        for other in &arrays[1..] {
            let data_value = other.table().get(&key).cloned();
            let matches = match data_value {
                None => false,
                Some(d) => match data {
                    DataCompare::None => true,
                    DataCompare::Strings => compare_as_strings(it, &val, &d)? == 0,
                    DataCompare::User => user.call(it, &callbacks[0], &val, &d, false) == 0,
                },
            };
            if diff && matches {
                keep = false;
                break;
            }
            if !diff && !matches {
                keep = false;
                break;
            }
        }
        if keep {
            out.insert(key, val);
        }
    }
    user.finish()?;
    Ok(new_array(out))
}

pub fn array_diff_key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    key_lookup(it, a, true, DataCompare::None)
}

pub fn array_diff_assoc(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    key_lookup(it, a, true, DataCompare::Strings)
}

pub fn array_udiff_assoc(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    key_lookup(it, a, true, DataCompare::User)
}

pub fn array_intersect_key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    key_lookup(it, a, false, DataCompare::None)
}

pub fn array_intersect_assoc(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    key_lookup(it, a, false, DataCompare::Strings)
}

pub fn array_uintersect_assoc(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    key_lookup(it, a, false, DataCompare::User)
}

// ---- sorted walks ---------------------------------------------------------------------

/// What the sorted walk matches on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Behavior {
    /// Values.
    Values,
    /// Keys only.
    Keys,
    /// Keys, then values.
    Assoc,
}

struct Entry {
    key: Key,
    value: Value,
}

/// The comparisons of one sorted walk, with the user callbacks if any.
struct Walk {
    data_cb: Option<Value>,
    key_cb: Option<Value>,
    user: UserCompare,
}

impl Walk {
    fn data(&mut self, it: &mut Interp, x: &Entry, y: &Entry) -> i32 {
        match &self.data_cb {
            Some(cb) => self.user.call(it, cb, &x.value, &y.value, true),
            None => {
                if self.user.failed() {
                    return 0;
                }
                match compare_as_strings(it, &x.value, &y.value) {
                    Ok(c) => c,
                    Err(e) => {
                        self.user.fail(e);
                        0
                    }
                }
            }
        }
    }

    fn key(&mut self, it: &mut Interp, x: &Entry, y: &Entry) -> i32 {
        match &self.key_cb {
            Some(cb) => {
                let (kx, ky) = (key_value(x.key.as_ref()), key_value(y.key.as_ref()));
                self.user.call(it, cb, &kx, &ky, true)
            }
            None => {
                let text = |k: &Key| match k {
                    Key::Int(i) => i.to_string().into_bytes(),
                    Key::Str(s) => s.as_bytes().to_vec(),
                };
                match text(&x.key).cmp(&text(&y.key)) {
                    std::cmp::Ordering::Less => -1,
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                }
            }
        }
    }

    fn by_behavior(&mut self, it: &mut Interp, behavior: Behavior, x: &Entry, y: &Entry) -> i32 {
        if behavior == Behavior::Values {
            self.data(it, x, y)
        } else {
            self.key(it, x, y)
        }
    }
}

fn remove_key(out: &mut Arr, key: &Key) {
    if let Some(old) = out.table_mut().remove(key) {
        old.release();
    }
}

fn sorted_walk(
    it: &mut Interp,
    a: &CallArgs,
    intersect: bool,
    behavior: Behavior,
    data_user: bool,
    key_user: bool,
) -> R<Value> {
    let ncallbacks = data_user as usize + key_user as usize;
    let (arrays, mut callbacks) = parse(it, a, ncallbacks)?;
    let key_cb = if key_user { callbacks.pop() } else { None };
    let data_cb = if data_user { callbacks.pop() } else { None };
    let mut walk = Walk {
        data_cb,
        key_cb,
        user: UserCompare::new(),
    };
    let mut lists: Vec<Vec<Entry>> = Vec::with_capacity(arrays.len());
    for arr in &arrays {
        let mut list: Vec<Entry> = arr
            .table()
            .iter()
            .map(|(k, v)| Entry {
                key: k.to_owned(),
                value: v.clone(),
            })
            .collect();
        if list.len() > 1 {
            zend_sort(&mut list, &mut |x, y| walk.by_behavior(it, behavior, x, y));
        }
        lists.push(list);
    }
    let mut out = arrays[0].duplicate();
    let len0 = lists[0].len();
    let mut ptrs = vec![0usize; lists.len()];
    let mut p0 = 0usize;
    if intersect {
        let mut c = 0;
        'outer: while p0 < len0 {
            let mut broke_at = 0;
            for i in 1..lists.len() {
                let len_i = lists[i].len();
                while ptrs[i] < len_i {
                    c = walk.by_behavior(it, behavior, &lists[0][p0], &lists[i][ptrs[i]]);
                    if c <= 0 {
                        break;
                    }
                    ptrs[i] += 1;
                }
                if behavior == Behavior::Assoc
                    && c == 0
                    && ptrs[i] < len_i
                    && walk.data(it, &lists[0][p0], &lists[i][ptrs[i]]) != 0
                {
                    c = 1;
                }
                if ptrs[i] == len_i {
                    // The rest of the first array is missing from this one.
                    while p0 < len0 {
                        remove_key(&mut out, &lists[0][p0].key);
                        p0 += 1;
                    }
                    break 'outer;
                }
                if c != 0 {
                    broke_at = i;
                    break;
                }
                ptrs[i] += 1;
            }
            if c != 0 {
                loop {
                    remove_key(&mut out, &lists[0][p0].key);
                    p0 += 1;
                    if p0 == len0 {
                        break 'outer;
                    }
                    if behavior != Behavior::Values {
                        break;
                    }
                    let i = broke_at;
                    if walk.data(it, &lists[0][p0], &lists[i][ptrs[i]]) >= 0 {
                        break;
                    }
                }
            } else {
                loop {
                    p0 += 1;
                    if p0 == len0 {
                        break 'outer;
                    }
                    if behavior != Behavior::Values
                        || walk.data(it, &lists[0][p0 - 1], &lists[0][p0]) != 0
                    {
                        break;
                    }
                }
            }
        }
    } else {
        'outer: while p0 < len0 {
            let mut c = 1;
            for i in 1..lists.len() {
                let len_i = lists[i].len();
                let mut ptr = ptrs[i];
                if behavior == Behavior::Values {
                    while ptrs[i] < len_i {
                        c = walk.data(it, &lists[0][p0], &lists[i][ptrs[i]]);
                        if c <= 0 {
                            break;
                        }
                        ptrs[i] += 1;
                    }
                } else {
                    while ptr < len_i {
                        c = walk.key(it, &lists[0][p0], &lists[i][ptr]);
                        if c == 0 {
                            break;
                        }
                        ptr += 1;
                    }
                }
                if c == 0 {
                    match behavior {
                        Behavior::Values => {
                            if ptrs[i] < len_i {
                                ptrs[i] += 1;
                            }
                            break;
                        }
                        Behavior::Assoc => {
                            if ptr < len_i {
                                if walk.data(it, &lists[0][p0], &lists[i][ptr]) != 0 {
                                    c = -1;
                                } else {
                                    break;
                                }
                            }
                        }
                        Behavior::Keys => break,
                    }
                }
            }
            let found = c == 0;
            loop {
                if found {
                    remove_key(&mut out, &lists[0][p0].key);
                }
                p0 += 1;
                if p0 == len0 {
                    break 'outer;
                }
                if behavior != Behavior::Values
                    || walk.data(it, &lists[0][p0 - 1], &lists[0][p0]) != 0
                {
                    break;
                }
            }
        }
    }
    walk.user.finish()?;
    Ok(Value::Arr(out))
}

pub fn array_intersect(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sorted_walk(it, a, true, Behavior::Values, false, false)
}

pub fn array_uintersect(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sorted_walk(it, a, true, Behavior::Values, true, false)
}

pub fn array_intersect_ukey(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sorted_walk(it, a, true, Behavior::Keys, false, true)
}

pub fn array_intersect_uassoc(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sorted_walk(it, a, true, Behavior::Assoc, false, true)
}

pub fn array_uintersect_uassoc(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sorted_walk(it, a, true, Behavior::Assoc, true, true)
}

pub fn array_udiff(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sorted_walk(it, a, false, Behavior::Values, true, false)
}

pub fn array_diff_ukey(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sorted_walk(it, a, false, Behavior::Keys, false, true)
}

pub fn array_diff_uassoc(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sorted_walk(it, a, false, Behavior::Assoc, false, true)
}

pub fn array_udiff_uassoc(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sorted_walk(it, a, false, Behavior::Assoc, true, true)
}
