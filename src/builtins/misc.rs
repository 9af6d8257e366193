//! Miscellaneous functions: constants by name (`define`, `defined`,
//! `constant`), delays (`sleep`, `usleep`) and the monotonic clock
//! (`hrtime`).

use crate::builtins::funchand::adopt_caller_scope;
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, R};
use crate::syntax::ast::Visibility;
use crate::value::{Arr, Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!(
        "define",
        define,
        "$constant_name, $value, $case_insensitive="
    ),
    f!("defined", defined, "$constant_name"),
    f!("constant", constant, "$name"),
    f!("sleep", sleep, "$seconds"),
    f!("usleep", usleep, "$microseconds"),
    f!("hrtime", hrtime, "$as_number="),
];

// ---- constants --------------------------------------------------------------------

fn find_double_colon(b: &[u8]) -> Option<usize> {
    b.windows(2).position(|w| w == b"::")
}

/// The stored name of a global constant called `name`: a leading `\` is
/// dropped, and the namespace part matches without regard to case.
fn constant_key(it: &Interp, name: &[u8]) -> Option<Str> {
    let name = name.strip_prefix(b"\\").unwrap_or(name);
    if let Some((k, _)) = it.constants.get_key_value(name) {
        return Some(k.clone());
    }
    let sep = name.iter().rposition(|&b| b == b'\\')?;
    let (ns, short) = name.split_at(sep);
    it.constants
        .keys()
        .find(|k| {
            let k = k.as_bytes();
            k.len() == name.len() && k[sep..] == *short && k[..sep].eq_ignore_ascii_case(ns)
        })
        .cloned()
}

/// The class constant `class::name` from `Class::NAME` text: its value,
/// or `None` when the class has no such constant visible from the caller.
fn class_constant(it: &mut Interp, text: &[u8], pos: usize, throw: bool) -> R<Option<Value>> {
    let class_name = Str::new(&text[..pos]);
    let const_name = Str::new(&text[pos + 2..]);
    let lc = Str::new(&class_name.as_bytes().to_ascii_lowercase());
    adopt_caller_scope(it);
    let found = match lc.as_bytes() {
        b"self" => it.frame().scope.clone(),
        b"parent" => it.frame().scope.as_ref().and_then(|s| s.parent.clone()),
        b"static" => it
            .frame()
            .static_class
            .clone()
            .or_else(|| it.frame().scope.clone()),
        _ => it.find_class(&class_name, &lc)?,
    };
    let class = match found {
        Some(c) => c,
        None if throw => {
            let msg = format!(
                "Class \"{}\" not found",
                String::from_utf8_lossy(class_name.as_bytes())
            );
            return Err(it.throw_error("Error", &msg));
        }
        None => return Ok(None),
    };
    let Some(c) = class.consts.get(&const_name).cloned() else {
        if throw {
            let msg = format!(
                "Undefined constant {}::{}",
                String::from_utf8_lossy(class.name.as_bytes()),
                String::from_utf8_lossy(const_name.as_bytes())
            );
            return Err(it.throw_error("Error", &msg));
        }
        return Ok(None);
    };
    let scope = it.frame().scope.clone();
    let declaring = it
        .classes
        .get(&c.declaring)
        .cloned()
        .unwrap_or_else(|| class.clone());
    let visible = match c.visibility {
        Visibility::Public => true,
        Visibility::Protected => scope
            .as_ref()
            .is_some_and(|s| s.is_subclass_of(&declaring) || declaring.is_subclass_of(s)),
        Visibility::Private => scope
            .as_ref()
            .is_some_and(|s| std::rc::Rc::ptr_eq(s, &declaring)),
    };
    if !visible {
        if throw {
            let msg = format!(
                "Cannot access {} constant {}::{}",
                crate::interp::class::visibility_name(c.visibility),
                String::from_utf8_lossy(class.name.as_bytes()),
                String::from_utf8_lossy(const_name.as_bytes())
            );
            return Err(it.throw_error("Error", &msg));
        }
        return Ok(None);
    }
    it.class_constant(&class, &const_name).map(Some)
}

fn define(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let name = a.string(it, 0)?;
    let value = a.value(1);
    if a.has(2) && a.bool(it, 2)? {
        it.warn(
            a.line,
            "define(): Argument #3 ($case_insensitive) is ignored since declaration of case-insensitive constants is no longer supported",
        )?;
    }
    if find_double_colon(name.as_bytes()).is_some() {
        return Err(a.value_error(it, 0, "cannot be a class constant"));
    }
    let bytes = name.as_bytes();
    let stored = Str::new(bytes.strip_prefix(b"\\").unwrap_or(bytes));
    let special = matches!(
        stored.as_bytes().to_ascii_lowercase().as_slice(),
        b"true" | b"false" | b"null"
    );
    if special || constant_key(it, stored.as_bytes()).is_some() {
        let msg = format!(
            "Constant {} already defined",
            String::from_utf8_lossy(stored.as_bytes())
        );
        it.warn(a.line, &msg)?;
        return Ok(Value::Bool(false));
    }
    crate::builtins::info::note_user_constant(&stored);
    it.constants.insert(stored, value);
    Ok(Value::Bool(true))
}

fn defined(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let name = a.string(it, 0)?;
    let bytes = name.as_bytes();
    if let Some(pos) = find_double_colon(bytes) {
        return Ok(Value::Bool(
            class_constant(it, bytes, pos, false)?.is_some(),
        ));
    }
    let special = matches!(
        bytes
            .strip_prefix(b"\\")
            .unwrap_or(bytes)
            .to_ascii_lowercase()
            .as_slice(),
        b"true" | b"false" | b"null"
    );
    Ok(Value::Bool(special || constant_key(it, bytes).is_some()))
}

fn constant(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let name = a.string(it, 0)?;
    let bytes = name.as_bytes();
    if let Some(pos) = find_double_colon(bytes) {
        return Ok(class_constant(it, bytes, pos, true)?.unwrap_or(Value::Null));
    }
    match constant_key(it, bytes) {
        Some(k) => Ok(it.constants.get(&k).cloned().unwrap_or(Value::Null)),
        None => it.constant_value(&name, None, a.line),
    }
}

// ---- time ----------------------------------------------------------------------

fn sleep(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let seconds = a.int(it, 0)?;
    if seconds < 0 {
        return Err(a.value_error(it, 0, "must be greater than or equal to 0"));
    }
    it.out.flush();
    std::thread::sleep(std::time::Duration::from_secs(seconds as u64));
    Ok(Value::Int(0))
}

fn usleep(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let micros = a.int(it, 0)?;
    if micros < 0 {
        return Err(a.value_error(it, 0, "must be greater than or equal to 0"));
    }
    it.out.flush();
    std::thread::sleep(std::time::Duration::from_micros(micros as u64));
    Ok(Value::Null)
}

/// Nanoseconds on a monotonic clock (its origin is arbitrary, as PHP's is).
fn monotonic_ns(it: &Interp) -> i64 {
    // Start well away from zero, like a clock counting since boot.
    const ORIGIN_NS: i64 = 1_000_000_000_000;
    ORIGIN_NS.saturating_add(it.start_time.elapsed().as_nanos().min(i64::MAX as u128) as i64)
}

fn hrtime(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let as_number = a.opt_bool(it, 0, false)?;
    let ns = monotonic_ns(it);
    if as_number {
        return Ok(Value::Int(ns));
    }
    let mut arr = Arr::with_capacity(2);
    arr.table_mut().push(Value::Int(ns / 1_000_000_000));
    arr.table_mut().push(Value::Int(ns % 1_000_000_000));
    Ok(Value::Arr(arr))
}
