//! JSON: `json_encode` (escaping flags, pretty printing, `JsonSerializable`,
//! floats under `serialize_precision`, partial output), `json_decode`
//! (objects as `stdClass` or arrays, depth limit, big integers), the error
//! state read by `json_last_error`/`json_last_error_msg`, `JsonException`
//! and the `JSON_*` constants.

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, R};
use crate::syntax::ast::Visibility;
use crate::value::header::FLAG_PROTECTED;
use crate::value::{Arr, Key, KeyRef, Obj, Str, Value};
use std::cell::Cell;

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("json_encode", json_encode, "$value, $flags=, $depth="),
    f!(
        "json_decode",
        json_decode,
        "$json, $associative=, $depth=, $flags="
    ),
    f!("json_last_error", json_last_error, ""),
    f!("json_last_error_msg", json_last_error_msg, ""),
];

pub const JSON_HEX_TAG: i64 = 1;
pub const JSON_HEX_AMP: i64 = 2;
pub const JSON_HEX_APOS: i64 = 4;
pub const JSON_HEX_QUOT: i64 = 8;
pub const JSON_FORCE_OBJECT: i64 = 16;
pub const JSON_NUMERIC_CHECK: i64 = 32;
pub const JSON_UNESCAPED_SLASHES: i64 = 64;
pub const JSON_PRETTY_PRINT: i64 = 128;
pub const JSON_UNESCAPED_UNICODE: i64 = 256;
pub const JSON_PARTIAL_OUTPUT_ON_ERROR: i64 = 512;
pub const JSON_PRESERVE_ZERO_FRACTION: i64 = 1024;
pub const JSON_UNESCAPED_LINE_TERMINATORS: i64 = 2048;
pub const JSON_OBJECT_AS_ARRAY: i64 = 1;
pub const JSON_BIGINT_AS_STRING: i64 = 2;
pub const JSON_INVALID_UTF8_IGNORE: i64 = 1_048_576;
pub const JSON_INVALID_UTF8_SUBSTITUTE: i64 = 2_097_152;
pub const JSON_THROW_ON_ERROR: i64 = 4_194_304;

pub const JSON_ERROR_NONE: i64 = 0;
pub const JSON_ERROR_DEPTH: i64 = 1;
pub const JSON_ERROR_STATE_MISMATCH: i64 = 2;
pub const JSON_ERROR_CTRL_CHAR: i64 = 3;
pub const JSON_ERROR_SYNTAX: i64 = 4;
pub const JSON_ERROR_UTF8: i64 = 5;
pub const JSON_ERROR_RECURSION: i64 = 6;
pub const JSON_ERROR_INF_OR_NAN: i64 = 7;
pub const JSON_ERROR_UNSUPPORTED_TYPE: i64 = 8;
pub const JSON_ERROR_INVALID_PROPERTY_NAME: i64 = 9;
pub const JSON_ERROR_UTF16: i64 = 10;
pub const JSON_ERROR_NON_BACKED_ENUM: i64 = 11;

/// Registers the `JSON_*` constants.
pub fn register_constants(it: &mut Interp) {
    for (name, v) in [
        ("JSON_HEX_TAG", JSON_HEX_TAG),
        ("JSON_HEX_AMP", JSON_HEX_AMP),
        ("JSON_HEX_APOS", JSON_HEX_APOS),
        ("JSON_HEX_QUOT", JSON_HEX_QUOT),
        ("JSON_FORCE_OBJECT", JSON_FORCE_OBJECT),
        ("JSON_NUMERIC_CHECK", JSON_NUMERIC_CHECK),
        ("JSON_UNESCAPED_SLASHES", JSON_UNESCAPED_SLASHES),
        ("JSON_PRETTY_PRINT", JSON_PRETTY_PRINT),
        ("JSON_UNESCAPED_UNICODE", JSON_UNESCAPED_UNICODE),
        ("JSON_PARTIAL_OUTPUT_ON_ERROR", JSON_PARTIAL_OUTPUT_ON_ERROR),
        ("JSON_PRESERVE_ZERO_FRACTION", JSON_PRESERVE_ZERO_FRACTION),
        (
            "JSON_UNESCAPED_LINE_TERMINATORS",
            JSON_UNESCAPED_LINE_TERMINATORS,
        ),
        ("JSON_OBJECT_AS_ARRAY", JSON_OBJECT_AS_ARRAY),
        ("JSON_BIGINT_AS_STRING", JSON_BIGINT_AS_STRING),
        ("JSON_INVALID_UTF8_IGNORE", JSON_INVALID_UTF8_IGNORE),
        ("JSON_INVALID_UTF8_SUBSTITUTE", JSON_INVALID_UTF8_SUBSTITUTE),
        ("JSON_THROW_ON_ERROR", JSON_THROW_ON_ERROR),
        ("JSON_ERROR_NONE", JSON_ERROR_NONE),
        ("JSON_ERROR_DEPTH", JSON_ERROR_DEPTH),
        ("JSON_ERROR_STATE_MISMATCH", JSON_ERROR_STATE_MISMATCH),
        ("JSON_ERROR_CTRL_CHAR", JSON_ERROR_CTRL_CHAR),
        ("JSON_ERROR_SYNTAX", JSON_ERROR_SYNTAX),
        ("JSON_ERROR_UTF8", JSON_ERROR_UTF8),
        ("JSON_ERROR_RECURSION", JSON_ERROR_RECURSION),
        ("JSON_ERROR_INF_OR_NAN", JSON_ERROR_INF_OR_NAN),
        ("JSON_ERROR_UNSUPPORTED_TYPE", JSON_ERROR_UNSUPPORTED_TYPE),
        (
            "JSON_ERROR_INVALID_PROPERTY_NAME",
            JSON_ERROR_INVALID_PROPERTY_NAME,
        ),
        ("JSON_ERROR_UTF16", JSON_ERROR_UTF16),
        ("JSON_ERROR_NON_BACKED_ENUM", JSON_ERROR_NON_BACKED_ENUM),
    ] {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Int(v));
    }
}

/// PHP's message for an error code.
pub fn error_message(code: i64) -> &'static str {
    match code {
        JSON_ERROR_NONE => "No error",
        JSON_ERROR_DEPTH => "Maximum stack depth exceeded",
        JSON_ERROR_STATE_MISMATCH => "State mismatch (invalid or malformed JSON)",
        JSON_ERROR_CTRL_CHAR => "Control character error, possibly incorrectly encoded",
        JSON_ERROR_SYNTAX => "Syntax error",
        JSON_ERROR_UTF8 => "Malformed UTF-8 characters, possibly incorrectly encoded",
        JSON_ERROR_RECURSION => "Recursion detected",
        JSON_ERROR_INF_OR_NAN => "Inf and NaN cannot be JSON encoded",
        JSON_ERROR_UNSUPPORTED_TYPE => "Type is not supported",
        JSON_ERROR_INVALID_PROPERTY_NAME => "The decoded property name is invalid",
        JSON_ERROR_UTF16 => "Single unpaired UTF-16 surrogate in unicode escape",
        JSON_ERROR_NON_BACKED_ENUM => "Non-backed enums have no default serialization",
        _ => "Unknown error",
    }
}

thread_local! {
    /// The error of the last `json_encode`/`json_decode` without
    /// `JSON_THROW_ON_ERROR`.
    static LAST_ERROR: Cell<i64> = const { Cell::new(JSON_ERROR_NONE) };
}

/// Records the outcome of a call, or throws `JsonException` when asked to.
fn finish(it: &mut Interp, flags: i64, error: i64) -> R<()> {
    if flags & JSON_THROW_ON_ERROR != 0 {
        if error != JSON_ERROR_NONE {
            let e = it.make_exception("JsonException", error_message(error).as_bytes(), error)?;
            return Err(it.throw(e));
        }
        return Ok(());
    }
    LAST_ERROR.with(|e| e.set(error));
    Ok(())
}

fn json_last_error(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(Value::Int(LAST_ERROR.with(|e| e.get())))
}

fn json_last_error_msg(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let code = LAST_ERROR.with(|e| e.get());
    Ok(Value::Str(Str::interned(error_message(code).as_bytes())))
}

// ---- encoding ---------------------------------------------------------------------

struct Encoder {
    out: Vec<u8>,
    flags: i64,
    depth: i64,
    max_depth: i64,
    error: i64,
}

/// The next UTF-8 character at `i`: (code point, length), `None` if invalid.
fn next_utf8(s: &[u8], i: usize) -> Option<(u32, usize)> {
    let b0 = *s.get(i)? as u32;
    let cont = |k: usize| {
        s.get(i + k)
            .filter(|&&b| b & 0xC0 == 0x80)
            .map(|&b| (b & 0x3F) as u32)
    };
    match b0 {
        0x00..=0x7F => Some((b0, 1)),
        0xC2..=0xDF => Some((((b0 & 0x1F) << 6) | cont(1)?, 2)),
        0xE0..=0xEF => {
            let c = ((b0 & 0x0F) << 12) | (cont(1)? << 6) | cont(2)?;
            (c >= 0x800 && !(0xD800..=0xDFFF).contains(&c)).then_some((c, 3))
        }
        0xF0..=0xF4 => {
            let c = ((b0 & 0x07) << 18) | (cont(1)? << 12) | (cont(2)? << 6) | cont(3)?;
            ((0x10000..=0x10FFFF).contains(&c)).then_some((c, 4))
        }
        _ => None,
    }
}

fn push_u_escape(out: &mut Vec<u8>, unit: u32) {
    out.extend_from_slice(format!("\\u{:04x}", unit).as_bytes());
}

impl Encoder {
    fn has(&self, flag: i64) -> bool {
        self.flags & flag != 0
    }

    fn fail(&mut self, code: i64) -> bool {
        self.error = code;
        self.has(JSON_PARTIAL_OUTPUT_ON_ERROR)
    }

    fn newline(&mut self) {
        if self.has(JSON_PRETTY_PRINT) {
            self.out.push(b'\n');
            for _ in 0..self.depth {
                self.out.extend_from_slice(b"    ");
            }
        }
    }

    fn double(&mut self, f: f64, precision: i32) -> bool {
        if !f.is_finite() {
            if !self.fail(JSON_ERROR_INF_OR_NAN) {
                return false;
            }
            self.out.push(b'0');
            return true;
        }
        let mut text = crate::numeric::gcvt(f, if precision == 0 { 1 } else { precision }, b'e');
        if self.has(JSON_PRESERVE_ZERO_FRACTION) && !text.contains('.') {
            text.push_str(".0");
        }
        self.out.extend_from_slice(text.as_bytes());
        true
    }

    /// A string, escaped as the flags ask; false on invalid UTF-8.
    fn string(&mut self, s: &[u8], precision: i32) -> bool {
        if self.has(JSON_NUMERIC_CHECK) {
            match crate::numeric::parse_numeric(s) {
                crate::numeric::NumericParse::Numeric(crate::numeric::Number::Int(i)) => {
                    self.out.extend_from_slice(i.to_string().as_bytes());
                    return true;
                }
                crate::numeric::NumericParse::Numeric(crate::numeric::Number::Float(f)) => {
                    return self.double(f, precision)
                }
                _ => {}
            }
        }
        let start = self.out.len();
        self.out.push(b'"');
        let mut i = 0;
        while i < s.len() {
            let Some((c, len)) = next_utf8(s, i) else {
                if self.has(JSON_INVALID_UTF8_IGNORE) {
                    i += 1;
                    continue;
                }
                if self.has(JSON_INVALID_UTF8_SUBSTITUTE) {
                    if self.has(JSON_UNESCAPED_UNICODE) {
                        self.out.extend_from_slice("\u{fffd}".as_bytes());
                    } else {
                        self.out.extend_from_slice(b"\\ufffd");
                    }
                    i += 1;
                    continue;
                }
                self.out.truncate(start);
                if self.fail(JSON_ERROR_UTF8) {
                    self.out.extend_from_slice(b"null");
                    return true;
                }
                return false;
            };
            if c >= 0x80 {
                let line_terminator = c == 0x2028 || c == 0x2029;
                let raw_ok = !line_terminator || self.has(JSON_UNESCAPED_LINE_TERMINATORS);
                if self.has(JSON_UNESCAPED_UNICODE) && raw_ok {
                    self.out.extend_from_slice(&s[i..i + len]);
                } else if c >= 0x10000 {
                    let v = c - 0x10000;
                    push_u_escape(&mut self.out, 0xD800 | (v >> 10));
                    push_u_escape(&mut self.out, 0xDC00 | (v & 0x3FF));
                } else {
                    push_u_escape(&mut self.out, c);
                }
                i += len;
                continue;
            }
            let b = c as u8;
            match b {
                b'"' if self.has(JSON_HEX_QUOT) => self.out.extend_from_slice(b"\\u0022"),
                b'"' => self.out.extend_from_slice(b"\\\""),
                b'\\' => self.out.extend_from_slice(b"\\\\"),
                b'/' if !self.has(JSON_UNESCAPED_SLASHES) => self.out.extend_from_slice(b"\\/"),
                0x08 => self.out.extend_from_slice(b"\\b"),
                0x0C => self.out.extend_from_slice(b"\\f"),
                b'\n' => self.out.extend_from_slice(b"\\n"),
                b'\r' => self.out.extend_from_slice(b"\\r"),
                b'\t' => self.out.extend_from_slice(b"\\t"),
                b'<' if self.has(JSON_HEX_TAG) => self.out.extend_from_slice(b"\\u003C"),
                b'>' if self.has(JSON_HEX_TAG) => self.out.extend_from_slice(b"\\u003E"),
                b'&' if self.has(JSON_HEX_AMP) => self.out.extend_from_slice(b"\\u0026"),
                b'\'' if self.has(JSON_HEX_APOS) => self.out.extend_from_slice(b"\\u0027"),
                0..=0x1F => push_u_escape(&mut self.out, b as u32),
                _ => self.out.push(b),
            }
            i += 1;
        }
        self.out.push(b'"');
        true
    }

    /// Encodes a value; `Ok(false)` stops the encoding (an error without
    /// partial output).
    fn value(&mut self, it: &mut Interp, v: &Value) -> R<bool> {
        let precision = it.settings.serialize_precision;
        match v.deref() {
            Value::Undef | Value::Null => self.out.extend_from_slice(b"null"),
            Value::Bool(b) => self
                .out
                .extend_from_slice(if *b { b"true" } else { b"false" }),
            Value::Int(i) => self.out.extend_from_slice(i.to_string().as_bytes()),
            Value::Float(f) => return Ok(self.double(*f, precision)),
            Value::Str(s) => return Ok(self.string(s.as_bytes(), precision)),
            Value::Arr(a) => {
                let a = a.clone();
                let as_list = !self.has(JSON_FORCE_OBJECT) && a.table().is_list();
                let items: Vec<(Key, Value)> = a
                    .table()
                    .iter()
                    .map(|(k, v)| (k.to_owned(), v.clone()))
                    .collect();
                let protect = !a.is_immutable();
                if protect && a.header().has_flag(FLAG_PROTECTED) {
                    if !self.fail(JSON_ERROR_RECURSION) {
                        return Ok(false);
                    }
                    self.out.extend_from_slice(b"null");
                    return Ok(true);
                }
                if protect {
                    a.header().add_flags(FLAG_PROTECTED);
                }
                let r = self.container(it, items, as_list);
                if protect {
                    a.header().remove_flags(FLAG_PROTECTED);
                }
                return r;
            }
            Value::Obj(o) => {
                let o = o.clone();
                return self.object(it, &o);
            }
            Value::Res(_) => {
                if !self.fail(JSON_ERROR_UNSUPPORTED_TYPE) {
                    return Ok(false);
                }
                self.out.extend_from_slice(b"null");
            }
            Value::Ref(_) => unreachable!("deref'd"),
        }
        Ok(true)
    }

    fn object(&mut self, it: &mut Interp, o: &Obj) -> R<bool> {
        let class = o.class().clone();
        if class.is_enum() {
            if class.enum_backing.is_none() {
                if !self.fail(JSON_ERROR_NON_BACKED_ENUM) {
                    return Ok(false);
                }
                self.out.push(b'0');
                return Ok(true);
            }
            let v = o
                .dyn_props()
                .and_then(|t| t.get(&Key::Str(Str::interned(b"value"))).cloned())
                .unwrap_or(Value::Null);
            return self.value(it, &v);
        }
        if o.header().has_flag(FLAG_PROTECTED) {
            if !self.fail(JSON_ERROR_RECURSION) {
                return Ok(false);
            }
            self.out.extend_from_slice(b"null");
            return Ok(true);
        }
        if class.instance_of_name(b"jsonserializable") {
            o.header().add_flags(FLAG_PROTECTED);
            let r = it.call_method(o, b"jsonserialize", Vec::new());
            let data = match r {
                Ok(d) => d,
                Err(e) => {
                    o.header().remove_flags(FLAG_PROTECTED);
                    return Err(e);
                }
            };
            let result = match &data {
                // `return $this;` encodes the object's properties.
                Value::Obj(same) if same.ptr_eq(o) => {
                    o.header().remove_flags(FLAG_PROTECTED);
                    return self.properties(it, o);
                }
                _ => self.value(it, &data),
            };
            o.header().remove_flags(FLAG_PROTECTED);
            return result;
        }
        self.properties(it, o)
    }

    /// A plain object: its public properties, always as `{...}`.
    fn properties(&mut self, it: &mut Interp, o: &Obj) -> R<bool> {
        let class = o.class().clone();
        let mut items: Vec<(Key, Value)> = Vec::new();
        // Built-in objects whose elements stand for their properties
        // (`ArrayObject`) encode those.
        if let Some(view) = crate::builtins::var_payload_export(o) {
            let visible = view
                .table()
                .iter()
                .filter(|(k, _)| !matches!(k, KeyRef::Str(s) if s.as_bytes().first() == Some(&0)));
            items.extend(visible.map(|(k, v)| (k.to_owned(), v.clone())));
            o.header().add_flags(FLAG_PROTECTED);
            let r = self.container(it, items, false);
            o.header().remove_flags(FLAG_PROTECTED);
            return r;
        }
        for p in &class.props {
            let v = &o.props()[p.slot];
            if p.visibility == Visibility::Public && !v.is_undef() {
                items.push((Key::Str(p.name.clone()), v.clone()));
            }
        }
        if let Some(t) = o.dyn_props() {
            for (k, v) in t.iter() {
                items.push((k.to_owned(), v.clone()));
            }
        }
        o.header().add_flags(FLAG_PROTECTED);
        let r = self.container(it, items, false);
        o.header().remove_flags(FLAG_PROTECTED);
        r
    }

    /// `[...]` or `{...}` of the given items.
    fn container(&mut self, it: &mut Interp, items: Vec<(Key, Value)>, as_list: bool) -> R<bool> {
        let (open, close) = if as_list { (b'[', b']') } else { (b'{', b'}') };
        self.depth += 1;
        if self.depth > self.max_depth && !self.fail(JSON_ERROR_DEPTH) {
            self.depth -= 1;
            return Ok(false);
        }
        self.out.push(open);
        let empty = items.is_empty();
        for (n, (k, v)) in items.into_iter().enumerate() {
            if n > 0 {
                self.out.push(b',');
            }
            self.newline();
            if !as_list {
                let key: Vec<u8> = match k.as_ref() {
                    KeyRef::Int(i) => i.to_string().into_bytes(),
                    KeyRef::Str(s) => s.as_bytes().to_vec(),
                };
                // Keys are never numbers, even with JSON_NUMERIC_CHECK.
                let saved = self.flags;
                self.flags &= !JSON_NUMERIC_CHECK;
                let ok = self.string(&key, it.settings.serialize_precision);
                self.flags = saved;
                if !ok {
                    self.depth -= 1;
                    return Ok(false);
                }
                self.out.push(b':');
                if self.has(JSON_PRETTY_PRINT) {
                    self.out.push(b' ');
                }
            }
            if !self.value(it, &v)? {
                self.depth -= 1;
                return Ok(false);
            }
        }
        self.depth -= 1;
        if !empty {
            self.newline();
        }
        self.out.push(close);
        Ok(true)
    }
}

/// `json_encode()`: the text, or `None` on an error (with its code).
pub fn encode(it: &mut Interp, v: &Value, flags: i64, max_depth: i64) -> R<(Option<Vec<u8>>, i64)> {
    let mut e = Encoder {
        out: Vec::new(),
        flags,
        depth: 0,
        max_depth,
        error: JSON_ERROR_NONE,
    };
    let ok = e.value(it, v)?;
    if !ok {
        return Ok((None, e.error));
    }
    Ok((Some(e.out), e.error))
}

fn json_encode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.value(0);
    let flags = a.opt_int(it, 1)?.unwrap_or(0);
    let depth = a.opt_int(it, 2)?.unwrap_or(512);
    let (text, error) = encode(it, &v, flags, depth)?;
    finish(it, flags, error)?;
    Ok(match text {
        Some(t) if error == JSON_ERROR_NONE || flags & JSON_PARTIAL_OUTPUT_ON_ERROR != 0 => {
            Value::Str(Str::new(&t))
        }
        _ => Value::Bool(false),
    })
}

// ---- decoding ---------------------------------------------------------------------

struct Decoder<'a> {
    s: &'a [u8],
    pos: usize,
    assoc: bool,
    flags: i64,
    depth: i64,
    max_depth: i64,
}

type Decoded = Result<Value, i64>;

impl Decoder<'_> {
    fn skip_ws(&mut self) {
        while matches!(self.s.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn literal(&mut self, word: &[u8], v: Value) -> Decoded {
        if self.s[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(v)
        } else {
            Err(JSON_ERROR_SYNTAX)
        }
    }

    fn value(&mut self, it: &mut Interp) -> Decoded {
        self.skip_ws();
        match self.peek() {
            Some(b'{') => self.object(it),
            Some(b'[') => self.array(it),
            Some(b'"') => self.string().map(|s| Value::Str(Str::new(&s))),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(JSON_ERROR_SYNTAX),
        }
    }

    fn enter(&mut self) -> Result<(), i64> {
        self.depth += 1;
        if self.depth >= self.max_depth {
            return Err(JSON_ERROR_DEPTH);
        }
        Ok(())
    }

    fn array(&mut self, it: &mut Interp) -> Decoded {
        self.pos += 1;
        self.enter()?;
        let mut arr = Arr::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Arr(Arr::empty()));
        }
        loop {
            let v = self.value(it)?;
            arr.table_mut().push(v);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                _ => return Err(JSON_ERROR_SYNTAX),
            }
        }
        self.depth -= 1;
        Ok(Value::Arr(arr))
    }

    fn object(&mut self, it: &mut Interp) -> Decoded {
        self.pos += 1;
        self.enter()?;
        let mut members: Vec<(Vec<u8>, Value)> = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                self.skip_ws();
                if self.peek() != Some(b'"') {
                    return Err(JSON_ERROR_SYNTAX);
                }
                let key = self.string()?;
                if !self.assoc && key.first() == Some(&0) {
                    return Err(JSON_ERROR_INVALID_PROPERTY_NAME);
                }
                self.skip_ws();
                if self.peek() != Some(b':') {
                    return Err(JSON_ERROR_SYNTAX);
                }
                self.pos += 1;
                let v = self.value(it)?;
                members.push((key, v));
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b'}') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(JSON_ERROR_SYNTAX),
                }
            }
        }
        self.depth -= 1;
        // The object is made once its members are read, as PHP's parser does.
        if self.assoc {
            if members.is_empty() {
                return Ok(Value::Arr(Arr::empty()));
            }
            let mut arr = Arr::new();
            for (k, v) in members {
                arr.table_mut().insert(Key::from_bytes(&k), v);
            }
            return Ok(Value::Arr(arr));
        }
        let o = it.new_std_object().map_err(|_| JSON_ERROR_SYNTAX)?;
        for (k, v) in members {
            if let Some(old) = o.dyn_props_mut().insert(Key::Str(Str::new(&k)), v) {
                old.release();
            }
        }
        Ok(Value::Obj(o))
    }

    fn hex4(&mut self) -> Result<u32, i64> {
        let h = self
            .s
            .get(self.pos..self.pos + 4)
            .ok_or(JSON_ERROR_SYNTAX)?;
        let text = std::str::from_utf8(h).map_err(|_| JSON_ERROR_SYNTAX)?;
        if !text.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err(JSON_ERROR_SYNTAX);
        }
        self.pos += 4;
        u32::from_str_radix(text, 16).map_err(|_| JSON_ERROR_SYNTAX)
    }

    fn string(&mut self) -> Result<Vec<u8>, i64> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(JSON_ERROR_SYNTAX);
            };
            match c {
                b'"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.pos += 1;
                    let Some(e) = self.peek() else {
                        return Err(JSON_ERROR_SYNTAX);
                    };
                    self.pos += 1;
                    match e {
                        b'"' | b'\\' | b'/' => out.push(e),
                        b'b' => out.push(0x08),
                        b'f' => out.push(0x0C),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let unit = self.hex4()?;
                            let code = match unit {
                                0xD800..=0xDBFF => {
                                    if self.s.get(self.pos..self.pos + 2) != Some(b"\\u") {
                                        return Err(JSON_ERROR_UTF16);
                                    }
                                    self.pos += 2;
                                    let low = self.hex4()?;
                                    if !(0xDC00..=0xDFFF).contains(&low) {
                                        return Err(JSON_ERROR_UTF16);
                                    }
                                    0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                                }
                                0xDC00..=0xDFFF => return Err(JSON_ERROR_UTF16),
                                u => u,
                            };
                            let ch = char::from_u32(code).ok_or(JSON_ERROR_UTF16)?;
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => return Err(JSON_ERROR_SYNTAX),
                    }
                }
                0..=0x1F => return Err(JSON_ERROR_CTRL_CHAR),
                0x80.. => match next_utf8(self.s, self.pos) {
                    Some((_, len)) => {
                        out.extend_from_slice(&self.s[self.pos..self.pos + len]);
                        self.pos += len;
                    }
                    None if self.flags & JSON_INVALID_UTF8_IGNORE != 0 => self.pos += 1,
                    None if self.flags & JSON_INVALID_UTF8_SUBSTITUTE != 0 => {
                        out.extend_from_slice("\u{fffd}".as_bytes());
                        self.pos += 1;
                    }
                    None => return Err(JSON_ERROR_UTF8),
                },
                _ => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn number(&mut self) -> Decoded {
        let start = self.pos;
        let digits = |d: &mut Self| {
            let s = d.pos;
            while d.peek().is_some_and(|c| c.is_ascii_digit()) {
                d.pos += 1;
            }
            d.pos - s
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err(JSON_ERROR_SYNTAX),
        }
        let mut is_float = false;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if digits(self) == 0 {
                return Err(JSON_ERROR_SYNTAX);
            }
            is_float = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return Err(JSON_ERROR_SYNTAX);
            }
            is_float = true;
        }
        let text = &self.s[start..self.pos];
        if !is_float {
            if let Ok(i) = std::str::from_utf8(text).unwrap_or("").parse::<i64>() {
                return Ok(Value::Int(i));
            }
            if self.flags & JSON_BIGINT_AS_STRING != 0 {
                return Ok(Value::Str(Str::new(text)));
            }
        }
        Ok(Value::Float(crate::numeric::strtod(text).0))
    }
}

/// `json_decode()` of a text: the value, or the error code.
pub fn decode(it: &mut Interp, text: &[u8], assoc: bool, max_depth: i64, flags: i64) -> Decoded {
    let mut d = Decoder {
        s: text,
        pos: 0,
        assoc,
        flags,
        depth: 0,
        max_depth,
    };
    let v = d.value(it)?;
    d.skip_ws();
    if d.pos != text.len() {
        return Err(JSON_ERROR_SYNTAX);
    }
    Ok(v)
}

fn json_decode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let text = a.string(it, 0)?;
    let flags = a.opt_int(it, 3)?.unwrap_or(0);
    let assoc = match a.get(1) {
        None | Some(Value::Null) => flags & JSON_OBJECT_AS_ARRAY != 0,
        Some(_) => a.bool(it, 1)?,
    };
    let depth = a.opt_int(it, 2)?.unwrap_or(512);
    if depth <= 0 {
        return Err(a.value_error(it, 2, "must be greater than 0"));
    }
    if depth > i32::MAX as i64 {
        return Err(a.value_error(it, 2, &format!("must be less than {}", i32::MAX)));
    }
    if text.is_empty() {
        finish(it, flags, JSON_ERROR_SYNTAX)?;
        return Ok(Value::Null);
    }
    match decode(it, text.as_bytes(), assoc, depth, flags) {
        Ok(v) => {
            finish(it, flags, JSON_ERROR_NONE)?;
            Ok(v)
        }
        Err(code) => {
            finish(it, flags, code)?;
            Ok(Value::Null)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(text: &str) -> Result<String, i64> {
        let mut it = Interp::new();
        let v = decode(&mut it, text.as_bytes(), true, 512, 0)?;
        let (out, _) = encode(&mut it, &v, 0, 512).map_err(|_| -1)?;
        Ok(String::from_utf8(out.unwrap_or_default()).unwrap_or_default())
    }

    // Expected values from PHP 8.2 (json_encode(json_decode($text, true))
    // and json_last_error()).
    #[test]
    fn decodes_and_encodes_as_php() {
        assert_eq!(
            decoded(r#" [1, 2.5, "a\u00e9", {"k": null}] "#),
            Ok(r#"[1,2.5,"a\u00e9",{"k":null}]"#.into())
        );
        assert_eq!(decoded("-0"), Ok("0".into()));
        assert_eq!(decoded("1e2"), Ok("100".into()));
        assert_eq!(decoded("[1,]"), Err(JSON_ERROR_SYNTAX));
        assert_eq!(decoded("\"\\ud83d\""), Err(JSON_ERROR_UTF16));
        assert_eq!(decoded("\"a\u{1}\""), Err(JSON_ERROR_CTRL_CHAR));
    }

    #[test]
    fn escapes_strings_as_php() {
        let mut it = Interp::new();
        let v = Value::Str(Str::new("é/<\u{1}".as_bytes()));
        let (out, err) = encode(&mut it, &v, 0, 512).ok().unwrap_or_default();
        assert_eq!(
            (out.unwrap_or_default(), err),
            (br#""\u00e9\/<\u0001""#.to_vec(), 0)
        );
        let (out, _) = encode(
            &mut it,
            &v,
            JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_HEX_TAG,
            512,
        )
        .ok()
        .unwrap_or_default();
        assert_eq!(out.unwrap_or_default(), "\"é/\\u003C\\u0001\"".as_bytes());
    }
}
