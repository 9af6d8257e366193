//! The `Generator` class (the object a generator function's call returns)
//! and `ClosedGeneratorException`. The machinery behind the methods is in
//! `crate::interp::generator`.

use crate::builtins::CallArgs;
use crate::f;
use crate::interp::class::{ClassBuilder, Method};
use crate::interp::function::Callable;
use crate::interp::generator as gen;
use crate::interp::{Interp, R};
use crate::syntax::ast::Visibility;
use crate::value::{Obj, Str, Value};
use std::rc::Rc;

pub fn register(it: &mut Interp) {
    ClassBuilder::new("Generator")
        .final_()
        .no_dynamic_props()
        .implements("Iterator")
        .methods(GENERATOR_METHODS)
        .register(it);
    add_engine_hooks(it);
    ClassBuilder::new("ClosedGeneratorException")
        .extends("Exception")
        .register(it);
}

static GENERATOR_METHODS: &[crate::builtins::BuiltinFunction] = &[
    f!("rewind", generator_rewind, ""),
    f!("valid", generator_valid, ""),
    f!("current", generator_current, ""),
    f!("key", generator_key, ""),
    f!("next", generator_next, ""),
    f!("send", generator_send, "$value"),
    f!("throw", generator_throw, "$exception"),
    f!("getReturn", generator_get_return, ""),
];

/// Gives `Generator` a constructor that refuses `new` and a destructor that
/// runs pending `finally` blocks, without listing them as methods (PHP's
/// `get_constructor` and `dtor_obj` handlers).
fn add_engine_hooks(it: &mut Interp) {
    static CONSTRUCT: crate::builtins::BuiltinFunction = f!("__construct", generator_construct, "");
    static DESTRUCT: crate::builtins::BuiltinFunction = f!("__destruct", generator_destruct, "");
    let lc = Str::interned(b"generator");
    let Some(registered) = it.classes.remove(&lc) else {
        return;
    };
    let class = match Rc::try_unwrap(registered) {
        Ok(c) => c,
        Err(shared) => {
            it.classes.insert(lc, shared);
            return;
        }
    };
    let class = Rc::new_cyclic(|weak| {
        let mut c = class;
        let hook = |f: &'static crate::builtins::BuiltinFunction| {
            Rc::new(Method {
                name: Str::interned(f.name.as_bytes()),
                callable: Callable::Builtin(f),
                visibility: Visibility::Public,
                is_static: false,
                is_abstract: false,
                is_final: false,
                class: weak.clone(),
                class_name: c.name.clone(),
            })
        };
        let constructor = hook(&CONSTRUCT);
        let destructor = hook(&DESTRUCT);
        // The methods' back links pointed at the class before the rebuild.
        for m in c.methods.values_mut() {
            *m = Rc::new(Method {
                name: m.name.clone(),
                callable: m.callable.clone(),
                visibility: m.visibility,
                is_static: m.is_static,
                is_abstract: m.is_abstract,
                is_final: m.is_final,
                class: weak.clone(),
                class_name: m.class_name.clone(),
            });
        }
        c.constructor = Some(constructor);
        c.destructor = Some(destructor);
        c
    });
    it.classes.insert(lc, class);
}

/// The generator a method runs on (`None` only for a malformed call).
fn this(a: &CallArgs) -> Option<Obj> {
    a.this.clone()
}

fn generator_construct(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    // PHP refuses before any constructor frame exists: leave ours out of
    // the exception's trace.
    let own = it.frames.pop();
    let e = it.throw_error(
        "Error",
        "The \"Generator\" class is reserved for internal use and cannot be manually instantiated",
    );
    if let Some(frame) = own {
        it.frames.push(frame);
    }
    Err(e)
}

fn generator_destruct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    if let Some(g) = this(a) {
        gen::destroy(it, &g)?;
    }
    Ok(Value::Null)
}

fn generator_rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    if let Some(g) = this(a) {
        gen::rewind(it, &g)?;
    }
    Ok(Value::Null)
}

fn generator_valid(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let Some(g) = this(a) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(gen::valid(it, &g)?))
}

fn generator_current(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let Some(g) = this(a) else {
        return Ok(Value::Null);
    };
    gen::current(it, &g)
}

fn generator_key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let Some(g) = this(a) else {
        return Ok(Value::Null);
    };
    gen::key(it, &g)
}

fn generator_next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    if let Some(g) = this(a) {
        gen::next(it, &g)?;
    }
    Ok(Value::Null)
}

fn generator_send(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let Some(g) = this(a) else {
        return Ok(Value::Null);
    };
    gen::send(it, &g, a.value(0))
}

fn generator_throw(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    match a.get(0) {
        Some(Value::Obj(e)) if e.class().is_throwable => {
            let e = e.clone();
            let Some(g) = this(a) else {
                return Ok(Value::Null);
            };
            gen::throw(it, &g, e)
        }
        _ => {
            let msg = format!(
                "Generator::throw(): Argument #1 ($exception) must be of type Throwable, {} given",
                a.value(0).type_name()
            );
            Err(it.throw_error("TypeError", &msg))
        }
    }
}

fn generator_get_return(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let Some(g) = this(a) else {
        return Ok(Value::Null);
    };
    gen::get_return(it, &g)
}
