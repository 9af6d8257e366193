//! How PHP prints a declared type in messages and dumps
//! (`zend_type_to_string` and its resolved variant).

use super::ir::{BuiltinType as B, Type};

/// The text of a type as written in declarations (`zend_type_to_string`):
/// class names in declared order, then the builtin types in Zend's fixed
/// order, `null` last or as a `?` prefix on a single type.
pub fn type_to_string(t: &Type) -> String {
    type_text(t, None)
}

/// The classes `self`, `parent` and `static` stand for in a type error
/// (`zend_type_to_string_resolved`).
#[derive(Clone, Copy)]
pub struct TypeScope<'a> {
    pub self_class: Option<&'a [u8]>,
    pub parent_class: Option<&'a [u8]>,
    pub called_class: Option<&'a [u8]>,
}

/// `type_to_string` with `self`/`parent`/`static` replaced by class names
/// where `scope` knows them.
pub fn type_to_string_resolved(t: &Type, scope: TypeScope) -> String {
    type_text(t, Some(scope))
}

/// The builtin members of a type, as bits in Zend's display order.
mod shown {
    pub const STATIC: u32 = 1 << 0;
    pub const CALLABLE: u32 = 1 << 1;
    pub const OBJECT: u32 = 1 << 2;
    pub const ARRAY: u32 = 1 << 3;
    pub const STRING: u32 = 1 << 4;
    pub const INT: u32 = 1 << 5;
    pub const FLOAT: u32 = 1 << 6;
    pub const FALSE: u32 = 1 << 7;
    pub const TRUE: u32 = 1 << 8;
    pub const VOID: u32 = 1 << 9;
    pub const NEVER: u32 = 1 << 10;
    pub const NULL: u32 = 1 << 11;
    pub const MIXED: u32 = 1 << 12;
}

fn type_text(t: &Type, scope: Option<TypeScope>) -> String {
    let mut names = Vec::new();
    let mut mask = 0;
    collect_type_parts(t, scope, &mut names, &mut mask, false);
    if mask & shown::MIXED != 0 {
        return "mixed".to_string();
    }
    let mut parts = names;
    if mask & shown::STATIC != 0 {
        match scope.and_then(|s| s.called_class.or(s.self_class)) {
            Some(c) => parts.push(String::from_utf8_lossy(c).into_owned()),
            None => parts.push("static".to_string()),
        }
    }
    let fixed = [
        (shown::CALLABLE, "callable"),
        (shown::OBJECT, "object"),
        (shown::ARRAY, "array"),
        (shown::STRING, "string"),
        (shown::INT, "int"),
        (shown::FLOAT, "float"),
    ];
    for (bit, name) in fixed {
        if mask & bit != 0 {
            parts.push(name.to_string());
        }
    }
    match (mask & shown::FALSE != 0, mask & shown::TRUE != 0) {
        (true, true) => parts.push("bool".to_string()),
        (true, false) => parts.push("false".to_string()),
        (false, true) => parts.push("true".to_string()),
        _ => {}
    }
    for (bit, name) in [(shown::VOID, "void"), (shown::NEVER, "never")] {
        if mask & bit != 0 {
            parts.push(name.to_string());
        }
    }
    let mut text = parts.join("|");
    if mask & shown::NULL != 0 {
        if text.is_empty() {
            text.push_str("null");
        } else if parts.len() == 1 && !text.contains('&') {
            text.insert(0, '?');
        } else {
            text.push_str("|null");
        }
    }
    text
}

fn collect_type_parts(
    t: &Type,
    scope: Option<TypeScope>,
    names: &mut Vec<String>,
    mask: &mut u32,
    in_union: bool,
) {
    let class_name = |c: &[u8]| String::from_utf8_lossy(c).into_owned();
    match t {
        Type::Builtin(b) => match b {
            B::Int => *mask |= shown::INT,
            B::Float => *mask |= shown::FLOAT,
            B::String => *mask |= shown::STRING,
            B::Bool => *mask |= shown::FALSE | shown::TRUE,
            B::False => *mask |= shown::FALSE,
            B::True => *mask |= shown::TRUE,
            B::Null => *mask |= shown::NULL,
            B::Array => *mask |= shown::ARRAY,
            B::Callable => *mask |= shown::CALLABLE,
            // PHP 8.2 compiles `iterable` to `Traversable|array`.
            B::Iterable => {
                names.push("Traversable".to_string());
                *mask |= shown::ARRAY;
            }
            B::Object => *mask |= shown::OBJECT,
            B::Mixed => *mask |= shown::MIXED,
            B::Void => *mask |= shown::VOID,
            B::Never => *mask |= shown::NEVER,
            B::Static => *mask |= shown::STATIC,
            B::SelfType => names.push(match scope.and_then(|s| s.self_class) {
                Some(c) => class_name(c),
                None => "self".to_string(),
            }),
            B::Parent => names.push(match scope.and_then(|s| s.parent_class) {
                Some(p) => class_name(p),
                None => "parent".to_string(),
            }),
        },
        Type::Class(name, _) => {
            let n = name.as_bytes();
            let n = if n.first() == Some(&b'\\') {
                &n[1..]
            } else {
                n
            };
            names.push(String::from_utf8_lossy(n).into_owned());
        }
        Type::Nullable(inner) => {
            collect_type_parts(inner, scope, names, mask, in_union);
            *mask |= shown::NULL;
        }
        Type::Union(ts) => {
            for t in ts {
                collect_type_parts(t, scope, names, mask, true);
            }
        }
        Type::Intersection(ts) => {
            let mut inner = Vec::new();
            let mut ignored = 0;
            for t in ts {
                collect_type_parts(t, scope, &mut inner, &mut ignored, false);
            }
            let joined = inner.join("&");
            names.push(if in_union {
                format!("({joined})")
            } else {
                joined
            });
        }
    }
}

/// Whether a constant default value is allowed for a parameter of type `t`
/// (`zend_is_valid_default_value`): `null` always is (it makes the type
/// implicitly nullable), an int is for `float`.
pub fn default_value_fits(t: &Type, v: &crate::value::Value) -> bool {
    use crate::value::Value;
    let mut names = Vec::new();
    let mut mask = 0;
    collect_type_parts(t, None, &mut names, &mut mask, false);
    let needed = match v {
        Value::Null | Value::Undef => return true,
        _ if mask & shown::MIXED != 0 => return true,
        Value::Int(_) => shown::INT | shown::FLOAT,
        Value::Float(_) => shown::FLOAT,
        Value::Str(_) => shown::STRING,
        Value::Bool(false) => shown::FALSE,
        Value::Bool(true) => shown::TRUE,
        Value::Arr(_) => shown::ARRAY,
        _ => return true,
    };
    mask & needed != 0
}
