//! Character-class tests (`ctype_*`) in the C locale. An int argument in
//! -128..=255 is a byte (negatives counted from 256); other ints are tested
//! as their decimal text, with PHP 8.1's deprecation for non-string input.

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, R};
use crate::value::Value;

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("ctype_alnum", ctype_alnum, "$text"),
    f!("ctype_alpha", ctype_alpha, "$text"),
    f!("ctype_cntrl", ctype_cntrl, "$text"),
    f!("ctype_digit", ctype_digit, "$text"),
    f!("ctype_graph", ctype_graph, "$text"),
    f!("ctype_lower", ctype_lower, "$text"),
    f!("ctype_print", ctype_print, "$text"),
    f!("ctype_punct", ctype_punct, "$text"),
    f!("ctype_space", ctype_space, "$text"),
    f!("ctype_upper", ctype_upper, "$text"),
    f!("ctype_xdigit", ctype_xdigit, "$text"),
];

fn test(it: &mut Interp, a: &mut CallArgs, class: fn(u8) -> bool) -> R<Value> {
    let v = a.value(0);
    let msg = format!(
        "{}(): Argument of type {} will be interpreted as string in the future",
        a.func.name,
        v.type_name()
    );
    match v {
        Value::Str(s) => Ok(Value::Bool(
            !s.is_empty() && s.as_bytes().iter().all(|&c| class(c)),
        )),
        Value::Int(n) => {
            it.deprecated(a.line, &msg)?;
            Ok(Value::Bool(match n {
                -128..=-1 => class((n + 256) as u8),
                0..=255 => class(n as u8),
                _ => n.to_string().bytes().all(class),
            }))
        }
        _ => {
            it.deprecated(a.line, &msg)?;
            Ok(Value::Bool(false))
        }
    }
}

fn ctype_alnum(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| c.is_ascii_alphanumeric())
}
fn ctype_alpha(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| c.is_ascii_alphabetic())
}
fn ctype_cntrl(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| c.is_ascii_control())
}
fn ctype_digit(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| c.is_ascii_digit())
}
fn ctype_graph(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| c.is_ascii_graphic())
}
fn ctype_lower(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| c.is_ascii_lowercase())
}
fn ctype_print(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| (0x20..0x7f).contains(&c))
}
fn ctype_punct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| c.is_ascii_punctuation())
}
fn ctype_space(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| {
        matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
    })
}
fn ctype_upper(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| c.is_ascii_uppercase())
}
fn ctype_xdigit(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    test(it, a, |c| c.is_ascii_hexdigit())
}
