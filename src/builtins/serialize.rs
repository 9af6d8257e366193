//! `serialize` and `unserialize`: PHP's serialization format — scalars,
//! arrays, objects with mangled property names, references (`R:`) and
//! repeated objects (`r:`), enums (`E:`), `Serializable` (`C:`),
//! `__serialize`/`__unserialize` and `__sleep`/`__wakeup` — with
//! unserialize's notices for malformed input at PHP's offsets and
//! `__PHP_Incomplete_Class` for unknown classes.

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::class::{Class, ClassBuilder};
use crate::interp::{Interp, Unwind, R};
use crate::syntax::ast::ClassKind;
use crate::value::header::{FLAG_OBJ_DESTRUCTOR_CALLED, FLAG_PROTECTED};
use crate::value::{Arr, Key, KeyRef, Obj, Ref, Str, Value};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("serialize", serialize, "$value"),
    f!("unserialize", unserialize, "$data, $options="),
];

/// The class of objects whose real class was not available.
const INCOMPLETE_CLASS: &str = "__PHP_Incomplete_Class";
/// The property holding an incomplete object's class name.
const INCOMPLETE_NAME: &[u8] = b"__PHP_Incomplete_Class_Name";

/// Registers `__PHP_Incomplete_Class`.
pub fn register_classes(it: &mut Interp) {
    ClassBuilder::new(INCOMPLETE_CLASS).register(it);
}

/// Classes whose objects take dynamic properties without a deprecation
/// (`stdClass`, `__PHP_Incomplete_Class` and their subclasses).
fn allows_dynamic_props(class: &Class) -> bool {
    class.instance_of_name(b"stdclass") || is_incomplete(class)
}

fn is_incomplete(class: &Class) -> bool {
    class.lc_name.as_bytes() == b"__php_incomplete_class"
}

/// Classes PHP refuses to serialize or unserialize.
fn not_serializable(class: &Class) -> bool {
    matches!(
        class.lc_name.as_bytes(),
        b"closure" | b"generator" | b"weakreference" | b"weakmap" | b"fiber"
    ) || class
        .name
        .as_bytes()
        .windows(15)
        .any(|w| w == b"class@anonymous")
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

// ---- serialize ---------------------------------------------------------------------

/// State of one `serialize()` call: the running count of values written
/// and the number of each object and reference already written (PHP's
/// `php_serialize_data`).
struct Serializer {
    out: Vec<u8>,
    n: i64,
    seen: HashMap<usize, i64>,
    /// Keeps registered values alive so that their addresses stay unique.
    keep: Vec<Value>,
}

fn write_string(out: &mut Vec<u8>, s: &[u8]) {
    out.extend_from_slice(format!("s:{}:\"", s.len()).as_bytes());
    out.extend_from_slice(s);
    out.extend_from_slice(b"\";");
}

fn write_key(out: &mut Vec<u8>, k: KeyRef) {
    match k {
        KeyRef::Int(i) => out.extend_from_slice(format!("i:{};", i).as_bytes()),
        KeyRef::Str(s) => write_string(out, s.as_bytes()),
    }
}

fn write_class_name(out: &mut Vec<u8>, name: &[u8]) {
    out.extend_from_slice(format!("O:{}:\"", name.len()).as_bytes());
    out.extend_from_slice(name);
    out.extend_from_slice(b"\":");
}

/// A reference nothing else shares counts as its plain value.
fn plain(v: &Value) -> Value {
    match v {
        Value::Ref(r) if r.refcount() == 1 => r.get().clone(),
        other => other.clone(),
    }
}

impl Serializer {
    /// PHP's `php_add_var_hash`: counts `v` and returns the number it was
    /// first written under, if it is a reference or object seen before.
    fn register(&mut self, v: &Value) -> Option<i64> {
        self.n += 1;
        let key = match v {
            Value::Ref(r) => match r.get() {
                Value::Obj(o) => o.gc_ptr().as_ptr() as usize,
                _ => r.addr(),
            },
            Value::Obj(o) => o.gc_ptr().as_ptr() as usize,
            _ => return None,
        };
        if let Some(&n) = self.seen.get(&key) {
            if v.is_ref() && n != -1 {
                self.n -= 1;
            }
            return Some(n);
        }
        self.seen.insert(key, self.n);
        self.keep.push(v.clone());
        None
    }

    fn value(&mut self, it: &mut Interp, v: &Value) -> R<()> {
        if let Some(n) = self.register(v) {
            match (n, v) {
                (-1, _) => self.out.extend_from_slice(b"N;"),
                (_, Value::Ref(_)) => self.out.extend_from_slice(format!("R:{};", n).as_bytes()),
                _ => self.out.extend_from_slice(format!("r:{};", n).as_bytes()),
            }
            return Ok(());
        }
        match v.deref() {
            Value::Undef | Value::Null => self.out.extend_from_slice(b"N;"),
            Value::Bool(b) => self
                .out
                .extend_from_slice(if *b { b"b:1;" } else { b"b:0;" }),
            Value::Int(i) => self.out.extend_from_slice(format!("i:{};", i).as_bytes()),
            Value::Float(f) => {
                let text = crate::numeric::format_float_repr(*f, it.settings.serialize_precision);
                self.out
                    .extend_from_slice(format!("d:{};", text).as_bytes());
            }
            Value::Str(s) => write_string(&mut self.out, s.as_bytes()),
            Value::Arr(a) => {
                let a = a.clone();
                self.out
                    .extend_from_slice(format!("a:{}:{{", a.len()).as_bytes());
                let items: Vec<(Key, Value)> = a
                    .table()
                    .iter()
                    .map(|(k, v)| (k.to_owned(), v.clone()))
                    .collect();
                self.entries(it, v, items)?;
            }
            Value::Obj(o) => {
                let o = o.clone();
                self.object(it, &o)?;
            }
            // PHP writes resources as the integer 0.
            Value::Res(_) => self.out.extend_from_slice(b"i:0;"),
            Value::Ref(_) => unreachable!("deref'd"),
        }
        Ok(())
    }

    /// The `{...}` part of an array or object: keys and values.
    fn entries(&mut self, it: &mut Interp, container: &Value, items: Vec<(Key, Value)>) -> R<()> {
        for (k, v) in items {
            write_key(&mut self.out, k.as_ref());
            let v = plain(&v);
            if let Value::Arr(inner) = &v {
                let same = matches!(container.deref(), Value::Arr(c) if c.ptr_eq(inner));
                let recursive = !inner.is_immutable() && inner.header().has_flag(FLAG_PROTECTED);
                if same || recursive {
                    self.register(container);
                    self.out.extend_from_slice(b"N;");
                    continue;
                }
                if !inner.is_immutable() {
                    inner.header().add_flags(FLAG_PROTECTED);
                }
                let r = self.value(it, &v);
                if !inner.is_immutable() {
                    inner.header().remove_flags(FLAG_PROTECTED);
                }
                r?;
                continue;
            }
            self.value(it, &v)?;
        }
        self.out.push(b'}');
        Ok(())
    }

    fn object(&mut self, it: &mut Interp, o: &Obj) -> R<()> {
        let class = o.class().clone();
        if not_serializable(&class) {
            let msg = format!(
                "Serialization of '{}' is not allowed",
                lossy(class.name.as_bytes())
            );
            return Err(it.throw_error("Exception", &msg));
        }
        if class.is_enum() {
            let case = match o
                .dyn_props()
                .and_then(|t| t.get(&Key::Str(Str::interned(b"name"))))
            {
                Some(Value::Str(s)) => s.clone(),
                _ => Str::empty(),
            };
            let text = [class.name.as_bytes(), b":", case.as_bytes()].concat();
            self.out
                .extend_from_slice(format!("E:{}:\"", text.len()).as_bytes());
            self.out.extend_from_slice(&text);
            self.out.extend_from_slice(b"\";");
            return Ok(());
        }
        if class.find_method(b"__serialize").is_some() {
            let data = it.call_method(o, b"__serialize", Vec::new())?;
            let Value::Arr(data) = data else {
                let msg = format!(
                    "{}::__serialize() must return an array",
                    lossy(class.name.as_bytes())
                );
                return Err(it.throw_error("TypeError", &msg));
            };
            write_class_name(&mut self.out, class.name.as_bytes());
            self.out
                .extend_from_slice(format!("{}:{{", data.len()).as_bytes());
            let items: Vec<(Key, Value)> = data
                .table()
                .iter()
                .map(|(k, v)| (k.to_owned(), v.clone()))
                .collect();
            for (k, v) in items {
                write_key(&mut self.out, k.as_ref());
                self.value(it, &plain(&v))?;
            }
            self.out.push(b'}');
            return Ok(());
        }
        if class.instance_of_name(b"serializable") && class.find_method(b"serialize").is_some() {
            return self.serializable(it, o, &class);
        }
        if !is_incomplete(&class) && class.find_method(b"__sleep").is_some() {
            return self.sleep(it, o, &class);
        }
        let (name, items) = object_entries(o);
        write_class_name(&mut self.out, &name);
        self.out
            .extend_from_slice(format!("{}:{{", items.len()).as_bytes());
        for (k, v) in items {
            write_key(&mut self.out, k.as_ref());
            self.value(it, &plain(&v))?;
        }
        self.out.push(b'}');
        Ok(())
    }

    /// `C:` for classes implementing `Serializable`.
    fn serializable(&mut self, it: &mut Interp, o: &Obj, class: &Class) -> R<()> {
        match it.call_method(o, b"serialize", Vec::new())? {
            Value::Str(data) => {
                self.out
                    .extend_from_slice(format!("C:{}:\"", class.name.len()).as_bytes());
                self.out.extend_from_slice(class.name.as_bytes());
                self.out
                    .extend_from_slice(format!("\":{}:{{", data.len()).as_bytes());
                self.out.extend_from_slice(data.as_bytes());
                self.out.push(b'}');
                Ok(())
            }
            Value::Null => {
                // Later references to this object are written as null too.
                self.seen.insert(o.gc_ptr().as_ptr() as usize, -1);
                self.out.extend_from_slice(b"N;");
                Ok(())
            }
            _ => {
                let msg = format!(
                    "{}::serialize() must return a string or NULL",
                    lossy(class.name.as_bytes())
                );
                Err(it.throw_error("Exception", &msg))
            }
        }
    }

    /// Objects with `__sleep`: the properties it names.
    fn sleep(&mut self, it: &mut Interp, o: &Obj, class: &Class) -> R<()> {
        let names = it.call_method(o, b"__sleep", Vec::new())?;
        let Value::Arr(names) = names else {
            let msg = format!(
                "serialize(): {}::__sleep() should return an array only containing the names of instance-variables to serialize",
                lossy(class.name.as_bytes())
            );
            it.warn(it.current_line(), &msg)?;
            self.out.extend_from_slice(b"N;");
            return Ok(());
        };
        let (_, available) = object_entries(o);
        let find = |key: &[u8]| {
            available
                .iter()
                .find(|(k, _)| matches!(k, Key::Str(s) if s.as_bytes() == key))
        };
        let mut chosen: Vec<(Key, Value)> = Vec::new();
        for name in names.table().values() {
            let name = name.deref();
            if !matches!(name, Value::Str(_)) {
                let msg = format!(
                    "serialize(): {}::__sleep() should return an array only containing the names of instance-variables to serialize",
                    lossy(class.name.as_bytes())
                );
                it.warn(it.current_line(), &msg)?;
            }
            let name = it.to_str(name)?;
            let n = name.as_bytes();
            let private = [b"\0", class.name.as_bytes(), b"\0", n].concat();
            let protected = [b"\0*\0", n].concat();
            let found = [n, &private[..], &protected[..]]
                .into_iter()
                .find_map(&find);
            match found {
                Some((k, v)) => {
                    if chosen.iter().any(|(c, _)| c == k) {
                        let msg = format!(
                            "serialize(): \"{}\" is returned from __sleep() multiple times",
                            lossy(n)
                        );
                        it.notice(it.current_line(), &msg)?;
                        continue;
                    }
                    chosen.push((k.clone(), v.clone()));
                }
                None if declared_uninitialized(class, n) => {}
                None => {
                    let msg = format!("serialize(): \"{}\" returned as member variable from __sleep() but does not exist", lossy(n));
                    it.warn(it.current_line(), &msg)?;
                }
            }
        }
        write_class_name(&mut self.out, class.name.as_bytes());
        self.out
            .extend_from_slice(format!("{}:{{", chosen.len()).as_bytes());
        for (k, v) in chosen {
            write_key(&mut self.out, k.as_ref());
            self.value(it, &plain(&v))?;
        }
        self.out.push(b'}');
        Ok(())
    }
}

/// A typed property declared but not initialised: `__sleep` may name it.
fn declared_uninitialized(class: &Class, name: &[u8]) -> bool {
    class
        .props
        .iter()
        .any(|p| p.name.as_bytes() == name && p.ty.is_some())
}

/// An object's class name as serialized and its properties keyed as PHP
/// mangles them, skipping uninitialised ones (for an incomplete object,
/// the name it stands for, without its name property).
fn object_entries(o: &Obj) -> (Vec<u8>, Vec<(Key, Value)>) {
    let class = o.class().clone();
    let mut name = class.name.as_bytes().to_vec();
    let mut items = Vec::new();
    for p in &class.props {
        let v = &o.props()[p.slot];
        if !v.is_undef() {
            items.push((crate::interp::objects::mangle(p), v.clone()));
        }
    }
    if let Some(t) = o.dyn_props() {
        for (k, v) in t.iter() {
            if is_incomplete(&class) {
                if let (KeyRef::Str(s), Value::Str(n)) = (k, v.deref()) {
                    if s.as_bytes() == INCOMPLETE_NAME {
                        name = n.as_bytes().to_vec();
                        continue;
                    }
                }
            }
            items.push((k.to_owned(), v.clone()));
        }
    }
    (name, items)
}

/// `serialize()` of a value.
pub fn serialize_value(it: &mut Interp, v: &Value) -> R<Vec<u8>> {
    let mut s = Serializer {
        out: Vec::new(),
        n: 0,
        seen: HashMap::new(),
        keep: Vec::new(),
    };
    s.value(it, v)?;
    drop(s.keep);
    Ok(s.out)
}

/// `serialize()` of several values in one context: an object or reference
/// written again is a back reference (`r:N;`) to its first writing, as in
/// the payload of a `Serializable::serialize()` (SPL's `serialize()`
/// methods). Returns each value's text.
pub fn serialize_values(it: &mut Interp, values: &[Value]) -> R<Vec<Vec<u8>>> {
    let mut s = Serializer {
        out: Vec::new(),
        n: 0,
        seen: HashMap::new(),
        keep: Vec::new(),
    };
    let mut texts = Vec::with_capacity(values.len());
    for v in values {
        s.value(it, &plain(v))?;
        texts.push(std::mem::take(&mut s.out));
    }
    Ok(texts)
}

fn serialize(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.args.first().cloned().unwrap_or(Value::Null);
    let v = plain(&v);
    let out = serialize_value(it, &v)?;
    Ok(Value::Str(Str::new(&out)))
}

// ---- unserialize --------------------------------------------------------------------

/// A call `unserialize` makes once everything is read.
enum Deferred {
    Wakeup(Obj),
    Unserialize(Obj, Value),
}

/// State of one `unserialize()` call (PHP's `php_unserialize_data`).
struct Unserializer<'a> {
    buf: &'a [u8],
    pos: usize,
    /// Every value read so far, in order, for `R:` and `r:`; each lives
    /// in a reference cell so that `R:` can share it where it is.
    slots: Vec<Ref>,
    deferred: Vec<Deferred>,
    allowed: AllowedClasses,
    max_depth: i64,
    depth: i64,
    line: u32,
}

/// What reading a value gave: the value, or a failure (PHP's `return 0`)
/// with `pos` where PHP's cursor was left.
type Read = R<Option<Value>>;

impl Unserializer<'_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.buf.get(i).copied()
    }

    fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    /// Digits at `i`: (end index, value), or `None` when there are none.
    fn digits(&self, mut i: usize) -> Option<(usize, usize)> {
        let start = i;
        let mut v: usize = 0;
        while let Some(c) = self.at(i).filter(u8::is_ascii_digit) {
            v = v.saturating_mul(10).saturating_add((c - b'0') as usize);
            i += 1;
        }
        (i > start).then_some((i, v))
    }

    /// PHP's `parse_iv2`: a signed count, saturating with a warning.
    fn signed(&mut self, it: &mut Interp, mut i: usize) -> R<(usize, i64)> {
        let neg = match self.at(i) {
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
        while self.at(i) == Some(b'0') {
            i += 1;
        }
        let start = i;
        let mut v: u64 = 0;
        let mut overflow = false;
        while let Some(c) = self.at(i).filter(u8::is_ascii_digit) {
            match v
                .checked_mul(10)
                .and_then(|x| x.checked_add((c - b'0') as u64))
            {
                Some(x) => v = x,
                None => overflow = true,
            }
            i += 1;
        }
        let limit = i64::MAX as u64 + neg as u64;
        if overflow || i - start > 19 || v > limit {
            it.warn(self.line, "unserialize(): Numerical result out of range")?;
            return Ok((i, if neg { i64::MIN } else { i64::MAX }));
        }
        Ok((
            i,
            if neg {
                (v as i64).wrapping_neg()
            } else {
                v as i64
            },
        ))
    }

    /// `<tag>:<len>:"` then `len` bytes, the closing `"` and `end`: the
    /// bytes, or `None` with `pos` as PHP leaves it.
    fn quoted(&mut self, start: usize, end: u8) -> Option<&[u8]> {
        let (after_len, len) = self.digits(start + 2)?;
        if self.at(after_len) != Some(b':') || self.at(after_len + 1) != Some(b'"') {
            return None;
        }
        let body = after_len + 2;
        if self.buf.len() - body < len {
            self.pos = start + 2;
            return None;
        }
        let close = body + len;
        if self.at(close) != Some(b'"') {
            self.pos = close;
            return None;
        }
        if self.at(close + 1) != Some(end) {
            self.pos = close + 1;
            return None;
        }
        self.pos = close + 2;
        Some(&self.buf[body..close])
    }

    /// Reads one value. `slot` is the cell a container will hold it in
    /// (`None` for keys, which are not numbered).
    fn value(&mut self, it: &mut Interp, slot: Option<&Ref>) -> Read {
        let start = self.pos;
        let Some(tag) = self.at(start) else {
            return Ok(None);
        };
        if let Some(cell) = slot {
            if tag != b'R' {
                self.slots.push(cell.clone());
            }
        }
        let fail = |s: &mut Self| {
            s.pos = start;
            Ok(None)
        };
        if tag == b'}' {
            // Fewer elements than announced.
            it.notice(
                self.line,
                "unserialize(): Unexpected end of serialized data",
            )?;
            return Ok(None);
        }
        if self.at(start + 1) != Some(b':') && tag != b'N' {
            return fail(self);
        }
        match tag {
            b'N' if self.at(start + 1) == Some(b';') => {
                self.pos = start + 2;
                Ok(Some(Value::Null))
            }
            b'b' => match (self.at(start + 2), self.at(start + 3)) {
                (Some(c @ (b'0' | b'1')), Some(b';')) => {
                    self.pos = start + 4;
                    Ok(Some(Value::Bool(c == b'1')))
                }
                _ => fail(self),
            },
            b'i' => {
                let mut i = start + 2;
                if matches!(self.at(i), Some(b'+' | b'-')) {
                    i += 1;
                }
                let Some((end, _)) = self.digits(i) else {
                    return fail(self);
                };
                if self.at(end) != Some(b';') {
                    return fail(self);
                }
                self.pos = end + 1;
                let (_, v) = self.signed(it, start + 2)?;
                Ok(Some(Value::Int(v)))
            }
            b'd' => self.float(start),
            b's' => match self.quoted(start, b';') {
                Some(bytes) => Ok(Some(Value::Str(Str::new(bytes)))),
                None => Ok(None),
            },
            b'S' => self.escaped_string(start),
            b'a' => self.array(it, start, slot.is_none()),
            // Keys cannot be objects: PHP gives up before reading them.
            b'O' | b'C' | b'E' if slot.is_none() => fail(self),
            b'O' | b'C' => self.object(it, start, tag == b'C'),
            b'E' => self.enum_case(it, start),
            b'r' | b'R' => {
                let Some((end, id)) = self.digits(start + 2) else {
                    return fail(self);
                };
                if self.at(end) != Some(b';') {
                    return fail(self);
                }
                self.pos = end + 1;
                let Some(cell) = slot else { return Ok(None) };
                let Some(target) = id.checked_sub(1).and_then(|i| self.slots.get(i)).cloned()
                else {
                    return Ok(None);
                };
                if target.ptr_eq(cell) {
                    return Ok(None);
                }
                if tag == b'R' {
                    return Ok(Some(Value::Ref(target)));
                }
                match target.get() {
                    Value::Obj(o) => Ok(Some(Value::Obj(o.clone()))),
                    _ => Ok(None),
                }
            }
            _ => fail(self),
        }
    }

    fn float(&mut self, start: usize) -> Read {
        let rest = &self.buf[start + 2..];
        let end = match rest.iter().position(|&c| c == b';') {
            Some(e) => e,
            None => {
                self.pos = start;
                return Ok(None);
            }
        };
        let text = &rest[..end];
        let v = match text {
            b"NAN" => f64::NAN,
            b"INF" => f64::INFINITY,
            b"-INF" => f64::NEG_INFINITY,
            _ => {
                if !valid_float_text(text) {
                    self.pos = start;
                    return Ok(None);
                }
                crate::numeric::strtod(text).0
            }
        };
        self.pos = start + 2 + end + 1;
        Ok(Some(Value::Float(v)))
    }

    fn escaped_string(&mut self, start: usize) -> Read {
        let Some((after_len, len)) = self.digits(start + 2) else {
            self.pos = start;
            return Ok(None);
        };
        if self.at(after_len) != Some(b':') || self.at(after_len + 1) != Some(b'"') {
            self.pos = start;
            return Ok(None);
        }
        let mut i = after_len + 2;
        if self.buf.len() - i < len {
            self.pos = start + 2;
            return Ok(None);
        }
        let mut out = Vec::with_capacity(len);
        while out.len() < len {
            match self.at(i) {
                None => return Ok(None),
                Some(b'\\') => {
                    let hex = |c: Option<u8>| c.and_then(|c| (c as char).to_digit(16));
                    let (Some(h), Some(l)) = (hex(self.at(i + 1)), hex(self.at(i + 2))) else {
                        return Ok(None);
                    };
                    out.push((h * 16 + l) as u8);
                    i += 3;
                }
                Some(c) => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        if self.at(i) != Some(b'"') {
            self.pos = i;
            return Ok(None);
        }
        if self.at(i + 1) != Some(b';') {
            self.pos = i + 1;
            return Ok(None);
        }
        self.pos = i + 2;
        Ok(Some(Value::Str(Str::new(&out))))
    }

    fn close_nested(&mut self) -> bool {
        if self.at(self.pos) == Some(b'}') {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn enter(&mut self, it: &mut Interp) -> R<bool> {
        if self.max_depth > 0 && self.depth >= self.max_depth {
            let msg = format!(
                "unserialize(): Maximum depth of {} exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting",
                self.max_depth
            );
            it.warn(self.line, &msg)?;
            return Ok(false);
        }
        self.depth += 1;
        Ok(true)
    }

    /// Between elements the previous one must have ended in `;` or `}`.
    fn element_ended(&mut self, more: bool) -> bool {
        if more
            && !matches!(
                self.pos.checked_sub(1).and_then(|i| self.at(i)),
                Some(b';' | b'}')
            )
        {
            self.pos = self.pos.saturating_sub(1);
            return false;
        }
        true
    }

    /// A key: an int or a string; anything else read there fails.
    fn key(&mut self, it: &mut Interp) -> R<Option<Value>> {
        Ok(self
            .value(it, None)?
            .filter(|k| matches!(k, Value::Int(_) | Value::Str(_))))
    }

    fn array_entries(&mut self, it: &mut Interp, arr: &mut Arr, elements: i64) -> R<bool> {
        if !self.enter(it)? {
            return Ok(false);
        }
        let ok = self.array_entries_inner(it, arr, elements);
        self.depth -= 1;
        ok
    }

    fn array_entries_inner(
        &mut self,
        it: &mut Interp,
        arr: &mut Arr,
        mut elements: i64,
    ) -> R<bool> {
        while elements > 0 {
            elements -= 1;
            let key = match self.key(it)? {
                Some(Value::Int(i)) => Key::Int(i),
                Some(Value::Str(s)) => Key::from_str(s),
                _ => return Ok(false),
            };
            let cell = Ref::new(Value::Null);
            let Some(v) = self.value(it, Some(&cell))? else {
                arr.table_mut().insert(key, Value::Ref(cell));
                return Ok(false);
            };
            cell.set(v);
            arr.table_mut().insert(key, Value::Ref(cell));
            if !self.element_ended(elements > 0) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn array(&mut self, it: &mut Interp, start: usize, keyed: bool) -> Read {
        let Some((end, _)) = self.digits(start + 2) else {
            self.pos = start;
            return Ok(None);
        };
        if self.at(end) != Some(b':') || self.at(end + 1) != Some(b'{') {
            self.pos = start;
            return Ok(None);
        }
        let (_, elements) = self.signed(it, start + 2)?;
        self.pos = end + 2;
        if keyed {
            return Ok(None);
        }
        if elements < 0 || elements as u64 > (self.remaining() / 2) as u64 {
            return Ok(None);
        }
        if elements == 0 {
            return Ok(self.close_nested().then(|| Value::Arr(Arr::empty())));
        }
        let mut arr = Arr::new();
        if !self.array_entries(it, &mut arr, elements)? {
            return Ok(None);
        }
        Ok(self.close_nested().then_some(Value::Arr(arr)))
    }

    /// Whether a class may be created (the `allowed_classes` option).
    fn allowed(&self, lc: &[u8]) -> bool {
        self.allowed.as_ref().is_none_or(|set| set.contains(lc))
    }

    fn object(&mut self, it: &mut Interp, start: usize, custom: bool) -> Read {
        let Some((after_len, len)) = self.digits(start + 2) else {
            self.pos = start;
            return Ok(None);
        };
        if self.at(after_len) != Some(b':') || self.at(after_len + 1) != Some(b'"') {
            self.pos = start;
            return Ok(None);
        }
        let body = after_len + 2;
        if self.buf.len() - body < len || len == 0 {
            self.pos = start + 2;
            return Ok(None);
        }
        let close = body + len;
        if self.at(close) != Some(b'"') {
            self.pos = close;
            return Ok(None);
        }
        if self.at(close + 1) != Some(b':') {
            self.pos = close + 1;
            return Ok(None);
        }
        let name = self.buf[body..close].to_vec();
        if !valid_class_name(&name) {
            return Ok(None);
        }
        let lc = name.to_ascii_lowercase();
        let class = if self.allowed(&lc) {
            let name_str = Str::new(&name);
            it.find_class(&name_str, &Str::new(&lc))?
        } else {
            None
        };
        let (class, incomplete) = match class {
            Some(c) => (c, false),
            None => {
                let lc = Str::interned(b"__php_incomplete_class");
                (it.classes.get(&lc).cloned().expect("registered"), true)
            }
        };
        self.pos = close;
        if not_serializable(&class) {
            let msg = format!(
                "Unserialization of '{}' is not allowed",
                lossy(class.name.as_bytes())
            );
            return Err(it.throw_error("Exception", &msg));
        }
        if custom {
            return self.custom_object(it, &class, incomplete.then_some(&name[..]));
        }
        if self.pos + 2 >= self.buf.len() {
            it.warn(self.line, "Bad unserialize data")?;
            return Ok(None);
        }
        let (end, elements) = self.signed(it, close + 2)?;
        self.pos = end;
        if elements < 0
            || elements as u64 > ((self.buf.len() - close) / 2) as u64
            || self.at(end) != Some(b':')
        {
            return Ok(None);
        }
        if self.at(end + 1) != Some(b'{') {
            self.pos = end + 1;
            return Ok(None);
        }
        self.pos = end + 2;
        let has_unserialize = !incomplete && class.find_method(b"__unserialize").is_some();
        if class.instance_of_name(b"serializable")
            && class.find_method(b"unserialize").is_some()
            && !has_unserialize
        {
            let msg = format!(
                "Erroneous data format for unserializing '{}'",
                lossy(class.name.as_bytes())
            );
            it.warn(self.line, &msg)?;
            return Ok(None);
        }
        let o = instantiate(it, &class)?;
        if let Some(slot) = self.slots.last() {
            slot.set(Value::Obj(o.clone()));
        }
        if incomplete {
            o.dyn_props_mut().insert(
                Key::Str(Str::interned(INCOMPLETE_NAME)),
                Value::Str(Str::new(&name)),
            );
        }
        if has_unserialize {
            let mut data = Arr::new();
            if !self.array_entries(it, &mut data, elements)? {
                o.header().add_flags(FLAG_OBJ_DESTRUCTOR_CALLED);
                return Ok(None);
            }
            self.deferred
                .push(Deferred::Unserialize(o.clone(), Value::Arr(data)));
            return Ok(self.close_nested().then_some(Value::Obj(o)));
        }
        let has_wakeup = !incomplete && class.find_method(b"__wakeup").is_some();
        if !self.object_entries(it, &o, elements)? {
            if has_wakeup {
                o.header().add_flags(FLAG_OBJ_DESTRUCTOR_CALLED);
            }
            return Ok(None);
        }
        if has_wakeup {
            self.deferred.push(Deferred::Wakeup(o.clone()));
        }
        Ok(self.close_nested().then_some(Value::Obj(o)))
    }

    /// `C:len:"Class":datalen:{data}` (the `Serializable` format).
    fn custom_object(
        &mut self,
        it: &mut Interp,
        class: &Rc<Class>,
        incomplete_name: Option<&[u8]>,
    ) -> Read {
        let (end, datalen) = self.signed(it, self.pos + 2)?;
        self.pos = end;
        if self.buf.len() - self.pos < 2 || self.at(self.pos) != Some(b':') {
            return Ok(None);
        }
        if self.at(self.pos + 1) != Some(b'{') {
            self.pos += 1;
            return Ok(None);
        }
        self.pos += 2;
        let available = self.remaining() as i64;
        if datalen < 0 || available <= datalen {
            it.warn(
                self.line,
                &format!(
                    "Insufficient data for unserializing - {} required, {} present",
                    datalen, available
                ),
            )?;
            return Ok(None);
        }
        let data_end = self.pos + datalen as usize;
        if self.at(data_end) != Some(b'}') {
            self.pos = data_end;
            return Ok(None);
        }
        let data = Str::new(&self.buf[self.pos..data_end]);
        let has_unserializer = incomplete_name.is_none()
            && class.instance_of_name(b"serializable")
            && class.find_method(b"unserialize").is_some();
        let o = instantiate(it, class)?;
        if let Some(slot) = self.slots.last() {
            slot.set(Value::Obj(o.clone()));
        }
        if has_unserializer {
            // The method reads its payload in this call's context (see
            // `NestedReader`): lend it the values read so far.
            PARKED_SLOTS.with(|p| p.borrow_mut().push(std::mem::take(&mut self.slots)));
            let r = it.call_method(&o, b"unserialize", vec![Value::Str(data)]);
            self.slots = PARKED_SLOTS
                .with(|p| p.borrow_mut().pop())
                .unwrap_or_default();
            r?;
        } else {
            it.warn(
                self.line,
                &format!("Class {} has no unserializer", lossy(class.name.as_bytes())),
            )?;
            if let Some(name) = incomplete_name {
                o.dyn_props_mut().insert(
                    Key::Str(Str::interned(INCOMPLETE_NAME)),
                    Value::Str(Str::new(name)),
                );
            }
        }
        self.pos = data_end + 1;
        Ok(Some(Value::Obj(o)))
    }

    fn object_entries(&mut self, it: &mut Interp, o: &Obj, elements: i64) -> R<bool> {
        if !self.enter(it)? {
            return Ok(false);
        }
        let ok = self.object_entries_inner(it, o, elements);
        self.depth -= 1;
        ok
    }

    fn object_entries_inner(&mut self, it: &mut Interp, o: &Obj, mut elements: i64) -> R<bool> {
        let class = o.class().clone();
        while elements > 0 {
            elements -= 1;
            let key = match self.key(it)? {
                Some(Value::Str(s)) => s,
                Some(Value::Int(i)) => Str::new(i.to_string().as_bytes()),
                _ => return Ok(false),
            };
            let cell = Ref::new(Value::Null);
            let slot = declared_slot(&class, key.as_bytes());
            match slot {
                Some(slot) => {
                    Value::replace_release(&mut o.props_mut()[slot], Value::Ref(cell.clone()))
                }
                None => {
                    if !allows_dynamic_props(&class)
                        && !o
                            .dyn_props()
                            .is_some_and(|t| t.contains_key(&Key::Str(key.clone())))
                    {
                        let msg = format!(
                            "Creation of dynamic property {}::${} is deprecated",
                            lossy(class.name.as_bytes()),
                            lossy(unmangled(key.as_bytes()))
                        );
                        it.deprecated(self.line, &msg)?;
                    }
                    if let Some(old) = o
                        .dyn_props_mut()
                        .insert(Key::Str(key), Value::Ref(cell.clone()))
                    {
                        old.release();
                    }
                }
            }
            let Some(v) = self.value(it, Some(&cell))? else {
                return Ok(false);
            };
            // A typed property takes only what its type accepts.
            let typed = slot.and_then(|s| {
                let p = class.prop_by_slot(s);
                p.ty.clone().map(|t| (p.clone(), t))
            });
            let v = match typed {
                Some((p, t)) => it.coerce_prop(&class, &p, &t, v)?,
                None => v,
            };
            cell.set(v);
            if !self.element_ended(elements > 0) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn enum_case(&mut self, it: &mut Interp, start: usize) -> Read {
        let Some((after_len, len)) = self.digits(start + 2) else {
            self.pos = start;
            return Ok(None);
        };
        if self.at(after_len) != Some(b':') || self.at(after_len + 1) != Some(b'"') {
            self.pos = start;
            return Ok(None);
        }
        let body = after_len + 2;
        if self.buf.len() - body < len || len == 0 {
            self.pos = start + 2;
            return Ok(None);
        }
        let close = body + len;
        if self.at(close) != Some(b'"') {
            self.pos = close;
            return Ok(None);
        }
        if self.at(close + 1) != Some(b';') {
            self.pos = close + 1;
            return Ok(None);
        }
        let text = self.buf[body..close].to_vec();
        let Some(colon) = text.iter().position(|&c| c == b':') else {
            it.warn(
                self.line,
                &format!(
                    "unserialize(): Invalid enum name '{}' (missing colon)",
                    lossy(&text)
                ),
            )?;
            return Ok(None);
        };
        let (enum_name, case) = (&text[..colon], &text[colon + 1..]);
        if !valid_class_name(enum_name) {
            return Ok(None);
        }
        let name = Str::new(enum_name);
        let Some(class) = it.find_class(&name, &Str::new(&enum_name.to_ascii_lowercase()))? else {
            it.warn(
                self.line,
                &format!("unserialize(): Class '{}' not found", lossy(enum_name)),
            )?;
            return Ok(None);
        };
        if !class.is_enum() {
            it.warn(
                self.line,
                &format!("unserialize(): Class '{}' is not an enum", lossy(enum_name)),
            )?;
            return Ok(None);
        }
        self.pos = close + 2;
        let case_name = Str::new(case);
        match class.consts.get(&case_name).map(|c| c.is_case) {
            None => {
                it.warn(
                    self.line,
                    &format!(
                        "unserialize(): Undefined constant {}::{}",
                        lossy(enum_name),
                        lossy(case)
                    ),
                )?;
                Ok(None)
            }
            Some(false) => {
                it.warn(
                    self.line,
                    &format!(
                        "unserialize(): {}::{} is not an enum case",
                        lossy(enum_name),
                        lossy(case)
                    ),
                )?;
                Ok(None)
            }
            Some(true) => it.class_constant(&class, &case_name).map(Some),
        }
    }
}

/// The digits-and-dot forms `d:` accepts (`iv`, `nv`, with an exponent).
fn valid_float_text(t: &[u8]) -> bool {
    let t = t
        .strip_prefix(b"+")
        .or_else(|| t.strip_prefix(b"-"))
        .unwrap_or(t);
    let (mantissa, exponent) = match t.iter().position(|&c| c == b'e' || c == b'E') {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    let mantissa_ok = match mantissa.iter().position(|&c| c == b'.') {
        Some(i) => {
            let (a, b) = (&mantissa[..i], &mantissa[i + 1..]);
            digits(a) && digits(b) && !(a.is_empty() && b.is_empty())
        }
        None => !mantissa.is_empty() && digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e
            .strip_prefix(b"+")
            .or_else(|| e.strip_prefix(b"-"))
            .unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

/// A name PHP accepts as a class name in serialized data.
fn valid_class_name(name: &[u8]) -> bool {
    !name.is_empty()
        && name[0] != 0
        && name[0] != b'\\'
        && name
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'\\' || c >= 0x80)
}

/// The property name inside a mangled key (`\0A\0x` is `x`).
fn unmangled(key: &[u8]) -> &[u8] {
    if key.first() == Some(&0) {
        if let Some(i) = key[1..].iter().position(|&c| c == 0) {
            return &key[i + 2..];
        }
    }
    key
}

/// The declared property slot a serialized key names: its mangled name,
/// or its plain name when the visibility changed since serialization.
fn declared_slot(class: &Class, key: &[u8]) -> Option<usize> {
    let wanted = Key::Str(Str::new(key));
    if let Some(p) = class
        .props
        .iter()
        .find(|p| crate::interp::objects::mangle(p) == wanted)
    {
        return Some(p.slot);
    }
    let (class_part, name) = if key.first() == Some(&0) {
        let i = key[1..].iter().position(|&c| c == 0)?;
        (Some(&key[1..i + 1]), &key[i + 2..])
    } else {
        (None, key)
    };
    let matches_class =
        class_part.is_none_or(|c| c == b"*" || c.eq_ignore_ascii_case(class.name.as_bytes()));
    if !matches_class {
        return None;
    }
    let &i = class.prop_lookup.get(name)?;
    Some(class.props[i].slot)
}

/// A new object without its constructor, refusing what cannot be created.
fn instantiate(it: &mut Interp, class: &Rc<Class>) -> R<Obj> {
    let what = match class.kind {
        ClassKind::Interface => Some("interface"),
        ClassKind::Trait => Some("trait"),
        ClassKind::Enum => Some("enum"),
        ClassKind::Class if class.is_abstract => Some("abstract class"),
        ClassKind::Class => None,
    };
    if let Some(what) = what {
        let msg = format!(
            "Cannot instantiate {} {}",
            what,
            lossy(class.name.as_bytes())
        );
        return Err(it.throw_error("Error", &msg));
    }
    it.instantiate(class)
}

/// Replaces each reference cell only one container holds by its value,
/// leaving the references `R:` made.
fn unwrap_cells(v: Value, seen: &mut HashSet<usize>) -> Value {
    match v {
        Value::Ref(r) if r.refcount() == 1 => {
            let inner = std::mem::take(r.get_mut());
            unwrap_cells(inner, seen)
        }
        Value::Ref(r) => {
            if seen.insert(r.addr()) {
                let inner = std::mem::take(r.get_mut());
                let inner = unwrap_cells(inner, seen);
                r.set(inner);
            }
            Value::Ref(r)
        }
        Value::Arr(mut a) => {
            if a.is_unique() && seen.insert(a.addr()) {
                for (_, item) in a.table_mut().iter_mut() {
                    let taken = std::mem::take(item);
                    *item = unwrap_cells(taken, seen);
                }
            }
            Value::Arr(a)
        }
        Value::Obj(o) => {
            if seen.insert(o.gc_ptr().as_ptr() as usize) {
                for slot in o.props_mut().iter_mut() {
                    if slot.is_ref() {
                        let taken = std::mem::take(slot);
                        *slot = unwrap_cells(taken, seen);
                    }
                }
                if o.has_dyn_props() {
                    for (_, item) in o.dyn_props_mut().iter_mut() {
                        let taken = std::mem::take(item);
                        *item = unwrap_cells(taken, seen);
                    }
                }
            }
            Value::Obj(o)
        }
        other => other,
    }
}

/// Lowercase names of the classes `unserialize` may create (`None`: any).
type AllowedClasses = Option<HashSet<Vec<u8>>>;

/// Reads the `allowed_classes` and `max_depth` options.
fn read_options(it: &mut Interp, options: &Arr) -> R<(AllowedClasses, Option<i64>)> {
    let get = |k: &[u8]| {
        options
            .table()
            .get(&Key::Str(Str::new(k)))
            .map(|v| v.deref_clone())
    };
    let allowed = match get(b"allowed_classes") {
        None | Some(Value::Bool(true)) => None,
        Some(Value::Bool(false)) => Some(HashSet::new()),
        Some(Value::Arr(list)) => {
            let mut set = HashSet::new();
            for v in list.table().values() {
                let v = v.deref_clone();
                set.insert(it.to_str(&v)?.as_bytes().to_ascii_lowercase());
            }
            Some(set)
        }
        Some(other) => {
            let msg = format!(
                "unserialize(): Option \"allowed_classes\" must be of type array|bool, {} given",
                crate::interp::types::given_type(&other)
            );
            return Err(it.throw_error("TypeError", &msg));
        }
    };
    let max_depth = match get(b"max_depth") {
        None => None,
        Some(Value::Int(d)) if d >= 0 => Some(d),
        Some(Value::Int(_)) => {
            return Err(it.throw_error(
                "ValueError",
                "unserialize(): Option \"max_depth\" must be greater than or equal to 0",
            ))
        }
        Some(other) => {
            let msg = format!(
                "unserialize(): Option \"max_depth\" must be of type int, {} given",
                crate::interp::types::given_type(&other)
            );
            return Err(it.throw_error("TypeError", &msg));
        }
    };
    Ok((allowed, max_depth))
}

/// Runs the `__unserialize` and `__wakeup` calls held back until the end;
/// after one throws, the rest are skipped and their objects' destructors
/// will not run.
fn run_deferred(it: &mut Interp, deferred: Vec<Deferred>) -> R<()> {
    let mut failure: Option<Unwind> = None;
    for d in deferred {
        let (o, result) = match d {
            Deferred::Wakeup(o) if failure.is_none() => {
                let r = it.call_method(&o, b"__wakeup", Vec::new()).map(drop);
                (o, r)
            }
            Deferred::Unserialize(o, data) if failure.is_none() => {
                let r = it.call_method(&o, b"__unserialize", vec![data]).map(drop);
                (o, r)
            }
            Deferred::Wakeup(o) | Deferred::Unserialize(o, _) => (o, Ok(())),
        };
        if failure.is_some() {
            o.header().add_flags(FLAG_OBJ_DESTRUCTOR_CALLED);
            continue;
        }
        if let Err(e) = result {
            o.header().add_flags(FLAG_OBJ_DESTRUCTOR_CALLED);
            failure = Some(e);
        }
    }
    match failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

thread_local! {
    /// The values read so far by the `unserialize()` calls waiting for a
    /// `Serializable::unserialize()` method (innermost last).
    static PARKED_SLOTS: std::cell::RefCell<Vec<Vec<Ref>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Reads serialized values one after another from a `Serializable`
/// payload. Inside an `unserialize()` call the reader continues that
/// call's numbering, so `r:N;` reaches the values it read (PHP shares its
/// `var_hash` with the `unserialize()` methods it calls).
pub struct NestedReader<'a> {
    u: Unserializer<'a>,
    /// Whether the slots came from an `unserialize()` call (and go back).
    borrowed: bool,
    /// Slots from this index on were read here.
    first_own: usize,
    tops: Vec<Ref>,
}

impl<'a> NestedReader<'a> {
    pub fn new(data: &'a [u8], line: u32) -> NestedReader<'a> {
        let parked = PARKED_SLOTS.with(|p| p.borrow_mut().last_mut().map(std::mem::take));
        let borrowed = parked.is_some();
        let slots = parked.unwrap_or_default();
        NestedReader {
            first_own: slots.len(),
            u: Unserializer {
                buf: data,
                pos: 0,
                slots,
                deferred: Vec::new(),
                allowed: None,
                max_depth: 4096,
                depth: 0,
                line,
            },
            borrowed,
            tops: Vec::new(),
        }
    }

    /// The read position (PHP's offsets in error messages).
    pub fn pos(&self) -> usize {
        self.u.pos
    }

    /// The byte at the read position.
    pub fn peek(&self) -> Option<u8> {
        self.u.at(self.u.pos)
    }

    /// Skips `lit` when the input continues with it.
    pub fn eat(&mut self, lit: &[u8]) -> bool {
        if self.u.buf[self.u.pos.min(self.u.buf.len())..].starts_with(lit) {
            self.u.pos += lit.len();
            return true;
        }
        false
    }

    /// Reads one value; `None` when the input is malformed. The value is a
    /// preview (arrays may still hold the reader's cells): take the final
    /// values from `finish`.
    pub fn read(&mut self, it: &mut Interp) -> R<Option<Value>> {
        let top = Ref::new(Value::Null);
        let v = self.u.value(it, Some(&top))?;
        if let Some(v) = &v {
            top.set(v.clone());
            self.tops.push(top);
        }
        Ok(v)
    }

    /// The values read, in order, once `__wakeup`/`__unserialize` of the
    /// objects in them have run.
    pub fn finish(mut self, it: &mut Interp) -> R<Vec<Value>> {
        let own = self.u.slots.split_off(self.first_own);
        // Later `r:N;` in the enclosing call may name these values: keep
        // their objects, without the cells the values below are unwrapped of.
        let kept: Vec<Value> = own
            .iter()
            .map(|c| match c.get() {
                Value::Obj(o) => Value::Obj(o.clone()),
                _ => Value::Null,
            })
            .collect();
        drop(own);
        let mut seen = HashSet::new();
        let values: Vec<Value> = std::mem::take(&mut self.tops)
            .into_iter()
            .map(|top| unwrap_cells(Value::Ref(top), &mut seen).into_deref())
            .collect();
        let deferred: Vec<Deferred> = std::mem::take(&mut self.u.deferred)
            .into_iter()
            .map(|d| match d {
                Deferred::Unserialize(o, v) => Deferred::Unserialize(o, unwrap_cells(v, &mut seen)),
                w => w,
            })
            .collect();
        self.u.slots.extend(kept.into_iter().map(Ref::new));
        drop(self);
        run_deferred(it, deferred)?;
        Ok(values)
    }
}

impl Drop for NestedReader<'_> {
    fn drop(&mut self) {
        if self.borrowed {
            let slots = std::mem::take(&mut self.u.slots);
            PARKED_SLOTS.with(|p| {
                if let Some(last) = p.borrow_mut().last_mut() {
                    *last = slots;
                }
            });
        }
    }
}

/// `unserialize()` of a string with the given options.
pub fn unserialize_bytes(
    it: &mut Interp,
    data: &[u8],
    options: Option<&Arr>,
    line: u32,
) -> R<Value> {
    if data.is_empty() {
        return Ok(Value::Bool(false));
    }
    let (allowed, max_depth) = match options {
        Some(o) => read_options(it, o)?,
        None => (None, None),
    };
    let ini_depth = it
        .ini
        .get(&b"unserialize_max_depth"[..])
        .map(|v| crate::numeric::str_to_int(v))
        .unwrap_or(4096);
    let mut u = Unserializer {
        buf: data,
        pos: 0,
        slots: Vec::new(),
        deferred: Vec::new(),
        allowed,
        max_depth: max_depth.unwrap_or(ini_depth),
        depth: 0,
        line,
    };
    let top = Ref::new(Value::Null);
    let read = u.value(it, Some(&top))?;
    let deferred = std::mem::take(&mut u.deferred);
    let failed_at = u.pos;
    drop(u);
    let mut seen = HashSet::new();
    let deferred: Vec<Deferred> = deferred
        .into_iter()
        .map(|d| match d {
            Deferred::Unserialize(o, v) => Deferred::Unserialize(o, unwrap_cells(v, &mut seen)),
            w => w,
        })
        .collect();
    let result = match read {
        Some(v) => {
            top.set(v);
            let top = unwrap_cells(Value::Ref(top), &mut seen);
            // Zend: a top-level result that is refcounted becomes a
            // possible root (it may hold a cycle made by `R:`/`r:`).
            crate::gc::check_possible_root(&top);
            Some(top.into_deref())
        }
        None => None,
    };
    run_deferred(it, deferred)?;
    match result {
        Some(v) => Ok(v),
        None => {
            let msg = format!(
                "unserialize(): Error at offset {} of {} bytes",
                failed_at,
                data.len()
            );
            it.notice(line, &msg)?;
            Ok(Value::Bool(false))
        }
    }
}

fn unserialize(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let data = a.string(it, 0)?;
    let options = match a.get(1) {
        None => None,
        Some(Value::Arr(o)) => Some(o.clone()),
        Some(_) => {
            let v = a.value(1);
            return Err(a.type_error(it, 1, "array", &v));
        }
    };
    unserialize_bytes(it, data.as_bytes(), options.as_ref(), a.line)
}
