//! HTML escaping: `htmlspecialchars`, `htmlspecialchars_decode`,
//! `htmlentities`, `html_entity_decode` and the `ENT_*` flags, for UTF-8
//! (PHP's default) and ISO-8859-1 text. Named entities are HTML 4.01's
//! (PHP's default document type); other document types change only how
//! the single quote is spelled.

use crate::builtins::strings::bytes_value;
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, R};
use crate::value::{Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!(
        "htmlspecialchars",
        htmlspecialchars,
        "$string, $flags=, $encoding=, $double_encode="
    ),
    f!(
        "htmlspecialchars_decode",
        htmlspecialchars_decode,
        "$string, $flags="
    ),
    f!(
        "htmlentities",
        htmlentities,
        "$string, $flags=, $encoding=, $double_encode="
    ),
    f!(
        "html_entity_decode",
        html_entity_decode,
        "$string, $flags=, $encoding="
    ),
];

const ENT_HTML_QUOTE_SINGLE: i64 = 1;
const ENT_HTML_QUOTE_DOUBLE: i64 = 2;
const ENT_IGNORE: i64 = 4;
const ENT_SUBSTITUTE: i64 = 8;
const ENT_XML1: i64 = 16;
const ENT_XHTML: i64 = 32;
const ENT_HTML5: i64 = 48;
const DOCTYPE_MASK: i64 = 48;
const DEFAULT_FLAGS: i64 = ENT_HTML_QUOTE_SINGLE | ENT_HTML_QUOTE_DOUBLE | ENT_SUBSTITUTE;

pub fn register_constants(it: &mut Interp) {
    for (name, v) in [
        ("ENT_HTML_QUOTE_NONE", 0),
        ("ENT_HTML_QUOTE_SINGLE", 1),
        ("ENT_HTML_QUOTE_DOUBLE", 2),
        ("ENT_COMPAT", 2),
        ("ENT_QUOTES", 3),
        ("ENT_NOQUOTES", 0),
        ("ENT_IGNORE", ENT_IGNORE),
        ("ENT_SUBSTITUTE", ENT_SUBSTITUTE),
        ("ENT_DISALLOWED", 128),
        ("ENT_HTML401", 0),
        ("ENT_XML1", ENT_XML1),
        ("ENT_XHTML", ENT_XHTML),
        ("ENT_HTML5", ENT_HTML5),
        ("HTML_SPECIALCHARS", 0),
        ("HTML_ENTITIES", 1),
    ] {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Int(v));
    }
}

/// HTML 4.01's named entities beyond the Latin-1 block (which follows
/// `LATIN1` in order from U+00A0).
static NAMED: &[(&str, u32)] = &[
    ("quot", 34),
    ("amp", 38),
    ("lt", 60),
    ("gt", 62),
    ("OElig", 338),
    ("oelig", 339),
    ("Scaron", 352),
    ("scaron", 353),
    ("Yuml", 376),
    ("fnof", 402),
    ("circ", 710),
    ("tilde", 732),
    ("Alpha", 913),
    ("Beta", 914),
    ("Gamma", 915),
    ("Delta", 916),
    ("Epsilon", 917),
    ("Zeta", 918),
    ("Eta", 919),
    ("Theta", 920),
    ("Iota", 921),
    ("Kappa", 922),
    ("Lambda", 923),
    ("Mu", 924),
    ("Nu", 925),
    ("Xi", 926),
    ("Omicron", 927),
    ("Pi", 928),
    ("Rho", 929),
    ("Sigma", 931),
    ("Tau", 932),
    ("Upsilon", 933),
    ("Phi", 934),
    ("Chi", 935),
    ("Psi", 936),
    ("Omega", 937),
    ("alpha", 945),
    ("beta", 946),
    ("gamma", 947),
    ("delta", 948),
    ("epsilon", 949),
    ("zeta", 950),
    ("eta", 951),
    ("theta", 952),
    ("iota", 953),
    ("kappa", 954),
    ("lambda", 955),
    ("mu", 956),
    ("nu", 957),
    ("xi", 958),
    ("omicron", 959),
    ("pi", 960),
    ("rho", 961),
    ("sigmaf", 962),
    ("sigma", 963),
    ("tau", 964),
    ("upsilon", 965),
    ("phi", 966),
    ("chi", 967),
    ("psi", 968),
    ("omega", 969),
    ("thetasym", 977),
    ("upsih", 978),
    ("piv", 982),
    ("ensp", 8194),
    ("emsp", 8195),
    ("thinsp", 8201),
    ("zwnj", 8204),
    ("zwj", 8205),
    ("lrm", 8206),
    ("rlm", 8207),
    ("ndash", 8211),
    ("mdash", 8212),
    ("lsquo", 8216),
    ("rsquo", 8217),
    ("sbquo", 8218),
    ("ldquo", 8220),
    ("rdquo", 8221),
    ("bdquo", 8222),
    ("dagger", 8224),
    ("Dagger", 8225),
    ("bull", 8226),
    ("hellip", 8230),
    ("permil", 8240),
    ("prime", 8242),
    ("Prime", 8243),
    ("lsaquo", 8249),
    ("rsaquo", 8250),
    ("oline", 8254),
    ("frasl", 8260),
    ("euro", 8364),
    ("image", 8465),
    ("weierp", 8472),
    ("real", 8476),
    ("trade", 8482),
    ("alefsym", 8501),
    ("larr", 8592),
    ("uarr", 8593),
    ("rarr", 8594),
    ("darr", 8595),
    ("harr", 8596),
    ("crarr", 8629),
    ("lArr", 8656),
    ("uArr", 8657),
    ("rArr", 8658),
    ("dArr", 8659),
    ("hArr", 8660),
    ("forall", 8704),
    ("part", 8706),
    ("exist", 8707),
    ("empty", 8709),
    ("nabla", 8711),
    ("isin", 8712),
    ("notin", 8713),
    ("ni", 8715),
    ("prod", 8719),
    ("sum", 8721),
    ("minus", 8722),
    ("lowast", 8727),
    ("radic", 8730),
    ("prop", 8733),
    ("infin", 8734),
    ("ang", 8736),
    ("and", 8743),
    ("or", 8744),
    ("cap", 8745),
    ("cup", 8746),
    ("int", 8747),
    ("there4", 8756),
    ("sim", 8764),
    ("cong", 8773),
    ("asymp", 8776),
    ("ne", 8800),
    ("equiv", 8801),
    ("le", 8804),
    ("ge", 8805),
    ("sub", 8834),
    ("sup", 8835),
    ("nsub", 8836),
    ("sube", 8838),
    ("supe", 8839),
    ("oplus", 8853),
    ("otimes", 8855),
    ("perp", 8869),
    ("sdot", 8901),
    ("lceil", 8968),
    ("rceil", 8969),
    ("lfloor", 8970),
    ("rfloor", 8971),
    ("lang", 9001),
    ("rang", 9002),
    ("loz", 9674),
    ("spades", 9824),
    ("clubs", 9827),
    ("hearts", 9829),
    ("diams", 9830),
];

/// Entity names of U+00A0..=U+00FF, in order.
static LATIN1: &[&str] = &[
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

fn entity_name(cp: u32) -> Option<&'static str> {
    if (0xa0..=0xff).contains(&cp) {
        return Some(LATIN1[(cp - 0xa0) as usize]);
    }
    NAMED.iter().find(|(_, c)| *c == cp).map(|(n, _)| *n)
}

fn entity_code(name: &[u8]) -> Option<u32> {
    if let Some(i) = LATIN1.iter().position(|n| n.as_bytes() == name) {
        return Some(0xa0 + i as u32);
    }
    NAMED
        .iter()
        .find(|(n, _)| n.as_bytes() == name)
        .map(|(_, c)| *c)
}

/// The charset argument: UTF-8 (the default) or a single-byte Latin-1.
#[derive(Clone, Copy, PartialEq)]
enum Charset {
    Utf8,
    Latin1,
}

fn charset(it: &mut Interp, a: &CallArgs, i: usize) -> R<Charset> {
    let Some(name) = a.nullable_string(it, i)? else {
        return Ok(Charset::Utf8);
    };
    let lower = name.as_bytes().to_ascii_lowercase();
    match lower.as_slice() {
        b"" | b"utf-8" | b"utf8" => Ok(Charset::Utf8),
        b"iso-8859-1" | b"iso8859-1" | b"latin1" | b"iso_8859-1" | b"cp1252" | b"windows-1252"
        | b"ascii" => Ok(Charset::Latin1),
        _ => {
            let msg = format!(
                "Charset \"{}\" is not supported, assuming UTF-8",
                String::from_utf8_lossy(name.as_bytes())
            );
            crate::builtins::strings::warn(it, a, &msg)?;
            Ok(Charset::Utf8)
        }
    }
}

/// Decodes one UTF-8 sequence at the start of `b`: (code point, length),
/// or `Err(n)` for an invalid sequence of `n` bytes to skip.
pub(crate) fn decode_utf8(b: &[u8]) -> Result<(u32, usize), usize> {
    let c = b[0];
    let (len, min, init) = match c {
        0x00..=0x7f => return Ok((c as u32, 1)),
        0xc2..=0xdf => (2, 0x80, (c & 0x1f) as u32),
        0xe0..=0xef => (3, 0x800, (c & 0x0f) as u32),
        0xf0..=0xf4 => (4, 0x10000, (c & 0x07) as u32),
        _ => return Err(1),
    };
    let mut cp = init;
    for k in 1..len {
        match b.get(k) {
            Some(&n) if n & 0xc0 == 0x80 => cp = (cp << 6) | (n & 0x3f) as u32,
            _ => return Err(k),
        }
    }
    if cp < min || cp > 0x10ffff || (0xd800..=0xdfff).contains(&cp) {
        return Err(1);
    }
    Ok((cp, len))
}

fn push_utf8(out: &mut Vec<u8>, cp: u32) {
    if let Some(ch) = char::from_u32(cp) {
        let mut buf = [0u8; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    }
}

/// Length of a valid entity reference (`&name;`, `&#123;`, `&#x1f;`) at
/// the start of `b` (which begins with `&`), for `double_encode = false`.
fn existing_entity_len(b: &[u8]) -> Option<usize> {
    let body = &b[1..];
    let end = body.iter().position(|&c| c == b';')?;
    let name = &body[..end];
    let valid = if let Some(num) = name.strip_prefix(b"#") {
        if let Some(hex) = num.strip_prefix(b"x").or_else(|| num.strip_prefix(b"X")) {
            !hex.is_empty() && hex.iter().all(u8::is_ascii_hexdigit)
        } else {
            !num.is_empty() && num.iter().all(u8::is_ascii_digit)
        }
    } else {
        !name.is_empty()
            && name[0].is_ascii_alphabetic()
            && name.iter().all(u8::is_ascii_alphanumeric)
    };
    valid.then_some(end + 2)
}

fn escape(it: &mut Interp, a: &mut CallArgs, all: bool) -> R<Value> {
    let s = a.string(it, 0)?;
    let flags = a.opt_int(it, 1)?.unwrap_or(DEFAULT_FLAGS);
    let cs = charset(it, a, 2)?;
    let double = a.opt_bool(it, 3, true)?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() + 16);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'&' => {
                if !double {
                    if let Some(n) = existing_entity_len(&b[i..]) {
                        out.extend_from_slice(&b[i..i + n]);
                        i += n;
                        continue;
                    }
                }
                out.extend_from_slice(b"&amp;");
            }
            b'"' if flags & ENT_HTML_QUOTE_DOUBLE != 0 => out.extend_from_slice(b"&quot;"),
            b'\'' if flags & ENT_HTML_QUOTE_SINGLE != 0 => {
                out.extend_from_slice(if flags & DOCTYPE_MASK == 0 {
                    b"&#039;"
                } else {
                    b"&apos;"
                })
            }
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            _ if c < 0x80 => out.push(c),
            _ if cs == Charset::Latin1 => match entity_name(c as u32).filter(|_| all) {
                Some(name) => {
                    out.push(b'&');
                    out.extend_from_slice(name.as_bytes());
                    out.push(b';');
                }
                None => out.push(c),
            },
            _ => match decode_utf8(&b[i..]) {
                Ok((cp, len)) => {
                    match entity_name(cp).filter(|_| all) {
                        Some(name) => {
                            out.push(b'&');
                            out.extend_from_slice(name.as_bytes());
                            out.push(b';');
                        }
                        None => out.extend_from_slice(&b[i..i + len]),
                    }
                    i += len;
                    continue;
                }
                Err(skip) => {
                    if flags & ENT_IGNORE != 0 {
                    } else if flags & ENT_SUBSTITUTE != 0 {
                        out.extend_from_slice("\u{fffd}".as_bytes());
                    } else {
                        return Ok(Value::Str(Str::empty()));
                    }
                    i += skip;
                    continue;
                }
            },
        }
        i += 1;
    }
    Ok(bytes_value(&out))
}

fn htmlspecialchars(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    escape(it, a, false)
}

fn htmlentities(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    escape(it, a, true)
}

/// Decodes entity references. `all`: every HTML 4.01 entity and numeric
/// reference; otherwise only the special characters' own.
fn unescape(s: &[u8], flags: i64, all: bool, cs: Charset) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    let html401 = flags & DOCTYPE_MASK == 0;
    while i < s.len() {
        if s[i] != b'&' {
            out.push(s[i]);
            i += 1;
            continue;
        }
        let rest = &s[i + 1..];
        let Some(end) = rest.iter().take(32).position(|&c| c == b';') else {
            out.push(b'&');
            i += 1;
            continue;
        };
        let name = &rest[..end];
        let cp = if let Some(num) = name.strip_prefix(b"#") {
            let (digits, radix) = match num.first() {
                Some(b'x' | b'X') => (&num[1..], 16),
                _ => (num, 10),
            };
            let ok = !digits.is_empty() && digits.iter().all(|c| (*c as char).is_digit(radix));
            let v = if ok {
                u32::from_str_radix(std::str::from_utf8(digits).unwrap_or("x"), radix).ok()
            } else {
                None
            };
            v.filter(|&v| v != 0 && char::from_u32(v).is_some())
                .filter(|&v| all || v == 34 || v == 39 || v == 38 || v == 60 || v == 62)
        } else {
            match name {
                b"amp" => Some(38),
                b"lt" => Some(60),
                b"gt" => Some(62),
                b"quot" => Some(34),
                b"apos" if !html401 => Some(39),
                _ if all => entity_code(name).filter(|&c| c > 62),
                _ => None,
            }
        };
        let allowed = match cp {
            Some(34) => flags & ENT_HTML_QUOTE_DOUBLE != 0,
            Some(39) => flags & ENT_HTML_QUOTE_SINGLE != 0,
            Some(_) => true,
            None => false,
        };
        match cp {
            Some(cp) if allowed => {
                if cs == Charset::Latin1 && cp > 0xff {
                    out.extend_from_slice(&s[i..i + end + 2]);
                } else if cs == Charset::Latin1 || cp < 0x80 {
                    out.push(cp as u8);
                } else {
                    push_utf8(&mut out, cp);
                }
                i += end + 2;
            }
            _ => {
                out.push(b'&');
                i += 1;
            }
        }
    }
    out
}

fn htmlspecialchars_decode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let flags = a.opt_int(it, 1)?.unwrap_or(DEFAULT_FLAGS);
    let out = unescape(s.as_bytes(), flags, false, Charset::Utf8);
    if out == s.as_bytes() {
        return Ok(Value::Str(s));
    }
    Ok(bytes_value(&out))
}

fn html_entity_decode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let flags = a.opt_int(it, 1)?.unwrap_or(DEFAULT_FLAGS);
    let cs = charset(it, a, 2)?;
    let out = unescape(s.as_bytes(), flags, true, cs);
    if out == s.as_bytes() {
        return Ok(Value::Str(s));
    }
    Ok(bytes_value(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_table_covers_a0_to_ff() {
        assert_eq!(LATIN1.len(), 96);
        assert_eq!(entity_name(0xe9), Some("eacute"));
        assert_eq!(entity_code(b"euro"), Some(8364));
    }

    #[test]
    fn utf8_sequences() {
        assert_eq!(decode_utf8("é".as_bytes()), Ok((0xe9, 2)));
        assert_eq!(decode_utf8(b"\xff"), Err(1));
        assert_eq!(decode_utf8(b"\xc3("), Err(1));
    }
}
