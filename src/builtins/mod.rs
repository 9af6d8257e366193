//! Built-in functions, grouped by domain (one file each, each with one
//! registration table), and the argument handling they share (PHP 8's
//! parameter parsing: coercions, `TypeError`s, `ArgumentCountError`s and
//! deprecations, exactly as `zend_parse_parameters` words them).
//!
//! Adding a function is one line in its domain's table:
//! `f!("str_repeat", str_repeat, "$string, $times")`. The signature names
//! the parameters (for messages and named arguments); `&$x` takes a
//! reference, `$x=` is optional, `...$x` variadic.

pub mod arrays;
pub mod classes;
pub mod classobj;
pub mod ctype;
pub mod datetime;
pub mod encoding;
pub mod errorfunc;
pub mod file;
pub mod funchand;
pub mod gc;
pub mod generators;
pub mod hash;
pub mod html;
pub mod info;
pub mod json;
pub mod math;
pub mod mbstring;
pub mod memory;
pub mod misc;
pub mod output_control;
pub mod pcre;
pub mod serialize;
pub mod spl;
pub mod streams;
pub mod strings;
pub mod timezone;
pub mod var;
pub mod weakrefs;

use crate::interp::{Interp, R};
use crate::value::{Arr, Obj, Ref, Str, Value};

pub type BuiltinFn = fn(&mut Interp, &mut CallArgs) -> R<Value>;

/// One parameter of a built-in's signature.
#[derive(Debug, Clone)]
pub struct Param {
    pub name: &'static str,
    pub by_ref: bool,
    pub optional: bool,
    pub variadic: bool,
}

#[derive(Debug)]
pub struct Signature {
    pub params: Vec<Param>,
    pub min: usize,
    /// `None` for variadic functions.
    pub max: Option<usize>,
}

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: BuiltinFn,
    pub sig: &'static str,
    pub is_static: bool,
    pub info: SigInfo,
}

/// What calls need to know of a signature, computed at compile time.
#[derive(Debug, Clone, Copy)]
pub struct SigInfo {
    pub min: u8,
    /// `u8::MAX` for variadic functions.
    pub max: u8,
    /// Bit `i` set: parameter `i` is by reference.
    pub by_ref: u64,
    /// Number of parameters before the variadic one (all of them when
    /// there is none).
    pub fixed: u8,
    /// The variadic parameter takes references.
    pub variadic_by_ref: bool,
    /// Bit `i` set: parameter `i` prefers a reference but accepts a value
    /// (`&?$x`, PHP's `ZEND_SEND_PREFER_REF`).
    pub prefer_ref: u64,
    pub variadic_prefer_ref: bool,
}

/// Reads a signature string (`"$a, &$b, $c=, ...$d"`, `&?$x` for a
/// parameter that prefers a reference) at compile time.
pub const fn sig_info(sig: &str) -> SigInfo {
    let b = sig.as_bytes();
    let mut i = 0;
    let mut count: u8 = 0;
    let mut min: u8 = 0;
    let mut by_ref: u64 = 0;
    let mut variadic = false;
    let mut variadic_by_ref = false;
    let mut prefer_ref: u64 = 0;
    let mut variadic_prefer_ref = false;
    while i < b.len() {
        while i < b.len() && (b[i] == b' ' || b[i] == b',') {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let mut is_variadic = false;
        let mut is_ref = false;
        let mut optional = false;
        let mut prefer = false;
        while i < b.len() && b[i] != b',' {
            if b[i] == b'?' {
                prefer = true;
            }
            if b[i] == b'.' {
                is_variadic = true;
            }
            if b[i] == b'&' {
                is_ref = true;
            }
            if b[i] == b'=' {
                optional = true;
            }
            i += 1;
        }
        if is_variadic {
            variadic = true;
            variadic_by_ref = is_ref;
            variadic_prefer_ref = prefer;
        } else {
            if is_ref && count < 64 {
                by_ref |= 1 << count;
            }
            if prefer && count < 64 {
                prefer_ref |= 1 << count;
            }
            if !optional {
                min = count + 1;
            }
            count += 1;
        }
    }
    // A by-reference variadic (`&...$vars`) takes every later argument by reference.
    if variadic_by_ref && count < 64 {
        by_ref |= u64::MAX << count;
    }
    SigInfo {
        min,
        max: if variadic { u8::MAX } else { count },
        by_ref,
        fixed: count,
        variadic_by_ref,
        prefer_ref,
        variadic_prefer_ref,
    }
}

/// Declares a built-in function: `f!("name", rust_fn, "$a, $b=")`.
#[macro_export]
macro_rules! f {
    ($name:expr, $func:expr, $sig:expr) => {
        $crate::builtins::BuiltinFunction {
            name: $name,
            func: $func,
            sig: $sig,
            is_static: false,
            info: $crate::builtins::sig_info($sig),
        }
    };
}

/// Declares a static built-in method.
#[macro_export]
macro_rules! sf {
    ($name:expr, $func:expr, $sig:expr) => {
        $crate::builtins::BuiltinFunction {
            name: $name,
            func: $func,
            sig: $sig,
            is_static: true,
            info: $crate::builtins::sig_info($sig),
        }
    };
}

fn parse_signature(sig: &'static str) -> Signature {
    let mut params = Vec::new();
    for part in sig.split(',') {
        let p = part.trim();
        if p.is_empty() {
            continue;
        }
        let variadic = p.starts_with("...");
        let p = p.trim_start_matches("...");
        let by_ref = p.starts_with('&');
        let p = p.trim_start_matches('&');
        let optional = p.ends_with('=');
        let name = p
            .trim_end_matches('=')
            .trim_start_matches('?')
            .trim_start_matches('$');
        params.push(Param {
            name,
            by_ref,
            optional,
            variadic,
        });
    }
    let min = params.iter().filter(|p| !p.optional && !p.variadic).count();
    let max = if params.iter().any(|p| p.variadic) {
        None
    } else {
        Some(params.len())
    };
    Signature { params, min, max }
}

impl BuiltinFunction {
    /// The parsed signature (names; used for messages and named arguments).
    pub fn signature(&self) -> Signature {
        parse_signature(self.sig)
    }

    #[inline]
    pub fn param_by_ref(&self, i: usize) -> bool {
        if i < self.info.fixed as usize && i < 64 {
            self.info.by_ref & (1 << i) != 0
        } else {
            self.info.max == u8::MAX && self.info.variadic_by_ref
        }
    }
    /// Whether parameter `i` takes a reference when given a variable but
    /// accepts any value otherwise.
    pub fn param_prefer_ref(&self, i: usize) -> bool {
        if i < self.info.fixed as usize && i < 64 {
            self.info.prefer_ref & (1 << i) != 0
        } else {
            self.info.max == u8::MAX && self.info.variadic_prefer_ref
        }
    }

    pub fn param_index(&self, name: &[u8]) -> Option<usize> {
        self.signature()
            .params
            .iter()
            .position(|p| p.name.as_bytes() == name && !p.variadic)
    }

    pub fn param_name(&self, i: usize) -> &'static str {
        let s = self.signature();
        match s.params.get(i) {
            Some(p) => p.name,
            None => s.params.last().map(|p| p.name).unwrap_or("arg"),
        }
    }

    /// PHP's `ArgumentCountError` text for a wrong number of arguments.
    pub fn check_arg_count(&self, n: usize) -> Result<(), String> {
        let min = self.info.min as usize;
        let max = if self.info.max == u8::MAX {
            None
        } else {
            Some(self.info.max as usize)
        };
        let too_few = n < min;
        let too_many = max.is_some_and(|m| n > m);
        if !too_few && !too_many {
            return Ok(());
        }
        let (kind, count) = if max == Some(min) {
            ("exactly", min)
        } else if too_few {
            ("at least", min)
        } else {
            ("at most", max.unwrap_or(0))
        };
        Err(format!(
            "{}() expects {} {} argument{}, {} given",
            self.name,
            kind,
            count,
            if count == 1 { "" } else { "s" },
            n
        ))
    }
}

/// `Class::method` when the innermost frame runs `func` as a method,
/// else the function's own name.
pub fn qualified_name(it: &Interp, func: &BuiltinFunction) -> String {
    match it.frames.last().and_then(|f| f.call_name.as_ref()) {
        Some((Some(class), name, _)) if name.as_bytes() == func.name.as_bytes() => {
            format!(
                "{}::{}",
                String::from_utf8_lossy(class.as_bytes()),
                func.name
            )
        }
        _ => func.name.to_string(),
    }
}

/// The arguments of a built-in call.
pub struct CallArgs {
    pub args: Vec<Value>,
    pub func: &'static BuiltinFunction,
    pub this: Option<Obj>,
    /// Line of the call.
    pub line: u32,
}

impl CallArgs {
    pub fn len(&self) -> usize {
        self.args
            .iter()
            .rposition(|v| !v.is_undef())
            .map(|i| i + 1)
            .unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether argument `i` was passed.
    pub fn has(&self, i: usize) -> bool {
        self.args.get(i).is_some_and(|v| !v.is_undef())
    }

    /// Argument `i` (dereferenced), or `None` when not passed.
    pub fn get(&self, i: usize) -> Option<&Value> {
        match self.args.get(i) {
            None | Some(Value::Undef) => None,
            Some(v) => Some(v.deref()),
        }
    }

    /// A copy of argument `i`, `null` when missing.
    pub fn value(&self, i: usize) -> Value {
        self.get(i).cloned().unwrap_or(Value::Null)
    }

    /// The reference passed for a by-reference parameter.
    pub fn reference(&self, i: usize) -> Option<&Ref> {
        match self.args.get(i) {
            Some(Value::Ref(r)) => Some(r),
            _ => None,
        }
    }

    /// Assigns through a by-reference parameter.
    pub fn set_ref(&self, i: usize, v: Value) {
        if let Some(r) = self.reference(i) {
            r.set(v);
        }
    }

    /// The name PHP shows in messages: `Class::method` for a method (the
    /// class that declared it), else the function's name.
    pub fn fn_name(&self, it: &Interp) -> String {
        if let Some(o) = &self.this {
            let lc = self.func.name.to_ascii_lowercase();
            if let Some(m) = o.class().find_method(lc.as_bytes()) {
                if matches!(&m.callable, crate::interp::function::Callable::Builtin(b) if std::ptr::eq(*b, self.func))
                {
                    return format!(
                        "{}::{}",
                        String::from_utf8_lossy(m.class_name.as_bytes()),
                        self.func.name
                    );
                }
            }
        }
        qualified_name(it, self.func)
    }

    /// `TypeError` for argument `i` expecting `expected`.
    pub fn type_error(
        &self,
        it: &mut Interp,
        i: usize,
        expected: &str,
        given: &Value,
    ) -> crate::interp::Unwind {
        let msg = format!(
            "{}(): Argument #{} (${}) must be of type {}, {} given",
            self.fn_name(it),
            i + 1,
            self.func.param_name(i),
            expected,
            given.type_name()
        );
        it.throw_error("TypeError", &msg)
    }

    /// `ValueError` for argument `i`.
    pub fn value_error(&self, it: &mut Interp, i: usize, what: &str) -> crate::interp::Unwind {
        let msg = format!(
            "{}(): Argument #{} (${}) {}",
            self.fn_name(it),
            i + 1,
            self.func.param_name(i),
            what
        );
        it.throw_error("ValueError", &msg)
    }

    fn null_deprecated(&self, it: &mut Interp, i: usize, ty: &str) -> R<()> {
        let msg = format!(
            "{}(): Passing null to parameter #{} (${}) of type {} is deprecated",
            self.fn_name(it),
            i + 1,
            self.func.param_name(i),
            ty
        );
        it.deprecated(self.line, &msg)
    }

    /// A `string` parameter.
    pub fn string(&self, it: &mut Interp, i: usize) -> R<Str> {
        let v = self.value(i);
        match &v {
            Value::Str(s) => Ok(s.clone()),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => it.to_str(&v),
            Value::Null | Value::Undef => {
                self.null_deprecated(it, i, "string")?;
                Ok(Str::empty())
            }
            Value::Obj(o) if o.class().magic_tostring.is_some() => it.to_str(&v),
            _ => Err(self.type_error(it, i, "string", &v)),
        }
    }

    /// An optional `string` parameter (`None` when not passed).
    pub fn opt_string(&self, it: &mut Interp, i: usize) -> R<Option<Str>> {
        if !self.has(i) {
            return Ok(None);
        }
        self.string(it, i).map(Some)
    }

    /// A `?string` parameter: null stays `None`.
    pub fn nullable_string(&self, it: &mut Interp, i: usize) -> R<Option<Str>> {
        match self.get(i) {
            None | Some(Value::Null) => Ok(None),
            Some(v @ Value::Arr(_)) => Err(self.type_error(it, i, "?string", &v.clone())),
            Some(v @ Value::Obj(o)) if o.class().magic_tostring.is_none() => {
                Err(self.type_error(it, i, "?string", &v.clone()))
            }
            _ => self.string(it, i).map(Some),
        }
    }

    /// An `int` parameter.
    pub fn int(&self, it: &mut Interp, i: usize) -> R<i64> {
        let v = self.value(i);
        match &v {
            Value::Int(n) => Ok(*n),
            Value::Bool(b) => Ok(*b as i64),
            Value::Float(f) => self.float_to_int_param(it, i, *f, &v),
            Value::Null | Value::Undef => {
                self.null_deprecated(it, i, "int")?;
                Ok(0)
            }
            Value::Str(s) => match crate::numeric::parse_numeric(s.as_bytes()) {
                crate::numeric::NumericParse::Numeric(crate::numeric::Number::Int(n)) => Ok(n),
                crate::numeric::NumericParse::Numeric(crate::numeric::Number::Float(f)) => {
                    self.float_to_int_param(it, i, f, &v)
                }
                _ => Err(self.type_error(it, i, "int", &v)),
            },
            _ => Err(self.type_error(it, i, "int", &v)),
        }
    }

    fn float_to_int_param(&self, it: &mut Interp, i: usize, f: f64, v: &Value) -> R<i64> {
        if !f.is_finite() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
            return Err(self.type_error(it, i, "int", v));
        }
        if f.fract() != 0.0 {
            let msg = match v {
                Value::Str(s) => format!(
                    "Implicit conversion from float-string \"{}\" to int loses precision",
                    String::from_utf8_lossy(s.as_bytes())
                ),
                _ => format!(
                    "Implicit conversion from float {} to int loses precision",
                    it.float_to_string_repr(f)
                ),
            };
            it.deprecated(self.line, &msg)?;
        }
        Ok(f as i64)
    }

    pub fn opt_int(&self, it: &mut Interp, i: usize) -> R<Option<i64>> {
        if !self.has(i) {
            return Ok(None);
        }
        self.int(it, i).map(Some)
    }

    /// A `?int` parameter: null stays `None`.
    pub fn nullable_int(&self, it: &mut Interp, i: usize) -> R<Option<i64>> {
        match self.get(i) {
            None | Some(Value::Null) => Ok(None),
            Some(v @ (Value::Arr(_) | Value::Obj(_))) => {
                Err(self.type_error(it, i, "?int", &v.clone()))
            }
            Some(v @ Value::Str(s)) if !crate::numeric::is_numeric(s.as_bytes()) => {
                Err(self.type_error(it, i, "?int", &v.clone()))
            }
            _ => self.int(it, i).map(Some),
        }
    }

    /// A `float` parameter.
    pub fn float(&self, it: &mut Interp, i: usize) -> R<f64> {
        let v = self.value(i);
        match &v {
            Value::Int(n) => Ok(*n as f64),
            Value::Float(f) => Ok(*f),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::Null | Value::Undef => {
                self.null_deprecated(it, i, "float")?;
                Ok(0.0)
            }
            Value::Str(s) => match crate::numeric::parse_numeric(s.as_bytes()) {
                crate::numeric::NumericParse::Numeric(crate::numeric::Number::Int(n)) => {
                    Ok(n as f64)
                }
                crate::numeric::NumericParse::Numeric(crate::numeric::Number::Float(f)) => Ok(f),
                _ => Err(self.type_error(it, i, "float", &v)),
            },
            _ => Err(self.type_error(it, i, "float", &v)),
        }
    }

    /// An `int|float` parameter.
    pub fn number(&self, it: &mut Interp, i: usize) -> R<crate::numeric::Number> {
        use crate::numeric::Number;
        let v = self.value(i);
        match &v {
            Value::Int(n) => Ok(Number::Int(*n)),
            Value::Float(f) => Ok(Number::Float(*f)),
            Value::Bool(b) => Ok(Number::Int(*b as i64)),
            Value::Null | Value::Undef => {
                self.null_deprecated(it, i, "int|float")?;
                Ok(Number::Int(0))
            }
            Value::Str(s) => match crate::numeric::parse_numeric(s.as_bytes()) {
                crate::numeric::NumericParse::Numeric(n) => Ok(n),
                _ => Err(self.type_error(it, i, "int|float", &v)),
            },
            _ => Err(self.type_error(it, i, "int|float", &v)),
        }
    }

    /// A `bool` parameter.
    pub fn bool(&self, it: &mut Interp, i: usize) -> R<bool> {
        let v = self.value(i);
        match &v {
            Value::Null | Value::Undef => {
                self.null_deprecated(it, i, "bool")?;
                Ok(false)
            }
            Value::Arr(_) | Value::Obj(_) | Value::Res(_) => {
                Err(self.type_error(it, i, "bool", &v))
            }
            other => Ok(crate::interp::convert::to_bool(other)),
        }
    }

    pub fn opt_bool(&self, it: &mut Interp, i: usize, default: bool) -> R<bool> {
        if !self.has(i) {
            return Ok(default);
        }
        self.bool(it, i)
    }

    /// An `array` parameter.
    pub fn array(&self, it: &mut Interp, i: usize) -> R<Arr> {
        match self.get(i) {
            Some(Value::Arr(a)) => Ok(a.clone()),
            _ => {
                let v = self.value(i);
                Err(self.type_error(it, i, "array", &v))
            }
        }
    }

    /// An `object` parameter.
    pub fn object(&self, it: &mut Interp, i: usize) -> R<Obj> {
        match self.get(i) {
            Some(Value::Obj(o)) => Ok(o.clone()),
            _ => {
                let v = self.value(i);
                Err(self.type_error(it, i, "object", &v))
            }
        }
    }

    /// A `callable` parameter (checked, returned as the value).
    pub fn callable(&self, it: &mut Interp, i: usize) -> R<Value> {
        let v = self.value(i);
        match it.try_resolve_callable(&v)? {
            Ok(_) => Ok(v),
            Err(reason) => {
                let msg = format!(
                    "{}(): Argument #{} (${}) must be a valid callback, {}",
                    self.fn_name(it),
                    i + 1,
                    self.func.param_name(i),
                    reason
                );
                Err(it.throw_error("TypeError", &msg))
            }
        }
    }

    /// The arguments from `start` on (variadic parameters).
    pub fn rest(&self, start: usize) -> Vec<Value> {
        self.args
            .iter()
            .skip(start)
            .map(|v| v.deref_clone())
            .collect()
    }
}

/// Debug properties of built-in objects whose state is not in properties
/// (for `var_dump`); `None` for ordinary objects.
pub fn var_payload_debug(
    o: &Obj,
) -> Option<
    Vec<(
        crate::value::Key,
        Value,
        Option<crate::interp::class::PropInfo>,
    )>,
> {
    weakrefs::weakmap_debug(o).or_else(|| spl::debug_view(o))
}

/// Properties `var_export` shows for built-in objects whose own view
/// differs from their properties (`ArrayObject`'s elements); `None` for
/// the ordinary property list.
pub fn var_payload_export(o: &Obj) -> Option<crate::value::Arr> {
    spl::properties_view(o)
}

/// Every domain's table, in one place.
fn tables() -> Vec<&'static [BuiltinFunction]> {
    vec![
        var::FUNCTIONS,
        gc::FUNCTIONS,
        memory::FUNCTIONS,
        arrays::FUNCTIONS,
        math::FUNCTIONS,
        funchand::FUNCTIONS,
        classobj::FUNCTIONS,
        errorfunc::FUNCTIONS,
        info::FUNCTIONS,
        misc::FUNCTIONS,
        datetime::FUNCTIONS,
        output_control::FUNCTIONS,
        serialize::FUNCTIONS,
        json::FUNCTIONS,
        spl::FUNCTIONS,
        strings::FUNCTIONS,
        pcre::FUNCTIONS,
        html::FUNCTIONS,
        hash::FUNCTIONS,
        encoding::FUNCTIONS,
        mbstring::FUNCTIONS,
        ctype::FUNCTIONS,
        streams::FUNCTIONS,
        file::FUNCTIONS,
    ]
}

/// Registers all built-in functions and constants.
pub fn register_all(it: &mut Interp) {
    for table in tables() {
        for f in table {
            let lc = Str::interned(f.name.to_ascii_lowercase().as_bytes());
            it.functions
                .insert(lc, crate::interp::function::Callable::Builtin(f));
        }
    }
    constants::register(it);
    arrays::register_constants(it);
    math::register_constants(it);
    errorfunc::register_constants(it);
    info::register_constants(it);
    datetime::register_constants(it);
    output_control::register_constants(it);
    json::register_constants(it);
    strings::register_constants(it);
    pcre::register_constants(it);
    html::register_constants(it);
    encoding::register_constants(it);
    mbstring::register_constants(it);
    streams::register_constants(it);
    file::register_constants(it);
    // Keep last: everything defined so far is the engine's.
    info::snapshot_builtin_constants(it);
}

pub mod constants;
