//! PHP's type conversions: to bool, int, float, string and number, with the
//! warnings and errors PHP 8.2 gives for each source type.

use super::{Interp, R};
use crate::numeric::{self, Number, NumericParse};
use crate::value::{Str, Value};

/// Truthiness (PHP's `zend_is_true`).
pub fn to_bool(v: &Value) -> bool {
    match v {
        Value::Undef | Value::Null => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !(s.is_empty() || s.as_bytes() == b"0"),
        Value::Arr(a) => !a.is_empty(),
        Value::Obj(_) | Value::Res(_) => true,
        Value::Ref(r) => to_bool(r.get()),
    }
}

/// `(int)` of a value that is not an object (objects need the interpreter).
pub fn to_int_scalar(v: &Value) -> i64 {
    match v {
        Value::Undef | Value::Null => 0,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => *i,
        Value::Float(f) => numeric::float_to_int(*f),
        Value::Str(s) => numeric::str_to_int(s.as_bytes()),
        Value::Arr(a) => !a.is_empty() as i64,
        Value::Obj(_) => 1,
        Value::Res(r) => r.id(),
        Value::Ref(r) => to_int_scalar(r.get()),
    }
}

/// `(float)` of a value.
pub fn to_float_scalar(v: &Value) -> f64 {
    match v {
        Value::Undef | Value::Null => 0.0,
        Value::Bool(b) => *b as i64 as f64,
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Str(s) => numeric::str_to_float(s.as_bytes()),
        Value::Arr(a) => !a.is_empty() as i64 as f64,
        Value::Obj(_) => 1.0,
        Value::Res(r) => r.id() as f64,
        Value::Ref(r) => to_float_scalar(r.get()),
    }
}

/// Decimal text of an integer; single digits are the interned one-byte
/// strings, as in PHP.
pub fn int_to_str(i: i64) -> Str {
    if (0..=9).contains(&i) {
        return Str::single_char(b'0' + i as u8);
    }
    let mut buf = itoa_buf(i);
    Str::new(buf.as_bytes_mut())
}

struct ItoaBuf {
    bytes: [u8; 20],
    start: usize,
}

impl ItoaBuf {
    fn as_bytes_mut(&mut self) -> &[u8] {
        &self.bytes[self.start..]
    }
}

fn itoa_buf(i: i64) -> ItoaBuf {
    let mut bytes = [0u8; 20];
    let mut pos = 20;
    let neg = i < 0;
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        bytes[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if neg {
        pos -= 1;
        bytes[pos] = b'-';
    }
    ItoaBuf { bytes, start: pos }
}

/// Appends the decimal text of `i` to `out`.
pub fn push_int(out: &mut Vec<u8>, i: i64) {
    let mut b = itoa_buf(i);
    out.extend_from_slice(b.as_bytes_mut());
}

impl Interp {
    /// Text of a float as `echo` prints it (ini `precision`).
    pub fn float_to_string(&self, f: f64) -> String {
        numeric::format_float(f, self.settings.precision)
    }

    /// String conversion (`(string)`, `echo`, `.`): arrays give `"Array"`
    /// with a warning, objects use `__toString`.
    pub fn to_str(&mut self, v: &Value) -> R<Str> {
        Ok(match v {
            Value::Str(s) => s.clone(),
            Value::Undef | Value::Null => Str::empty(),
            Value::Bool(true) => Str::single_char(b'1'),
            Value::Bool(false) => Str::empty(),
            Value::Int(i) => int_to_str(*i),
            Value::Float(f) => Str::new(self.float_to_string(*f).as_bytes()),
            Value::Arr(_) => {
                let line = self.current_line();
                self.warn(line, "Array to string conversion")?;
                Str::interned(b"Array")
            }
            Value::Obj(o) => {
                let o = o.clone();
                return self.object_to_string(&o);
            }
            Value::Res(r) => Str::new(format!("Resource id #{}", r.id()).as_bytes()),
            Value::Ref(r) => {
                let inner = r.get().clone();
                return self.to_str(&inner);
            }
        })
    }

    /// Appends the string form of `v` to `out`.
    pub fn append_str(&mut self, out: &mut Vec<u8>, v: &Value) -> R<()> {
        match v {
            Value::Str(s) => out.extend_from_slice(s.as_bytes()),
            Value::Int(i) => push_int(out, *i),
            Value::Undef | Value::Null | Value::Bool(false) => {}
            Value::Bool(true) => out.push(b'1'),
            _ => {
                let s = self.to_str(v)?;
                out.extend_from_slice(s.as_bytes());
            }
        }
        Ok(())
    }

    pub fn object_to_string(&mut self, o: &crate::value::Obj) -> R<Str> {
        if o.class().magic_tostring.is_some() {
            let r = self.call_method(o, b"__tostring", Vec::new())?;
            return match r {
                Value::Str(s) => Ok(s),
                other => Err(self.throw_error(
                    "Error",
                    &format!(
                        "{}::__toString(): Return value must be of type string, {} returned",
                        String::from_utf8_lossy(o.class_name().as_bytes()),
                        other.type_name()
                    ),
                )),
            };
        }
        Err(self.throw_error(
            "Error",
            &format!(
                "Object of class {} could not be converted to string",
                String::from_utf8_lossy(o.class_name().as_bytes())
            ),
        ))
    }

    /// `(int)` cast, with the warning PHP gives for objects.
    pub fn to_int(&mut self, v: &Value) -> R<i64> {
        match v.deref() {
            Value::Obj(o) => {
                let msg = format!(
                    "Object of class {} could not be converted to int",
                    String::from_utf8_lossy(o.class_name().as_bytes())
                );
                let line = self.current_line();
                self.warn(line, &msg)?;
                Ok(1)
            }
            other => Ok(to_int_scalar(other)),
        }
    }

    /// `(float)` cast, with the warning PHP gives for objects.
    pub fn to_float(&mut self, v: &Value) -> R<f64> {
        match v.deref() {
            Value::Obj(o) => {
                let msg = format!(
                    "Object of class {} could not be converted to float",
                    String::from_utf8_lossy(o.class_name().as_bytes())
                );
                let line = self.current_line();
                self.warn(line, &msg)?;
                Ok(1.0)
            }
            other => Ok(to_float_scalar(other)),
        }
    }

    /// A string's number for arithmetic: numeric strings silently, leading
    /// numeric ones with `A non-numeric value encountered`; `None` for
    /// non-numeric strings (the caller throws).
    pub fn str_to_number(&mut self, s: &[u8], line: u32) -> R<Option<Number>> {
        match numeric::parse_numeric(s) {
            NumericParse::Numeric(n) => Ok(Some(n)),
            NumericParse::LeadingNumeric(n) => {
                self.warn(line, "A non-numeric value encountered")?;
                Ok(Some(n))
            }
            NumericParse::NonNumeric => Ok(None),
        }
    }

    /// An integer operand for `%`, `<<`, `|`... (`zendi_try_get_long`).
    /// `None` means the operand type is unsupported.
    pub fn operand_to_int(&mut self, v: &Value, line: u32) -> R<Option<i64>> {
        Ok(Some(match v.deref() {
            Value::Undef | Value::Null => 0,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => *i,
            Value::Float(f) => self.float_operand_to_int(*f, line)?,
            Value::Str(s) => {
                let s = s.clone();
                match self.str_to_number(s.as_bytes(), line)? {
                    Some(Number::Int(i)) => i,
                    Some(Number::Float(f)) => {
                        if !f.is_finite() || !numeric::float_is_int_compatible(f) {
                            let shown = String::from_utf8_lossy(s.as_bytes()).into_owned();
                            self.deprecated(
                                line,
                                &format!("Implicit conversion from float-string \"{}\" to int loses precision", shown),
                            )?;
                        }
                        numeric::float_to_int(f)
                    }
                    None => return Ok(None),
                }
            }
            _ => return Ok(None),
        }))
    }

    /// A float used where an integer is needed (`zend_dval_to_lval` with
    /// the 8.1 deprecation when the fractional part or range is lost).
    pub fn float_operand_to_int(&mut self, f: f64, line: u32) -> R<i64> {
        if !f.is_finite() || !numeric::float_is_int_compatible(f) {
            let shown = self.float_to_string_repr(f);
            self.deprecated(
                line,
                &format!(
                    "Implicit conversion from float {} to int loses precision",
                    shown
                ),
            )?;
        }
        Ok(numeric::float_to_int(f))
    }

    /// A float as `var_export`/`var_dump` show it (`serialize_precision`).
    pub fn float_to_string_repr(&self, f: f64) -> String {
        numeric::format_float_repr(f, self.settings.serialize_precision)
    }
}
