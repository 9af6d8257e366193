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
    f!(
        "mb_substr",
        mb_substr,
        "$string, $start, $length=, $encoding="
    ),
    f!(
        "mb_strpos",
        mb_strpos,
        "$haystack, $needle, $offset=, $encoding="
    ),
    f!(
        "mb_stripos",
        mb_stripos,
        "$haystack, $needle, $offset=, $encoding="
    ),
    f!(
        "mb_strrpos",
        mb_strrpos,
        "$haystack, $needle, $offset=, $encoding="
    ),
    f!(
        "mb_substr_count",
        mb_substr_count,
        "$haystack, $needle, $encoding="
    ),
    f!("mb_strtoupper", mb_strtoupper, "$string, $encoding="),
    f!("mb_strtolower", mb_strtolower, "$string, $encoding="),
    f!(
        "mb_str_split",
        mb_str_split,
        "$string, $length=, $encoding="
    ),
    f!("mb_internal_encoding", mb_internal_encoding, "$encoding="),
    f!(
        "mb_check_encoding",
        mb_check_encoding,
        "$value=, $encoding="
    ),
    f!(
        "mb_convert_case",
        mb_convert_case,
        "$string, $mode, $encoding="
    ),
    f!(
        "mb_convert_encoding",
        mb_convert_encoding,
        "$string, $to_encoding, $from_encoding="
    ),
    f!("mb_scrub", mb_scrub, "$string, $encoding="),
    f!("mb_strwidth", mb_strwidth, "$string, $encoding="),
    f!(
        "mb_strimwidth",
        mb_strimwidth,
        "$string, $start, $width, $trim_marker=, $encoding="
    ),
    f!("mb_ord", mb_ord, "$string, $encoding="),
    f!("mb_chr", mb_chr, "$codepoint, $encoding="),
];

/// The `MB_CASE_*` modes of `mb_convert_case`.
pub fn register_constants(it: &mut Interp) {
    for (name, v) in [
        ("MB_CASE_UPPER", 0),
        ("MB_CASE_LOWER", 1),
        ("MB_CASE_TITLE", 2),
        ("MB_CASE_FOLD", 3),
        ("MB_CASE_UPPER_SIMPLE", 4),
        ("MB_CASE_LOWER_SIMPLE", 5),
        ("MB_CASE_TITLE_SIMPLE", 6),
        ("MB_CASE_FOLD_SIMPLE", 7),
    ] {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Int(v));
    }
}

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

/// The encodings phpi knows.
#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    Bytes,
}

fn encoding_named(name: &[u8]) -> Option<Encoding> {
    match name.to_ascii_lowercase().as_slice() {
        b"utf-8" | b"utf8" => Some(Encoding::Utf8),
        b"iso-8859-1" | b"iso8859-1" | b"latin1" => Some(Encoding::Latin1),
        b"ascii" | b"us-ascii" => Some(Encoding::Ascii),
        b"8bit" | b"binary" => Some(Encoding::Bytes),
        _ => None,
    }
}

/// The `$encoding` argument `i` (UTF-8 when absent); an unknown name is a
/// `ValueError`.
fn encoding_arg(it: &mut Interp, a: &CallArgs, i: usize) -> R<Encoding> {
    let Some(name) = a.nullable_string(it, i)? else {
        return Ok(Encoding::Utf8);
    };
    match encoding_named(name.as_bytes()) {
        Some(e) => Ok(e),
        None => {
            let what = format!(
                "must be a valid encoding, \"{}\" given",
                String::from_utf8_lossy(name.as_bytes())
            );
            Err(a.value_error(it, i, &what))
        }
    }
}

/// Whether the `$encoding` argument names a single-byte encoding.
fn single_byte(it: &mut Interp, a: &CallArgs, i: usize) -> R<bool> {
    Ok(encoding_arg(it, a, i)? != Encoding::Utf8)
}

/// The code points of UTF-8 text; `None` stands for an invalid sequence.
fn code_points(s: &[u8]) -> Vec<Option<char>> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match decode_utf8(&s[i..]) {
            Ok((cp, n)) => {
                out.push(char::from_u32(cp));
                i += n;
            }
            Err(n) => {
                out.push(None);
                i += n;
            }
        }
    }
    out
}

fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
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
    let from = if start < 0 {
        (n + start).max(0)
    } else {
        start.min(n)
    };
    let to = match length {
        None => n,
        Some(l) if l < 0 => (n + l).max(from),
        Some(l) => (from.saturating_add(l)).min(n),
    };
    if from == 0 && to == n {
        return Ok(Value::Str(s));
    }
    Ok(slice_value(
        &s.as_bytes()[bounds[from as usize]..bounds[to as usize]],
    ))
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
        (
            simple_fold(hay.as_bytes(), sb),
            simple_fold(needle.as_bytes(), sb),
        )
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
        return if upper {
            s.to_ascii_uppercase()
        } else {
            s.to_ascii_lowercase()
        };
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
        out.table_mut()
            .push(slice_value(&s.as_bytes()[bounds[k]..bounds[end]]));
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

fn mb_check_encoding(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let enc = encoding_arg(it, a, 1)?;
    let s = match a.get(0) {
        None | Some(Value::Null) => return Ok(Value::Bool(true)),
        Some(_) => a.string(it, 0)?,
    };
    Ok(Value::Bool(match enc {
        Encoding::Utf8 => std::str::from_utf8(s.as_bytes()).is_ok(),
        Encoding::Ascii => s.as_bytes().is_ascii(),
        Encoding::Latin1 | Encoding::Bytes => true,
    }))
}

/// The title-case form of a character (the Latin digraphs have their own).
fn title_case(c: char, out: &mut Vec<u8>) {
    let special = match c {
        '\u{1c4}'..='\u{1c6}' => Some('\u{1c5}'),
        '\u{1c7}'..='\u{1c9}' => Some('\u{1c8}'),
        '\u{1ca}'..='\u{1cc}' => Some('\u{1cb}'),
        '\u{1f1}'..='\u{1f3}' => Some('\u{1f2}'),
        _ => None,
    };
    if let Some(t) = special {
        push_char(out, t);
        return;
    }
    for (k, u) in c.to_uppercase().enumerate() {
        if k == 0 {
            push_char(out, u);
        } else {
            for l in u.to_lowercase() {
                push_char(out, l);
            }
        }
    }
}

fn mb_convert_case(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let mode = a.int(it, 1)?;
    let enc = encoding_arg(it, a, 2)?;
    if !(0..=7).contains(&mode) {
        return Err(a.value_error(it, 1, "must be one of the MB_CASE_* constants"));
    }
    if enc != Encoding::Utf8 {
        let b = s.as_bytes();
        return Ok(bytes_value(&if matches!(mode, 0 | 4) {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        }));
    }
    let mut out = Vec::with_capacity(s.len());
    let mut in_word = false;
    for c in code_points(s.as_bytes()) {
        let Some(c) = c else {
            out.push(b'?');
            in_word = false;
            continue;
        };
        let simple = |m: &mut dyn Iterator<Item = char>, c: char| {
            let first = m.next();
            match (first, m.next()) {
                (Some(x), None) => x,
                _ => c,
            }
        };
        match mode {
            0 => c.to_uppercase().for_each(|u| push_char(&mut out, u)),
            1 => c.to_lowercase().for_each(|l| push_char(&mut out, l)),
            3 => match c {
                'ß' | 'ẞ' => out.extend_from_slice(b"ss"),
                _ => c.to_lowercase().for_each(|l| push_char(&mut out, l)),
            },
            4 => push_char(&mut out, simple(&mut c.to_uppercase(), c)),
            5 | 7 => push_char(&mut out, simple(&mut c.to_lowercase(), c)),
            _ => {
                if in_word {
                    if mode == 2 {
                        c.to_lowercase().for_each(|l| push_char(&mut out, l));
                    } else {
                        push_char(&mut out, simple(&mut c.to_lowercase(), c));
                    }
                } else if mode == 2 {
                    title_case(c, &mut out);
                } else {
                    push_char(&mut out, simple(&mut c.to_uppercase(), c));
                }
            }
        }
        // A word goes on through cased letters and the case-ignorable
        // punctuation inside words (apostrophes, `.`, `:`, `·`, `´`).
        let cased = c.is_lowercase()
            || c.is_uppercase()
            || matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}');
        let ignorable = matches!(
            c,
            '\'' | '.' | ':' | '\u{b7}' | '\u{b4}' | '\u{2019}' | '^' | '`' | '\u{a8}' | '\u{ad}'
        );
        in_word = cased || (in_word && ignorable);
    }
    Ok(bytes_value(&out))
}

fn mb_convert_encoding(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let to_name = a.string(it, 1)?;
    let Some(to) = encoding_named(to_name.as_bytes()) else {
        let what = format!(
            "must be a valid encoding, \"{}\" given",
            String::from_utf8_lossy(to_name.as_bytes())
        );
        return Err(a.value_error(it, 1, &what));
    };
    let from = match a.get(2).cloned() {
        None | Some(Value::Null) => Encoding::Utf8,
        Some(Value::Arr(arr)) => {
            let first = arr.table().values().next().cloned().unwrap_or(Value::Null);
            let name = it.to_str(&first)?;
            encoding_named(name.as_bytes()).unwrap_or(Encoding::Utf8)
        }
        Some(_) => {
            let names = a.string(it, 2)?;
            let first = names
                .as_bytes()
                .split(|&c| c == b',')
                .next()
                .unwrap_or(b"")
                .trim_ascii();
            match encoding_named(first) {
                Some(e) => e,
                None => {
                    let what = format!(
                        "contains invalid encoding \"{}\"",
                        String::from_utf8_lossy(first)
                    );
                    return Err(a.value_error(it, 2, &what));
                }
            }
        }
    };
    let chars: Vec<Option<char>> = match from {
        Encoding::Utf8 => code_points(s.as_bytes()),
        Encoding::Ascii => s
            .as_bytes()
            .iter()
            .map(|&b| (b < 0x80).then_some(b as char))
            .collect(),
        Encoding::Latin1 | Encoding::Bytes => {
            s.as_bytes().iter().map(|&b| Some(b as char)).collect()
        }
    };
    let mut out = Vec::with_capacity(s.len());
    for c in chars {
        match (c, to) {
            (Some(c), Encoding::Utf8) => push_char(&mut out, c),
            (Some(c), Encoding::Latin1 | Encoding::Bytes) if (c as u32) < 0x100 => {
                out.push(c as u32 as u8)
            }
            (Some(c), Encoding::Ascii) if c.is_ascii() => out.push(c as u8),
            _ => out.push(b'?'),
        }
    }
    Ok(bytes_value(&out))
}

fn mb_scrub(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let enc = encoding_arg(it, a, 1)?;
    if enc != Encoding::Utf8 || std::str::from_utf8(s.as_bytes()).is_ok() {
        return Ok(Value::Str(s));
    }
    let mut out = Vec::with_capacity(s.len());
    for c in code_points(s.as_bytes()) {
        match c {
            Some(c) => push_char(&mut out, c),
            None => out.push(b'?'),
        }
    }
    Ok(bytes_value(&out))
}

/// Display width: East Asian wide and fullwidth characters take two columns.
fn char_width(c: char) -> usize {
    let cp = c as u32;
    let wide = matches!(cp,
        0x1100..=0x115f | 0x2e80..=0x303e | 0x3041..=0x33ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xa000..=0xa4cf
        | 0xac00..=0xd7a3 | 0xf900..=0xfaff | 0xfe30..=0xfe4f | 0xff00..=0xff60 | 0xffe0..=0xffe6
        | 0x1f300..=0x1f64f | 0x1f900..=0x1f9ff | 0x20000..=0x2fffd | 0x30000..=0x3fffd);
    if wide {
        2
    } else {
        1
    }
}

fn text_width(chars: &[Option<char>]) -> usize {
    chars.iter().map(|c| c.map_or(1, char_width)).sum()
}

fn mb_strwidth(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    if single_byte(it, a, 1)? {
        return Ok(Value::Int(s.len() as i64));
    }
    Ok(Value::Int(text_width(&code_points(s.as_bytes())) as i64))
}

fn mb_strimwidth(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let start = a.int(it, 1)?;
    let width = a.int(it, 2)?;
    let marker = a.opt_string(it, 3)?.unwrap_or_else(Str::empty);
    encoding_arg(it, a, 4)?;
    let chars = code_points(s.as_bytes());
    let n = chars.len() as i64;
    let from = if start < 0 { n + start } else { start };
    if from < 0 || from > n {
        return Err(a.value_error(it, 1, "is out of range"));
    }
    let rest = &chars[from as usize..];
    let total = text_width(rest) as i64;
    let width = if width < 0 { total + width } else { width };
    if width < 0 {
        return Err(a.value_error(it, 2, "is out of range"));
    }
    let render = |cs: &[Option<char>]| {
        let mut out = Vec::new();
        for c in cs {
            match c {
                Some(c) => push_char(&mut out, *c),
                None => out.push(b'?'),
            }
        }
        out
    };
    if total <= width {
        return Ok(bytes_value(&render(rest)));
    }
    let marker_width = text_width(&code_points(marker.as_bytes())) as i64;
    let mut used = 0i64;
    let mut k = 0;
    while k < rest.len() {
        let w = rest[k].map_or(1, char_width) as i64;
        if used + w + marker_width > width {
            break;
        }
        used += w;
        k += 1;
    }
    let mut out = render(&rest[..k]);
    out.extend_from_slice(marker.as_bytes());
    Ok(bytes_value(&out))
}

fn mb_ord(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let enc = encoding_arg(it, a, 1)?;
    if s.is_empty() {
        return Err(a.value_error(it, 0, "must not be empty"));
    }
    if enc != Encoding::Utf8 {
        return Ok(Value::Int(s.as_bytes()[0] as i64));
    }
    Ok(match decode_utf8(s.as_bytes()) {
        Ok((cp, _)) => Value::Int(cp as i64),
        Err(_) => Value::Bool(false),
    })
}

fn mb_chr(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let cp = a.int(it, 0)?;
    let enc = encoding_arg(it, a, 1)?;
    if enc != Encoding::Utf8 {
        return Ok(if (0..256).contains(&cp) {
            Value::Str(Str::single_char(cp as u8))
        } else {
            Value::Bool(false)
        });
    }
    match u32::try_from(cp).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut out = Vec::new();
            push_char(&mut out, c);
            Ok(bytes_value(&out))
        }
        None => Ok(Value::Bool(false)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_and_case() {
        assert_eq!(char_bounds("héllo".as_bytes(), false).len() - 1, 5);
        assert_eq!(char_bounds(b"h\xffe", false).len() - 1, 3);
        assert_eq!(
            case_map("straße".as_bytes(), false, true),
            "STRASSE".as_bytes()
        );
        assert_eq!(case_map("ΣΑΣ".as_bytes(), false, false), "σασ".as_bytes());
    }
}
