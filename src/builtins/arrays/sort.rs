//! Sorting for the array functions: PHP's hybrid insertion/quick sort (the
//! exact sequence of comparisons is observable through user callbacks and
//! through inconsistent orderings), the comparisons the `SORT_*` flags
//! select for values and for keys, natural ordering (`strnatcmp`), user
//! comparison callbacks with their PHP 8 deprecation, and the sort family
//! (`sort` ... `uksort`, `natsort`, `array_multisort`).

use super::array_param_mut;
use crate::builtins::CallArgs;
use crate::interp::convert::to_float_scalar;
use crate::interp::stmt::key_value;
use crate::interp::{Interp, Unwind, R};
use crate::numeric;
use crate::value::{Arr, HashTable, Key, KeyRef, Value};
use std::cmp::Ordering;

pub const SORT_REGULAR: i64 = 0;
pub const SORT_NUMERIC: i64 = 1;
pub const SORT_STRING: i64 = 2;
pub const SORT_DESC: i64 = 3;
pub const SORT_ASC: i64 = 4;
pub const SORT_LOCALE_STRING: i64 = 5;
pub const SORT_NATURAL: i64 = 6;
pub const SORT_FLAG_CASE: i64 = 8;

// ---- the sorting algorithm ----------------------------------------------

/// PHP's `zend_sort` over `v`: insertion sort up to 16 elements, otherwise
/// a quicksort whose pivot is the median of 3 (or 5 from 1024 elements).
/// `cmp` returns <0, 0 or >0; the algorithm relies only on `> 0`.
pub fn zend_sort<T>(v: &mut [T], cmp: &mut dyn FnMut(&T, &T) -> i32) {
    let mut base = 0;
    let mut n = v.len();
    loop {
        if n <= 16 {
            insert_sort(v, base, n, cmp);
            return;
        }
        let start = base;
        let end = base + n;
        let offset = n >> 1;
        let pivot = start + offset;
        if n >> 10 != 0 {
            let delta = offset >> 1;
            sort5(
                v,
                [start, start + delta, pivot, pivot + delta, end - 1],
                cmp,
            );
        } else {
            sort3(v, start, pivot, end - 1, cmp);
        }
        v.swap(start + 1, pivot);
        let pivot = start + 1;
        let mut i = pivot + 1;
        let mut j = end - 1;
        'partition: loop {
            while cmp(&v[pivot], &v[i]) > 0 {
                i += 1;
                if i == j {
                    break 'partition;
                }
            }
            j -= 1;
            if j == i {
                break;
            }
            while cmp(&v[j], &v[pivot]) > 0 {
                j -= 1;
                if j == i {
                    break 'partition;
                }
            }
            v.swap(i, j);
            i += 1;
            if i == j {
                break;
            }
        }
        v.swap(pivot, i - 1);
        if (i - 1) - start < end - i {
            let left = (i - start) - 1;
            zend_sort(&mut v[start..start + left], cmp);
            base = i;
            n = end - i;
        } else {
            zend_sort(&mut v[i..end], cmp);
            n = (i - start) - 1;
        }
    }
}

fn sort2<T>(v: &mut [T], a: usize, b: usize, cmp: &mut dyn FnMut(&T, &T) -> i32) {
    if cmp(&v[a], &v[b]) > 0 {
        v.swap(a, b);
    }
}

fn sort3<T>(v: &mut [T], a: usize, b: usize, c: usize, cmp: &mut dyn FnMut(&T, &T) -> i32) {
    if cmp(&v[a], &v[b]) <= 0 {
        if cmp(&v[b], &v[c]) <= 0 {
            return;
        }
        v.swap(b, c);
        if cmp(&v[a], &v[b]) > 0 {
            v.swap(a, b);
        }
        return;
    }
    if cmp(&v[c], &v[b]) <= 0 {
        v.swap(a, c);
        return;
    }
    v.swap(a, b);
    if cmp(&v[b], &v[c]) > 0 {
        v.swap(b, c);
    }
}

fn sort4<T>(v: &mut [T], p: [usize; 4], cmp: &mut dyn FnMut(&T, &T) -> i32) {
    sort3(v, p[0], p[1], p[2], cmp);
    if cmp(&v[p[2]], &v[p[3]]) > 0 {
        v.swap(p[2], p[3]);
        if cmp(&v[p[1]], &v[p[2]]) > 0 {
            v.swap(p[1], p[2]);
            if cmp(&v[p[0]], &v[p[1]]) > 0 {
                v.swap(p[0], p[1]);
            }
        }
    }
}

fn sort5<T>(v: &mut [T], p: [usize; 5], cmp: &mut dyn FnMut(&T, &T) -> i32) {
    sort4(v, [p[0], p[1], p[2], p[3]], cmp);
    if cmp(&v[p[3]], &v[p[4]]) > 0 {
        v.swap(p[3], p[4]);
        if cmp(&v[p[2]], &v[p[3]]) > 0 {
            v.swap(p[2], p[3]);
            if cmp(&v[p[1]], &v[p[2]]) > 0 {
                v.swap(p[1], p[2]);
                if cmp(&v[p[0]], &v[p[1]]) > 0 {
                    v.swap(p[0], p[1]);
                }
            }
        }
    }
}

/// Moves the element at `from` down to `to` (`to <= from`), shifting the
/// ones between up by one, by adjacent swaps as PHP does.
fn rotate_down<T>(v: &mut [T], to: usize, from: usize) {
    let mut k = from;
    while k > to {
        v.swap(k, k - 1);
        k -= 1;
    }
}

fn insert_sort<T>(v: &mut [T], base: usize, n: usize, cmp: &mut dyn FnMut(&T, &T) -> i32) {
    match n {
        0 | 1 => {}
        2 => sort2(v, base, base + 1, cmp),
        3 => sort3(v, base, base + 1, base + 2, cmp),
        4 => sort4(v, [base, base + 1, base + 2, base + 3], cmp),
        5 => sort5(v, [base, base + 1, base + 2, base + 3, base + 4], cmp),
        _ => {
            let start = base;
            let end = base + n;
            let sentry = start + 6;
            for i in start + 1..sentry {
                let mut j = i - 1;
                if cmp(&v[j], &v[i]) <= 0 {
                    continue;
                }
                while j != start {
                    j -= 1;
                    if cmp(&v[j], &v[i]) <= 0 {
                        j += 1;
                        break;
                    }
                }
                rotate_down(v, j, i);
            }
            for i in sentry..end {
                let mut j = i - 1;
                if cmp(&v[j], &v[i]) <= 0 {
                    continue;
                }
                loop {
                    j -= 2;
                    if cmp(&v[j], &v[i]) <= 0 {
                        j += 1;
                        if cmp(&v[j], &v[i]) <= 0 {
                            j += 1;
                        }
                        break;
                    }
                    if j == start {
                        break;
                    }
                    if j == start + 1 {
                        j -= 1;
                        if cmp(&v[i], &v[j]) > 0 {
                            j += 1;
                        }
                        break;
                    }
                }
                rotate_down(v, j, i);
            }
        }
    }
}

// ---- natural order ------------------------------------------------------

fn byte_at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Compares two runs of digits right-aligned: the longer run is greater,
/// equal lengths compare by their first differing digit.
fn compare_right(a: &[u8], ai: &mut usize, b: &[u8], bi: &mut usize) -> i32 {
    let mut bias = 0;
    loop {
        let a_digit = *ai < a.len() && a[*ai].is_ascii_digit();
        let b_digit = *bi < b.len() && b[*bi].is_ascii_digit();
        if !a_digit && !b_digit {
            return bias;
        }
        if !a_digit {
            return -1;
        }
        if !b_digit {
            return 1;
        }
        if bias == 0 {
            bias = match a[*ai].cmp(&b[*bi]) {
                Ordering::Less => -1,
                Ordering::Greater => 1,
                Ordering::Equal => 0,
            };
        }
        *ai += 1;
        *bi += 1;
    }
}

/// Compares two runs of digits left-aligned (fractional parts): the first
/// differing digit decides.
fn compare_left(a: &[u8], ai: &mut usize, b: &[u8], bi: &mut usize) -> i32 {
    loop {
        let a_digit = *ai < a.len() && a[*ai].is_ascii_digit();
        let b_digit = *bi < b.len() && b[*bi].is_ascii_digit();
        if !a_digit && !b_digit {
            return 0;
        }
        if !a_digit {
            return -1;
        }
        if !b_digit {
            return 1;
        }
        match a[*ai].cmp(&b[*bi]) {
            Ordering::Less => return -1,
            Ordering::Greater => return 1,
            Ordering::Equal => {}
        }
        *ai += 1;
        *bi += 1;
    }
}

/// PHP's `strnatcmp_ex`: "natural order" comparison (`img2` < `img10`),
/// optionally ignoring ASCII case. Returns -1, 0 or 1.
pub fn strnatcmp(a: &[u8], b: &[u8], fold_case: bool) -> i32 {
    if a.is_empty() || b.is_empty() {
        return match a.len().cmp(&b.len()) {
            Ordering::Equal => 0,
            Ordering::Greater => 1,
            Ordering::Less => -1,
        };
    }
    let (mut ai, mut bi) = (0usize, 0usize);
    // Leading zeros of a number are not significant.
    while byte_at(a, ai) == b'0' && ai + 1 < a.len() && a[ai + 1].is_ascii_digit() {
        ai += 1;
    }
    while byte_at(b, bi) == b'0' && bi + 1 < b.len() && b[bi + 1].is_ascii_digit() {
        bi += 1;
    }
    loop {
        while is_c_space(byte_at(a, ai)) {
            ai += 1;
        }
        while is_c_space(byte_at(b, bi)) {
            bi += 1;
        }
        let (mut ca, mut cb) = (byte_at(a, ai), byte_at(b, bi));
        if ca.is_ascii_digit() && cb.is_ascii_digit() {
            let result = if ca == b'0' || cb == b'0' {
                compare_left(a, &mut ai, b, &mut bi)
            } else {
                compare_right(a, &mut ai, b, &mut bi)
            };
            if result != 0 {
                return result;
            }
            match (ai >= a.len(), bi >= b.len()) {
                (true, true) => return 0,
                (true, false) => return -1,
                (false, true) => return 1,
                _ => {}
            }
            ca = a[ai];
            cb = b[bi];
        }
        if fold_case {
            ca = ca.to_ascii_uppercase();
            cb = cb.to_ascii_uppercase();
        }
        if ca != cb {
            return if ca < cb { -1 } else { 1 };
        }
        ai += 1;
        bi += 1;
        match (ai >= a.len(), bi >= b.len()) {
            (true, true) => return 0,
            (true, false) => return -1,
            (false, true) => return 1,
            _ => {}
        }
    }
}

// ---- comparisons by sort flag ---------------------------------------------

/// What the `SORT_*` flags select.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKind {
    Regular,
    Numeric,
    String,
    StringCase,
    Natural,
    NaturalCase,
}

impl SortKind {
    /// PHP's reading of a `$flags` argument: unknown values sort like
    /// `SORT_REGULAR`; `SORT_LOCALE_STRING` compares bytes (the C locale).
    pub fn from_flags(flags: i64) -> SortKind {
        let case = flags & SORT_FLAG_CASE != 0;
        match flags & !SORT_FLAG_CASE {
            SORT_NUMERIC => SortKind::Numeric,
            SORT_STRING if case => SortKind::StringCase,
            SORT_STRING | SORT_LOCALE_STRING => SortKind::String,
            SORT_NATURAL if case => SortKind::NaturalCase,
            SORT_NATURAL => SortKind::Natural,
            _ => SortKind::Regular,
        }
    }
}

fn sign(o: Ordering) -> i32 {
    match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// `ZEND_THREEWAY_COMPARE` for doubles (NaN compares greater).
fn threeway(a: f64, b: f64) -> i32 {
    sign(numeric::compare_floats(a, b))
}

/// `zend_binary_strcasecmp`: ASCII case-insensitive byte comparison.
pub fn strcasecmp(a: &[u8], b: &[u8]) -> i32 {
    for (x, y) in a.iter().zip(b.iter()) {
        let (x, y) = (x.to_ascii_lowercase(), y.to_ascii_lowercase());
        if x != y {
            return if x < y { -1 } else { 1 };
        }
    }
    sign(a.len().cmp(&b.len()))
}

/// Compares two values as `SORT_*` flags say (the "unstable" comparison:
/// 0 for equal).
pub fn compare_values(it: &mut Interp, kind: SortKind, a: &Value, b: &Value) -> R<i32> {
    let (a, b) = (a.deref(), b.deref());
    Ok(match kind {
        SortKind::Regular => {
            let enum_of = |v: &Value| match v {
                Value::Obj(o) if o.class().is_enum() => Some(o.clone()),
                _ => None,
            };
            match (enum_of(a), enum_of(b)) {
                // Enum cases are only equal to themselves; sorting groups
                // equal cases together and puts them after other values.
                (Some(x), Some(y)) => sign(x.handle().cmp(&y.handle())),
                (None, Some(_)) => -1,
                (Some(_), None) => 1,
                (None, None) => match (a, b) {
                    (Value::Int(x), Value::Int(y)) => sign(x.cmp(y)),
                    _ => it.compare(a, b)?,
                },
            }
        }
        SortKind::Numeric => {
            let x = number_of(it, a)?;
            let y = number_of(it, b)?;
            threeway(x, y)
        }
        SortKind::String | SortKind::StringCase | SortKind::Natural | SortKind::NaturalCase => {
            let x = it.to_str(a)?;
            let y = it.to_str(b)?;
            compare_strings_as(kind, x.as_bytes(), y.as_bytes())
        }
    })
}

/// `zval_get_double` (objects warn and count as 1).
fn number_of(it: &mut Interp, v: &Value) -> R<f64> {
    match v {
        Value::Obj(_) => it.to_float(v),
        other => Ok(to_float_scalar(other)),
    }
}

fn compare_strings_as(kind: SortKind, a: &[u8], b: &[u8]) -> i32 {
    match kind {
        SortKind::StringCase => strcasecmp(a, b),
        SortKind::Natural => strnatcmp(a, b, false),
        SortKind::NaturalCase => strnatcmp(a, b, true),
        _ => sign(a.cmp(b)),
    }
}

fn key_text(k: KeyRef<'_>) -> std::borrow::Cow<'_, [u8]> {
    match k {
        KeyRef::Int(i) => std::borrow::Cow::Owned(i.to_string().into_bytes()),
        KeyRef::Str(s) => std::borrow::Cow::Borrowed(s.as_bytes()),
    }
}

/// Compares two keys as `ksort` does for the `SORT_*` flags. Two integer
/// keys are never equal (keys are unique).
pub fn compare_keys(kind: SortKind, a: KeyRef<'_>, b: KeyRef<'_>) -> i32 {
    match kind {
        SortKind::Regular => match (a, b) {
            (KeyRef::Int(x), KeyRef::Int(y)) => {
                if x > y {
                    1
                } else {
                    -1
                }
            }
            (KeyRef::Str(x), KeyRef::Str(y)) => {
                sign(numeric::compare_strings(x.as_bytes(), y.as_bytes()))
            }
            (KeyRef::Int(x), KeyRef::Str(y)) => {
                sign(numeric::compare_int_with_string(x, y.as_bytes()))
            }
            (KeyRef::Str(x), KeyRef::Int(y)) => {
                -sign(numeric::compare_int_with_string(y, x.as_bytes()))
            }
        },
        SortKind::Numeric => {
            if let (KeyRef::Int(x), KeyRef::Int(y)) = (a, b) {
                return if x > y { 1 } else { -1 };
            }
            let num = |k: KeyRef<'_>| match k {
                KeyRef::Int(i) => i as f64,
                KeyRef::Str(s) => numeric::strtod(s.as_bytes()).0,
            };
            threeway(num(a), num(b))
        }
        _ => compare_strings_as(kind, &key_text(a), &key_text(b)),
    }
}

// ---- user comparison callbacks ------------------------------------------

/// Calls user comparison callbacks as the sort family does: the result is
/// reduced to -1/0/1; returning a bool is deprecated (once per call of the
/// sorting function) and `false` is retried with the operands swapped.
/// Once a callback has thrown, further comparisons are 0 and the error is
/// kept for the caller.
#[derive(Default)]
pub struct UserCompare {
    warned_bool: bool,
    failure: Option<Unwind>,
}

impl UserCompare {
    pub fn new() -> UserCompare {
        UserCompare::default()
    }

    /// Calls `callback(a, b)`; `bool_retry` selects the sort-family handling
    /// of bool results (the `_assoc` diff/intersect forms just convert the
    /// result to int).
    pub fn call(
        &mut self,
        it: &mut Interp,
        callback: &Value,
        a: &Value,
        b: &Value,
        bool_retry: bool,
    ) -> i32 {
        if self.failure.is_some() {
            return 0;
        }
        match self.try_call(it, callback, a, b, bool_retry) {
            Ok(c) => c,
            Err(e) => {
                self.failure = Some(e);
                0
            }
        }
    }

    fn try_call(
        &mut self,
        it: &mut Interp,
        callback: &Value,
        a: &Value,
        b: &Value,
        bool_retry: bool,
    ) -> R<i32> {
        let r = it.call_value(callback, vec![a.deref_clone(), b.deref_clone()])?;
        if bool_retry {
            if let Value::Bool(flag) = r {
                if !self.warned_bool {
                    self.warned_bool = true;
                    let line = it.current_line();
                    let msg = format!(
                        "{}(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero",
                        current_function_name(it)
                    );
                    it.deprecated(line, &msg)?;
                }
                if !flag {
                    let r = it.call_value(callback, vec![b.deref_clone(), a.deref_clone()])?;
                    return Ok(-sign(it.to_int(&r)?.cmp(&0)));
                }
            }
        }
        Ok(sign(it.to_int(&r)?.cmp(&0)))
    }

    /// Whether a callback has thrown (later comparisons are all 0).
    pub fn failed(&self) -> bool {
        self.failure.is_some()
    }

    /// Keeps an error raised outside the callbacks (the first one wins).
    pub fn fail(&mut self, e: Unwind) {
        if self.failure.is_none() {
            self.failure = Some(e);
        }
    }

    /// The callback's error, if it threw.
    pub fn finish(self) -> R<()> {
        match self.failure {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// The name of the built-in function running (for messages raised deep
/// inside a helper).
pub fn current_function_name(it: &Interp) -> String {
    for f in it.frames.iter().rev() {
        if f.is_internal {
            if let Some((_, name, _)) = &f.call_name {
                return String::from_utf8_lossy(name.as_bytes()).into_owned();
            }
        }
    }
    String::new()
}

// ---- sorting whole arrays -------------------------------------------------

/// One element being sorted: key, value and original position (the
/// tie-breaker that makes PHP 8's sorts stable).
pub struct Item {
    pub key: Key,
    pub value: Value,
    pub pos: usize,
}

fn stable(c: i32, a: &Item, b: &Item) -> i32 {
    if c != 0 {
        c
    } else {
        sign(a.pos.cmp(&b.pos))
    }
}

/// Copies the elements of an array in order, for sorting. `unwrap`
/// copies references nobody else holds as plain values, as PHP's copy of
/// an array does (the user-callback sorts sort such a copy).
pub fn items_of(table: &HashTable, unwrap: bool) -> Vec<Item> {
    table
        .iter()
        .enumerate()
        .map(|(pos, (k, v))| Item {
            key: k.to_owned(),
            value: if unwrap {
                super::unwrap_lone_ref(v)
            } else {
                v.clone()
            },
            pos,
        })
        .collect()
}

/// Builds the sorted array: renumbered (`sort`, `usort`) or with its keys.
/// A key-preserving sort keeps the next free index of the original.
pub fn table_from_items(items: Vec<Item>, renumber: bool, next_free: i64) -> HashTable {
    let mut t = if renumber {
        HashTable::with_capacity(items.len())
    } else {
        HashTable::with_hash_capacity(items.len())
    };
    for item in items {
        if renumber {
            t.push(item.value);
        } else {
            t.insert(item.key, item.value);
        }
    }
    if !renumber && next_free > t.next_free_index() {
        // Raise the next free index to what it was: insert and delete the
        // key just below it (which leaves a hole at the end).
        let k = Key::Int(next_free - 1);
        t.insert(k.clone(), Value::Null);
        t.remove(&k);
    }
    t
}

/// Whether a table holds keys 0..n in order with no holes (PHP's packed
/// array without holes), so that elements can be moved in place.
pub fn is_dense_list(t: &HashTable) -> bool {
    t.pos_end() == t.len() && t.next_free_index() == t.len() as i64 && t.is_list()
}

/// How a sort-family function orders its elements.
enum Order {
    Values(SortKind, bool),
    Keys(SortKind, bool),
    UserValues,
    UserKeys,
}

/// Sorts the array behind by-reference parameter 0 and stores the result.
/// PHP's `usort` family sorts a copy and then replaces the array; the flag
/// sorts work in place, which is not observably different.
fn sort_array_param(it: &mut Interp, a: &mut CallArgs, order: Order, renumber: bool) -> R<Value> {
    let arr = array_param_mut(it, a, 0)?.clone();
    let callback = match order {
        Order::UserValues | Order::UserKeys => Some(a.callable(it, 1)?),
        _ => None,
    };
    // Nothing to reorder: PHP leaves the array alone (a single element is
    // still renumbered by `sort`).
    if arr.len() <= 1 && !(renumber && arr.len() == 1) {
        return Ok(Value::Bool(true));
    }
    let next_free = arr.table().next_free_index();
    let mut items = items_of(arr.table(), callback.is_some());
    drop(arr);
    let mut user = UserCompare::new();
    {
        let mut cmp = |x: &Item, y: &Item| -> i32 {
            let c = match (&order, &callback) {
                (Order::Values(kind, reverse), _) => {
                    if user.failed() {
                        0
                    } else {
                        match compare_values(it, *kind, &x.value, &y.value) {
                            Ok(c) if *reverse => -c,
                            Ok(c) => c,
                            Err(e) => {
                                user.fail(e);
                                0
                            }
                        }
                    }
                }
                (Order::Keys(kind, reverse), _) => {
                    let c = compare_keys(*kind, x.key.as_ref(), y.key.as_ref());
                    if *reverse {
                        -c
                    } else {
                        c
                    }
                }
                (Order::UserValues, Some(cb)) => user.call(it, cb, &x.value, &y.value, true),
                (Order::UserKeys, Some(cb)) => {
                    let (kx, ky) = (key_value(x.key.as_ref()), key_value(y.key.as_ref()));
                    user.call(it, cb, &kx, &ky, true)
                }
                _ => 0,
            };
            stable(c, x, y)
        };
        zend_sort(&mut items, &mut cmp);
    }
    let arr = array_param_mut(it, a, 0)?;
    if renumber && callback.is_none() && is_dense_list(arr.table()) {
        // Same keys afterwards: move the values in place.
        let t = arr.table_mut();
        for (i, item) in items.into_iter().enumerate() {
            if let Some(slot) = t.at_mut(i) {
                *slot = item.value;
            }
        }
        t.set_internal_pos(0);
    } else {
        // Zend squeezes the holes out first, then sorts in place. Iterators
        // of `foreach` by reference follow their elements out of a list's
        // holes, and keep their positions in a hash (as PHP 8.2 does).
        let t = arr.table_mut();
        if t.is_packed() {
            t.move_iterators_for_compaction();
        }
        t.replace_elements(table_from_items(items, renumber, next_free));
    }
    user.finish()?;
    Ok(Value::Bool(true))
}

/// The `$flags` argument of a flag sort (the array is checked first, as
/// PHP parses parameters in order).
fn flags_param(it: &mut Interp, a: &mut CallArgs) -> R<SortKind> {
    array_param_mut(it, a, 0)?;
    Ok(SortKind::from_flags(
        a.opt_int(it, 1)?.unwrap_or(SORT_REGULAR),
    ))
}

pub fn sort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let kind = flags_param(it, a)?;
    sort_array_param(it, a, Order::Values(kind, false), true)
}

pub fn rsort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let kind = flags_param(it, a)?;
    sort_array_param(it, a, Order::Values(kind, true), true)
}

pub fn asort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let kind = flags_param(it, a)?;
    sort_array_param(it, a, Order::Values(kind, false), false)
}

pub fn arsort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let kind = flags_param(it, a)?;
    sort_array_param(it, a, Order::Values(kind, true), false)
}

pub fn ksort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let kind = flags_param(it, a)?;
    sort_array_param(it, a, Order::Keys(kind, false), false)
}

pub fn krsort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let kind = flags_param(it, a)?;
    sort_array_param(it, a, Order::Keys(kind, true), false)
}

pub fn natsort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sort_array_param(it, a, Order::Values(SortKind::Natural, false), false)
}

pub fn natcasesort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sort_array_param(it, a, Order::Values(SortKind::NaturalCase, false), false)
}

pub fn usort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sort_array_param(it, a, Order::UserValues, true)
}

pub fn uasort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sort_array_param(it, a, Order::UserValues, false)
}

pub fn uksort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sort_array_param(it, a, Order::UserKeys, false)
}

// ---- array_multisort --------------------------------------------------------

/// `array_multisort(&$array, ...$rest)`: sorts several arrays of the same
/// size together, like the columns of a table, each with its own order and
/// flags; ties fall back to the original row order.
pub fn array_multisort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    // Parse: each array may be followed by one order flag and one type flag.
    let mut columns: Vec<(usize, SortKind, bool)> = Vec::new();
    let mut order_allowed = false;
    let mut type_allowed = false;
    for i in 0..a.args.len() {
        let v = a.value(i);
        match v {
            Value::Arr(_) => {
                columns.push((i, SortKind::Regular, false));
                order_allowed = true;
                type_allowed = true;
            }
            Value::Int(flag) => {
                let last = columns.last_mut();
                match flag & !SORT_FLAG_CASE {
                    SORT_ASC | SORT_DESC => match last {
                        Some(col) if order_allowed => {
                            col.2 = flag == SORT_DESC;
                            order_allowed = false;
                        }
                        _ => return Err(multisort_flag_error(
                            it,
                            i,
                            "must be an array or a sort flag that has not already been specified",
                        )),
                    },
                    SORT_REGULAR | SORT_NUMERIC | SORT_STRING | SORT_NATURAL
                    | SORT_LOCALE_STRING => match last {
                        Some(col) if type_allowed => {
                            col.1 = SortKind::from_flags(flag);
                            type_allowed = false;
                        }
                        _ => return Err(multisort_flag_error(
                            it,
                            i,
                            "must be an array or a sort flag that has not already been specified",
                        )),
                    },
                    _ => {
                        let msg = format!("{} must be a valid sort flag", multisort_arg(i));
                        return Err(it.throw_error("ValueError", &msg));
                    }
                }
            }
            _ => {
                return Err(multisort_flag_error(
                    it,
                    i,
                    "must be an array or a sort flag",
                ))
            }
        }
    }
    let arrays: Vec<Arr> = columns
        .iter()
        .map(|(i, _, _)| match a.value(*i) {
            Value::Arr(arr) => arr,
            _ => Arr::empty(),
        })
        .collect();
    let size = arrays[0].len();
    if arrays.iter().any(|arr| arr.len() != size) {
        return Err(it.throw_error("ValueError", "Array sizes are inconsistent"));
    }
    if size == 0 {
        return Ok(Value::Bool(true));
    }
    let cells: Vec<Vec<(Key, Value)>> = arrays
        .iter()
        .map(|arr| {
            arr.table()
                .iter()
                .map(|(k, v)| (k.to_owned(), v.clone()))
                .collect()
        })
        .collect();
    drop(arrays);
    let mut rows: Vec<usize> = (0..size).collect();
    let mut failure: Option<Unwind> = None;
    {
        let mut cmp = |x: &usize, y: &usize| -> i32 {
            if failure.is_none() {
                for (col, (_, kind, desc)) in columns.iter().enumerate() {
                    match compare_values(it, *kind, &cells[col][*x].1, &cells[col][*y].1) {
                        Ok(0) => continue,
                        Ok(c) => return if *desc { -c } else { c },
                        Err(e) => {
                            failure = Some(e);
                            break;
                        }
                    }
                }
            }
            sign(x.cmp(y))
        };
        zend_sort(&mut rows, &mut cmp);
    }
    if let Some(e) = failure {
        return Err(e);
    }
    for (col, (arg, _, _)) in columns.iter().enumerate() {
        let mut t = HashTable::with_capacity(size);
        for &row in &rows {
            let (k, v) = &cells[col][row];
            match k {
                Key::Int(_) => {
                    t.push(v.clone());
                }
                Key::Str(_) => {
                    t.insert(k.clone(), v.clone());
                }
            }
        }
        let new = Value::Arr(Arr::from_table(t));
        match a.reference(*arg) {
            Some(r) => r.set(new),
            None => a.args[*arg] = new,
        }
    }
    Ok(Value::Bool(true))
}

/// `array_multisort(): Argument #N ...`, naming `$array` for the first.
fn multisort_arg(i: usize) -> String {
    if i == 0 {
        "array_multisort(): Argument #1 ($array)".into()
    } else {
        format!("array_multisort(): Argument #{}", i + 1)
    }
}

fn multisort_flag_error(it: &mut Interp, i: usize, what: &str) -> Unwind {
    let msg = format!("{} {}", multisort_arg(i), what);
    it.throw_error("TypeError", &msg)
}

/// Sorts a list of values by `SORT_*` flags without keys (for callers that
/// only need the order, such as `array_unique`).
pub fn sort_values_unstable(it: &mut Interp, items: &mut [Item], kind: SortKind) -> R<()> {
    let mut failure: Option<Unwind> = None;
    {
        let mut cmp = |x: &Item, y: &Item| -> i32 {
            if failure.is_some() {
                return 0;
            }
            match compare_values(it, kind, &x.value, &y.value) {
                Ok(c) => c,
                Err(e) => {
                    failure = Some(e);
                    0
                }
            }
        };
        zend_sort(items, &mut cmp);
    }
    match failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order_matches_php() {
        // Expected values from php -r 'var_dump(strnatcmp(...))'.
        assert_eq!(strnatcmp(b"img12", b"img10", false), 1);
        assert_eq!(strnatcmp(b"img2", b"img10", false), -1);
        assert_eq!(strnatcmp(b"a", b"A", false), 1);
        assert_eq!(strnatcmp(b"a", b"A", true), 0);
        assert_eq!(strnatcmp(b"", b"a", false), -1);
        assert_eq!(strnatcmp(b"0.5", b"0.25", false), -1);
        assert_eq!(strnatcmp(b"x 1", b"x  1", false), 0);
        assert_eq!(strnatcmp(b"007", b"7", false), 0);
    }

    #[test]
    fn zend_sort_sorts() {
        for n in [0usize, 1, 2, 3, 5, 7, 16, 17, 40, 1100] {
            let mut v: Vec<i64> = (0..n as i64).map(|i| (i * 7919) % 101 - 50).collect();
            let mut expected = v.clone();
            expected.sort();
            zend_sort(&mut v, &mut |a, b| sign(a.cmp(b)));
            assert_eq!(v, expected, "n = {}", n);
        }
    }

    #[test]
    fn zend_sort_survives_a_comparison_that_is_no_order() {
        // A user callback may answer anything: indices must stay in bounds
        // and every element must survive.
        let mut v: Vec<i64> = (0..2000).collect();
        let mut seed = 12345u64;
        zend_sort(&mut v, &mut |_, _| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            [-1, 0, 1][(seed >> 62) as usize % 3]
        });
        v.sort();
        assert_eq!(v, (0..2000).collect::<Vec<_>>());
    }

    #[test]
    fn sort_calls_the_comparison_in_php_order() {
        use crate::builtins::hash::crc32_of;
        // From PHP 8.2: usort() of (k * 7919 + 13) % 97 for k < n with a
        // callback logging "$x,$y;": (n, calls, crc32 of the log).
        let expected: [(i64, usize, u32); 16] = [
            (2, 1, 0x409f7ffc),
            (3, 3, 0x074f6f6f),
            (4, 6, 0x0a3b527a),
            (5, 8, 0x5129ccd8),
            (6, 12, 0x2af2df15),
            (7, 13, 0x4b0813b0),
            (8, 17, 0xeee2f307),
            (11, 30, 0xd6d1aa1e),
            (16, 58, 0x78015bda),
            (17, 63, 0xdf17a4a2),
            (20, 79, 0x5d2dcf62),
            (33, 139, 0x5ffdaadf),
            (100, 654, 0x8eb9f70e),
            (1023, 10123, 0xa8559734),
            (1024, 10603, 0xc449079b),
            (3000, 34387, 0xbae5135d),
        ];
        for (n, calls, crc) in expected {
            // (value, original rank): equal values keep their order.
            let mut v: Vec<(i64, usize)> =
                (0..n).map(|k| ((k * 7919 + 13) % 97, k as usize)).collect();
            let mut log = String::new();
            let mut count = 0;
            zend_sort(&mut v, &mut |a, b| {
                log.push_str(&format!("{},{};", a.0, b.0));
                count += 1;
                sign(a.0.cmp(&b.0).then(a.1.cmp(&b.1)))
            });
            assert_eq!((count, crc32_of(log.as_bytes())), (calls, crc), "n = {n}");
        }
    }
}
