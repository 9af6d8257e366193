//! Function handling: calling callables (`call_user_func`,
//! `call_user_func_array`), reading the calling function's arguments
//! (`func_get_args` and friends), `function_exists`,
//! `register_shutdown_function`, `get_defined_functions` — and
//! `get_defined_vars`, which reads the caller's frame the same way.
//!
//! Also the helpers other built-ins use to look at their caller: a built-in
//! runs in an internal frame pushed on top of the frame that called it.

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::call::CallCtx;
use crate::interp::function::Callable;
use crate::interp::{Interp, R};
use crate::value::{Arr, Key, KeyRef, Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("call_user_func", call_user_func, "$callback, ...$args"),
    f!(
        "call_user_func_array",
        call_user_func_array,
        "$callback, $args"
    ),
    f!("func_get_args", func_get_args, ""),
    f!("func_get_arg", func_get_arg, "$position"),
    f!("func_num_args", func_num_args, ""),
    f!("function_exists", function_exists, "$function"),
    f!(
        "register_shutdown_function",
        register_shutdown_function,
        "$callback, ...$args"
    ),
    f!(
        "get_defined_functions",
        get_defined_functions,
        "$exclude_disabled="
    ),
    f!("get_defined_vars", get_defined_vars, ""),
];

// ---- the caller of a built-in ----------------------------------------------

/// The frame of the code that called the running built-in (the frame
/// below the built-in's own), when it is a function's frame rather than
/// the global scope.
pub fn calling_function_frame(it: &Interp) -> Option<usize> {
    let i = it.frames.len().checked_sub(2)?;
    let f = &it.frames[i];
    (i > 0 && f.func.is_some() && f.call_name.is_some()).then_some(i)
}

/// The frame of the code that called the running built-in.
pub fn caller_frame(it: &Interp) -> usize {
    it.frames.len().saturating_sub(2)
}

/// Gives the running built-in's frame the class scope, `$this` and
/// `static::` of the nearest user code below it, the way Zend's
/// `zend_get_executed_scope` skips internal frames: visibility checks and
/// callable resolution done by the built-in then see what its caller sees.
pub fn adopt_caller_scope(it: &mut Interp) {
    let n = it.frames.len();
    let Some(i) = (0..n.saturating_sub(1))
        .rev()
        .find(|&i| !it.frames[i].is_internal)
    else {
        return;
    };
    let (scope, this, static_class) = {
        let f = &it.frames[i];
        (f.scope.clone(), f.this.clone(), f.static_class.clone())
    };
    let top = it.frame_mut();
    top.scope = scope;
    top.this = this;
    top.static_class = static_class;
}

/// A `?int` parameter, with PHP's "must be of type ?int" `TypeError`.
pub fn nullable_int_arg(it: &mut Interp, a: &CallArgs, i: usize) -> R<Option<i64>> {
    let v = a.value(i);
    let int_like = match &v {
        Value::Null => return Ok(None),
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        Value::Str(s) => crate::numeric::is_numeric(s.as_bytes()),
        _ => false,
    };
    if !int_like {
        return Err(a.type_error(it, i, "?int", &v));
    }
    a.int(it, i).map(Some)
}

// ---- calling callables ----------------------------------------------------------

/// The name PHP gives a callee in argument messages (`f`, `A::m`).
fn callee_name(callable: &Callable, ctx: &CallCtx, it: &Interp) -> String {
    match callable {
        Callable::User(f) => it.function_display_name(f),
        Callable::Builtin(b) => match &ctx.class_name {
            Some(c) => format!("{}::{}", String::from_utf8_lossy(c.as_bytes()), b.name),
            None => b.name.to_string(),
        },
    }
}

fn callee_param_name(callable: &Callable, i: usize) -> String {
    match callable {
        Callable::User(f) => match f.params.get(i).or_else(|| f.params.last()) {
            Some(p) => String::from_utf8_lossy(p.name.as_bytes()).into_owned(),
            None => String::new(),
        },
        Callable::Builtin(b) => b.param_name(i).to_string(),
    }
}

/// Calls `cb` with `args` as a dynamic call does: a value given for a
/// by-reference parameter draws PHP's warning and is passed in a temporary
/// reference.
pub fn call_dynamic(
    it: &mut Interp,
    cb: &Value,
    args: Vec<Value>,
    named: Vec<(Str, Value)>,
    line: u32,
) -> R<Value> {
    let (callable, ctx) = it.resolve_callable(cb)?;
    let mut bound = Vec::with_capacity(args.len());
    for (i, v) in args.into_iter().enumerate() {
        if callable.param_by_ref(i) {
            if !v.is_ref() {
                let msg = format!(
                    "{}(): Argument #{} (${}) must be passed by reference, value given",
                    callee_name(&callable, &ctx, it),
                    i + 1,
                    callee_param_name(&callable, i)
                );
                it.warn(line, &msg)?;
                // A temporary reference: the callee must not warn again.
                bound.push(Value::Ref(crate::value::Ref::new(v)));
                continue;
            }
            bound.push(v);
        } else {
            bound.push(v.into_deref());
        }
    }
    it.call_callable(&callable, bound, named, ctx)
}

/// Zend compiles `call_user_func()` and `call_user_func_array()` into a
/// direct call of the callback: they leave no frame of their own in
/// backtraces, and the callback appears called from the caller's line.
fn act_as_direct_call(it: &mut Interp) {
    adopt_caller_scope(it);
    let top = it.frame_mut();
    top.call_name = None;
    top.is_internal = false;
}

fn call_user_func(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    act_as_direct_call(it);
    let cb = a.callable(it, 0)?;
    let args = a.rest(1);
    call_dynamic(it, &cb, args, Vec::new(), a.line)
}

fn call_user_func_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    act_as_direct_call(it);
    let cb = a.callable(it, 0)?;
    let list = a.array(it, 1)?;
    let mut args = Vec::with_capacity(list.len());
    let mut named = Vec::new();
    for (k, v) in list.table().iter() {
        match k {
            KeyRef::Int(_) => {
                if !named.is_empty() {
                    return Err(it.throw_error(
                        "Error",
                        "Cannot use positional argument after named argument",
                    ));
                }
                args.push(v.clone());
            }
            KeyRef::Str(s) => named.push((s.clone(), v.deref_clone())),
        }
    }
    drop(list);
    call_dynamic(it, &cb, args, named, a.line)
}

// ---- the calling function's arguments ---------------------------------------------

/// The arguments the function in frame `i` received, as `func_get_args`
/// shows them: current parameter values, then the extra arguments.
fn passed_args(it: &Interp, i: usize) -> Vec<Value> {
    let f = &it.frames[i];
    let Some(func) = &f.func else {
        return Vec::new();
    };
    let passed = f.num_args as usize;
    let mut out = Vec::with_capacity(passed);
    for p in &func.params {
        if p.variadic {
            break;
        }
        if out.len() >= passed {
            return out;
        }
        out.push(match f.slots[p.slot as usize].deref() {
            Value::Undef => Value::Null,
            v => v.clone(),
        });
    }
    out.extend(f.extra_args.iter().map(|v| v.deref_clone()));
    out
}

fn func_get_args(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let Some(i) = calling_function_frame(it) else {
        return Err(it.throw_error(
            "Error",
            "func_get_args() cannot be called from the global scope",
        ));
    };
    let args = passed_args(it, i);
    if args.is_empty() {
        return Ok(Value::Arr(Arr::empty()));
    }
    let mut arr = Arr::with_capacity(args.len());
    for v in args {
        arr.table_mut().push(v);
    }
    Ok(Value::Arr(arr))
}

fn func_get_arg(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let position = a.int(it, 0)?;
    if position < 0 {
        return Err(a.value_error(it, 0, "must be greater than or equal to 0"));
    }
    let Some(i) = calling_function_frame(it) else {
        return Err(it.throw_error(
            "Error",
            "func_get_arg() cannot be called from the global scope",
        ));
    };
    let args = passed_args(it, i);
    match args.into_iter().nth(position as usize) {
        Some(v) => Ok(v),
        None => Err(a.value_error(
            it,
            0,
            "must be less than the number of the arguments passed to the currently executed function",
        )),
    }
}

fn func_num_args(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    match calling_function_frame(it) {
        Some(i) => Ok(Value::Int(it.frames[i].num_args as i64)),
        None => Err(it.throw_error(
            "Error",
            "func_num_args() must be called from a function context",
        )),
    }
}

// ---- functions ------------------------------------------------------------------

fn function_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let name = a.string(it, 0)?;
    let name = name.as_bytes();
    let name = name.strip_prefix(b"\\").unwrap_or(name);
    Ok(Value::Bool(
        it.functions
            .contains_key(name.to_ascii_lowercase().as_slice()),
    ))
}

fn register_shutdown_function(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    adopt_caller_scope(it);
    let cb = a.callable(it, 0)?;
    let args = a.rest(1);
    it.shutdown_functions.push((cb, args));
    Ok(Value::Null)
}

/// Every built-in function name, sorted.
fn internal_function_names(it: &Interp) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = it
        .functions
        .values()
        .filter_map(|c| match c {
            Callable::Builtin(b) => Some(b.name),
            Callable::User(_) => None,
        })
        .collect();
    names.sort_unstable();
    names
}

fn get_defined_functions(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    if a.has(0) {
        let exclude = a.bool(it, 0)?;
        if !exclude {
            it.deprecated(
                a.line,
                "get_defined_functions(): Setting $exclude_disabled to false has no effect",
            )?;
        }
    }
    let mut internal = Arr::new();
    for name in internal_function_names(it) {
        internal
            .table_mut()
            .push(Value::Str(Str::interned(name.as_bytes())));
    }
    // User functions in declaration order (by file, then line).
    let mut user: Vec<(Str, Str, u32)> = it
        .functions
        .iter()
        .filter_map(|(lc, c)| match c {
            Callable::User(f) => Some((lc.clone(), f.file.clone(), f.line)),
            Callable::Builtin(_) => None,
        })
        .collect();
    let files: Vec<Vec<u8>> = it.included_files.clone();
    let file_rank = |f: &Str| {
        files
            .iter()
            .position(|x| x.as_slice() == f.as_bytes())
            .unwrap_or(usize::MAX)
    };
    user.sort_by(|x, y| {
        (file_rank(&x.1), x.2, x.0.as_bytes()).cmp(&(file_rank(&y.1), y.2, y.0.as_bytes()))
    });
    let mut users = Arr::new();
    for (lc, _, _) in user {
        users.table_mut().push(Value::Str(lc));
    }
    let mut out = Arr::new();
    out.table_mut()
        .insert(Key::Str(Str::interned(b"internal")), Value::Arr(internal));
    out.table_mut()
        .insert(Key::Str(Str::interned(b"user")), Value::Arr(users));
    Ok(Value::Arr(out))
}

// ---- variables ------------------------------------------------------------------

/// The superglobals PHP's global symbol table starts with, in its order;
/// `$_REQUEST` and `$_ENV` only appear there once a script names them.
const GLOBALS_FIRST: &[&[u8]] = &[
    b"_GET", b"_POST", b"_COOKIE", b"_FILES", b"argv", b"argc", b"_SERVER",
];
const GLOBALS_ON_DEMAND: &[&[u8]] = &[b"_REQUEST", b"_ENV"];

/// `get_defined_vars()`: the caller's variables, in slot order. A
/// reference nothing else shares is copied as its value, as Zend's
/// `zend_array_dup` does.
fn get_defined_vars(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let i = caller_frame(it);
    let f = &it.frames[i];
    let mut vars: Vec<(Str, Value)> = Vec::new();
    let named = f.num_compiled() + f.extra_names.len();
    for (slot, v) in f.slots.iter().enumerate().take(named) {
        let v = match v {
            Value::Ref(r) if r.refcount() == 1 => r.get().clone(),
            other => other.clone(),
        };
        let name = f.slot_name(slot);
        if v.is_undef() || name.as_bytes() == b"this" {
            continue;
        }
        vars.push((name, v));
    }
    if i == 0 {
        let rank = |n: &Str| {
            GLOBALS_FIRST
                .iter()
                .position(|g| *g == n.as_bytes())
                .unwrap_or(GLOBALS_FIRST.len())
        };
        vars.retain(|(n, _)| !GLOBALS_ON_DEMAND.contains(&n.as_bytes()));
        vars.sort_by_key(|(n, _)| rank(n));
    }
    let mut arr = Arr::new();
    for (name, v) in vars {
        arr.table_mut().insert(Key::from_str(name), v);
    }
    Ok(Value::Arr(arr))
}
