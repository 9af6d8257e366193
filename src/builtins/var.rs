//! Variable handling: `var_dump`, `print_r`, `var_export`,
//! `debug_zval_dump` (the refcount-revealing dump), `gettype` and the
//! `is_*`/`*val` families.

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::call::ClosureData;
use crate::interp::class::PropInfo;
use crate::interp::function::Callable;
use crate::interp::{Interp, R};
use crate::syntax::ast::Visibility;
use crate::value::header::FLAG_PROTECTED;
use crate::value::{Arr, Key, KeyRef, Obj, Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("var_dump", var_dump, "$value, ...$values"),
    f!("print_r", print_r, "$value, $return="),
    f!("var_export", var_export, "$value, $return="),
    f!("debug_zval_dump", debug_zval_dump, "$value, ...$values"),
    f!("gettype", gettype, "$value"),
    f!("get_debug_type", get_debug_type, "$value"),
    f!("is_null", is_null, "$value"),
    f!("is_bool", is_bool, "$value"),
    f!("is_int", is_int, "$value"),
    f!("is_integer", is_int, "$value"),
    f!("is_long", is_int, "$value"),
    f!("is_float", is_float, "$value"),
    f!("is_double", is_float, "$value"),
    f!("is_string", is_string, "$value"),
    f!("is_array", is_array, "$value"),
    f!("is_object", is_object, "$value"),
    f!("is_numeric", is_numeric, "$value"),
    f!("is_scalar", is_scalar, "$value"),
    f!("is_iterable", is_iterable, "$value"),
    f!("is_countable", is_countable, "$value"),
    f!(
        "is_callable",
        is_callable,
        "$value, $syntax_only=, &$callable_name="
    ),
    f!("intval", intval, "$value, $base="),
    f!("floatval", floatval, "$value"),
    f!("doubleval", floatval, "$value"),
    f!("boolval", boolval, "$value"),
    f!("strval", strval, "$value"),
    f!("settype", settype, "&$var, $type"),
];

// ---- var_dump ---------------------------------------------------------------

fn var_dump(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    for i in 0..a.args.len() {
        let v = a.args[i].clone();
        let mut out = Vec::new();
        dump(it, &mut out, &v, 1)?;
        it.out.write(&out);
    }
    Ok(Value::Null)
}

fn indent(out: &mut Vec<u8>, level: usize) {
    if level > 1 {
        out.extend(std::iter::repeat_n(b' ', level - 1));
    }
}

/// `var_dump` of one value at nesting `level` (1 = top).
pub fn dump(it: &mut Interp, out: &mut Vec<u8>, v: &Value, level: usize) -> R<()> {
    indent(out, level);
    dump_inner(it, out, v, level, false)
}

/// Like `dump`, for a copy of a slot's value: a reference the copy shares
/// counts one more than the slot's own.
fn dump_copy(it: &mut Interp, out: &mut Vec<u8>, v: &Value, level: usize) -> R<()> {
    indent(out, level);
    match v {
        Value::Ref(r) => {
            let inner = r.get().clone();
            dump_inner(it, out, &inner, level, r.refcount() > 2)
        }
        other => dump_inner(it, out, other, level, false),
    }
}

/// Shared references (count above one) are marked with `&`, as PHP does.
fn dump_inner(it: &mut Interp, out: &mut Vec<u8>, v: &Value, level: usize, is_ref: bool) -> R<()> {
    if is_ref
        && !matches!(v, Value::Arr(a) if !a.is_immutable() && a.header().has_flag(FLAG_PROTECTED))
        && !matches!(v, Value::Obj(o) if o.header().has_flag(FLAG_PROTECTED))
    {
        out.push(b'&');
    }
    match v {
        Value::Undef | Value::Null => out.extend_from_slice(b"NULL\n"),
        Value::Bool(b) => out.extend_from_slice(if *b {
            b"bool(true)\n"
        } else {
            b"bool(false)\n"
        }),
        Value::Int(i) => out.extend_from_slice(format!("int({})\n", i).as_bytes()),
        Value::Float(f) => {
            out.extend_from_slice(format!("float({})\n", it.float_to_string_repr(*f)).as_bytes())
        }
        Value::Str(s) => {
            out.extend_from_slice(format!("string({}) \"", s.len()).as_bytes());
            out.extend_from_slice(s.as_bytes());
            out.extend_from_slice(b"\"\n");
        }
        Value::Res(r) => out.extend_from_slice(
            format!("resource({}) of type ({})\n", r.id(), r.type_name()).as_bytes(),
        ),
        Value::Ref(r) => {
            let inner = r.get().clone();
            return dump_inner(it, out, &inner, level, r.refcount() > 1);
        }
        Value::Arr(a) => {
            let h = a.header();
            if !a.is_immutable() {
                if h.has_flag(FLAG_PROTECTED) {
                    out.extend_from_slice(b"*RECURSION*\n");
                    return Ok(());
                }
                h.add_flags(FLAG_PROTECTED);
            }
            out.extend_from_slice(format!("array({}) {{\n", a.len()).as_bytes());
            let a2 = a.clone();
            let r = (|| {
                for (k, v) in a2.table().iter() {
                    indent(out, level + 2);
                    match k {
                        KeyRef::Int(i) => out.extend_from_slice(format!("[{}]=>\n", i).as_bytes()),
                        KeyRef::Str(s) => {
                            out.extend_from_slice(b"[\"");
                            out.extend_from_slice(s.as_bytes());
                            out.extend_from_slice(b"\"]=>\n");
                        }
                    }
                    dump(it, out, v, level + 2)?;
                }
                Ok(())
            })();
            if !a.is_immutable() {
                a.header().remove_flags(FLAG_PROTECTED);
            }
            r?;
            indent(out, level);
            out.extend_from_slice(b"}\n");
        }
        Value::Obj(o) => {
            if o.class().is_enum() {
                out.extend_from_slice(b"enum(");
                out.extend_from_slice(o.class().display_name());
                out.extend_from_slice(b"::");
                if let Some(Value::Str(n)) = o
                    .dyn_props()
                    .and_then(|t| t.get(&Key::Str(Str::interned(b"name"))))
                {
                    out.extend_from_slice(n.as_bytes());
                }
                out.extend_from_slice(b")\n");
                return Ok(());
            }
            let h = o.header();
            if h.has_flag(FLAG_PROTECTED) {
                out.extend_from_slice(b"*RECURSION*\n");
                return Ok(());
            }
            h.add_flags(FLAG_PROTECTED);
            let r = dump_object(it, out, o, level);
            o.header().remove_flags(FLAG_PROTECTED);
            r?;
        }
    }
    Ok(())
}

/// The properties shown for an object: (display key, value, declared info).
pub fn debug_props(it: &mut Interp, o: &Obj) -> Vec<(Key, Value, Option<PropInfo>)> {
    if let Some(d) = o.payload::<ClosureData>() {
        return closure_debug_info(it, d);
    }
    if let Some(items) = crate::builtins::var_payload_debug(o) {
        return items;
    }
    let class = o.class().clone();
    let mut out = Vec::new();
    for p in &class.props {
        let v = o.props()[p.slot].clone();
        if v.is_undef() && p.ty.is_none() {
            continue;
        }
        out.push((Key::Str(p.name.clone()), v, Some(p.clone())));
    }
    if let Some(t) = o.dyn_props() {
        for (k, v) in t.iter() {
            out.push((k.to_owned(), v.clone(), None));
        }
    }
    out
}

fn closure_debug_info(it: &mut Interp, d: &ClosureData) -> Vec<(Key, Value, Option<PropInfo>)> {
    let mut out = Vec::new();
    let Callable::User(f) = &d.callable else {
        return out;
    };
    let mut statics = Arr::new();
    for (slot, v) in &d.bound {
        let name = f.slot_names[*slot as usize].clone();
        statics.table_mut().insert(Key::Str(name), v.clone());
    }
    let stored = d.statics.borrow();
    for (i, (name, init)) in f.statics.iter().enumerate() {
        let v = match stored
            .as_ref()
            .and_then(|s| s.get(i))
            .filter(|v| !v.is_undef())
        {
            Some(v) => v.clone(),
            None => match init {
                Some(e) => match &e.kind {
                    crate::compile::ir::ExprKind::Lit(v)
                    | crate::compile::ir::ExprKind::LitArray(v) => v.clone(),
                    _ => Value::Null,
                },
                None => Value::Null,
            },
        };
        statics.table_mut().insert(Key::Str(name.clone()), v);
    }
    drop(stored);
    if !statics.is_empty() {
        out.push((
            Key::Str(Str::interned(b"static")),
            Value::Arr(statics),
            None,
        ));
    }
    if let Value::Obj(t) = &d.this {
        out.push((
            Key::Str(Str::interned(b"this")),
            Value::Obj(t.clone()),
            None,
        ));
    }
    if !f.params.is_empty() {
        let mut params = Arr::new();
        for p in &f.params {
            let mut name = Vec::new();
            if p.by_ref {
                name.push(b'&');
            }
            if p.variadic {
                name.extend_from_slice(b"...");
            }
            name.push(b'$');
            name.extend_from_slice(p.name.as_bytes());
            let kind: &[u8] = if p.default.is_some() || p.variadic {
                b"<optional>"
            } else {
                b"<required>"
            };
            params
                .table_mut()
                .insert(Key::Str(Str::new(&name)), Value::Str(Str::interned(kind)));
        }
        out.push((
            Key::Str(Str::interned(b"parameter")),
            Value::Arr(params),
            None,
        ));
    }
    let _ = it;
    out
}

fn prop_label(out: &mut Vec<u8>, key: &Key, info: &Option<PropInfo>) {
    match key {
        Key::Int(i) => out.extend_from_slice(format!("[{}]=>\n", i).as_bytes()),
        Key::Str(s) => {
            out.extend_from_slice(b"[\"");
            out.extend_from_slice(s.as_bytes());
            out.push(b'"');
            match info.as_ref().map(|p| p.visibility) {
                Some(Visibility::Protected) => out.extend_from_slice(b":protected"),
                Some(Visibility::Private) => {
                    let p = info.as_ref().expect("checked");
                    out.extend_from_slice(b":\"");
                    out.extend_from_slice(p.declaring_name.as_bytes());
                    out.extend_from_slice(b"\":private");
                }
                _ => {}
            }
            out.extend_from_slice(b"]=>\n");
        }
    }
}

fn dump_object(it: &mut Interp, out: &mut Vec<u8>, o: &Obj, level: usize) -> R<()> {
    let props = debug_props(it, o);
    let count = props.iter().filter(|(_, v, _)| !v.is_undef()).count();
    out.extend_from_slice(b"object(");
    out.extend_from_slice(o.class().display_name());
    out.extend_from_slice(format!(")#{} ({}) {{\n", o.handle(), count).as_bytes());
    for (k, v, info) in &props {
        indent(out, level + 2);
        prop_label(out, k, info);
        if v.is_undef() {
            indent(out, level + 2);
            let ty = info
                .as_ref()
                .and_then(|p| p.ty.as_ref())
                .map(crate::interp::types::type_to_string)
                .unwrap_or_default();
            out.extend_from_slice(format!("uninitialized({})\n", ty).as_bytes());
            continue;
        }
        dump_copy(it, out, v, level + 2)?;
    }
    indent(out, level);
    out.extend_from_slice(b"}\n");
    Ok(())
}

// ---- debug_zval_dump ----------------------------------------------------

fn debug_zval_dump(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    for i in 0..a.args.len() {
        let v = a.args[i].clone();
        let mut out = Vec::new();
        // The dump's own copy of a counted value must not show.
        zdump(it, &mut out, &v, 1, true)?;
        drop(v);
        it.out.write(&out);
    }
    Ok(Value::Null)
}

/// PHP's `php_debug_zval_dump`. `extra_ref` is true for the top-level
/// copy this function holds itself (subtracted from the shown count).
fn zdump(it: &mut Interp, out: &mut Vec<u8>, v: &Value, level: usize, extra_ref: bool) -> R<()> {
    let adj = if extra_ref { 1 } else { 0 };
    indent(out, level);
    match v {
        Value::Undef | Value::Null => out.extend_from_slice(b"NULL\n"),
        Value::Bool(b) => out.extend_from_slice(if *b {
            b"bool(true)\n"
        } else {
            b"bool(false)\n"
        }),
        Value::Int(i) => out.extend_from_slice(format!("int({})\n", i).as_bytes()),
        Value::Float(f) => {
            out.extend_from_slice(format!("float({})\n", it.float_to_string_repr(*f)).as_bytes())
        }
        Value::Str(s) => {
            out.extend_from_slice(format!("string({}) \"", s.len()).as_bytes());
            out.extend_from_slice(s.as_bytes());
            if s.is_interned() {
                out.extend_from_slice(b"\" interned\n");
            } else {
                out.extend_from_slice(format!("\" refcount({})\n", s.refcount() - adj).as_bytes());
            }
        }
        Value::Arr(a) => {
            if a.is_immutable() {
                out.extend_from_slice(format!("array({}) interned {{\n", a.len()).as_bytes());
            } else {
                if a.header().has_flag(FLAG_PROTECTED) {
                    out.truncate(out.len() - level.saturating_sub(1));
                    indent(out, level);
                    out.extend_from_slice(b"*RECURSION*\n");
                    return Ok(());
                }
                out.extend_from_slice(
                    format!("array({}) refcount({}){{\n", a.len(), a.refcount() - adj).as_bytes(),
                );
                a.header().add_flags(FLAG_PROTECTED);
            }
            let r = (|| {
                for (k, v) in a.table().iter() {
                    indent(out, level + 2);
                    match k {
                        KeyRef::Int(i) => out.extend_from_slice(format!("[{}]=>\n", i).as_bytes()),
                        KeyRef::Str(s) => {
                            out.extend_from_slice(b"[\"");
                            out.extend_from_slice(s.as_bytes());
                            out.extend_from_slice(b"\"]=>\n");
                        }
                    }
                    zdump(it, out, v, level + 2, false)?;
                }
                Ok(())
            })();
            if !a.is_immutable() {
                a.header().remove_flags(FLAG_PROTECTED);
            }
            r?;
            indent(out, level);
            out.extend_from_slice(b"}\n");
        }
        Value::Obj(o) => {
            if o.header().has_flag(FLAG_PROTECTED) {
                out.extend_from_slice(b"*RECURSION*\n");
                return Ok(());
            }
            o.header().add_flags(FLAG_PROTECTED);
            // Read the count before copying the properties (a property may
            // hold this very object).
            let refcount = o.refcount() - adj;
            let props = debug_props(it, o);
            let count = props.iter().filter(|(_, v, _)| !v.is_undef()).count();
            out.extend_from_slice(b"object(");
            out.extend_from_slice(o.class().display_name());
            out.extend_from_slice(
                format!(")#{} ({}) refcount({}){{\n", o.handle(), count, refcount).as_bytes(),
            );
            let r = (|| {
                for (k, v, info) in &props {
                    indent(out, level + 2);
                    prop_label(out, k, info);
                    if v.is_undef() {
                        indent(out, level + 2);
                        let ty = info
                            .as_ref()
                            .and_then(|p| p.ty.as_ref())
                            .map(crate::interp::types::type_to_string)
                            .unwrap_or_default();
                        out.extend_from_slice(format!("uninitialized({})\n", ty).as_bytes());
                        continue;
                    }
                    // `props` holds a copy of each value: subtract it.
                    zdump(it, out, v, level + 2, true)?;
                }
                Ok(())
            })();
            o.header().remove_flags(FLAG_PROTECTED);
            drop(props);
            r?;
            indent(out, level);
            out.extend_from_slice(b"}\n");
        }
        Value::Res(r) => out.extend_from_slice(
            format!(
                "resource({}) of type ({}) refcount({})\n",
                r.id(),
                r.type_name(),
                r.refcount() - adj
            )
            .as_bytes(),
        ),
        Value::Ref(r) => {
            out.extend_from_slice(
                format!("reference refcount({}) {{\n", r.refcount() - adj).as_bytes(),
            );
            let inner = r.get().clone();
            zdump(it, out, &inner, level + 2, true)?;
            indent(out, level);
            out.extend_from_slice(b"}\n");
        }
    }
    Ok(())
}

// ---- print_r ------------------------------------------------------------

fn print_r(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.value(0);
    let ret = a.opt_bool(it, 1, false)?;
    let mut out = Vec::new();
    print_r_into(it, &mut out, &v, 0)?;
    if ret {
        return Ok(Value::Str(Str::new(&out)));
    }
    it.out.write(&out);
    Ok(Value::Bool(true))
}

/// PHP's `print_r` text of a value.
pub fn print_r_into(it: &mut Interp, out: &mut Vec<u8>, v: &Value, level: usize) -> R<()> {
    match v.deref() {
        Value::Arr(a) => {
            if !a.is_immutable() && a.header().has_flag(FLAG_PROTECTED) {
                out.extend_from_slice(b"Array\n *RECURSION*");
                return Ok(());
            }
            out.extend_from_slice(b"Array\n");
            if !a.is_immutable() {
                a.header().add_flags(FLAG_PROTECTED);
            }
            let items: Vec<(Key, Value)> = a
                .table()
                .iter()
                .map(|(k, v)| (k.to_owned(), v.clone()))
                .collect();
            let r = print_r_items(
                it,
                out,
                items.into_iter().map(|(k, v)| (k, v, None)).collect(),
                level,
            );
            if !a.is_immutable() {
                a.header().remove_flags(FLAG_PROTECTED);
            }
            r
        }
        Value::Obj(o) => {
            if o.header().has_flag(FLAG_PROTECTED) {
                out.extend_from_slice(o.class().display_name());
                out.extend_from_slice(b" Object\n *RECURSION*");
                return Ok(());
            }
            out.extend_from_slice(o.class().display_name());
            if o.class().is_enum() {
                out.extend_from_slice(b" Enum");
                if let Some(t) = &o.class().enum_backing {
                    out.push(b':');
                    out.extend_from_slice(crate::interp::types::type_to_string(t).as_bytes());
                }
                out.push(b'\n');
            } else {
                out.extend_from_slice(b" Object\n");
            }
            o.header().add_flags(FLAG_PROTECTED);
            let props: Vec<(Key, Value, Option<PropInfo>)> = debug_props(it, o)
                .into_iter()
                .filter(|(_, v, _)| !v.is_undef())
                .collect();
            let r = print_r_items(it, out, props, level);
            o.header().remove_flags(FLAG_PROTECTED);
            r
        }
        other => {
            let other = other.clone();
            let s = it.to_str(&other)?;
            out.extend_from_slice(s.as_bytes());
            Ok(())
        }
    }
}

fn print_r_items(
    it: &mut Interp,
    out: &mut Vec<u8>,
    items: Vec<(Key, Value, Option<PropInfo>)>,
    level: usize,
) -> R<()> {
    let pad = |out: &mut Vec<u8>, n: usize| out.extend(std::iter::repeat_n(b' ', n));
    pad(out, level * 8);
    out.extend_from_slice(b"(\n");
    for (k, v, info) in items {
        pad(out, level * 8 + 4);
        out.push(b'[');
        match &k {
            Key::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
            Key::Str(s) => out.extend_from_slice(s.as_bytes()),
        }
        match info.as_ref().map(|p| p.visibility) {
            Some(Visibility::Protected) => out.extend_from_slice(b":protected"),
            Some(Visibility::Private) => {
                out.push(b':');
                out.extend_from_slice(info.as_ref().expect("checked").declaring_name.as_bytes());
                out.extend_from_slice(b":private");
            }
            _ => {}
        }
        out.extend_from_slice(b"] => ");
        print_r_into(it, out, &v, level + 1)?;
        out.push(b'\n');
    }
    pad(out, level * 8);
    out.extend_from_slice(b")\n");
    Ok(())
}

// ---- var_export -----------------------------------------------------------

fn var_export(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.value(0);
    let ret = a.opt_bool(it, 1, false)?;
    let mut out = Vec::new();
    export(it, &mut out, &v, 1)?;
    if ret {
        return Ok(Value::Str(Str::new(&out)));
    }
    it.out.write(&out);
    Ok(Value::Null)
}

/// A string as `var_export` writes it: single quotes, with `\0` spliced in
/// as `' . "\0" . '`.
pub fn export_string(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'\'');
    for &b in s {
        match b {
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0 => out.extend_from_slice(b"' . \"\\0\" . '"),
            _ => out.push(b),
        }
    }
    out.push(b'\'');
}

pub fn export(it: &mut Interp, out: &mut Vec<u8>, v: &Value, level: usize) -> R<()> {
    let pad = |out: &mut Vec<u8>, n: usize| out.extend(std::iter::repeat_n(b' ', n));
    match v.deref() {
        Value::Undef | Value::Null => out.extend_from_slice(b"NULL"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        // PHP_INT_MIN has no literal: PHP writes it as an expression.
        Value::Int(i64::MIN) => out.extend_from_slice(b"-9223372036854775807-1"),
        Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Value::Float(f) => out.extend_from_slice(
            crate::numeric::format_float_export(*f, it.settings.serialize_precision).as_bytes(),
        ),
        Value::Str(s) => export_string(out, s.as_bytes()),
        Value::Arr(a) => {
            if !a.is_immutable() && a.header().has_flag(FLAG_PROTECTED) {
                it.warn(
                    it.current_line(),
                    "var_export does not handle circular references",
                )?;
                out.extend_from_slice(b"NULL");
                return Ok(());
            }
            if level > 1 {
                out.push(b'\n');
                pad(out, level - 1);
            }
            out.extend_from_slice(b"array (\n");
            if !a.is_immutable() {
                a.header().add_flags(FLAG_PROTECTED);
            }
            let items: Vec<(Key, Value)> = a
                .table()
                .iter()
                .map(|(k, v)| (k.to_owned(), v.clone()))
                .collect();
            let mut r = Ok(());
            for (k, v) in items {
                pad(out, level + 1);
                match &k {
                    Key::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
                    Key::Str(s) => export_string(out, s.as_bytes()),
                }
                out.extend_from_slice(b" => ");
                r = export(it, out, &v, level + 2);
                if r.is_err() {
                    break;
                }
                out.extend_from_slice(b",\n");
            }
            if !a.is_immutable() {
                a.header().remove_flags(FLAG_PROTECTED);
            }
            r?;
            if level > 1 {
                pad(out, level - 1);
            }
            out.push(b')');
        }
        Value::Obj(o) => {
            if o.header().has_flag(FLAG_PROTECTED) {
                it.warn(
                    it.current_line(),
                    "var_export does not handle circular references",
                )?;
                out.extend_from_slice(b"NULL");
                return Ok(());
            }
            if level > 1 {
                out.push(b'\n');
                pad(out, level - 1);
            }
            if o.class().is_enum() {
                out.push(b'\\');
                out.extend_from_slice(o.class().display_name());
                out.extend_from_slice(b"::");
                if let Some(Value::Str(n)) = o
                    .dyn_props()
                    .and_then(|t| t.get(&Key::Str(Str::interned(b"name"))))
                {
                    out.extend_from_slice(n.as_bytes());
                }
                return Ok(());
            }
            let is_std = o.class().lc_name.as_bytes() == b"stdclass";
            if is_std {
                out.extend_from_slice(b"(object) array(\n");
            } else {
                out.push(b'\\');
                out.extend_from_slice(o.class().display_name());
                out.extend_from_slice(b"::__set_state(array(\n");
            }
            o.header().add_flags(FLAG_PROTECTED);
            // var_export shows properties, not what var_dump shows of a
            // built-in object's state (`ArrayObject` shows its elements).
            let props: Vec<(Key, Value, Option<PropInfo>)> =
                match crate::builtins::var_payload_export(o) {
                    Some(arr) => arr
                        .table()
                        .iter()
                        .map(|(k, v)| (k.to_owned(), v.clone(), None))
                        .collect(),
                    None if crate::builtins::var_payload_debug(o).is_some() => {
                        crate::builtins::spl::std_props(o)
                    }
                    None => debug_props(it, o),
                };
            let props: Vec<(Key, Value, Option<PropInfo>)> = props
                .into_iter()
                .filter(|(_, v, _)| !v.is_undef())
                .collect();
            let mut r = Ok(());
            for (k, v, _) in props {
                pad(out, level + 2);
                match &k {
                    Key::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
                    Key::Str(s) => export_string(out, s.as_bytes()),
                }
                out.extend_from_slice(b" => ");
                r = export(it, out, &v, level + 2);
                if r.is_err() {
                    break;
                }
                out.extend_from_slice(b",\n");
            }
            o.header().remove_flags(FLAG_PROTECTED);
            r?;
            if level > 1 {
                pad(out, level - 1);
            }
            if is_std {
                out.push(b')');
            } else {
                out.extend_from_slice(b"))");
            }
        }
        // PHP exports resources as NULL, without a warning.
        Value::Res(_) => out.extend_from_slice(b"NULL"),
        Value::Ref(_) => unreachable!(),
    }
    Ok(())
}

// ---- types ------------------------------------------------------------

fn gettype(_it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Str(Str::interned(a.value(0).gettype().as_bytes())))
}

fn get_debug_type(_it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.value(0);
    let name: Vec<u8> = match &v {
        Value::Obj(o) => {
            let n = o.class_name().as_bytes();
            match n.iter().position(|&b| b == 0) {
                Some(i) => n[..i].to_vec(),
                None => n.to_vec(),
            }
        }
        Value::Res(r) if r.is_closed() => b"resource (closed)".to_vec(),
        Value::Res(r) => format!("resource ({})", r.type_name()).into_bytes(),
        other => other.type_name().as_bytes().to_vec(),
    };
    Ok(Value::Str(Str::new(&name)))
}

fn is_null(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(a.value(0).is_null()))
}
fn is_bool(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(matches!(a.value(0), Value::Bool(_))))
}
fn is_int(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(matches!(a.value(0), Value::Int(_))))
}
fn is_float(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(matches!(a.value(0), Value::Float(_))))
}
fn is_string(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(matches!(a.value(0), Value::Str(_))))
}
fn is_array(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(matches!(a.value(0), Value::Arr(_))))
}
fn is_object(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(matches!(a.value(0), Value::Obj(_))))
}
fn is_numeric(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(match a.value(0) {
        Value::Int(_) | Value::Float(_) => true,
        Value::Str(s) => crate::numeric::is_numeric(s.as_bytes()),
        _ => false,
    }))
}
fn is_scalar(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(matches!(
        a.value(0),
        Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::Bool(_)
    )))
}
fn is_iterable(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(match a.value(0) {
        Value::Arr(_) => true,
        Value::Obj(o) => o.class().instance_of_name(b"traversable"),
        _ => false,
    }))
}
fn is_countable(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(match a.value(0) {
        Value::Arr(_) => true,
        Value::Obj(o) => o.class().instance_of_name(b"countable"),
        _ => false,
    }))
}
fn is_callable(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.value(0);
    let ok = it.try_resolve_callable(&v)?.is_ok();
    if a.has(2) {
        let name = match &v {
            Value::Str(s) => Value::Str(s.clone()),
            Value::Arr(arr) => {
                let cls = match arr.table().get_int(0).map(|v| v.deref_clone()) {
                    Some(Value::Obj(o)) => o.class_name().as_bytes().to_vec(),
                    Some(Value::Str(s)) => s.as_bytes().to_vec(),
                    _ => Vec::new(),
                };
                let m = match arr.table().get_int(1).map(|v| v.deref_clone()) {
                    Some(Value::Str(s)) => s.as_bytes().to_vec(),
                    _ => Vec::new(),
                };
                Value::Str(Str::concat(&[&cls, b"::", &m]))
            }
            Value::Obj(o) => Value::Str(Str::concat(&[o.class_name().as_bytes(), b"::__invoke"])),
            _ => Value::Str(Str::empty()),
        };
        a.set_ref(2, name);
    }
    Ok(Value::Bool(ok))
}

fn intval(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.value(0);
    let base = a.opt_int(it, 1)?.unwrap_or(10);
    if base != 10 {
        if let Value::Str(s) = &v {
            return Ok(Value::Int(crate::numeric::str_to_int_radix(
                s.as_bytes(),
                base,
            )));
        }
    }
    Ok(Value::Int(it.to_int(&v)?))
}
fn floatval(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.value(0);
    Ok(Value::Float(it.to_float(&v)?))
}
fn boolval(_: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(crate::interp::convert::to_bool(&a.value(0))))
}
fn strval(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.value(0);
    Ok(Value::Str(it.to_str(&v)?))
}

fn settype(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.value(0);
    let t = a.string(it, 1)?;
    let kind = match t.as_bytes().to_ascii_lowercase().as_slice() {
        b"int" | b"integer" => crate::syntax::ast::CastKind::Int,
        b"float" | b"double" => crate::syntax::ast::CastKind::Float,
        b"string" => crate::syntax::ast::CastKind::String,
        b"bool" | b"boolean" => crate::syntax::ast::CastKind::Bool,
        b"array" => crate::syntax::ast::CastKind::Array,
        b"object" => crate::syntax::ast::CastKind::Object,
        b"null" => {
            a.set_ref(0, Value::Null);
            return Ok(Value::Bool(true));
        }
        b"resource" => return Err(it.throw_error("ValueError", "Cannot convert to resource type")),
        _ => return Err(a.value_error(it, 1, "must be a valid type")),
    };
    let nv = it.cast(kind, v, a.line)?;
    a.set_ref(0, nv);
    Ok(Value::Bool(true))
}
