//! PHP's operators on values: arithmetic (integers overflowing to float),
//! the array union, bitwise operators on integers and on strings,
//! concatenation, loose and strict comparison, increment and decrement.

use super::convert::{to_bool, to_int_scalar};
use super::{Interp, R};
use crate::numeric::{self, Number};
use crate::syntax::ast::BinOp;
use crate::value::{Arr, Str, Value};
use std::cmp::Ordering;

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::Concat => ".",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::And => "&&",
        BinOp::Or => "||",
        BinOp::Xor => "xor",
        BinOp::Eq => "==",
        BinOp::NotEq => "!=",
        BinOp::Identical => "===",
        BinOp::NotIdentical => "!==",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
        BinOp::Spaceship => "<=>",
        BinOp::Coalesce => "??",
    }
}

fn num_value(n: Number) -> Value {
    match n {
        Number::Int(i) => Value::Int(i),
        Number::Float(f) => Value::Float(f),
    }
}

impl Interp {
    /// Applies a binary operator (not the short-circuit ones).
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value, line: u32) -> R<Value> {
        let a = a.deref();
        let b = b.deref();
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                match (a, b) {
                    (Value::Int(x), Value::Int(y)) => {
                        let r = match op {
                            BinOp::Add => x.checked_add(*y),
                            BinOp::Sub => x.checked_sub(*y),
                            _ => x.checked_mul(*y),
                        };
                        return Ok(match r {
                            Some(v) => Value::Int(v),
                            None => Value::Float(float_op(op, *x as f64, *y as f64)),
                        });
                    }
                    (Value::Float(x), Value::Float(y)) => {
                        return Ok(Value::Float(float_op(op, *x, *y)))
                    }
                    (Value::Int(x), Value::Float(y)) => {
                        return Ok(Value::Float(float_op(op, *x as f64, *y)))
                    }
                    (Value::Float(x), Value::Int(y)) => {
                        return Ok(Value::Float(float_op(op, *x, *y as f64)))
                    }
                    (Value::Arr(x), Value::Arr(y)) if op == BinOp::Add => {
                        return Ok(Value::Arr(array_union(x, y)))
                    }
                    _ => {}
                }
                let (x, y) = self.numeric_operands(op, a, b, line)?;
                self.binary_op(op, &num_value(x), &num_value(y), line)
            }
            BinOp::Div => {
                let (x, y) = self.numeric_operands(op, a, b, line)?;
                let yz = match y {
                    Number::Int(0) => true,
                    Number::Float(f) => f == 0.0,
                    _ => false,
                };
                if yz {
                    return Err(self.throw_error("DivisionByZeroError", "Division by zero"));
                }
                Ok(match (x, y) {
                    (Number::Int(x), Number::Int(y)) => {
                        if y == -1 && x == i64::MIN {
                            Value::Float(x as f64 / -1.0)
                        } else if x % y == 0 {
                            Value::Int(x / y)
                        } else {
                            Value::Float(x as f64 / y as f64)
                        }
                    }
                    (x, y) => Value::Float(num_f(x) / num_f(y)),
                })
            }
            BinOp::Mod => {
                let (x, y) = self.int_operands(op, a, b, line)?;
                if y == 0 {
                    return Err(self.throw_error("DivisionByZeroError", "Modulo by zero"));
                }
                if y == -1 {
                    return Ok(Value::Int(0));
                }
                Ok(Value::Int(x % y))
            }
            BinOp::Pow => {
                let (x, y) = self.numeric_operands(op, a, b, line)?;
                Ok(pow(x, y))
            }
            BinOp::Concat => self.concat(a, b),
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
                if let (Value::Str(x), Value::Str(y)) = (a, b) {
                    return Ok(Value::Str(string_bitwise(op, x.as_bytes(), y.as_bytes())));
                }
                let (x, y) = self.int_operands(op, a, b, line)?;
                Ok(Value::Int(match op {
                    BinOp::BitAnd => x & y,
                    BinOp::BitOr => x | y,
                    _ => x ^ y,
                }))
            }
            BinOp::Shl | BinOp::Shr => {
                let (x, y) = self.int_operands(op, a, b, line)?;
                if y < 0 {
                    return Err(self.throw_error("ArithmeticError", "Bit shift by negative number"));
                }
                Ok(Value::Int(if op == BinOp::Shl {
                    if y >= 64 {
                        0
                    } else {
                        x.wrapping_shl(y as u32)
                    }
                } else if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }))
            }
            BinOp::Xor => Ok(Value::Bool(to_bool(a) ^ to_bool(b))),
            BinOp::Eq => Ok(Value::Bool(self.loose_eq(a, b)?)),
            BinOp::NotEq => Ok(Value::Bool(!self.loose_eq(a, b)?)),
            BinOp::Identical => Ok(Value::Bool(strict_eq(a, b))),
            BinOp::NotIdentical => Ok(Value::Bool(!strict_eq(a, b))),
            BinOp::Lt => Ok(Value::Bool(self.compare(a, b)? < 0)),
            BinOp::Le => Ok(Value::Bool(self.compare(a, b)? <= 0)),
            BinOp::Gt => Ok(Value::Bool(self.compare(b, a)? < 0)),
            BinOp::Ge => Ok(Value::Bool(self.compare(b, a)? <= 0)),
            BinOp::Spaceship => Ok(Value::Int(self.compare(a, b)? as i64)),
            BinOp::And | BinOp::Or | BinOp::Coalesce => {
                unreachable!("short-circuit operators are evaluated lazily")
            }
        }
    }

    /// `$a . $b`. As Zend's `concat_function`, an empty operand yields the
    /// other operand's string itself (shared, not copied).
    pub fn concat(&mut self, a: &Value, b: &Value) -> R<Value> {
        let x = self.to_str(a)?;
        let y = self.to_str(b)?;
        if x.is_empty() {
            return Ok(Value::Str(y));
        }
        if y.is_empty() {
            return Ok(Value::Str(x));
        }
        Ok(Value::Str(Str::concat(&[x.as_bytes(), y.as_bytes()])))
    }

    fn unsupported(&mut self, op: BinOp, a: &Value, b: &Value) -> super::Unwind {
        let msg = format!(
            "Unsupported operand types: {} {} {}",
            a.type_name(),
            op_symbol(op),
            b.type_name()
        );
        self.throw_error("TypeError", &msg)
    }

    fn operand_number(&mut self, v: &Value, line: u32) -> R<Option<Number>> {
        Ok(match v {
            Value::Undef | Value::Null => Some(Number::Int(0)),
            Value::Bool(b) => Some(Number::Int(*b as i64)),
            Value::Int(i) => Some(Number::Int(*i)),
            Value::Float(f) => Some(Number::Float(*f)),
            Value::Str(s) => {
                let s = s.clone();
                self.str_to_number(s.as_bytes(), line)?
            }
            _ => None,
        })
    }

    fn numeric_operands(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        line: u32,
    ) -> R<(Number, Number)> {
        if !is_arithmetic_operand(a) || !is_arithmetic_operand(b) {
            return Err(self.unsupported(op, a, b));
        }
        let x = self.operand_number(a, line)?;
        let Some(x) = x else {
            return Err(self.unsupported(op, a, b));
        };
        let y = self.operand_number(b, line)?;
        let Some(y) = y else {
            return Err(self.unsupported(op, a, b));
        };
        Ok((x, y))
    }

    fn int_operands(&mut self, op: BinOp, a: &Value, b: &Value, line: u32) -> R<(i64, i64)> {
        if !is_arithmetic_operand(a) || !is_arithmetic_operand(b) {
            return Err(self.unsupported(op, a, b));
        }
        let x = self.operand_to_int(a, line)?;
        let Some(x) = x else {
            return Err(self.unsupported(op, a, b));
        };
        let y = self.operand_to_int(b, line)?;
        let Some(y) = y else {
            return Err(self.unsupported(op, a, b));
        };
        Ok((x, y))
    }

    /// Unary minus and plus (`-$a` is `$a * -1` in PHP).
    pub fn negate(&mut self, v: &Value, line: u32) -> R<Value> {
        match v.deref() {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::Float(-(*i as f64)),
            }),
            Value::Float(f) => Ok(Value::Float(-f)),
            other => {
                let other = other.clone();
                self.binary_op(BinOp::Mul, &other, &Value::Int(-1), line)
            }
        }
    }

    pub fn unary_plus(&mut self, v: &Value, line: u32) -> R<Value> {
        match v.deref() {
            Value::Int(i) => Ok(Value::Int(*i)),
            Value::Float(f) => Ok(Value::Float(*f)),
            other => {
                let other = other.clone();
                self.binary_op(BinOp::Mul, &other, &Value::Int(1), line)
            }
        }
    }

    pub fn bit_not(&mut self, v: &Value) -> R<Value> {
        match v.deref() {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Float(f) => {
                let line = self.current_line();
                Ok(Value::Int(!self.float_operand_to_int(*f, line)?))
            }
            Value::Str(s) => Ok(Value::Str(Str::with_filler(s.len(), |out| {
                for (o, b) in out.iter_mut().zip(s.as_bytes()) {
                    *o = !b;
                }
            }))),
            other => {
                let msg = format!("Cannot perform bitwise not on {}", other.type_name());
                Err(self.throw_error("TypeError", &msg))
            }
        }
    }

    /// PHP 8's loose equality (`==`).
    pub fn loose_eq(&mut self, a: &Value, b: &Value) -> R<bool> {
        let a = a.deref();
        let b = b.deref();
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x == y),
            (Value::Str(x), Value::Str(y)) => {
                if x.ptr_eq(y) {
                    return Ok(true);
                }
                Ok(
                    match numeric::compare_numeric_strings(x.as_bytes(), y.as_bytes()) {
                        Some(o) => o == Ordering::Equal,
                        None => x.as_bytes() == y.as_bytes(),
                    },
                )
            }
            (Value::Bool(x), _) => Ok(*x == to_bool(b)),
            (_, Value::Bool(y)) => Ok(to_bool(a) == *y),
            (Value::Obj(x), Value::Obj(y)) if x.ptr_eq(y) => Ok(true),
            _ => Ok(self.compare(a, b)? == 0),
        }
    }

    /// PHP 8's comparison (`zend_compare`): -1, 0 or 1. Values that cannot
    /// be ordered (arrays with different keys, objects of different
    /// classes) give 1.
    pub fn compare(&mut self, a: &Value, b: &Value) -> R<i32> {
        let a = a.deref();
        let b = b.deref();
        Ok(match (a, b) {
            (Value::Int(x), Value::Int(y)) => ord(x.cmp(y)),
            (Value::Int(x), Value::Float(y)) => ord(numeric::compare_floats(*x as f64, *y)),
            (Value::Float(x), Value::Int(y)) => ord(numeric::compare_floats(*x, *y as f64)),
            (Value::Float(x), Value::Float(y)) => ord(numeric::compare_floats(*x, *y)),
            (Value::Str(x), Value::Str(y)) => {
                if x.ptr_eq(y) {
                    0
                } else {
                    match numeric::compare_numeric_strings(x.as_bytes(), y.as_bytes()) {
                        Some(o) => ord(o),
                        None => ord(numeric::compare_strings(x.as_bytes(), y.as_bytes())),
                    }
                }
            }
            (Value::Undef | Value::Null, Value::Undef | Value::Null) => 0,
            (Value::Undef | Value::Null, Value::Bool(y)) => ord(false.cmp(y)),
            (Value::Bool(x), Value::Undef | Value::Null) => ord(x.cmp(&false)),
            (Value::Bool(x), _) => ord(x.cmp(&to_bool(b))),
            (_, Value::Bool(y)) => ord(to_bool(a).cmp(y)),
            (Value::Undef | Value::Null, Value::Str(y)) => {
                if y.is_empty() {
                    0
                } else {
                    -1
                }
            }
            (Value::Str(x), Value::Undef | Value::Null) => {
                if x.is_empty() {
                    0
                } else {
                    1
                }
            }
            (Value::Undef | Value::Null, Value::Obj(_)) => -1,
            (Value::Obj(_), Value::Undef | Value::Null) => 1,
            (Value::Undef | Value::Null, _) => ord(false.cmp(&to_bool(b))),
            (_, Value::Undef | Value::Null) => ord(to_bool(a).cmp(&false)),
            (Value::Int(x), Value::Str(y)) => {
                ord(numeric::compare_int_with_string(*x, y.as_bytes()))
            }
            (Value::Str(x), Value::Int(y)) => {
                -ord(numeric::compare_int_with_string(*y, x.as_bytes()))
            }
            // NaN is uncomparable: 1 whichever side it is on.
            (Value::Float(x), Value::Str(_)) if x.is_nan() => 1,
            (Value::Str(_), Value::Float(y)) if y.is_nan() => 1,
            (Value::Float(x), Value::Str(y)) => ord(numeric::compare_float_with_string(
                *x,
                y.as_bytes(),
                self.settings.precision,
            )),
            (Value::Str(x), Value::Float(y)) => -ord(numeric::compare_float_with_string(
                *y,
                x.as_bytes(),
                self.settings.precision,
            )),
            (Value::Arr(x), Value::Arr(y)) => self.compare_arrays(x, y)?,
            (Value::Arr(_), _) => 1,
            (_, Value::Arr(_)) => -1,
            (Value::Obj(x), Value::Obj(y)) => {
                if x.ptr_eq(y) {
                    0
                } else if !std::rc::Rc::ptr_eq(x.class(), y.class()) || x.class().is_enum() {
                    1
                } else {
                    self.compare_objects(x, y)?
                }
            }
            // Enums compare to nothing but themselves.
            (Value::Obj(o), _) | (_, Value::Obj(o)) if o.class().is_enum() => 1,
            (Value::Obj(o), Value::Str(s)) => {
                if o.class().magic_tostring.is_some() {
                    let os = self.object_to_string(&o.clone())?;
                    ord(numeric::compare_strings(os.as_bytes(), s.as_bytes()))
                } else {
                    1
                }
            }
            (Value::Str(s), Value::Obj(o)) => {
                if o.class().magic_tostring.is_some() {
                    let os = self.object_to_string(&o.clone())?;
                    ord(numeric::compare_strings(s.as_bytes(), os.as_bytes()))
                } else {
                    -1
                }
            }
            // An object against a number converts to 1, with a notice
            // (zend_std_compare_objects).
            (Value::Obj(o), Value::Int(_) | Value::Float(_))
            | (Value::Int(_) | Value::Float(_), Value::Obj(o)) => {
                let object_lhs = matches!(a, Value::Obj(_));
                let other = if object_lhs { b } else { a };
                let target = if matches!(other, Value::Int(_)) {
                    "int"
                } else {
                    "float"
                };
                let msg = format!(
                    "Object of class {} could not be converted to {}",
                    String::from_utf8_lossy(o.class().display_name()),
                    target
                );
                let line = self.current_line();
                self.notice(line, &msg)?;
                let one = if matches!(other, Value::Int(_)) {
                    Value::Int(1)
                } else {
                    Value::Float(1.0)
                };
                let other = other.clone();
                if object_lhs {
                    self.compare(&one, &other)?
                } else {
                    self.compare(&other, &one)?
                }
            }
            (Value::Obj(_), _) => 1,
            (_, Value::Obj(_)) => -1,
            // What is left pairs a resource with a resource, a number or a
            // string: both compare as numbers, a resource as its id.
            _ => compare_numbers(compared_number(a), compared_number(b)),
        })
    }

    fn compare_arrays(&mut self, x: &Arr, y: &Arr) -> R<i32> {
        if x.ptr_eq(y) {
            return Ok(0);
        }
        let (lx, ly) = (x.len(), y.len());
        if lx != ly {
            return Ok(if lx < ly { -1 } else { 1 });
        }
        let x = x.clone();
        let y = y.clone();
        for (k, v) in x.table().iter() {
            let other = match k {
                crate::value::KeyRef::Int(i) => y.table().get_int(i),
                crate::value::KeyRef::Str(s) => y.table().get_str(s),
            };
            let Some(other) = other else { return Ok(1) };
            let (v, other) = (v.clone(), other.clone());
            let c = self.compare(&v, &other)?;
            if c != 0 {
                return Ok(c);
            }
        }
        Ok(0)
    }

    fn compare_objects(&mut self, x: &crate::value::Obj, y: &crate::value::Obj) -> R<i32> {
        let n = x.props().len();
        for i in 0..n {
            let a = x.props()[i].clone();
            let b = y.props()[i].clone();
            match (a.is_undef(), b.is_undef()) {
                (true, true) => continue,
                (true, false) => return Ok(-1),
                (false, true) => return Ok(1),
                _ => {}
            }
            let c = self.compare(&a, &b)?;
            if c != 0 {
                return Ok(c);
            }
        }
        match (x.dyn_props(), y.dyn_props()) {
            (None, None) => Ok(0),
            (Some(a), Some(b)) => {
                let a = Arr::from_table(a.map_clone(|v| v.clone()));
                let b = Arr::from_table(b.map_clone(|v| v.clone()));
                self.compare_arrays(&a, &b)
            }
            (Some(a), None) => Ok(if a.is_empty() { 0 } else { 1 }),
            (None, Some(b)) => Ok(if b.is_empty() { 0 } else { -1 }),
        }
    }
}

fn ord(o: Ordering) -> i32 {
    match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

fn num_f(n: Number) -> f64 {
    match n {
        Number::Int(i) => i as f64,
        Number::Float(f) => f,
    }
}

fn float_op(op: BinOp, x: f64, y: f64) -> f64 {
    match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        _ => x * y,
    }
}

fn pow(x: Number, y: Number) -> Value {
    if let (Number::Int(b), Number::Int(e)) = (x, y) {
        if e >= 0 {
            let mut result: i64 = 1;
            let mut base = b;
            let mut exp = e;
            let mut overflow = false;
            while exp > 0 {
                if exp & 1 == 1 {
                    match result.checked_mul(base) {
                        Some(r) => result = r,
                        None => {
                            overflow = true;
                            break;
                        }
                    }
                }
                exp >>= 1;
                if exp > 0 {
                    match base.checked_mul(base) {
                        Some(r) => base = r,
                        None => {
                            overflow = true;
                            break;
                        }
                    }
                }
            }
            if !overflow {
                return Value::Int(result);
            }
            return Value::Float((b as f64).powf(e as f64));
        }
    }
    Value::Float(num_f(x).powf(num_f(y)))
}

/// An integer comparison operator's result (`None` for other operators).
#[inline(always)]
pub fn compare_ints(op: BinOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        BinOp::Lt => x < y,
        BinOp::Le => x <= y,
        BinOp::Gt => x > y,
        BinOp::Ge => x >= y,
        BinOp::Eq | BinOp::Identical => x == y,
        BinOp::NotEq | BinOp::NotIdentical => x != y,
        _ => return None,
    })
}

/// Binary operators on two ints or floats that need nothing from the
/// interpreter (no warnings, no errors); `None` sends the caller to the
/// general path.
#[inline(always)]
pub fn fast_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            Some(match op {
                BinOp::Add => match x.checked_add(y) {
                    Some(v) => Value::Int(v),
                    None => Value::Float(x as f64 + y as f64),
                },
                BinOp::Sub => match x.checked_sub(y) {
                    Some(v) => Value::Int(v),
                    None => Value::Float(x as f64 - y as f64),
                },
                BinOp::Mul => match x.checked_mul(y) {
                    Some(v) => Value::Int(v),
                    None => Value::Float(x as f64 * y as f64),
                },
                BinOp::Mod if y != 0 && y != -1 => Value::Int(x % y),
                BinOp::Div if y != 0 && !(x == i64::MIN && y == -1) => {
                    if x % y == 0 {
                        Value::Int(x / y)
                    } else {
                        Value::Float(x as f64 / y as f64)
                    }
                }
                BinOp::BitAnd => Value::Int(x & y),
                BinOp::BitOr => Value::Int(x | y),
                BinOp::BitXor => Value::Int(x ^ y),
                BinOp::Shl if (0..64).contains(&y) => Value::Int(x.wrapping_shl(y as u32)),
                BinOp::Shr if (0..64).contains(&y) => Value::Int(x >> y),
                BinOp::Spaceship => Value::Int(ord(x.cmp(&y)) as i64),
                _ => return compare_ints(op, x, y).map(Value::Bool),
            })
        }
        (Value::Float(_), Value::Float(_))
        | (Value::Int(_), Value::Float(_))
        | (Value::Float(_), Value::Int(_)) => {
            let x = match a {
                Value::Int(i) => *i as f64,
                Value::Float(f) => *f,
                _ => return None,
            };
            let y = match b {
                Value::Int(i) => *i as f64,
                Value::Float(f) => *f,
                _ => return None,
            };
            Some(match op {
                BinOp::Add => Value::Float(x + y),
                BinOp::Sub => Value::Float(x - y),
                BinOp::Mul => Value::Float(x * y),
                BinOp::Div if y != 0.0 => Value::Float(x / y),
                BinOp::Lt => Value::Bool(x < y),
                BinOp::Le => Value::Bool(x <= y),
                BinOp::Gt => Value::Bool(x > y),
                BinOp::Ge => Value::Bool(x >= y),
                BinOp::Eq => Value::Bool(x == y),
                BinOp::NotEq => Value::Bool(x != y),
                _ => return None,
            })
        }
        _ => None,
    }
}

/// `$a + $b` for arrays: keys of `$b` missing from `$a` are added.
pub fn array_union(x: &Arr, y: &Arr) -> Arr {
    if y.is_empty() {
        return x.clone();
    }
    if x.is_empty() {
        return y.clone();
    }
    let mut r = x.clone();
    for (k, v) in y.table().iter() {
        let key = k.to_owned();
        if !r.table().contains_key(&key) {
            r.table_mut().insert(key, v.clone());
        }
    }
    r
}

fn string_bitwise(op: BinOp, x: &[u8], y: &[u8]) -> Str {
    let len = if op == BinOp::BitOr {
        x.len().max(y.len())
    } else {
        x.len().min(y.len())
    };
    Str::with_filler(len, |out| {
        for (i, o) in out.iter_mut().enumerate() {
            let a = x.get(i).copied().unwrap_or(0);
            let b = y.get(i).copied().unwrap_or(0);
            *o = match op {
                BinOp::BitAnd => a & b,
                BinOp::BitOr => a | b,
                _ => a ^ b,
            };
        }
    })
}

/// `===`
pub fn strict_eq(a: &Value, b: &Value) -> bool {
    let a = a.deref();
    let b = b.deref();
    match (a, b) {
        (Value::Undef | Value::Null, Value::Undef | Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x.ptr_eq(y) || x.as_bytes() == y.as_bytes(),
        (Value::Arr(x), Value::Arr(y)) => {
            if x.ptr_eq(y) {
                return true;
            }
            if x.len() != y.len() {
                return false;
            }
            x.table()
                .iter()
                .zip(y.table().iter())
                .all(|((ka, va), (kb, vb))| {
                    let keys_equal = match (ka, kb) {
                        (crate::value::KeyRef::Int(i), crate::value::KeyRef::Int(j)) => i == j,
                        (crate::value::KeyRef::Str(s), crate::value::KeyRef::Str(t)) => {
                            s.as_bytes() == t.as_bytes()
                        }
                        _ => false,
                    };
                    keys_equal && strict_eq(va, vb)
                })
        }
        (Value::Obj(x), Value::Obj(y)) => x.ptr_eq(y),
        (Value::Res(x), Value::Res(y)) => x.ptr_eq(y),
        _ => false,
    }
}

/// Whether arithmetic accepts the operand at all (arrays, objects and
/// resources give "Unsupported operand types").
fn is_arithmetic_operand(v: &Value) -> bool {
    !matches!(v, Value::Arr(_) | Value::Obj(_) | Value::Res(_))
}

/// A scalar or resource as a number for comparison, without warnings
/// (Zend's `_zendi_convert_scalar_to_number_silent`).
fn compared_number(v: &Value) -> Number {
    match v {
        Value::Res(r) => Number::Int(r.id()),
        Value::Float(f) => Number::Float(*f),
        Value::Str(s) => match numeric::parse_numeric(s.as_bytes()) {
            numeric::NumericParse::Numeric(n) | numeric::NumericParse::LeadingNumeric(n) => n,
            numeric::NumericParse::NonNumeric => Number::Int(0),
        },
        other => Number::Int(to_int_scalar(other)),
    }
}

fn compare_numbers(a: Number, b: Number) -> i32 {
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => ord(x.cmp(&y)),
        (x, y) => ord(numeric::compare_floats(num_f(x), num_f(y))),
    }
}

/// `++` and `--` on a value (returns the new value).
pub fn inc_dec_value(it: &mut Interp, v: &Value, increment: bool) -> R<Value> {
    Ok(match v.deref() {
        Value::Int(i) => {
            let r = if increment {
                i.checked_add(1)
            } else {
                i.checked_sub(1)
            };
            match r {
                Some(r) => Value::Int(r),
                None => Value::Float(*i as f64 + if increment { 1.0 } else { -1.0 }),
            }
        }
        Value::Float(f) => Value::Float(if increment { f + 1.0 } else { f - 1.0 }),
        Value::Undef | Value::Null => {
            if increment {
                Value::Int(1)
            } else {
                Value::Null
            }
        }
        Value::Bool(b) => Value::Bool(*b),
        Value::Str(s) => {
            if s.is_empty() {
                return Ok(if increment {
                    Value::Str(Str::single_char(b'1'))
                } else {
                    Value::Int(-1)
                });
            }
            match numeric::parse_numeric(s.as_bytes()) {
                numeric::NumericParse::Numeric(Number::Int(i)) => {
                    let r = if increment {
                        i.checked_add(1)
                    } else {
                        i.checked_sub(1)
                    };
                    match r {
                        Some(r) => Value::Int(r),
                        None => Value::Float(i as f64 + if increment { 1.0 } else { -1.0 }),
                    }
                }
                numeric::NumericParse::Numeric(Number::Float(f)) => {
                    Value::Float(if increment { f + 1.0 } else { f - 1.0 })
                }
                _ => {
                    if increment {
                        Value::Str(Str::new(&numeric::increment_string(s.as_bytes())))
                    } else {
                        Value::Str(s.clone())
                    }
                }
            }
        }
        Value::Arr(_) => {
            let msg = format!(
                "Cannot {} array",
                if increment { "increment" } else { "decrement" }
            );
            return Err(it.throw_error("TypeError", &msg));
        }
        Value::Res(_) => {
            let msg = format!(
                "Cannot {} resource",
                if increment { "increment" } else { "decrement" }
            );
            return Err(it.throw_error("TypeError", &msg));
        }
        Value::Obj(o) => {
            let msg = format!(
                "Cannot {} {}",
                if increment { "increment" } else { "decrement" },
                String::from_utf8_lossy(o.class_name().as_bytes())
            );
            return Err(it.throw_error("TypeError", &msg));
        }
        Value::Ref(_) => unreachable!("deref above"),
    })
}
