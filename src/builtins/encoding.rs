//! Byte encodings of text: `base64_encode`/`base64_decode`, the URL
//! encodings (`urlencode`, `rawurlencode` and their inverses),
//! `http_build_query` and `parse_str`, and the deprecated Latin-1/UTF-8 converters
//! `utf8_encode`/`utf8_decode`.

use crate::builtins::strings::bytes_value;
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, R};
use crate::value::{Arr, Key, Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("base64_encode", base64_encode, "$string"),
    f!("base64_decode", base64_decode, "$string, $strict="),
    f!("urlencode", urlencode, "$string"),
    f!("urldecode", urldecode, "$string"),
    f!("rawurlencode", rawurlencode, "$string"),
    f!("rawurldecode", rawurldecode, "$string"),
    f!(
        "http_build_query",
        http_build_query,
        "$data, $numeric_prefix=, $arg_separator=, $encoding_type="
    ),
    f!("parse_str", parse_str, "$string, &$result"),
    f!("utf8_encode", utf8_encode, "$string"),
    f!("utf8_decode", utf8_decode, "$string"),
];

const QUERY_RFC1738: i64 = 1;
const QUERY_RFC3986: i64 = 2;

pub fn register_constants(it: &mut Interp) {
    it.constants.insert(
        Str::interned(b"PHP_QUERY_RFC1738"),
        Value::Int(QUERY_RFC1738),
    );
    it.constants.insert(
        Str::interned(b"PHP_QUERY_RFC3986"),
        Value::Int(QUERY_RFC3986),
    );
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

/// PHP's decoder: `None` where strict mode rejects the input.
fn unbase64(data: &[u8], strict: bool) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut count = 0usize;
    let mut padding = 0usize;
    let mut acc = 0u32;
    for &c in data {
        if c == b'=' {
            padding += 1;
            continue;
        }
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ if strict => return None,
            _ => continue,
        };
        if strict && padding > 0 {
            return None;
        }
        acc = (acc << 6) | v as u32;
        count += 1;
        if count.is_multiple_of(4) {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
        }
    }
    match count % 4 {
        1 if strict => return None,
        2 => out.push((acc >> 4) as u8),
        3 => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
        _ => {}
    }
    if strict && padding > 0 && (padding > 2 || !(count + padding).is_multiple_of(4)) {
        return None;
    }
    Some(out)
}

fn base64_encode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    Ok(bytes_value(&base64(s.as_bytes())))
}

fn base64_decode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let strict = a.opt_bool(it, 1, false)?;
    Ok(match unbase64(s.as_bytes(), strict) {
        Some(out) => bytes_value(&out),
        None => Value::Bool(false),
    })
}

/// Percent-encodes all but ASCII alphanumerics and `keep`; `plus` writes a
/// space as `+`.
pub fn url_encode(s: &[u8], keep: &[u8], plus: bool) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(s.len() * 3);
    for &c in s {
        if c.is_ascii_alphanumeric() || keep.contains(&c) {
            out.push(c);
        } else if c == b' ' && plus {
            out.push(b'+');
        } else {
            out.extend_from_slice(&[b'%', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
        }
    }
    out
}

fn url_decode(s: &[u8], plus: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'+' && plus {
            out.push(b' ');
        } else if c == b'%'
            && i + 2 < s.len()
            && s[i + 1].is_ascii_hexdigit()
            && s[i + 2].is_ascii_hexdigit()
        {
            let h = (s[i + 1] as char).to_digit(16).unwrap_or(0) * 16
                + (s[i + 2] as char).to_digit(16).unwrap_or(0);
            out.push(h as u8);
            i += 3;
            continue;
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

fn urlencode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    Ok(bytes_value(&url_encode(s.as_bytes(), b"-_.", true)))
}

fn rawurlencode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    Ok(bytes_value(&url_encode(s.as_bytes(), b"-_.~", false)))
}

fn urldecode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    Ok(bytes_value(&url_decode(s.as_bytes(), true)))
}

fn rawurldecode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    Ok(bytes_value(&url_decode(s.as_bytes(), false)))
}

/// One level of `http_build_query`: appends `key=value` pairs of `entries`
/// under `prefix` (`a[b]` style for nested levels).
fn build_query(
    it: &mut Interp,
    out: &mut Vec<u8>,
    entries: Vec<(Key, Value)>,
    prefix: Option<&[u8]>,
    numeric_prefix: &[u8],
    sep: &[u8],
    raw: bool,
) -> R<()> {
    let enc = |s: &[u8]| {
        if raw {
            url_encode(s, b"-_.~", false)
        } else {
            url_encode(s, b"-_.", true)
        }
    };
    for (k, v) in entries {
        let key_text = match &k {
            Key::Int(i) => {
                let mut t = if prefix.is_none() {
                    numeric_prefix.to_vec()
                } else {
                    Vec::new()
                };
                t.extend_from_slice(i.to_string().as_bytes());
                t
            }
            Key::Str(s) => s.as_bytes().to_vec(),
        };
        let full_key = match prefix {
            None => enc(&key_text),
            Some(p) => {
                let mut f = p.to_vec();
                f.extend_from_slice(b"%5B");
                f.extend_from_slice(&enc(&key_text));
                f.extend_from_slice(b"%5D");
                f
            }
        };
        let v = v.deref_clone();
        let nested = match &v {
            Value::Arr(arr) => Some(
                arr.table()
                    .iter()
                    .map(|(k, v)| (k.to_owned(), v.clone()))
                    .collect::<Vec<_>>(),
            ),
            Value::Obj(o) => Some(
                o.dyn_props()
                    .map(|t| t.iter().map(|(k, v)| (k.to_owned(), v.clone())).collect())
                    .unwrap_or_default(),
            ),
            _ => None,
        };
        if let Some(children) = nested {
            build_query(it, out, children, Some(&full_key), numeric_prefix, sep, raw)?;
            continue;
        }
        let text: Vec<u8> = match &v {
            Value::Null | Value::Undef => continue,
            Value::Bool(b) => {
                if *b {
                    b"1".to_vec()
                } else {
                    b"0".to_vec()
                }
            }
            other => it.to_str(other)?.as_bytes().to_vec(),
        };
        if !out.is_empty() {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(&full_key);
        out.push(b'=');
        out.extend_from_slice(&enc(&text));
    }
    Ok(())
}

fn http_build_query(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let data = a.value(0);
    let entries: Vec<(Key, Value)> = match &data {
        Value::Arr(arr) => arr
            .table()
            .iter()
            .map(|(k, v)| (k.to_owned(), v.clone()))
            .collect(),
        Value::Obj(o) => o
            .dyn_props()
            .map(|t| t.iter().map(|(k, v)| (k.to_owned(), v.clone())).collect())
            .unwrap_or_default(),
        other => return Err(a.type_error(it, 0, "array", other)),
    };
    let numeric_prefix = a.opt_string(it, 1)?.unwrap_or_else(Str::empty);
    let sep = a
        .nullable_string(it, 2)?
        .unwrap_or_else(|| Str::single_char(b'&'));
    let kind = a.opt_int(it, 3)?.unwrap_or(QUERY_RFC1738);
    let mut out = Vec::new();
    build_query(
        it,
        &mut out,
        entries,
        None,
        numeric_prefix.as_bytes(),
        sep.as_bytes(),
        kind == QUERY_RFC3986,
    )?;
    Ok(bytes_value(&out))
}

/// A query variable: its base name and the path of indexes below it.
type QueryPath = (Vec<u8>, Vec<Option<Vec<u8>>>);

/// Splits a query variable name into its base and bracketed indexes
/// (`None` for `[]`), as PHP registers request variables: spaces and dots
/// of the base become `_`, an unclosed first `[` becomes `_` too, and text
/// after the last complete `[...]` is ignored. `None` when the base is empty.
fn query_path(name: &[u8]) -> Option<QueryPath> {
    let name = &name[name.iter().position(|&c| c != b' ').unwrap_or(name.len())..];
    let underscore = |b: &[u8]| -> Vec<u8> {
        b.iter()
            .map(|&c| if c == b' ' || c == b'.' { b'_' } else { c })
            .collect()
    };
    let Some(open) = name.iter().position(|&c| c == b'[') else {
        let base = underscore(name);
        return (!base.is_empty()).then_some((base, Vec::new()));
    };
    let mut base = underscore(&name[..open]);
    if base.is_empty() {
        return None;
    }
    let mut indexes = Vec::new();
    let mut i = open;
    while i < name.len() && name[i] == b'[' {
        let Some(close) = name[i + 1..]
            .iter()
            .position(|&c| c == b']')
            .map(|p| i + 1 + p)
        else {
            if indexes.is_empty() {
                // Not an index after all: the bracket is part of the name.
                base.push(b'_');
                base.extend_from_slice(&name[i + 1..]);
            }
            break;
        };
        let index = &name[i + 1..close];
        indexes.push((!index.is_empty()).then(|| index.to_vec()));
        i = close + 1;
    }
    Some((base, indexes))
}

/// Stores `value` at `path` below `arr`, making arrays on the way.
fn store_at(arr: &mut Arr, path: &[Option<Vec<u8>>], value: Value) {
    let table = arr.table_mut();
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    if rest.is_empty() {
        match first {
            Some(k) => {
                table.insert(Key::from_bytes(k), value);
            }
            None => {
                table.push(value);
            }
        }
        return;
    }
    let slot = match first {
        Some(k) => Some(table.lookup_or_insert(Key::from_bytes(k)).0),
        None => table.push(Value::Null),
    };
    let Some(slot) = slot else { return };
    if !matches!(slot, Value::Arr(_)) {
        *slot = Value::Arr(Arr::new());
    }
    if let Value::Arr(child) = slot {
        store_at(child, rest, value);
    }
}

fn parse_str(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let mut result = Arr::new();
    for pair in s.as_bytes().split(|&c| c == b'&') {
        if pair.is_empty() {
            continue;
        }
        let (name, value) = match pair.iter().position(|&c| c == b'=') {
            Some(p) => (&pair[..p], &pair[p + 1..]),
            None => (pair, &b""[..]),
        };
        let Some((base, indexes)) = query_path(&url_decode(name, true)) else {
            continue;
        };
        let mut path = Vec::with_capacity(indexes.len() + 1);
        path.push(Some(base));
        path.extend(indexes);
        store_at(&mut result, &path, bytes_value(&url_decode(value, true)));
    }
    a.set_ref(1, Value::Arr(result));
    Ok(Value::Null)
}

fn utf8_encode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    it.deprecated(a.line, "Function utf8_encode() is deprecated")?;
    let s = a.string(it, 0)?;
    let mut out = Vec::with_capacity(s.len() * 2);
    for &c in s.as_bytes() {
        if c < 0x80 {
            out.push(c);
        } else {
            out.extend_from_slice(&[0xc0 | (c >> 6), 0x80 | (c & 0x3f)]);
        }
    }
    Ok(bytes_value(&out))
}

fn utf8_decode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    it.deprecated(a.line, "Function utf8_decode() is deprecated")?;
    let s = a.string(it, 0)?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match crate::builtins::html::decode_utf8(&b[i..]) {
            Ok((cp, len)) => {
                out.push(if cp < 0x100 { cp as u8 } else { b'?' });
                i += len;
            }
            Err(skip) => {
                out.push(b'?');
                i += skip;
            }
        }
    }
    Ok(bytes_value(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip_and_strictness() {
        assert_eq!(base64(b"hello!?"), b"aGVsbG8hPw==");
        assert_eq!(unbase64(b"aGVsbG8hPw==", true).unwrap(), b"hello!?");
        assert_eq!(unbase64(b"aGVs#bG8", false).unwrap(), b"hello");
        assert!(unbase64(b"aGVs#bG8", true).is_none());
        assert!(unbase64(b"aGVsbG8=a", true).is_none());
    }

    #[test]
    fn url_encodings() {
        assert_eq!(url_encode(b"a b~&", b"-_.", true), b"a+b%7E%26");
        assert_eq!(url_encode(b"a b~&", b"-_.~", false), b"a%20b~%26");
        assert_eq!(url_decode(b"a+b%41%4", true), b"a bA%4");
    }
}
