//! String functions of PHP's standard library (`ext/standard/string.c` and
//! its neighbours): length and repetition, searching, replacing, case,
//! trimming, splitting and joining, padding and wrapping, comparisons,
//! escaping, character classes of text (`str_word_count`, `count_chars`),
//! similarity measures, the `printf` family, `number_format`, `sscanf`,
//! `str_getcsv`, `strip_tags` and `setlocale`.
//!
//! Case-insensitive operations fold ASCII only, as PHP 8.2 does (they no
//! longer depend on the locale). Results follow PHP's allocation habits
//! where a script can see them (`debug_zval_dump`): an unchanged input is
//! returned as the same string, and empty or one-byte results of
//! `substr`-like functions are interned.

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, Unwind, R};
use crate::numeric::{self, ArgsOrigin, FormatArgs, SprintfError, SprintfErrorKind};
use crate::value::{Arr, Key, Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    // length, repetition, substrings
    f!("strlen", strlen, "$string"),
    f!("str_repeat", str_repeat, "$string, $times"),
    f!("substr", substr, "$string, $offset, $length="),
    f!(
        "substr_count",
        substr_count,
        "$haystack, $needle, $offset=, $length="
    ),
    f!(
        "substr_replace",
        substr_replace,
        "$string, $replace, $offset, $length="
    ),
    // searching
    f!("strpos", strpos, "$haystack, $needle, $offset="),
    f!("stripos", stripos, "$haystack, $needle, $offset="),
    f!("strrpos", strrpos, "$haystack, $needle, $offset="),
    f!("strripos", strripos, "$haystack, $needle, $offset="),
    f!("strstr", strstr, "$haystack, $needle, $before_needle="),
    f!("strchr", strstr, "$haystack, $needle, $before_needle="),
    f!("stristr", stristr, "$haystack, $needle, $before_needle="),
    f!("strrchr", strrchr, "$haystack, $needle"),
    f!("str_contains", str_contains, "$haystack, $needle"),
    f!("str_starts_with", str_starts_with, "$haystack, $needle"),
    f!("str_ends_with", str_ends_with, "$haystack, $needle"),
    f!("strpbrk", strpbrk, "$string, $characters"),
    f!("strspn", strspn, "$string, $characters, $offset=, $length="),
    f!(
        "strcspn",
        strcspn,
        "$string, $characters, $offset=, $length="
    ),
    // replacing
    f!(
        "str_replace",
        str_replace,
        "$search, $replace, $subject, &$count="
    ),
    f!(
        "str_ireplace",
        str_ireplace,
        "$search, $replace, $subject, &$count="
    ),
    f!("strtr", strtr, "$string, $from, $to="),
    // case
    f!("strtolower", strtolower, "$string"),
    f!("strtoupper", strtoupper, "$string"),
    f!("ucfirst", ucfirst, "$string"),
    f!("lcfirst", lcfirst, "$string"),
    f!("ucwords", ucwords, "$string, $separators="),
    // trimming, padding, splitting, joining
    f!("trim", trim, "$string, $characters="),
    f!("ltrim", ltrim, "$string, $characters="),
    f!("rtrim", rtrim, "$string, $characters="),
    f!("chop", rtrim, "$string, $characters="),
    f!(
        "str_pad",
        str_pad,
        "$string, $length, $pad_string=, $pad_type="
    ),
    f!("str_split", str_split, "$string, $length="),
    f!("strrev", strrev, "$string"),
    f!("str_rot13", str_rot13, "$string"),
    f!("strtok", strtok, "$string, $token="),
    f!("explode", explode, "$separator, $string, $limit="),
    f!("implode", implode, "$separator, $array="),
    f!("join", implode, "$separator, $array="),
    f!(
        "wordwrap",
        wordwrap,
        "$string, $width=, $break=, $cut_long_words="
    ),
    f!("chunk_split", chunk_split, "$string, $length=, $separator="),
    f!("nl2br", nl2br, "$string, $use_xhtml="),
    f!("strip_tags", strip_tags, "$string, $allowed_tags="),
    // escaping, characters, bytes
    f!("addslashes", addslashes, "$string"),
    f!("stripslashes", stripslashes, "$string"),
    f!("addcslashes", addcslashes, "$string, $characters"),
    f!("stripcslashes", stripcslashes, "$string"),
    f!("quotemeta", quotemeta, "$string"),
    f!("chr", chr, "$codepoint"),
    f!("ord", ord, "$character"),
    f!("bin2hex", bin2hex, "$string"),
    f!("hex2bin", hex2bin, "$string"),
    // comparisons
    f!("strcmp", strcmp, "$string1, $string2"),
    f!("strcasecmp", strcasecmp, "$string1, $string2"),
    f!("strncmp", strncmp, "$string1, $string2, $length"),
    f!("strncasecmp", strncasecmp, "$string1, $string2, $length"),
    f!("strnatcmp", strnatcmp, "$string1, $string2"),
    f!("strnatcasecmp", strnatcasecmp, "$string1, $string2"),
    f!(
        "substr_compare",
        substr_compare,
        "$haystack, $needle, $offset, $length=, $case_insensitive="
    ),
    f!("strcoll", strcmp, "$string1, $string2"),
    // text analysis
    f!(
        "str_word_count",
        str_word_count,
        "$string, $format=, $characters="
    ),
    f!("count_chars", count_chars, "$string, $mode="),
    f!(
        "similar_text",
        similar_text,
        "$string1, $string2, &$percent="
    ),
    f!(
        "levenshtein",
        levenshtein,
        "$string1, $string2, $insertion_cost=, $replacement_cost=, $deletion_cost="
    ),
    f!("soundex", soundex, "$string"),
    f!("metaphone", metaphone, "$string, $max_phonemes="),
    // formatting and parsing
    f!("sprintf", sprintf, "$format, ...$values"),
    f!("printf", printf, "$format, ...$values"),
    f!("vsprintf", vsprintf, "$format, $values"),
    f!("vprintf", vprintf, "$format, $values"),
    f!(
        "number_format",
        number_format,
        "$num, $decimals=, $decimal_separator=, $thousands_separator="
    ),
    f!("sscanf", sscanf, "$string, $format, &...$vars"),
    f!(
        "str_getcsv",
        str_getcsv,
        "$string, $separator=, $enclosure=, $escape="
    ),
    // locale
    f!("setlocale", setlocale, "$category, $locales, ...$rest"),
    f!("localeconv", localeconv, ""),
];

/// The `LC_*` constants (glibc's values, as PHP exposes them on Linux).
pub fn register_constants(it: &mut Interp) {
    for (name, v) in [
        ("LC_CTYPE", 0),
        ("LC_NUMERIC", 1),
        ("LC_TIME", 2),
        ("LC_COLLATE", 3),
        ("LC_MONETARY", 4),
        ("LC_MESSAGES", 5),
        ("LC_ALL", 6),
        ("STR_PAD_LEFT", 0),
        ("STR_PAD_RIGHT", 1),
        ("STR_PAD_BOTH", 2),
    ] {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Int(v));
    }
}

// ---- shared helpers ---------------------------------------------------------

/// A warning prefixed with the function's name, as `php_error_docref` words it.
pub(crate) fn warn(it: &mut Interp, a: &CallArgs, msg: &str) -> R<()> {
    it.warn(a.line, &format!("{}(): {}", a.func.name, msg))
}

/// An exception of `class` whose message names the function.
pub(crate) fn fn_error(it: &mut Interp, a: &CallArgs, class: &str, msg: &str) -> Unwind {
    it.throw_error(class, &format!("{}(): {}", a.func.name, msg))
}

/// A new string value; the empty string is the interned one, as PHP's
/// `ZSTR_EMPTY_ALLOC` gives.
pub(crate) fn bytes_value(b: &[u8]) -> Value {
    if b.is_empty() {
        Value::Str(Str::empty())
    } else {
        Value::Str(Str::new(b))
    }
}

/// A substring value as `substr` makes it: interned when empty or one
/// byte long (Zend's `ZSTR_CHAR`).
pub(crate) fn slice_value(b: &[u8]) -> Value {
    if b.len() <= 1 {
        Value::Str(Str::interned(b))
    } else {
        Value::Str(Str::new(b))
    }
}

/// Refuses a string allocation of `count * size` bytes the way Zend's
/// allocator does: an overflowing size is a fatal "Possible integer
/// overflow", one that does not fit in `memory_limit` (counting the memory
/// in use) a fatal "Allowed memory size" (`Interp::reserve_memory`).
pub(crate) fn reserve_bytes(it: &mut Interp, count: u64, size: u64) -> R<()> {
    const HEADER: u64 = 32;
    let total = count.checked_mul(size).and_then(|n| n.checked_add(HEADER));
    let Some(total) = total else {
        let msg = format!(
            "Possible integer overflow in memory allocation ({} * {} + {})",
            count, size, HEADER
        );
        return Err(it.fatal(&msg));
    };
    it.reserve_memory(usize::try_from(total).unwrap_or(usize::MAX))
}

pub(crate) fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// First occurrence of `needle` in `hay` (an empty needle is found at 0).
pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay.iter().position(|&c| c == needle[0]);
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&c| c == first) {
            None => return None,
            Some(p) => {
                i += p;
                if &hay[i..i + needle.len()] == needle {
                    return Some(i);
                }
                i += 1;
            }
        }
    }
    None
}

/// Last occurrence of `needle` lying wholly in `hay`.
fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

// ---- length, repetition, substrings -----------------------------------------

fn strlen(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Int(a.string(it, 0)?.len() as i64))
}

fn str_repeat(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let times = a.int(it, 1)?;
    if times < 0 {
        return Err(a.value_error(it, 1, "must be greater than or equal to 0"));
    }
    if s.is_empty() || times == 0 {
        return Ok(Value::Str(Str::empty()));
    }
    reserve_bytes(it, s.len() as u64, times as u64)?;
    // One allocation of the result, as PHP makes it.
    let unit = s.as_bytes();
    Ok(Value::Str(Str::with_filler(
        unit.len() * times as usize,
        |out| {
            // The unit once, then what is filled copied onto the rest, doubling.
            out[..unit.len()].copy_from_slice(unit);
            let mut filled = unit.len();
            while filled < out.len() {
                let n = filled.min(out.len() - filled);
                out.copy_within(..n, filled);
                filled += n;
            }
        },
    )))
}

/// `substr`'s window: start and length inside a string of `len` bytes, or
/// `None` for an empty result.
fn substr_window(len: usize, offset: i64, length: Option<i64>) -> Option<(usize, usize)> {
    let len = len as i64;
    if offset > len {
        return None;
    }
    let from = if offset < 0 {
        (len + offset).max(0)
    } else {
        offset
    };
    let count = match length {
        None => len - from,
        Some(l) if l < 0 => {
            if len - from < -l {
                return None;
            }
            len - from + l
        }
        Some(l) => l.min(len - from),
    };
    Some((from as usize, count as usize))
}

fn substr(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let offset = a.int(it, 1)?;
    let length = a.nullable_int(it, 2)?;
    match substr_window(s.len(), offset, length) {
        None => Ok(Value::Str(Str::empty())),
        Some((0, n)) if n == s.len() => Ok(Value::Str(s)),
        Some((from, n)) => Ok(slice_value(&s.as_bytes()[from..from + n])),
    }
}

/// An `$offset` that must lie inside the haystack (negative counts from
/// the end), as `strpos` and `substr_count` check it.
fn contained_offset(it: &mut Interp, a: &CallArgs, i: usize, offset: i64, len: usize) -> R<usize> {
    let o = if offset < 0 {
        offset + len as i64
    } else {
        offset
    };
    if o < 0 || o > len as i64 {
        return Err(a.value_error(it, i, "must be contained in argument #1 ($haystack)"));
    }
    Ok(o as usize)
}

fn substr_count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    let offset = a.opt_int(it, 2)?.unwrap_or(0);
    let length = a.nullable_int(it, 3)?;
    if needle.is_empty() {
        return Err(a.value_error(it, 1, "cannot be empty"));
    }
    let from = contained_offset(it, a, 2, offset, hay.len())?;
    let mut end = hay.len();
    if let Some(l) = length {
        let l = if l < 0 {
            l + (hay.len() - from) as i64
        } else {
            l
        };
        if l < 0 || l > (hay.len() - from) as i64 {
            return Err(a.value_error(it, 3, "must be contained in argument #1 ($haystack)"));
        }
        end = from + l as usize;
    }
    let (hay, needle) = (&hay.as_bytes()[from..end], needle.as_bytes());
    let mut count = 0;
    let mut i = 0;
    while let Some(p) = find(&hay[i..], needle) {
        count += 1;
        i += p + needle.len();
    }
    Ok(Value::Int(count))
}

/// One `substr_replace` on a single string.
fn replace_window(s: &[u8], replacement: &[u8], offset: i64, length: Option<i64>) -> Vec<u8> {
    let len = s.len() as i64;
    let from = if offset < 0 {
        (len + offset).max(0)
    } else {
        offset.min(len)
    };
    let mut count = length.unwrap_or(len);
    if count < 0 {
        count = (len - from + count).max(0);
    }
    let count = count.min(len - from);
    let (from, count) = (from as usize, count as usize);
    let mut out = Vec::with_capacity(s.len() - count + replacement.len());
    out.extend_from_slice(&s[..from]);
    out.extend_from_slice(replacement);
    out.extend_from_slice(&s[from + count..]);
    out
}

/// An `array|int` parameter (`?array|int` when `nullable`): `Ok(None)`
/// for an array or an accepted null, with PHP's messages otherwise.
fn int_unless_array(it: &mut Interp, a: &CallArgs, i: usize, nullable: bool) -> R<Option<i64>> {
    let v = a.value(i);
    let ty = if nullable {
        "array|int|null"
    } else {
        "array|int"
    };
    match &v {
        Value::Arr(_) => Ok(None),
        Value::Null | Value::Undef if nullable => Ok(None),
        Value::Null | Value::Undef => {
            let msg = format!(
                "{}(): Passing null to parameter #{} (${}) of type {} is deprecated",
                a.func.name,
                i + 1,
                a.func.param_name(i),
                ty
            );
            it.deprecated(a.line, &msg)?;
            Ok(Some(0))
        }
        Value::Str(s) if !numeric::is_numeric(s.as_bytes()) => Err(a.type_error(it, i, ty, &v)),
        Value::Obj(_) => Err(a.type_error(it, i, ty, &v)),
        _ => a.int(it, i).map(Some),
    }
}

fn substr_replace(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let subject = str_or_array(it, a, 0)?;
    let replace = str_or_array(it, a, 1)?;
    let offset = int_unless_array(it, a, 2, false)?;
    let length = int_unless_array(it, a, 3, true)?;
    let offsets = a.value(2);
    let lengths = a.value(3);
    let length_is_array = matches!(lengths, Value::Arr(_));

    let subjects = match subject {
        StrOrArr::Str(s) => {
            let Some(offset) = offset else {
                let msg =
                    "Argument #3 ($offset) cannot be an array when working on a single string";
                return Err(fn_error(it, a, "TypeError", msg));
            };
            if length_is_array {
                let msg =
                    "Argument #4 ($length) cannot be an array when working on a single string";
                return Err(fn_error(it, a, "TypeError", msg));
            }
            let repl = match &replace {
                StrOrArr::Str(r) => r.clone(),
                StrOrArr::Arr(arr) => match arr.table().values().next().cloned() {
                    Some(v) => it.to_str(&v)?,
                    None => Str::empty(),
                },
            };
            return Ok(bytes_value(&replace_window(
                s.as_bytes(),
                repl.as_bytes(),
                offset,
                length,
            )));
        }
        StrOrArr::Arr(arr) => arr,
    };
    let list = |v: &Value| -> Vec<Value> {
        match v {
            Value::Arr(arr) => arr.table().values().cloned().collect(),
            _ => Vec::new(),
        }
    };
    let replace_list = match &replace {
        StrOrArr::Arr(arr) => list(&Value::Arr(arr.clone())),
        StrOrArr::Str(_) => Vec::new(),
    };
    let (offset_list, length_list) = (list(&offsets), list(&lengths));
    let entries: Vec<(Key, Value)> = subjects
        .table()
        .iter()
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .collect();
    let mut result = Arr::with_capacity(entries.len());
    for (n, (key, v)) in entries.into_iter().enumerate() {
        let s = it.to_str(&v)?;
        let off = match (offset, offset_list.get(n)) {
            (Some(o), _) => o,
            (None, Some(v)) => it.to_int(v)?,
            (None, None) => 0,
        };
        let len = match (length_is_array, length_list.get(n)) {
            (false, _) => length,
            (true, Some(v)) => Some(it.to_int(v)?),
            (true, None) => Some(s.len() as i64),
        };
        let repl = match (&replace, replace_list.get(n)) {
            (StrOrArr::Str(r), _) => r.clone(),
            (StrOrArr::Arr(_), Some(v)) => it.to_str(v)?,
            (StrOrArr::Arr(_), None) => Str::empty(),
        };
        result.table_mut().insert(
            key,
            bytes_value(&replace_window(s.as_bytes(), repl.as_bytes(), off, len)),
        );
    }
    Ok(Value::Arr(result))
}

// ---- searching --------------------------------------------------------------

fn position_value(p: Option<usize>) -> Value {
    match p {
        Some(p) => Value::Int(p as i64),
        None => Value::Bool(false),
    }
}

fn strpos_impl(it: &mut Interp, a: &mut CallArgs, fold: bool) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    let offset = a.opt_int(it, 2)?.unwrap_or(0);
    let from = contained_offset(it, a, 2, offset, hay.len())?;
    let found = if fold {
        find(&lower(&hay.as_bytes()[from..]), &lower(needle.as_bytes()))
    } else {
        find(&hay.as_bytes()[from..], needle.as_bytes())
    };
    Ok(position_value(found.map(|p| p + from)))
}

fn strpos(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    strpos_impl(it, a, false)
}

fn stripos(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    strpos_impl(it, a, true)
}

fn strrpos_impl(it: &mut Interp, a: &mut CallArgs, fold: bool) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    let offset = a.opt_int(it, 2)?.unwrap_or(0);
    let len = hay.len();
    let (from, end) = if offset >= 0 {
        if offset as u64 > len as u64 {
            return Err(a.value_error(it, 2, "must be contained in argument #1 ($haystack)"));
        }
        (offset as usize, len)
    } else {
        let back = offset.unsigned_abs();
        if back > len as u64 {
            return Err(a.value_error(it, 2, "must be contained in argument #1 ($haystack)"));
        }
        let back = back as usize;
        // The match may start at -offset from the end and run past it.
        let end = if back < needle.len() {
            len
        } else {
            len - back + needle.len()
        };
        (0, end)
    };
    let window = &hay.as_bytes()[from..end];
    let found = if fold {
        rfind(&lower(window), &lower(needle.as_bytes()))
    } else {
        rfind(window, needle.as_bytes())
    };
    Ok(position_value(found.map(|p| p + from)))
}

fn strrpos(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    strrpos_impl(it, a, false)
}

fn strripos(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    strrpos_impl(it, a, true)
}

fn strstr_impl(it: &mut Interp, a: &mut CallArgs, fold: bool) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    let before = a.opt_bool(it, 2, false)?;
    let found = if fold {
        find(&lower(hay.as_bytes()), &lower(needle.as_bytes()))
    } else {
        find(hay.as_bytes(), needle.as_bytes())
    };
    Ok(match found {
        None => Value::Bool(false),
        Some(p) if before => slice_value(&hay.as_bytes()[..p]),
        Some(p) => slice_value(&hay.as_bytes()[p..]),
    })
}

fn strstr(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    strstr_impl(it, a, false)
}

fn stristr(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    strstr_impl(it, a, true)
}

fn strrchr(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    let c = needle.as_bytes().first().copied().unwrap_or(0);
    Ok(match hay.as_bytes().iter().rposition(|&b| b == c) {
        None => Value::Bool(false),
        Some(p) => slice_value(&hay.as_bytes()[p..]),
    })
}

fn str_contains(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    Ok(Value::Bool(
        find(hay.as_bytes(), needle.as_bytes()).is_some(),
    ))
}

fn str_starts_with(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    Ok(Value::Bool(hay.as_bytes().starts_with(needle.as_bytes())))
}

fn str_ends_with(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    Ok(Value::Bool(hay.as_bytes().ends_with(needle.as_bytes())))
}

fn strpbrk(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let chars = a.string(it, 1)?;
    if chars.is_empty() {
        return Err(a.value_error(it, 1, "must be a non-empty string"));
    }
    Ok(
        match s
            .as_bytes()
            .iter()
            .position(|b| chars.as_bytes().contains(b))
        {
            None => Value::Bool(false),
            Some(p) => slice_value(&s.as_bytes()[p..]),
        },
    )
}

fn span_impl(it: &mut Interp, a: &mut CallArgs, accept: bool) -> R<Value> {
    let s = a.string(it, 0)?;
    let chars = a.string(it, 1)?;
    let offset = a.opt_int(it, 2)?.unwrap_or(0);
    let length = a.nullable_int(it, 3)?;
    let len = s.len() as i64;
    // Out-of-range windows are clamped, not errors.
    let from = if offset < 0 {
        (len + offset).max(0)
    } else {
        offset.min(len)
    };
    let count = match length {
        None => len - from,
        Some(l) if l < 0 => (len - from + l).max(0),
        Some(l) => l.min(len - from),
    };
    let window = &s.as_bytes()[from as usize..(from + count) as usize];
    let n = window
        .iter()
        .take_while(|b| chars.as_bytes().contains(b) == accept)
        .count();
    Ok(Value::Int(n as i64))
}

fn strspn(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    span_impl(it, a, true)
}

fn strcspn(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    span_impl(it, a, false)
}

// ---- replacing --------------------------------------------------------------

/// Replaces every occurrence of `search` (non-empty) in `subject`; `None`
/// when there is none (the subject is then returned unchanged).
fn replace_all(
    subject: &[u8],
    search: &[u8],
    replace: &[u8],
    fold: bool,
    count: &mut i64,
) -> Option<Vec<u8>> {
    let folded;
    let (hay, needle): (&[u8], Vec<u8>) = if fold {
        folded = lower(subject);
        (&folded, lower(search))
    } else {
        (subject, search.to_vec())
    };
    let mut out = Vec::new();
    let mut last = 0;
    let mut i = 0;
    while let Some(p) = find(&hay[i..], &needle) {
        let at = i + p;
        out.extend_from_slice(&subject[last..at]);
        out.extend_from_slice(replace);
        *count += 1;
        last = at + needle.len();
        i = last;
    }
    if last == 0 && out.is_empty() {
        return None;
    }
    out.extend_from_slice(&subject[last..]);
    Some(out)
}

/// A parameter declared `array|string`.
pub(crate) enum StrOrArr {
    Str(Str),
    Arr(Arr),
}

/// Reads an `array|string` parameter with PHP's coercions and messages.
pub(crate) fn str_or_array(it: &mut Interp, a: &CallArgs, i: usize) -> R<StrOrArr> {
    let v = a.value(i);
    match v {
        Value::Arr(arr) => Ok(StrOrArr::Arr(arr)),
        Value::Null | Value::Undef => {
            let msg = format!(
                "{}(): Passing null to parameter #{} (${}) of type array|string is deprecated",
                a.func.name,
                i + 1,
                a.func.param_name(i)
            );
            it.deprecated(a.line, &msg)?;
            Ok(StrOrArr::Str(Str::empty()))
        }
        Value::Obj(ref o) if o.class().magic_tostring.is_none() => {
            Err(a.type_error(it, i, "array|string", &v))
        }
        other => Ok(StrOrArr::Str(it.to_str(&other)?)),
    }
}

fn str_replace_impl(it: &mut Interp, a: &mut CallArgs, fold: bool) -> R<Value> {
    let search = str_or_array(it, a, 0)?;
    let replace = str_or_array(it, a, 1)?;
    let subject = str_or_array(it, a, 2)?;
    let pairs: Vec<(Str, Str)> = match (&search, &replace) {
        (StrOrArr::Str(_), StrOrArr::Arr(_)) => return Err(fn_error(
            it,
            a,
            "TypeError",
            "Argument #2 ($replace) must be of type string when argument #1 ($search) is a string",
        )),
        (StrOrArr::Str(s), StrOrArr::Str(r)) => vec![(s.clone(), r.clone())],
        (StrOrArr::Arr(searches), _) => {
            let searches: Vec<Value> = searches.table().values().cloned().collect();
            let replacements: Option<Vec<Value>> = match &replace {
                StrOrArr::Arr(r) => Some(r.table().values().cloned().collect()),
                StrOrArr::Str(_) => None,
            };
            let mut pairs = Vec::with_capacity(searches.len());
            for (n, s) in searches.iter().enumerate() {
                let s = it.to_str(s)?;
                let r = match (&replacements, &replace) {
                    (Some(list), _) => match list.get(n) {
                        Some(v) => it.to_str(v)?,
                        None => Str::empty(),
                    },
                    (None, StrOrArr::Str(r)) => r.clone(),
                    _ => Str::empty(),
                };
                pairs.push((s, r));
            }
            pairs
        }
    };
    let mut count = 0i64;
    let result = match subject {
        StrOrArr::Str(s) => replace_in_subject(s, &pairs, fold, &mut count),
        StrOrArr::Arr(subjects) => {
            let entries: Vec<(Key, Value)> = subjects
                .table()
                .iter()
                .map(|(k, v)| (k.to_owned(), v.clone()))
                .collect();
            let mut out = Arr::with_capacity(entries.len());
            for (k, v) in entries {
                let s = it.to_str(&v)?;
                let r = replace_in_subject(s, &pairs, fold, &mut count);
                out.table_mut().insert(k, r);
            }
            Value::Arr(out)
        }
    };
    if a.has(3) {
        a.set_ref(3, Value::Int(count));
    }
    Ok(result)
}

fn replace_in_subject(subject: Str, pairs: &[(Str, Str)], fold: bool, count: &mut i64) -> Value {
    if subject.is_empty() {
        return Value::Str(Str::empty());
    }
    let mut current = subject;
    for (search, replace) in pairs {
        if search.is_empty() {
            continue;
        }
        if let Some(out) = replace_all(
            current.as_bytes(),
            search.as_bytes(),
            replace.as_bytes(),
            fold,
            count,
        ) {
            if out.is_empty() {
                return Value::Str(Str::empty());
            }
            current = Str::new(&out);
        }
    }
    Value::Str(current)
}

fn str_replace(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    str_replace_impl(it, a, false)
}

fn str_ireplace(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    str_replace_impl(it, a, true)
}

/// `strtr($string, $from, $to)`: byte-for-byte translation over the
/// shorter of the two lists.
fn translate_bytes(s: Str, from: &Str, to: &Str) -> Value {
    let n = from.len().min(to.len());
    if n == 0 || s.is_empty() {
        return Value::Str(s);
    }
    let mut map: [u8; 256] = std::array::from_fn(|i| i as u8);
    for i in 0..n {
        map[from.as_bytes()[i] as usize] = to.as_bytes()[i];
    }
    let out: Vec<u8> = s.as_bytes().iter().map(|&b| map[b as usize]).collect();
    if out == s.as_bytes() {
        return Value::Str(s);
    }
    bytes_value(&out)
}

fn strtr(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let from = str_or_array(it, a, 1)?;
    let to = a.nullable_string(it, 2)?;
    let from = match (from, to) {
        (StrOrArr::Str(from), Some(to)) => return Ok(translate_bytes(s, &from, &to)),
        (StrOrArr::Arr(_), Some(_)) => {
            return Err(fn_error(
                it,
                a,
                "TypeError",
                "Argument #2 ($from) must be of type string, array given",
            ));
        }
        (StrOrArr::Str(_), None) => {
            return Err(fn_error(
                it,
                a,
                "TypeError",
                "Argument #2 ($from) must be of type array, string given",
            ));
        }
        (StrOrArr::Arr(arr), None) => arr,
    };
    if from.is_empty() || s.is_empty() {
        return Ok(Value::Str(s));
    }
    let mut pairs: Vec<(Vec<u8>, Str)> = Vec::with_capacity(from.len());
    let entries: Vec<(Key, Value)> = from
        .table()
        .iter()
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .collect();
    for (k, v) in entries {
        let key = match k {
            Key::Int(i) => i.to_string().into_bytes(),
            Key::Str(s) => s.as_bytes().to_vec(),
        };
        if key.is_empty() {
            warn(it, a, "Ignoring replacement of empty string")?;
            continue;
        }
        let v = it.to_str(&v)?;
        pairs.push((key, v));
    }
    if pairs.is_empty() {
        return Ok(Value::Str(s));
    }
    let min_len = pairs.iter().map(|p| p.0.len()).min().unwrap_or(1);
    let max_len = pairs.iter().map(|p| p.0.len()).max().unwrap_or(1);
    let table: ahash::HashMap<&[u8], &Str> = pairs.iter().map(|(k, v)| (k.as_slice(), v)).collect();
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let mut changed = false;
    'outer: while i < bytes.len() {
        let longest = max_len.min(bytes.len() - i);
        if longest >= min_len {
            for l in (min_len..=longest).rev() {
                if let Some(r) = table.get(&bytes[i..i + l]) {
                    out.extend_from_slice(r.as_bytes());
                    i += l;
                    changed = true;
                    continue 'outer;
                }
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    if !changed {
        return Ok(Value::Str(s));
    }
    Ok(bytes_value(&out))
}

// ---- case -------------------------------------------------------------------

fn map_case(it: &mut Interp, a: &mut CallArgs, f: fn(&[u8]) -> Vec<u8>) -> R<Value> {
    let s = a.string(it, 0)?;
    let out = f(s.as_bytes());
    if out == s.as_bytes() {
        return Ok(Value::Str(s));
    }
    Ok(bytes_value(&out))
}

fn strtolower(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    map_case(it, a, |b| b.to_ascii_lowercase())
}

fn strtoupper(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    map_case(it, a, |b| b.to_ascii_uppercase())
}

fn ucfirst(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    map_case(it, a, |b| {
        let mut v = b.to_vec();
        if let Some(c) = v.first_mut() {
            c.make_ascii_uppercase();
        }
        v
    })
}

fn lcfirst(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    map_case(it, a, |b| {
        let mut v = b.to_vec();
        if let Some(c) = v.first_mut() {
            c.make_ascii_lowercase();
        }
        v
    })
}

fn ucwords(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let delims = a.opt_string(it, 1)?;
    let mask = match delims {
        Some(d) => char_mask(it, a, d.as_bytes())?,
        None => mask_of(b" \t\r\n\x0c\x0b"),
    };
    if s.is_empty() {
        return Ok(Value::Str(Str::empty()));
    }
    let mut out = s.as_bytes().to_vec();
    let mut at_start = true;
    for c in out.iter_mut() {
        if at_start {
            c.make_ascii_uppercase();
        }
        at_start = mask[*c as usize];
    }
    Ok(bytes_value(&out))
}

// ---- trimming ---------------------------------------------------------------

fn mask_of(chars: &[u8]) -> [bool; 256] {
    let mut mask = [false; 256];
    for &c in chars {
        mask[c as usize] = true;
    }
    mask
}

/// PHP's character list with `a..z` ranges, warning about malformed ones
/// (`php_charmask`).
pub(crate) fn char_mask(it: &mut Interp, a: &CallArgs, input: &[u8]) -> R<[bool; 256]> {
    let mut mask = [false; 256];
    let mut i = 0;
    let len = input.len();
    while i < len {
        let c = input[i];
        if i + 3 < len && input[i + 1] == b'.' && input[i + 2] == b'.' && input[i + 3] >= c {
            for m in &mut mask[c as usize..=input[i + 3] as usize] {
                *m = true;
            }
            i += 4;
            continue;
        }
        if i + 1 < len && input[i] == b'.' && input[i + 1] == b'.' {
            let msg = if i == 0 {
                "Invalid '..'-range, no character to the left of '..'"
            } else if i + 2 >= len {
                "Invalid '..'-range, no character to the right of '..'"
            } else if input[i - 1] > input[i + 2] {
                "Invalid '..'-range, '..'-range needs to be incrementing"
            } else {
                "Invalid '..'-range"
            };
            warn(it, a, msg)?;
            i += 1;
            continue;
        }
        mask[c as usize] = true;
        i += 1;
    }
    Ok(mask)
}

const DEFAULT_TRIM: &[u8] = b" \t\n\r\0\x0b";

/// `mode`: 1 trims the left, 2 the right, 3 both.
fn trim_impl(it: &mut Interp, a: &mut CallArgs, mode: u8) -> R<Value> {
    let s = a.string(it, 0)?;
    let mask = match a.opt_string(it, 1)? {
        Some(chars) => char_mask(it, a, chars.as_bytes())?,
        None => mask_of(DEFAULT_TRIM),
    };
    let b = s.as_bytes();
    let mut start = 0;
    let mut end = b.len();
    if mode & 1 != 0 {
        while start < end && mask[b[start] as usize] {
            start += 1;
        }
    }
    if mode & 2 != 0 {
        while end > start && mask[b[end - 1] as usize] {
            end -= 1;
        }
    }
    if start == 0 && end == b.len() {
        return Ok(Value::Str(s));
    }
    Ok(bytes_value(&b[start..end]))
}

fn trim(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    trim_impl(it, a, 3)
}

fn ltrim(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    trim_impl(it, a, 1)
}

fn rtrim(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    trim_impl(it, a, 2)
}

// ---- padding, splitting, joining --------------------------------------------

fn str_pad(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let length = a.int(it, 1)?;
    let pad = a
        .opt_string(it, 2)?
        .unwrap_or_else(|| Str::single_char(b' '));
    let kind = a.opt_int(it, 3)?.unwrap_or(1);
    if length < 0 || length as u64 <= s.len() as u64 {
        return Ok(Value::Str(s));
    }
    if pad.is_empty() {
        return Err(a.value_error(it, 2, "must be a non-empty string"));
    }
    if !(0..=2).contains(&kind) {
        return Err(a.value_error(
            it,
            3,
            "must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH",
        ));
    }
    reserve_bytes(it, 1, length as u64)?;
    let total = (length as usize) - s.len();
    let (left, right) = match kind {
        0 => (total, 0),
        1 => (0, total),
        _ => (total / 2, total - total / 2),
    };
    let p = pad.as_bytes();
    let mut out = Vec::with_capacity(length as usize);
    out.extend((0..left).map(|i| p[i % p.len()]));
    out.extend_from_slice(s.as_bytes());
    out.extend((0..right).map(|i| p[i % p.len()]));
    Ok(Value::Str(Str::new(&out)))
}

fn str_split(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let n = a.opt_int(it, 1)?.unwrap_or(1);
    if n < 1 {
        return Err(a.value_error(it, 1, "must be greater than 0"));
    }
    let mut out = Arr::new();
    if s.is_empty() {
        return Ok(Value::Arr(Arr::empty()));
    }
    for chunk in s.as_bytes().chunks(n as usize) {
        out.table_mut().push(slice_value(chunk));
    }
    Ok(Value::Arr(out))
}

fn strrev(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let mut out = s.as_bytes().to_vec();
    out.reverse();
    Ok(bytes_value(&out))
}

fn str_rot13(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let out: Vec<u8> = s
        .as_bytes()
        .iter()
        .map(|&c| match c {
            b'a'..=b'z' => (c - b'a' + 13) % 26 + b'a',
            b'A'..=b'Z' => (c - b'A' + 13) % 26 + b'A',
            _ => c,
        })
        .collect();
    Ok(bytes_value(&out))
}

thread_local! {
    /// `strtok`'s string and position between calls.
    static TOKENIZER: std::cell::RefCell<Option<(Str, usize)>> = const { std::cell::RefCell::new(None) };
}

fn strtok(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let first = a.string(it, 0)?;
    let token = match a.opt_string(it, 1)? {
        Some(t) => {
            TOKENIZER.with(|st| *st.borrow_mut() = Some((first, 0)));
            t
        }
        None => first,
    };
    let next = TOKENIZER.with(|st| {
        let mut st = st.borrow_mut();
        let (s, pos) = st.as_mut()?;
        let b = s.as_bytes();
        let delims = token.as_bytes();
        let mut start = *pos;
        while start < b.len() && delims.contains(&b[start]) {
            start += 1;
        }
        if start >= b.len() {
            *st = None;
            return None;
        }
        let end = b[start..]
            .iter()
            .position(|c| delims.contains(c))
            .map_or(b.len(), |p| start + p);
        let piece = slice_value(&b[start..end]);
        *pos = (end + 1).min(b.len());
        Some(piece)
    });
    Ok(next.unwrap_or(Value::Bool(false)))
}

fn explode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let sep = a.string(it, 0)?;
    let s = a.string(it, 1)?;
    let limit = match a.opt_int(it, 2)?.unwrap_or(i64::MAX) {
        0 => 1,
        l => l,
    };
    if sep.is_empty() {
        return Err(a.value_error(it, 0, "cannot be empty"));
    }
    let mut out = Arr::new();
    if s.is_empty() {
        if limit >= 0 {
            out.table_mut().push(Value::Str(Str::empty()));
        }
        return Ok(Value::Arr(out));
    }
    let (hay, sep_b) = (s.as_bytes(), sep.as_bytes());
    let mut positions = Vec::new();
    let mut i = 0;
    while let Some(p) = find(&hay[i..], sep_b) {
        positions.push(i + p);
        i += p + sep_b.len();
    }
    if positions.is_empty() {
        if limit >= 0 {
            out.table_mut().push(Value::Str(s));
        }
        return Ok(Value::Arr(out));
    }
    let mut pieces: Vec<&[u8]> = Vec::with_capacity(positions.len() + 1);
    let mut last = 0;
    for &p in &positions {
        pieces.push(&hay[last..p]);
        last = p + sep_b.len();
    }
    pieces.push(&hay[last..]);
    if limit > 0 && (pieces.len() as u64) > limit as u64 {
        let keep = limit as usize - 1;
        let tail_start = if keep == 0 {
            0
        } else {
            positions[keep - 1] + sep_b.len()
        };
        pieces.truncate(keep);
        pieces.push(&hay[tail_start..]);
    } else if limit < 0 {
        let drop = limit.unsigned_abs().min(pieces.len() as u64) as usize;
        pieces.truncate(pieces.len() - drop);
    }
    for p in pieces {
        out.table_mut().push(slice_value(p));
    }
    Ok(Value::Arr(out))
}

fn implode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let first = str_or_array(it, a, 0)?;
    let pieces = match a.get(1) {
        None | Some(Value::Null) => None,
        Some(Value::Arr(arr)) => Some(arr.clone()),
        Some(other) => {
            let v = other.clone();
            return Err(a.type_error(it, 1, "?array", &v));
        }
    };
    let (sep, arr) = match (first, pieces) {
        (StrOrArr::Arr(arr), None) => (Str::empty(), arr),
        (StrOrArr::Str(_), None) => {
            let msg = "Argument #1 ($array) must be of type array, string given";
            return Err(fn_error(it, a, "TypeError", msg));
        }
        (StrOrArr::Str(sep), Some(arr)) => (sep, arr),
        (StrOrArr::Arr(_), Some(_)) => {
            let msg = "Argument #1 ($separator) must be of type string, array given";
            return Err(fn_error(it, a, "TypeError", msg));
        }
    };
    implode_values(it, &sep, &arr)
}

/// Joins the values of `arr` with `sep` (`implode`).
pub(crate) fn implode_values(it: &mut Interp, sep: &Str, arr: &Arr) -> R<Value> {
    let values: Vec<Value> = arr.table().values().map(|v| v.deref_clone()).collect();
    match values.as_slice() {
        [] => return Ok(Value::Str(Str::empty())),
        [Value::Str(s)] => return Ok(Value::Str(s.clone())),
        _ => {}
    }
    // As PHP: the pieces as strings first, then the result in one block,
    // checked against memory_limit before it is allocated.
    let mut pieces = Vec::with_capacity(values.len());
    for v in &values {
        pieces.push(it.to_str(v)?);
    }
    let len = pieces.iter().map(|p| p.len()).sum::<usize>() + sep.len() * (pieces.len() - 1);
    it.reserve_string(len)?;
    let mut parts: Vec<&[u8]> = Vec::with_capacity(pieces.len() * 2);
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            parts.push(sep.as_bytes());
        }
        parts.push(p.as_bytes());
    }
    if len <= 1 {
        return Ok(bytes_value(&parts.concat()));
    }
    Ok(Value::Str(Str::concat(&parts)))
}

fn wordwrap(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let width = a.opt_int(it, 1)?.unwrap_or(75);
    let brk = a
        .opt_string(it, 2)?
        .unwrap_or_else(|| Str::single_char(b'\n'));
    let cut = a.opt_bool(it, 3, false)?;
    if s.is_empty() {
        return Ok(Value::Str(Str::empty()));
    }
    if brk.is_empty() {
        return Err(a.value_error(it, 2, "cannot be empty"));
    }
    if width == 0 && cut {
        return Err(a.value_error(it, 3, "cannot be true when argument #2 ($width) is 0"));
    }
    Ok(bytes_value(&wrap_words(
        s.as_bytes(),
        width,
        brk.as_bytes(),
        cut,
    )))
}

/// C's `strncmp(a, b, b.len()) == 0`: equal up to `b.len()` bytes or up to
/// a NUL both share.
fn c_strncmp_equal(a: &[u8], b: &[u8]) -> bool {
    for (i, &cb) in b.iter().enumerate() {
        let ca = a.get(i).copied().unwrap_or(0);
        if ca != cb {
            return false;
        }
        if ca == 0 {
            return true;
        }
    }
    true
}

/// PHP's word-wrapping walk: breaks at the last space before `width`
/// columns, keeps existing breaks, and cuts long words when asked.
fn wrap_words(text: &[u8], width: i64, brk: &[u8], cut: bool) -> Vec<u8> {
    let len = text.len();
    let over = |current: usize, start: usize| (current - start) as i64 >= width;
    if brk.len() == 1 && !cut {
        let mut out = text.to_vec();
        let (mut start, mut space) = (0usize, 0usize);
        for current in 0..len {
            if text[current] == brk[0] {
                start = current + 1;
                space = current + 1;
            } else if text[current] == b' ' {
                if over(current, start) {
                    out[current] = brk[0];
                    start = current + 1;
                }
                space = current;
            } else if over(current, start) && start != space {
                out[space] = brk[0];
                start = space + 1;
            }
        }
        return out;
    }
    let mut out = Vec::with_capacity(len + len / width.max(1) as usize * brk.len());
    let (mut start, mut space) = (0usize, 0usize);
    let mut current = 0;
    while current < len {
        if text[current] == brk[0]
            && current + brk.len() < len
            && c_strncmp_equal(&text[current..], brk)
        {
            out.extend_from_slice(&text[start..current + brk.len()]);
            current += brk.len() - 1;
            start = current + 1;
            space = current + 1;
        } else if text[current] == b' ' {
            if over(current, start) {
                out.extend_from_slice(&text[start..current]);
                out.extend_from_slice(brk);
                start = current + 1;
            }
            space = current;
        } else if over(current, start) && cut && start >= space {
            out.extend_from_slice(&text[start..current]);
            out.extend_from_slice(brk);
            start = current;
            space = current;
        } else if over(current, start) && start < space {
            out.extend_from_slice(&text[start..space]);
            out.extend_from_slice(brk);
            start = space + 1;
            space = start;
        }
        current += 1;
    }
    if start < len {
        out.extend_from_slice(&text[start..]);
    }
    out
}

fn chunk_split(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let n = a.opt_int(it, 1)?.unwrap_or(76);
    let end = a
        .opt_string(it, 2)?
        .unwrap_or_else(|| Str::interned(b"\r\n"));
    if n < 1 {
        return Err(a.value_error(it, 1, "must be greater than 0"));
    }
    let chunks = s.len().div_ceil(n as usize).max(1);
    reserve_bytes(it, chunks as u64, end.len() as u64 + n as u64)?;
    let mut out = Vec::with_capacity(s.len() + chunks * end.len());
    if n as u64 > s.len() as u64 {
        out.extend_from_slice(s.as_bytes());
        out.extend_from_slice(end.as_bytes());
    } else {
        for c in s.as_bytes().chunks(n as usize) {
            out.extend_from_slice(c);
            out.extend_from_slice(end.as_bytes());
        }
    }
    Ok(bytes_value(&out))
}

// ---- line breaks and tags ----------------------------------------------------

fn nl2br(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let xhtml = a.opt_bool(it, 1, true)?;
    let tag: &[u8] = if xhtml { b"<br />" } else { b"<br>" };
    let b = s.as_bytes();
    if !b.iter().any(|&c| c == b'\n' || c == b'\r') {
        return Ok(Value::Str(s));
    }
    let mut out = Vec::with_capacity(b.len() + 16);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' || c == b'\n' {
            out.extend_from_slice(tag);
            out.push(c);
            if i + 1 < b.len() && (b[i + 1] == b'\r' || b[i + 1] == b'\n') && b[i + 1] != c {
                out.push(b[i + 1]);
                i += 1;
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    Ok(bytes_value(&out))
}

fn strip_tags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let allowed: Vec<u8> = match a.get(1).cloned() {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Arr(arr)) => {
            let mut set = Vec::new();
            for v in arr.table().values().cloned().collect::<Vec<_>>() {
                let name = it.to_str(&v)?;
                set.push(b'<');
                set.extend(name.as_bytes().iter().map(u8::to_ascii_lowercase));
                set.push(b'>');
            }
            set
        }
        Some(_) => a.string(it, 1)?.as_bytes().to_ascii_lowercase(),
    };
    Ok(bytes_value(&strip_tags_bytes(s.as_bytes(), &allowed)))
}

/// `<a href=x>` and `</a>` both normalise to `<a>` for the allow-list test.
fn tag_allowed(tag: &[u8], allowed: &[u8]) -> bool {
    if allowed.is_empty() {
        return false;
    }
    let mut norm = vec![b'<'];
    let mut started = false;
    for (i, &c) in tag.iter().enumerate().skip(1) {
        let c = c.to_ascii_lowercase();
        if c == b'>' {
            break;
        }
        if c == b'/' && (tag[i - 1] == b'<' || tag.get(i + 1) == Some(&b'>')) {
            continue;
        }
        if c.is_ascii_whitespace() {
            if started {
                break;
            }
            continue;
        }
        started = true;
        norm.push(c);
    }
    norm.push(b'>');
    find(allowed, &norm).is_some()
}

/// A small state machine over text, HTML tags, PHP blocks, `<!...>` and
/// comments, in the manner of PHP's `php_strip_tags`.
fn strip_tags_bytes(s: &[u8], allowed: &[u8]) -> Vec<u8> {
    #[derive(PartialEq)]
    enum State {
        Text,
        Tag,
        Php,
        Bang,
        Comment,
    }
    let mut out = Vec::with_capacity(s.len());
    let mut state = State::Text;
    let mut tag: Vec<u8> = Vec::new();
    let mut depth = 0usize;
    let mut quote: u8 = 0;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == 0 {
            // NUL bytes never survive.
            i += 1;
            continue;
        }
        match state {
            State::Text => match c {
                b'<' => {
                    let next = s.get(i + 1).copied().unwrap_or(0);
                    if next.is_ascii_whitespace() {
                        out.push(c);
                    } else if next == b'!' {
                        if s[i..].starts_with(b"<!--") {
                            state = State::Comment;
                            i += 3;
                        } else {
                            state = State::Bang;
                        }
                    } else if next == b'?' {
                        state = State::Php;
                    } else {
                        state = State::Tag;
                        tag.clear();
                        tag.push(c);
                        quote = 0;
                        depth = 0;
                    }
                }
                _ => out.push(c),
            },
            State::Tag => {
                if quote != 0 {
                    // Angle brackets inside quoted attribute values are dropped.
                    if c != b'<' && c != b'>' {
                        tag.push(c);
                    }
                    if c == quote {
                        quote = 0;
                    }
                } else {
                    tag.push(c);
                    match c {
                        b'"' | b'\'' => quote = c,
                        b'<' => depth += 1,
                        b'>' if depth > 0 => depth -= 1,
                        b'>' => {
                            if tag_allowed(&tag, allowed) {
                                out.extend_from_slice(&tag);
                            }
                            tag.clear();
                            state = State::Text;
                        }
                        _ => {}
                    }
                }
            }
            State::Php => {
                if quote != 0 {
                    if c == quote {
                        quote = 0;
                    }
                } else if c == b'"' || c == b'\'' {
                    quote = c;
                } else if c == b'>' && i > 0 && s[i - 1] == b'?' {
                    state = State::Text;
                }
            }
            State::Bang => {
                if c == b'>' {
                    state = State::Text;
                }
            }
            State::Comment => {
                if c == b'>' && i >= 2 && s[i - 1] == b'-' && s[i - 2] == b'-' {
                    state = State::Text;
                }
            }
        }
        i += 1;
    }
    out
}

// ---- escaping, characters, bytes --------------------------------------------

fn addslashes(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    if !s
        .as_bytes()
        .iter()
        .any(|&c| matches!(c, b'\'' | b'"' | b'\\' | 0))
    {
        return Ok(Value::Str(s));
    }
    let mut out = Vec::with_capacity(s.len() + 8);
    for &c in s.as_bytes() {
        match c {
            0 => out.extend_from_slice(b"\\0"),
            b'\'' | b'"' | b'\\' => {
                out.push(b'\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Ok(bytes_value(&out))
}

fn stripslashes(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 1;
            match b.get(i) {
                Some(b'0') => out.push(0),
                Some(&c) => out.push(c),
                None => {}
            }
        } else {
            out.push(b[i]);
        }
        i += 1;
    }
    Ok(bytes_value(&out))
}

fn addcslashes(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let chars = a.string(it, 1)?;
    if s.is_empty() {
        return Ok(Value::Str(Str::empty()));
    }
    if chars.is_empty() {
        return Ok(Value::Str(s));
    }
    let mask = char_mask(it, a, chars.as_bytes())?;
    let mut out = Vec::with_capacity(s.len() * 2);
    for &c in s.as_bytes() {
        if !mask[c as usize] {
            out.push(c);
            continue;
        }
        out.push(b'\\');
        if !(32..=126).contains(&c) {
            match c {
                b'\n' => out.push(b'n'),
                b'\t' => out.push(b't'),
                b'\r' => out.push(b'r'),
                0x07 => out.push(b'a'),
                0x0b => out.push(b'v'),
                0x08 => out.push(b'b'),
                0x0c => out.push(b'f'),
                _ => out.extend_from_slice(format!("{:03o}", c).as_bytes()),
            }
        } else {
            out.push(c);
        }
    }
    Ok(bytes_value(&out))
}

fn stripcslashes(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        match b[i] {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'a' => out.push(0x07),
            b'v' => out.push(0x0b),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'x' if i + 1 < b.len() && b[i + 1].is_ascii_hexdigit() => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 && i + 1 < b.len() && b[i + 1].is_ascii_hexdigit() {
                    i += 1;
                    v = v * 16 + (b[i] as char).to_digit(16).unwrap_or(0);
                    n += 1;
                }
                out.push(v as u8);
            }
            b'0'..=b'7' => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                i -= 1;
                out.push(v as u8);
            }
            c => out.push(c),
        }
        i += 1;
    }
    Ok(bytes_value(&out))
}

fn quotemeta(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    if s.is_empty() {
        return Ok(Value::Str(Str::empty()));
    }
    let mut out = Vec::with_capacity(s.len() * 2);
    for &c in s.as_bytes() {
        if matches!(
            c,
            b'.' | b'\\' | b'+' | b'*' | b'?' | b'[' | b'^' | b']' | b'$' | b'(' | b')'
        ) {
            out.push(b'\\');
        }
        out.push(c);
    }
    Ok(bytes_value(&out))
}

fn chr(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let c = a.int(it, 0)?;
    Ok(Value::Str(Str::single_char((c & 0xff) as u8)))
}

fn ord(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    Ok(Value::Int(s.as_bytes().first().copied().unwrap_or(0) as i64))
}

fn bin2hex(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(s.len() * 2);
    for &c in s.as_bytes() {
        out.push(HEX[(c >> 4) as usize]);
        out.push(HEX[(c & 15) as usize]);
    }
    Ok(bytes_value(&out))
}

fn hex2bin(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    if s.len() % 2 != 0 {
        warn(it, a, "Hexadecimal input string must have an even length")?;
        return Ok(Value::Bool(false));
    }
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.as_bytes().chunks(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                warn(it, a, "Input string must be hexadecimal string")?;
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(bytes_value(&out))
}

// ---- comparisons ------------------------------------------------------------

/// C's `memcmp`-then-length comparison as PHP returns it: the difference
/// of the first differing bytes, or -1/0/1 by length.
fn binary_compare(x: &[u8], y: &[u8], limit: usize, fold: bool) -> i64 {
    let xl = x.len().min(limit);
    let yl = y.len().min(limit);
    for i in 0..xl.min(yl) {
        let (cx, cy) = if fold {
            (x[i].to_ascii_lowercase(), y[i].to_ascii_lowercase())
        } else {
            (x[i], y[i])
        };
        if cx != cy {
            return cx as i64 - cy as i64;
        }
    }
    (xl as i64 - yl as i64).signum()
}

fn strcmp(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.string(it, 0)?;
    let y = a.string(it, 1)?;
    Ok(Value::Int(binary_compare(
        x.as_bytes(),
        y.as_bytes(),
        usize::MAX,
        false,
    )))
}

fn strcasecmp(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.string(it, 0)?;
    let y = a.string(it, 1)?;
    Ok(Value::Int(binary_compare(
        x.as_bytes(),
        y.as_bytes(),
        usize::MAX,
        true,
    )))
}

fn strncmp_impl(it: &mut Interp, a: &mut CallArgs, fold: bool) -> R<Value> {
    let x = a.string(it, 0)?;
    let y = a.string(it, 1)?;
    let n = a.int(it, 2)?;
    if n < 0 {
        return Err(a.value_error(it, 2, "must be greater than or equal to 0"));
    }
    Ok(Value::Int(binary_compare(
        x.as_bytes(),
        y.as_bytes(),
        n as usize,
        fold,
    )))
}

fn strncmp(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    strncmp_impl(it, a, false)
}

fn strncasecmp(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    strncmp_impl(it, a, true)
}

fn strnatcmp(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.string(it, 0)?;
    let y = a.string(it, 1)?;
    Ok(Value::Int(
        crate::builtins::arrays::sort::strnatcmp(x.as_bytes(), y.as_bytes(), false) as i64,
    ))
}

fn strnatcasecmp(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.string(it, 0)?;
    let y = a.string(it, 1)?;
    Ok(Value::Int(
        crate::builtins::arrays::sort::strnatcmp(x.as_bytes(), y.as_bytes(), true) as i64,
    ))
}

fn substr_compare(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    let offset = a.int(it, 2)?;
    let length = a.nullable_int(it, 3)?;
    let fold = match a.get(4) {
        None | Some(Value::Null) => false,
        _ => a.bool(it, 4)?,
    };
    if let Some(l) = length {
        if l < 0 {
            return Err(a.value_error(it, 3, "must be greater than or equal to 0"));
        }
    }
    let len = hay.len() as i64;
    let mut from = offset;
    if from < 0 {
        from = (len + from).max(0);
    }
    if from > len {
        return Err(a.value_error(it, 2, "must be contained in argument #1 ($haystack)"));
    }
    let rest = &hay.as_bytes()[from as usize..];
    let limit = match length {
        Some(l) => l as usize,
        None => rest.len().max(needle.len()),
    };
    Ok(Value::Int(binary_compare(
        rest,
        needle.as_bytes(),
        limit,
        fold,
    )))
}

// ---- text analysis ------------------------------------------------------------

fn str_word_count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let format = a.opt_int(it, 1)?.unwrap_or(0);
    let extra = match a.nullable_string(it, 2)? {
        Some(chars) => Some(char_mask(it, a, chars.as_bytes())?),
        None => None,
    };
    if !(0..=2).contains(&format) {
        return Err(a.value_error(it, 1, "must be a valid format value"));
    }
    let allowed = |c: u8| extra.as_ref().is_some_and(|m| m[c as usize]);
    let b = s.as_bytes();
    let mut out = Arr::new();
    let mut count = 0;
    if b.is_empty() {
        return Ok(if format == 0 {
            Value::Int(0)
        } else {
            Value::Arr(out)
        });
    }
    let mut p = 0;
    let mut end = b.len();
    // A leading quote or hyphen, and a trailing hyphen, never belong to a word.
    if (b[0] == b'\'' && !allowed(b'\'')) || (b[0] == b'-' && !allowed(b'-')) {
        p += 1;
    }
    if b[end - 1] == b'-' && !allowed(b'-') {
        end -= 1;
    }
    while p < end {
        let start = p;
        while p < end
            && (b[p].is_ascii_alphabetic() || allowed(b[p]) || b[p] == b'\'' || b[p] == b'-')
        {
            p += 1;
        }
        if p > start {
            match format {
                1 => {
                    out.table_mut().push(slice_value(&b[start..p]));
                }
                2 => {
                    out.table_mut()
                        .insert(Key::Int(start as i64), slice_value(&b[start..p]));
                }
                _ => count += 1,
            }
        }
        p += 1;
    }
    Ok(if format == 0 {
        Value::Int(count)
    } else {
        Value::Arr(out)
    })
}

fn count_chars(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let mode = a.opt_int(it, 1)?.unwrap_or(0);
    if !(0..=4).contains(&mode) {
        return Err(a.value_error(it, 1, "must be between 0 and 4 (inclusive)"));
    }
    let mut counts = [0i64; 256];
    for &c in s.as_bytes() {
        counts[c as usize] += 1;
    }
    if mode >= 3 {
        let out: Vec<u8> = (0..=255u8)
            .filter(|&c| (counts[c as usize] > 0) == (mode == 3))
            .collect();
        return Ok(bytes_value(&out));
    }
    let mut arr = Arr::new();
    for (c, &n) in counts.iter().enumerate() {
        let keep = match mode {
            0 => true,
            1 => n > 0,
            _ => n == 0,
        };
        if keep {
            arr.table_mut().insert(Key::Int(c as i64), Value::Int(n));
        }
    }
    Ok(Value::Arr(arr))
}

/// The longest common substring's position and length, and how many times
/// a longer one was found (PHP's `php_similar_str`).
fn longest_common(x: &[u8], y: &[u8]) -> (usize, usize, usize, usize) {
    let (mut pos1, mut pos2, mut max, mut count) = (0, 0, 0, 0);
    for p in 0..x.len() {
        for q in 0..y.len() {
            let l = x[p..]
                .iter()
                .zip(&y[q..])
                .take_while(|(a, b)| a == b)
                .count();
            if l > max {
                max = l;
                count += 1;
                pos1 = p;
                pos2 = q;
            }
        }
    }
    (pos1, pos2, max, count)
}

fn similar_chars(x: &[u8], y: &[u8]) -> usize {
    let (pos1, pos2, max, count) = longest_common(x, y);
    if max == 0 {
        return 0;
    }
    let mut sum = max;
    if pos1 > 0 && pos2 > 0 && count > 1 {
        sum += similar_chars(&x[..pos1], &y[..pos2]);
    }
    if pos1 + max < x.len() && pos2 + max < y.len() {
        sum += similar_chars(&x[pos1 + max..], &y[pos2 + max..]);
    }
    sum
}

fn similar_text(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.string(it, 0)?;
    let y = a.string(it, 1)?;
    let total = x.len() + y.len();
    let sim = if total == 0 {
        0
    } else {
        similar_chars(x.as_bytes(), y.as_bytes())
    };
    if a.has(2) {
        let percent = if total == 0 {
            0.0
        } else {
            sim as f64 * 200.0 / total as f64
        };
        a.set_ref(2, Value::Float(percent));
    }
    Ok(Value::Int(sim as i64))
}

fn levenshtein(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.string(it, 0)?;
    let y = a.string(it, 1)?;
    let ins = a.opt_int(it, 2)?.unwrap_or(1);
    let rep = a.opt_int(it, 3)?.unwrap_or(1);
    let del = a.opt_int(it, 4)?.unwrap_or(1);
    let (x, y) = (x.as_bytes(), y.as_bytes());
    if x.is_empty() {
        return Ok(Value::Int((y.len() as i64).wrapping_mul(ins)));
    }
    if y.is_empty() {
        return Ok(Value::Int((x.len() as i64).wrapping_mul(del)));
    }
    let mut prev: Vec<i64> = (0..=y.len() as i64).map(|i| i.wrapping_mul(ins)).collect();
    let mut cur = vec![0i64; y.len() + 1];
    for &cx in x {
        cur[0] = prev[0].wrapping_add(del);
        for (j, &cy) in y.iter().enumerate() {
            let mut best = prev[j].wrapping_add(if cx == cy { 0 } else { rep });
            best = best.min(prev[j + 1].wrapping_add(del));
            best = best.min(cur[j].wrapping_add(ins));
            cur[j + 1] = best;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Ok(Value::Int(prev[y.len()]))
}

fn soundex(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    // Codes of A..Z; 0 for the letters soundex ignores.
    const CODES: &[u8; 26] = b"\x00123\x0012\x00\x0022455\x0012623\x001\x002\x002";
    let mut out = Vec::with_capacity(4);
    let mut last = 0u8;
    for &c in s.as_bytes() {
        if out.len() >= 4 {
            break;
        }
        let c = c.to_ascii_uppercase();
        if !c.is_ascii_uppercase() {
            continue;
        }
        let code = CODES[(c - b'A') as usize];
        if out.is_empty() {
            out.push(c);
            last = code;
        } else if code != last {
            if code != 0 {
                out.push(code);
            }
            last = code;
        }
    }
    out.resize(4, b'0');
    Ok(bytes_value(&out))
}

fn metaphone(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let max = a.opt_int(it, 1)?.unwrap_or(0);
    if max < 0 {
        return Err(a.value_error(it, 1, "must be greater than or equal to 0"));
    }
    Ok(bytes_value(&metaphone_of(s.as_bytes(), max as usize)))
}

/// Lawrence Philips' metaphone, in the variant PHP ships ("traditional").
fn metaphone_of(word: &[u8], max: usize) -> Vec<u8> {
    // Letters read past the end (or at an embedded NUL) are NUL.
    let end = word.iter().position(|&c| c == 0).unwrap_or(word.len());
    let word = &word[..end];
    let at = |i: usize| word.get(i).map(|c| c.to_ascii_uppercase()).unwrap_or(0);
    let vowel = |c: u8| matches!(c, b'A' | b'E' | b'I' | b'O' | b'U');
    let soft = |c: u8| matches!(c, b'E' | b'I' | b'Y');
    let no_gh_to_f = |c: u8| matches!(c, b'B' | b'D' | b'H');
    let affects_h = |c: u8| matches!(c, b'C' | b'G' | b'P' | b'S' | b'T');
    let mut out = Vec::new();
    let mut i = 0;
    while !at(i).is_ascii_alphabetic() {
        if at(i) == 0 {
            return out;
        }
        i += 1;
    }
    match at(i) {
        b'A' if at(i + 1) == b'E' => {
            out.push(b'E');
            i += 2;
        }
        b'A' => {
            out.push(b'A');
            i += 1;
        }
        b'G' | b'K' | b'P' if at(i + 1) == b'N' => {
            out.push(b'N');
            i += 2;
        }
        b'W' if at(i + 1) == b'R' => {
            out.push(b'R');
            i += 2;
        }
        b'W' if at(i + 1) == b'H' || vowel(at(i + 1)) => {
            out.push(b'W');
            i += 2;
        }
        b'X' => {
            out.push(b'S');
            i += 1;
        }
        c @ (b'E' | b'I' | b'O' | b'U') => {
            out.push(c);
            i += 1;
        }
        _ => {}
    }
    while at(i) != 0 && (max == 0 || out.len() < max) {
        let c = at(i);
        let prev = if i >= 1 { at(i - 1) } else { 0 };
        let next = at(i + 1);
        let after_next = if next != 0 { at(i + 2) } else { 0 };
        let back = |n: usize| if i >= n { at(i - n) } else { 0 };
        let mut skip = 0;
        if !c.is_ascii_alphabetic() || (c == prev && c != b'C') {
            i += 1;
            continue;
        }
        match c {
            b'B' if prev != b'M' => out.push(b'B'),
            b'C' => {
                if soft(next) {
                    if after_next == b'A' && next == b'I' {
                        out.push(b'X');
                    } else if prev != b'S' {
                        out.push(b'S');
                    }
                } else if next == b'H' {
                    out.push(b'X');
                    skip = 1;
                } else {
                    out.push(b'K');
                }
            }
            b'D' => {
                if next == b'G' && soft(after_next) {
                    out.push(b'J');
                    skip = 1;
                } else {
                    out.push(b'T');
                }
            }
            b'G' => {
                if next == b'H' {
                    if !(no_gh_to_f(back(3)) || back(4) == b'H') {
                        out.push(b'F');
                        skip = 1;
                    }
                } else if next == b'N' {
                    if !(!after_next.is_ascii_alphabetic()
                        || (after_next == b'E' && at(i + 3) == b'D'))
                    {
                        out.push(b'K');
                    }
                } else if soft(next) && prev != b'G' {
                    out.push(b'J');
                } else {
                    out.push(b'K');
                }
            }
            b'H' if vowel(next) && !affects_h(prev) => out.push(b'H'),
            b'K' if prev != b'C' => out.push(b'K'),
            b'P' => out.push(if next == b'H' { b'F' } else { b'P' }),
            b'Q' => out.push(b'K'),
            b'S' => {
                if next == b'I' && (after_next == b'O' || after_next == b'A') {
                    out.push(b'X');
                } else if next == b'H' {
                    out.push(b'X');
                    skip = 1;
                } else {
                    out.push(b'S');
                }
            }
            b'T' => {
                if next == b'I' && (after_next == b'O' || after_next == b'A') {
                    out.push(b'X');
                } else if next == b'H' {
                    out.push(b'0');
                    skip = 1;
                } else if !(next == b'C' && after_next == b'H') {
                    out.push(b'T');
                }
            }
            b'V' => out.push(b'F'),
            b'W' if vowel(next) => out.push(b'W'),
            b'X' => out.extend_from_slice(b"KS"),
            b'Y' if vowel(next) => out.push(b'Y'),
            b'Z' => out.push(b'S'),
            b'F' | b'J' | b'L' | b'M' | b'N' | b'R' => out.push(c),
            _ => {}
        }
        i += 1 + skip;
    }
    out
}

// ---- formatting ---------------------------------------------------------------

/// What can stop a format: the format's own error, or an exception thrown
/// while converting an argument.
enum FormatFailure {
    Format(SprintfError),
    Unwind(Unwind),
}

impl From<SprintfError> for FormatFailure {
    fn from(e: SprintfError) -> Self {
        FormatFailure::Format(e)
    }
}

/// The `printf` family's arguments, converted with PHP's rules.
struct FormatValues<'a> {
    it: &'a mut Interp,
    values: Vec<Value>,
    func: &'static str,
    line: u32,
}

impl FormatArgs for FormatValues<'_> {
    type Error = FormatFailure;

    fn count(&self) -> usize {
        self.values.len()
    }
    fn int_arg(&mut self, index: usize) -> Result<i64, FormatFailure> {
        let v = self.values[index].deref_clone();
        self.it.to_int(&v).map_err(FormatFailure::Unwind)
    }
    fn float_arg(&mut self, index: usize) -> Result<f64, FormatFailure> {
        let v = self.values[index].deref_clone();
        self.it.to_float(&v).map_err(FormatFailure::Unwind)
    }
    fn string_arg(&mut self, index: usize) -> Result<Vec<u8>, FormatFailure> {
        let v = self.values[index].deref_clone();
        self.it
            .to_str(&v)
            .map(|s| s.as_bytes().to_vec())
            .map_err(FormatFailure::Unwind)
    }
    fn exact_int_arg(&mut self, index: usize) -> Option<i64> {
        match self.values[index].deref() {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }
    fn notice(&mut self, message: &str) -> Result<(), FormatFailure> {
        let msg = format!("{}(): {}", self.func, message);
        self.it
            .notice(self.line, &msg)
            .map_err(FormatFailure::Unwind)
    }
    fn reserve_output(&mut self, len: usize) -> Result<(), FormatFailure> {
        reserve_bytes(self.it, 1, len as u64).map_err(FormatFailure::Unwind)
    }
}

/// Runs the format engine over `values`, turning its failures into PHP's
/// exceptions or fatal error.
fn format_values(
    it: &mut Interp,
    a: &CallArgs,
    format: &Str,
    values: Vec<Value>,
    origin: ArgsOrigin,
) -> R<Vec<u8>> {
    let mut args = FormatValues {
        it,
        values,
        func: a.func.name,
        line: a.line,
    };
    match numeric::sprintf(format.as_bytes(), &mut args, origin) {
        Ok(out) => Ok(out),
        Err(FormatFailure::Unwind(u)) => Err(u),
        Err(FormatFailure::Format(e)) => {
            let msg = String::from_utf8_lossy(&e.message).into_owned();
            Err(match e.kind {
                SprintfErrorKind::ValueError => it.throw_error("ValueError", &msg),
                SprintfErrorKind::ArgumentCountError => it.throw_error("ArgumentCountError", &msg),
                SprintfErrorKind::FatalError => it.fatal_at(&msg, a.line),
            })
        }
    }
}

fn vformat_values(it: &mut Interp, a: &CallArgs) -> R<(Str, Vec<Value>)> {
    let format = a.string(it, 0)?;
    let values = a.array(it, 1)?;
    let list = values.table().values().map(|v| v.deref_clone()).collect();
    Ok((format, list))
}

fn sprintf(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let format = a.string(it, 0)?;
    let out = format_values(
        it,
        a,
        &format,
        a.rest(1),
        ArgsOrigin::Variadic { params_before: 1 },
    )?;
    Ok(bytes_value(&out))
}

fn printf(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let format = a.string(it, 0)?;
    let out = format_values(
        it,
        a,
        &format,
        a.rest(1),
        ArgsOrigin::Variadic { params_before: 1 },
    )?;
    it.out.write(&out);
    Ok(Value::Int(out.len() as i64))
}

fn vsprintf(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let (format, values) = vformat_values(it, a)?;
    let out = format_values(it, a, &format, values, ArgsOrigin::Array)?;
    Ok(bytes_value(&out))
}

fn vprintf(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let (format, values) = vformat_values(it, a)?;
    let out = format_values(it, a, &format, values, ArgsOrigin::Array)?;
    it.out.write(&out);
    Ok(Value::Int(out.len() as i64))
}

fn number_format(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let num = a.float(it, 0)?;
    let decimals = a.opt_int(it, 1)?.unwrap_or(0);
    let point = a
        .nullable_string(it, 2)?
        .unwrap_or_else(|| Str::single_char(b'.'));
    let sep = a
        .nullable_string(it, 3)?
        .unwrap_or_else(|| Str::single_char(b','));
    let out = numeric::number_format(num, decimals as i32, point.as_bytes(), sep.as_bytes());
    Ok(bytes_value(&out))
}

// ---- sscanf -------------------------------------------------------------------

/// One conversion of a `sscanf` format.
enum ScanItem {
    /// Whitespace in the format: skips any amount of input whitespace.
    Space,
    /// A byte that must match.
    Literal(u8),
    Conversion {
        /// Target index (`None` for `%*`).
        target: Option<usize>,
        width: usize,
        kind: u8,
        /// The set of `%[...]`.
        set: Option<Box<[bool; 256]>>,
    },
}

fn parse_scan_format(fmt: &[u8]) -> Result<(Vec<ScanItem>, usize), String> {
    let mut items = Vec::new();
    let mut i = 0;
    let mut next_target = 0;
    let mut targets = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c.is_ascii_whitespace() {
            items.push(ScanItem::Space);
            while i < fmt.len() && fmt[i].is_ascii_whitespace() {
                i += 1;
            }
            continue;
        }
        if c != b'%' {
            items.push(ScanItem::Literal(c));
            i += 1;
            continue;
        }
        i += 1;
        if fmt.get(i) == Some(&b'%') {
            items.push(ScanItem::Literal(b'%'));
            i += 1;
            continue;
        }
        let mut suppress = false;
        let mut target = None;
        if fmt.get(i) == Some(&b'*') {
            suppress = true;
            i += 1;
        } else {
            let digits = fmt[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 && fmt.get(i + digits) == Some(&b'$') {
                let n: usize = std::str::from_utf8(&fmt[i..i + digits])
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                if n == 0 {
                    return Err("\"%n$\" argument index out of range".into());
                }
                target = Some(n - 1);
                i += digits + 1;
            }
        }
        let digits = fmt[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let width: usize = std::str::from_utf8(&fmt[i..i + digits])
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        i += digits;
        while matches!(fmt.get(i), Some(b'l' | b'L' | b'h')) {
            i += 1;
        }
        let Some(&kind) = fmt.get(i) else {
            return Err("Bad scan conversion character \"\"".into());
        };
        i += 1;
        let mut set = None;
        match kind {
            b'd' | b'i' | b'o' | b'x' | b'X' | b'u' | b'f' | b'e' | b'E' | b'g' | b's' | b'c'
            | b'n' => {}
            b'[' => {
                let mut mask = [false; 256];
                let negate = fmt.get(i) == Some(&b'^');
                if negate {
                    i += 1;
                }
                let start = i;
                if fmt.get(i) == Some(&b']') {
                    i += 1;
                }
                while i < fmt.len() && fmt[i] != b']' {
                    i += 1;
                }
                if i >= fmt.len() {
                    return Err("Unmatched [ in format string".into());
                }
                let body = &fmt[start..i];
                i += 1;
                let mut k = 0;
                while k < body.len() {
                    if k + 2 < body.len() && body[k + 1] == b'-' {
                        let (lo, hi) = if body[k] <= body[k + 2] {
                            (body[k], body[k + 2])
                        } else {
                            (body[k + 2], body[k])
                        };
                        for m in &mut mask[lo as usize..=hi as usize] {
                            *m = true;
                        }
                        k += 3;
                    } else {
                        mask[body[k] as usize] = true;
                        k += 1;
                    }
                }
                if negate {
                    for m in mask.iter_mut() {
                        *m = !*m;
                    }
                }
                set = Some(Box::new(mask));
            }
            other => {
                return Err(format!(
                    "Bad scan conversion character \"{}\"",
                    other as char
                ))
            }
        }
        let target = if suppress {
            None
        } else {
            let t = target.unwrap_or_else(|| {
                next_target += 1;
                next_target - 1
            });
            targets = targets.max(t + 1);
            Some(t)
        };
        items.push(ScanItem::Conversion {
            target,
            width,
            kind,
            set,
        });
    }
    Ok((items, targets))
}

/// Scans `input` by `items`: the converted values by target, how many
/// conversions were made, and whether the input ran out first.
fn run_scan(input: &[u8], items: &[ScanItem], targets: usize) -> (Vec<Option<Value>>, usize, bool) {
    let mut values: Vec<Option<Value>> = vec![None; targets];
    let mut pos = 0;
    let mut done = 0;
    let mut underflow = false;
    let skip_space = |pos: &mut usize| {
        while *pos < input.len() && input[*pos].is_ascii_whitespace() {
            *pos += 1;
        }
    };
    'scan: for item in items {
        match item {
            ScanItem::Space => skip_space(&mut pos),
            ScanItem::Literal(c) => {
                if pos >= input.len() {
                    underflow = true;
                    break 'scan;
                }
                if input[pos] != *c {
                    break 'scan;
                }
                pos += 1;
            }
            ScanItem::Conversion {
                target,
                width,
                kind,
                set,
            } => {
                if *kind == b'n' {
                    if let Some(t) = target {
                        values[*t] = Some(Value::Int(pos as i64));
                    }
                    continue;
                }
                if *kind != b'c' && set.is_none() {
                    skip_space(&mut pos);
                }
                if pos >= input.len() {
                    underflow = true;
                    break 'scan;
                }
                let max = if *width == 0 { usize::MAX } else { *width };
                let rest = &input[pos..];
                let (value, used) = match kind {
                    b'c' => {
                        let n = if *width == 0 {
                            1
                        } else {
                            (*width).min(rest.len())
                        };
                        (Some(slice_value(&rest[..n])), n)
                    }
                    b's' => {
                        let n = rest
                            .iter()
                            .take(max)
                            .take_while(|c| !c.is_ascii_whitespace())
                            .count();
                        (Some(slice_value(&rest[..n])), n)
                    }
                    b'[' => {
                        let mask = set.as_deref().copied().unwrap_or([false; 256]);
                        let n = rest
                            .iter()
                            .take(max)
                            .take_while(|&&c| mask[c as usize])
                            .count();
                        if n == 0 {
                            break 'scan;
                        }
                        (Some(slice_value(&rest[..n])), n)
                    }
                    b'f' | b'e' | b'E' | b'g' => match scan_float(&rest[..rest.len().min(max)]) {
                        Some((f, n)) => (Some(Value::Float(f)), n),
                        None => break 'scan,
                    },
                    _ => match scan_int(&rest[..rest.len().min(max)], *kind) {
                        Some((v, n)) => (Some(v), n),
                        None => break 'scan,
                    },
                };
                pos += used;
                if let (Some(t), Some(v)) = (target, value) {
                    values[*t] = Some(v);
                    done += 1;
                }
            }
        }
    }
    (values, done, underflow)
}

fn scan_int(s: &[u8], kind: u8) -> Option<(Value, usize)> {
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut base = match kind {
        b'o' => 8,
        b'x' | b'X' => 16,
        b'i' => 0,
        _ => 10,
    };
    let has_hex_prefix = |i: usize| {
        s.get(i) == Some(&b'0')
            && matches!(s.get(i + 1), Some(b'x' | b'X'))
            && s.get(i + 2).is_some_and(|c| c.is_ascii_hexdigit())
    };
    if base == 0 {
        if has_hex_prefix(i) {
            base = 16;
            i += 2;
        } else if s.get(i) == Some(&b'0') {
            base = 8;
        } else {
            base = 10;
        }
    } else if base == 16 && has_hex_prefix(i) {
        i += 2;
    }
    let start = i;
    let mut value: u64 = 0;
    while i < s.len() {
        let Some(d) = (s[i] as char).to_digit(base) else {
            break;
        };
        value = value.wrapping_mul(base as u64).wrapping_add(d as u64);
        i += 1;
    }
    if i == start {
        return None;
    }
    let signed = if negative {
        (value as i64).wrapping_neg()
    } else {
        value as i64
    };
    if kind == b'u' && signed < 0 {
        return Some((
            Value::Str(Str::new((signed as u64).to_string().as_bytes())),
            i,
        ));
    }
    Some((Value::Int(signed), i))
}

fn scan_float(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'-' | b'+')) {
        i += 1;
    }
    let int_digits = s[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if s.get(i) == Some(&b'.') {
        frac_digits = s[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += 1 + frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'-' | b'+')) {
            j += 1;
        }
        let exp_digits = s[j.min(s.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if exp_digits > 0 {
            i = j + exp_digits;
        }
    }
    let (f, _) = numeric::strtod(&s[..i]);
    Some((f, i))
}

fn sscanf(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let format = a.string(it, 1)?;
    let vars = a.args.len().saturating_sub(2);
    // Input and format are read as C strings: a NUL byte ends them.
    let c_string =
        |b: &'_ [u8]| -> Vec<u8> { b.iter().take_while(|&&c| c != 0).copied().collect() };
    let (input, format) = (c_string(s.as_bytes()), c_string(format.as_bytes()));
    let (items, targets) = match parse_scan_format(&format) {
        Ok(p) => p,
        Err(msg) => return Err(it.throw_error("ValueError", &msg)),
    };
    if vars > 0 && vars != targets {
        let msg = if vars > targets {
            "Variable is not assigned by any conversion specifiers"
        } else {
            "Different numbers of variable names and field specifiers"
        };
        return Err(it.throw_error("ValueError", msg));
    }
    let (values, done, underflow) = run_scan(&input, &items, targets);
    if vars > 0 {
        for (i, v) in values.into_iter().enumerate() {
            if let Some(v) = v {
                a.set_ref(2 + i, v);
            }
        }
        return Ok(Value::Int(if underflow && done == 0 {
            -1
        } else {
            done as i64
        }));
    }
    if underflow && done == 0 {
        return Ok(Value::Null);
    }
    let mut arr = Arr::with_capacity(targets);
    for v in values {
        arr.table_mut().push(v.unwrap_or(Value::Null));
    }
    Ok(Value::Arr(arr))
}

// ---- str_getcsv -----------------------------------------------------------------

/// A one-character option given as a string: PHP 8.2 takes its first
/// byte; `None` when it is not passed or empty.
fn first_byte_param(it: &mut Interp, a: &CallArgs, i: usize) -> R<Option<u8>> {
    Ok(a.opt_string(it, i)?
        .and_then(|s| s.as_bytes().first().copied()))
}

fn str_getcsv(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let delim = first_byte_param(it, a, 1)?.unwrap_or(b',');
    let encl = first_byte_param(it, a, 2)?.unwrap_or(b'"');
    // An empty escape turns escaping off.
    let escape = match a.has(3) {
        true => first_byte_param(it, a, 3)?,
        false => Some(b'\\'),
    };
    let mut arr = Arr::new();
    // A blank line is one null field.
    if s.as_bytes().iter().all(|&c| c == b'\r' || c == b'\n') {
        arr.table_mut().push(Value::Null);
        return Ok(Value::Arr(arr));
    }
    for field in parse_csv_line(s.as_bytes(), delim, encl, escape) {
        arr.table_mut().push(bytes_value(&field));
    }
    Ok(Value::Arr(arr))
}

/// Where `text` ends once one trailing line break (`\n`, `\r` or `\r\n`)
/// is cut, judged as PHP does: by the last two characters, skipping bytes
/// that are not valid UTF-8 (the cut then removes whatever bytes end the
/// text, which PHP does too).
fn csv_line_end(text: &[u8]) -> usize {
    let mut last = [0u8; 2];
    let mut i = 0;
    while i < text.len() {
        match crate::builtins::html::decode_utf8(&text[i..]) {
            Ok((_, n)) => {
                last = [last[1], text[i]];
                i += n;
            }
            Err(_) => i += 1,
        }
    }
    match last {
        [b'\r', b'\n'] => text.len().saturating_sub(2),
        [_, b'\n' | b'\r'] => text.len() - 1,
        _ => text.len(),
    }
}

/// Bytes taken by the character at `i`: a valid UTF-8 sequence counts as
/// one character, any other byte stands alone.
fn char_width_at(text: &[u8], i: usize) -> usize {
    crate::builtins::html::decode_utf8(&text[i..]).map_or(1, |(_, n)| n)
}

/// The first `byte` at or after `from` that is a character of its own
/// (not inside a UTF-8 sequence), as PHP's locale-aware CSV scan finds it.
fn find_csv_byte(text: &[u8], from: usize, byte: u8) -> Option<usize> {
    let mut i = from;
    while i < text.len() {
        let width = char_width_at(text, i);
        if width == 1 && text[i] == byte {
            return Some(i);
        }
        i += width;
    }
    None
}

/// Splits one CSV record as PHP's `fgetcsv` does: whitespace before an
/// opening enclosure is dropped, doubled enclosures inside one stand for
/// one, the escape character keeps the byte after it (both are kept), and
/// text between a closing enclosure and the delimiter is kept.
pub(crate) fn parse_csv_line(line: &[u8], delim: u8, encl: u8, escape: Option<u8>) -> Vec<Vec<u8>> {
    let limit = csv_line_end(line);
    let mut fields = Vec::new();
    let mut pos = 0;
    loop {
        let mut t = pos;
        while t < limit
            && line[t] != delim
            && matches!(line[t], b' ' | b'\t' | b'\x0b' | b'\x0c' | b'\r' | b'\n')
        {
            t += 1;
        }
        let mut field = Vec::new();
        if t < limit && line[t] == encl {
            if t + 1 == line.len() {
                // An enclosure opening at the very end: PHP reads the
                // terminating NUL as the field.
                fields.push(vec![0]);
                return fields;
            }
            let mut i = t + 1;
            let mut closed = false;
            while i < line.len() {
                let c = line[i];
                let width = char_width_at(line, i);
                if width > 1 {
                    field.extend_from_slice(&line[i..i + width]);
                    i += width;
                    continue;
                }
                if Some(c) == escape && escape != Some(encl) && i + 1 < line.len() {
                    field.push(c);
                    field.push(line[i + 1]);
                    i += 2;
                    continue;
                }
                if c == encl {
                    if line.get(i + 1) == Some(&encl) {
                        field.push(encl);
                        i += 2;
                        continue;
                    }
                    closed = true;
                    i += 1;
                    break;
                }
                field.push(c);
                i += 1;
            }
            if !closed {
                fields.push(field);
                return fields;
            }
            // Text after the closing enclosure, up to the delimiter.
            let end = find_csv_byte(&line[..limit], i, delim).unwrap_or(limit.max(i));
            field.extend_from_slice(&line[i.min(end)..end]);
            i = end;
            fields.push(field);
            if i < limit && line[i] == delim {
                pos = i + 1;
                continue;
            }
            return fields;
        }
        match find_csv_byte(&line[..limit], pos, delim) {
            Some(e) => {
                // A line break ending an unquoted field is dropped.
                field.extend_from_slice(&line[pos..pos + csv_line_end(&line[pos..e])]);
                fields.push(field);
                pos = e + 1;
            }
            None => {
                field.extend_from_slice(&line[pos..pos + csv_line_end(&line[pos..limit])]);
                fields.push(field);
                return fields;
            }
        }
    }
}

// ---- locale -------------------------------------------------------------------

thread_local! {
    static LOCALE: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(b"C".to_vec());
}

/// The locale `setlocale(..., "")` takes from the environment, if it is
/// one phpi provides (only the C locales are).
fn environment_locale() -> Vec<u8> {
    for var in ["LC_ALL", "LC_CTYPE", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if !v.is_empty() {
                return v.into_bytes();
            }
        }
    }
    b"C".to_vec()
}

fn is_c_locale(name: &[u8]) -> bool {
    matches!(name, b"C" | b"POSIX" | b"C.UTF-8" | b"C.utf8")
}

fn setlocale(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let category = a.int(it, 0)?;
    if !(0..=6).contains(&category) {
        warn(it, a, "Invalid locale category name")?;
        return Ok(Value::Bool(false));
    }
    let mut candidates = Vec::new();
    for v in a.rest(1) {
        match v {
            Value::Arr(arr) => {
                for x in arr.table().values().cloned().collect::<Vec<_>>() {
                    candidates.push(it.to_str(&x)?);
                }
            }
            other => candidates.push(it.to_str(&other)?),
        }
    }
    for name in candidates {
        let wanted = match name.as_bytes() {
            b"0" => return Ok(Value::Str(Str::new(&LOCALE.with(|l| l.borrow().clone())))),
            b"" => environment_locale(),
            other => other.to_vec(),
        };
        if is_c_locale(&wanted) {
            let shown = if wanted == b"POSIX" {
                b"C".to_vec()
            } else {
                wanted
            };
            LOCALE.with(|l| *l.borrow_mut() = shown.clone());
            return Ok(Value::Str(Str::new(&shown)));
        }
    }
    Ok(Value::Bool(false))
}

fn localeconv(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let mut arr = Arr::new();
    let t = arr.table_mut();
    let mut put = |k: &[u8], v: Value| {
        t.insert(Key::Str(Str::interned(k)), v);
    };
    put(b"decimal_point", Value::Str(Str::single_char(b'.')));
    for k in [
        &b"thousands_sep"[..],
        b"int_curr_symbol",
        b"currency_symbol",
        b"mon_decimal_point",
        b"mon_thousands_sep",
        b"positive_sign",
        b"negative_sign",
    ] {
        put(k, Value::Str(Str::empty()));
    }
    for k in [
        &b"int_frac_digits"[..],
        b"frac_digits",
        b"p_cs_precedes",
        b"p_sep_by_space",
        b"n_cs_precedes",
        b"n_sep_by_space",
        b"p_sign_posn",
        b"n_sign_posn",
    ] {
        put(k, Value::Int(127));
    }
    put(b"grouping", Value::Arr(Arr::new()));
    put(b"mon_grouping", Value::Arr(Arr::new()));
    Ok(Value::Arr(arr))
}
