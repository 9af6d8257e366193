//! Multibyte string functions for UTF-8 (`mb_strlen`, `mb_substr`,
//! `mb_strpos` and kin, `mb_str_split`, case mapping). Positions and
//! lengths count characters; an invalid byte counts as one character and
//! becomes `?` where text is rebuilt. Single-byte encodings named
//! explicitly (`8bit`, `ASCII`, `ISO-8859-1`) count bytes.

use crate::builtins::html::decode_utf8;
use crate::builtins::strings::{bytes_value, find, slice_value};
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, R};
use crate::value::{Arr, Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("mb_strlen", mb_strlen, "$string, $encoding="),
    f!("mb_substr", mb_substr, "$string, $start, $length=, $encoding="),
    f!("mb_strpos", mb_strpos, "$haystack, $needle, $offset=, $encoding="),
    f!("mb_stripos", mb_stripos, "$haystack, $needle, $offset=, $encoding="),
    f!("mb_strrpos", mb_strrpos, "$haystack, $needle, $offset=, $encoding="),
    f!("mb_substr_count", mb_substr_count, "$haystack, $needle, $encoding="),
    f!("mb_strtoupper", mb_strtoupper, "$string, $encoding="),
    f!("mb_strtolower", mb_strtolower, "$string, $encoding="),
    f!("mb_str_split", mb_str_split, "$string, $length=, $encoding="),
    f!("mb_internal_encoding", mb_internal_encoding, "$encoding="),
];

/// Byte offsets where each character starts, plus the end.
fn char_bounds(s: &[u8], single_byte: bool) -> Vec<usize> {
    let mut bounds = Vec::with_capacity(s.len() + 1);
    let mut i = 0;
    while i < s.len() {
        bounds.push(i);
        i += if single_byte {
            1
        } else {
            match decode_utf8(&s[i..]) {
                Ok((_, n)) => n,
                Err(n) => n,
            }
        };
    }
    bounds.push(s.len());
    bounds
}

/// Whether the `$encoding` argument names a single-byte encoding; UTF-8
/// (or none) gives false; anything else is a `ValueError`.
fn single_byte(it: &mut Interp, a: &CallArgs, i: usize) -> R<bool> {
    let Some(name) = a.nullable_string(it, i)? else { return Ok(false) };
    match name.as_bytes().to_ascii_lowercase().as_slice() {
        b"utf-8" | b"utf8" => Ok(false),
        b"8bit" | b"ascii" | b"iso-8859-1" | b"latin1" | b"binary" => Ok(true),
        _ => {
            let what = format!("must be a valid encoding, \"{}\" given", String::from_utf8_lossy(name.as_bytes()));
            Err(a.value_error(it, i, &what))
        }
    }
}

fn mb_strlen(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let sb = single_byte(it, a, 1)?;
    Ok(Value::Int(char_bounds(s.as_bytes(), sb).len() as i64 - 1))
}

fn mb_substr(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let start = a.int(it, 1)?;
    let length = a.nullable_int(it, 2)?;
    let sb = single_byte(it, a, 3)?;
    let bounds = char_bounds(s.as_bytes(), sb);
    let n = bounds.len() as i64 - 1;
    let from = if start < 0 { (n + start).max(0) } else { start.min(n) };
    let to = match length {
        None => n,
        Some(l) if l < 0 => (n + l).max(from),
        Some(l) => (from.saturating_add(l)).min(n),
    };
    if from == 0 && to == n {
        return Ok(Value::Str(s));
    }
    Ok(slice_value(&s.as_bytes()[bounds[from as usize]..bounds[to as usize]]))
}

/// Character index of a byte offset (offsets are character starts).
fn char_index(bounds: &[usize], byte: usize) -> i64 {
    bounds.partition_point(|&b| b < byte) as i64
}

fn mb_find(it: &mut Interp, a: &mut CallArgs, fold: bool, last: bool) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    let offset = a.opt_int(it, 2)?.unwrap_or(0);
    let sb = single_byte(it, a, 3)?;
    let (h, n) = if fold {
        (simple_fold(hay.as_bytes(), sb), simple_fold(needle.as_bytes(), sb))
    } else {
        (hay.as_bytes().to_vec(), needle.as_bytes().to_vec())
    };
    let bounds = char_bounds(&h, sb);
    let count = bounds.len() as i64 - 1;
    let from = if offset < 0 { count + offset } else { offset };
    if from < 0 || from > count {
        return Err(a.value_error(it, 2, "must be contained in argument #1 ($haystack)"));
    }
    let found = if last {
        let (lo, hi) = if offset < 0 {
            (0, bounds[(count + offset) as usize] + n.len())
        } else {
            (bounds[from as usize], h.len())
        };
        let hi = hi.min(h.len());
        let window = &h[lo..hi];
        (0..=window.len().saturating_sub(n.len()))
            .rev()
            .find(|&i| window.len() >= n.len() && &window[i..i + n.len()] == n.as_slice())
            .map(|p| p + lo)
    } else {
        let lo = bounds[from as usize];
        find(&h[lo..], &n).map(|p| p + lo)
    };
    Ok(match found {
        Some(p) => Value::Int(char_index(&bounds, p)),
        None => Value::Bool(false),
    })
}

fn mb_strpos(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    mb_find(it, a, false, false)
}

fn mb_stripos(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    mb_find(it, a, true, false)
}

fn mb_strrpos(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    mb_find(it, a, false, true)
}

fn mb_substr_count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let hay = a.string(it, 0)?;
    let needle = a.string(it, 1)?;
    single_byte(it, a, 2)?;
    if needle.is_empty() {
        return Err(a.value_error(it, 1, "must not be empty"));
    }
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut count = 0;
    let mut i = 0;
    while let Some(p) = find(&h[i..], n) {
        count += 1;
        i += p + n.len();
    }
    Ok(Value::Int(count))
}

/// Full Unicode case mapping, character by character (no context rules,
/// as PHP 8.2's mbstring).
fn case_map(s: &[u8], single_byte: bool, upper: bool) -> Vec<u8> {
    if single_byte {
        return if upper { s.to_ascii_uppercase() } else { s.to_ascii_lowercase() };
    }
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match decode_utf8(&s[i..]) {
            Ok((cp, n)) => {
                let ch = char::from_u32(cp).unwrap_or('?');
                let mut buf = [0u8; 4];
                if upper {
                    for c in ch.to_uppercase() {
                        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                } else {
                    for c in ch.to_lowercase() {
                        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                }
                i += n;
            }
            Err(n) => {
                out.push(b'?');
                i += n;
            }
        }
    }
    out
}

/// Simple (one-to-one) case folding, which keeps character positions, as
/// `mb_stripos` compares: a character whose lower case is longer stays.
fn simple_fold(s: &[u8], single_byte: bool) -> Vec<u8> {
    if single_byte {
        return s.to_ascii_lowercase();
    }
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match decode_utf8(&s[i..]) {
            Ok((cp, n)) => {
                let ch = char::from_u32(cp).unwrap_or('?');
                let mut lower = ch.to_lowercase();
                let folded = match (lower.next(), lower.next()) {
                    (Some(c), None) => c,
                    _ => ch,
                };
                let mut buf = [0u8; 4];
                out.extend_from_slice(folded.encode_utf8(&mut buf).as_bytes());
                i += n;
            }
            Err(n) => {
                out.extend_from_slice(&s[i..i + n]);
                i += n;
            }
        }
    }
    out
}

fn mb_strtoupper(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let sb = single_byte(it, a, 1)?;
    Ok(bytes_value(&case_map(s.as_bytes(), sb, true)))
}

fn mb_strtolower(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let sb = single_byte(it, a, 1)?;
    Ok(bytes_value(&case_map(s.as_bytes(), sb, false)))
}

fn mb_str_split(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let n = a.opt_int(it, 1)?.unwrap_or(1);
    if n < 1 {
        return Err(a.value_error(it, 1, "must be greater than 0"));
    }
    let sb = single_byte(it, a, 2)?;
    let bounds = char_bounds(s.as_bytes(), sb);
    let mut out = Arr::new();
    let chars = bounds.len() - 1;
    let mut k = 0;
    while k < chars {
        let end = (k + n as usize).min(chars);
        out.table_mut().push(slice_value(&s.as_bytes()[bounds[k]..bounds[end]]));
        k = end;
    }
    Ok(Value::Arr(out))
}

fn mb_internal_encoding(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    match a.nullable_string(it, 0)? {
        None => Ok(Value::Str(Str::interned(b"UTF-8"))),
        Some(_) => {
            single_byte(it, a, 0)?;
            Ok(Value::Bool(true))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_and_case() {
        assert_eq!(char_bounds("héllo".as_bytes(), false).len() - 1, 5);
        assert_eq!(char_bounds(b"h\xffe", false).len() - 1, 3);
        assert_eq!(case_map("straße".as_bytes(), false, true), "STRASSE".as_bytes());
        assert_eq!(case_map("ΣΑΣ".as_bytes(), false, false), "σασ".as_bytes());
    }
}
