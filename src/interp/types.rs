//! Type declarations at run time: checking and coercing arguments, return
//! values and typed properties as PHP 8.2 does in weak mode
//! (`declare(strict_types=1)` is not honoured yet).

use super::class::{Class, PropInfo};
use super::{Interp, R};
use crate::compile::ir::{BuiltinType as B, FuncDef, Param, Type};
pub use crate::compile::type_text::{type_to_string, type_to_string_resolved, TypeScope};
use crate::numeric::{self, Number, NumericParse};
use crate::value::Value;

fn allows_null(t: &Type) -> bool {
    match t {
        Type::Builtin(B::Null | B::Mixed) => true,
        Type::Nullable(_) => true,
        Type::Union(ts) => ts.iter().any(allows_null),
        _ => false,
    }
}

/// Whether `t` takes `v` as it is, decided without the interpreter; `None`
/// when only the full check can tell (callables, `self`, coercions).
#[inline]
pub fn accepts_without_coercion(t: &Type, v: &Value) -> Option<bool> {
    match (t, v) {
        (Type::Nullable(_), Value::Null) => Some(true),
        (Type::Nullable(inner), v) => accepts_as_it_is(inner, v),
        (t, v) => accepts_as_it_is(t, v),
    }
}

/// `accepts_without_coercion` for a type that is not nullable (or nullable
/// once more: left to the full check).
#[inline(always)]
fn accepts_as_it_is(t: &Type, v: &Value) -> Option<bool> {
    match (t, v) {
        (Type::Class(_, lc), Value::Obj(o)) => {
            // The object's own class, when both names are the same interned
            // string: no byte comparison.
            if o.class().lc_name.ptr_eq(lc) {
                return Some(true);
            }
            let lc = lc.as_bytes();
            let lc = if lc.first() == Some(&b'\\') {
                &lc[1..]
            } else {
                lc
            };
            Some(o.class().instance_of_name(lc))
        }
        (Type::Builtin(b), v) => match (b, v) {
            (B::Mixed, _)
            | (B::Int, Value::Int(_))
            | (B::Float, Value::Float(_))
            | (B::String, Value::Str(_))
            | (B::Bool, Value::Bool(_))
            | (B::Array | B::Iterable, Value::Arr(_))
            | (B::Object, Value::Obj(_)) => Some(true),
            _ => None,
        },
        _ => None,
    }
}

impl Interp {
    /// Does `v` satisfy `t` without conversion?
    fn type_accepts(&mut self, t: &Type, v: &Value, self_class: Option<&Class>) -> R<bool> {
        Ok(match t {
            Type::Nullable(inner) => v.is_null() || self.type_accepts(inner, v, self_class)?,
            Type::Union(ts) => {
                for t in ts {
                    if self.type_accepts(t, v, self_class)? {
                        return Ok(true);
                    }
                }
                false
            }
            Type::Intersection(ts) => {
                for t in ts {
                    if !self.type_accepts(t, v, self_class)? {
                        return Ok(false);
                    }
                }
                true
            }
            Type::Class(name, lc) => match v {
                Value::Obj(o) => {
                    let lc = lc.as_bytes();
                    let lc = if lc.first() == Some(&b'\\') {
                        &lc[1..]
                    } else {
                        lc
                    };
                    if o.class().instance_of_name(lc) {
                        true
                    } else {
                        let _ = name;
                        false
                    }
                }
                _ => false,
            },
            Type::Builtin(b) => match (b, v) {
                (B::Mixed, _) => true,
                (B::Int, Value::Int(_)) => true,
                (B::Float, Value::Float(_)) => true,
                (B::String, Value::Str(_)) => true,
                (B::Bool, Value::Bool(_)) => true,
                (B::False, Value::Bool(false)) => true,
                (B::True, Value::Bool(true)) => true,
                (B::Null, Value::Null | Value::Undef) => true,
                (B::Void, Value::Null | Value::Undef) => true,
                (B::Array, Value::Arr(_)) => true,
                (B::Iterable, Value::Arr(_)) => true,
                (B::Iterable, Value::Obj(o)) => o.class().instance_of_name(b"traversable"),
                (B::Object, Value::Obj(_)) => true,
                (B::Callable, _) => self.try_resolve_callable(v)?.is_ok(),
                (B::SelfType, Value::Obj(o)) => {
                    self_class.is_some_and(|c| o.class().is_subclass_of(c))
                }
                (B::Static, Value::Obj(o)) => match self.frame().static_class.clone() {
                    Some(c) => o.class().is_subclass_of(&c),
                    None => self_class.is_some_and(|c| o.class().is_subclass_of(c)),
                },
                (B::Parent, Value::Obj(o)) => self_class
                    .and_then(|c| c.parent.as_deref())
                    .is_some_and(|p| o.class().is_subclass_of(p)),
                _ => false,
            },
        })
    }

    /// Weak-mode scalar coercion of `v` to `t` (PHP's
    /// `zend_verify_weak_scalar_type_hint`). `None`: not coercible.
    fn coerce_scalar(&mut self, t: &Type, v: &Value) -> R<Option<Value>> {
        let has = |b: B| type_has(t, b);
        match v {
            Value::Obj(o) => {
                if has(B::String) && o.class().magic_tostring.is_some() {
                    let o = o.clone();
                    return Ok(Some(Value::Str(self.object_to_string(&o)?)));
                }
                return Ok(None);
            }
            Value::Arr(_) | Value::Null | Value::Undef => return Ok(None),
            _ => {}
        }
        if has(B::Int) {
            match v {
                Value::Float(f) => {
                    if numeric::float_is_int_compatible(*f) {
                        return Ok(Some(Value::Int(*f as i64)));
                    }
                    if !has(B::Float) && !has(B::String) && f.is_finite() {
                        let shown = self.float_to_string_repr(*f);
                        let line = self.current_line();
                        self.deprecated(
                            line,
                            &format!(
                                "Implicit conversion from float {} to int loses precision",
                                shown
                            ),
                        )?;
                        return Ok(Some(Value::Int(numeric::float_to_int(*f))));
                    }
                }
                Value::Bool(b) => return Ok(Some(Value::Int(*b as i64))),
                Value::Str(s) => {
                    if let NumericParse::Numeric(n) = numeric::parse_numeric(s.as_bytes()) {
                        match n {
                            Number::Int(i) => return Ok(Some(Value::Int(i))),
                            Number::Float(f) if has(B::Float) => return Ok(Some(Value::Float(f))),
                            Number::Float(f) if numeric::float_is_int_compatible(f) => {
                                return Ok(Some(Value::Int(f as i64)))
                            }
                            Number::Float(_) => {}
                        }
                    }
                }
                _ => {}
            }
        }
        if has(B::Float) {
            match v {
                Value::Int(i) => return Ok(Some(Value::Float(*i as f64))),
                Value::Bool(b) => return Ok(Some(Value::Float(*b as i64 as f64))),
                Value::Str(s) => {
                    if let NumericParse::Numeric(n) = numeric::parse_numeric(s.as_bytes()) {
                        return Ok(Some(match n {
                            Number::Int(i) => Value::Float(i as f64),
                            Number::Float(f) => Value::Float(f),
                        }));
                    }
                }
                _ => {}
            }
        }
        if has(B::String) {
            match v {
                Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                    return Ok(Some(Value::Str(self.to_str(v)?)))
                }
                _ => {}
            }
        }
        if has(B::Bool) {
            match v {
                Value::Int(_) | Value::Float(_) | Value::Str(_) => {
                    return Ok(Some(Value::Bool(super::convert::to_bool(v))));
                }
                _ => {}
            }
        }
        Ok(None)
    }

    /// Checks and coerces an argument for parameter `i` of `f`.
    pub fn coerce_param(
        &mut self,
        f: &FuncDef,
        i: usize,
        p: &Param,
        t: &Type,
        v: Value,
    ) -> R<Value> {
        let scope = self.frame().scope.clone();
        if self.type_accepts(t, &v, scope.as_deref())? {
            return Ok(v);
        }
        if v.is_null() {
            if let Some(d) = &p.default {
                if matches!(d.kind, crate::compile::ir::ExprKind::Lit(Value::Null)) {
                    return Ok(v);
                }
            }
        }
        if !allows_null(t) || !v.is_null() {
            if let Some(c) = self.coerce_scalar(t, &v)? {
                return Ok(c);
            }
        }
        let name = self.function_display_name(f);
        let caller = self.frames.len().checked_sub(2).map(|i| &self.frames[i]);
        // A call from a built-in (array_map...) names no calling line.
        let called_in = match caller {
            Some(c) if !c.is_internal => format!(
                ", called in {} on line {}",
                String::from_utf8_lossy(c.file().as_bytes()),
                c.line
            ),
            _ => String::new(),
        };
        let msg = format!(
            "{}(): Argument #{} (${}) must be of type {}, {} given{}",
            name,
            i + 1,
            String::from_utf8_lossy(p.name.as_bytes()),
            self.type_in_frame_scope(t),
            given_type(&v),
            called_in
        );
        Err(self.throw_error("TypeError", &msg))
    }

    /// A type as the running function's errors show it, `self` and
    /// `static` resolved against its frame.
    fn type_in_frame_scope(&self, t: &Type) -> String {
        let frame = self.frame();
        let scope = TypeScope {
            self_class: frame.scope.as_ref().map(|c| c.name.as_bytes()),
            parent_class: frame
                .scope
                .as_ref()
                .and_then(|c| c.parent.as_ref())
                .map(|p| p.name.as_bytes()),
            called_class: frame.static_class.as_ref().map(|c| c.name.as_bytes()),
        };
        type_to_string_resolved(t, scope)
    }

    /// Checks and coerces a return value.
    pub fn check_return_type(&mut self, f: &FuncDef, t: &Type, v: Value) -> R<Value> {
        if matches!(t, Type::Builtin(B::Void)) {
            return Ok(Value::Null);
        }
        let scope = self.frame().scope.clone();
        if self.type_accepts(t, &v, scope.as_deref())? {
            return Ok(v);
        }
        if let Some(c) = self.coerce_scalar(t, &v)? {
            return Ok(c);
        }
        let name = self.function_display_name(f);
        let msg = if matches!(t, Type::Builtin(B::Never)) {
            format!(
                "{}(): never-returning function must not implicitly return",
                name
            )
        } else {
            format!(
                "{}(): Return value must be of type {}, {} returned",
                name,
                self.type_in_frame_scope(t),
                given_type(&v)
            )
        };
        Err(self.throw_error("TypeError", &msg))
    }

    /// Checks and coerces a value assigned to a typed property.
    pub fn coerce_prop(&mut self, class: &Class, p: &PropInfo, t: &Type, v: Value) -> R<Value> {
        let decl = self.classes.get(&p.declaring).cloned();
        if self.type_accepts(t, &v, decl.as_deref())? {
            return Ok(v);
        }
        if let Some(c) = self.coerce_scalar(t, &v)? {
            return Ok(c);
        }
        let _ = class;
        let msg = format!(
            "Cannot assign {} to property {}::${} of type {}",
            given_type(&v),
            String::from_utf8_lossy(p.declaring_name.as_bytes()),
            String::from_utf8_lossy(p.name.as_bytes()),
            type_to_string_resolved(
                t,
                TypeScope {
                    self_class: decl.as_ref().map(|c| c.name.as_bytes()),
                    parent_class: decl
                        .as_ref()
                        .and_then(|c| c.parent.as_ref())
                        .map(|p| p.name.as_bytes()),
                    called_class: None,
                }
            )
        );
        Err(self.throw_error("TypeError", &msg))
    }
}

fn type_has(t: &Type, b: B) -> bool {
    match t {
        Type::Builtin(x) => *x == b,
        Type::Nullable(inner) => type_has(inner, b),
        Type::Union(ts) => ts.iter().any(|t| type_has(t, b)),
        _ => false,
    }
}

/// The type name PHP shows for a given value in type errors.
pub fn given_type(v: &Value) -> String {
    match v {
        Value::Obj(o) => String::from_utf8_lossy(o.class_name().as_bytes()).into_owned(),
        other => other.type_name().into_owned(),
    }
}
