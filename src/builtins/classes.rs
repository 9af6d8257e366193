//! Built-in classes: `stdClass`, the core interfaces, the exception
//! hierarchy (`Exception`, `Error` and their subclasses), `Closure`, and
//! the run-time parts of enums.

use crate::builtins::CallArgs;
use crate::interp::call::ClosureData;
use crate::interp::class::{Class, ClassBuilder};
use crate::interp::function::Callable;
use crate::interp::{Interp, Unwind, R};
use crate::syntax::ast::Visibility;
use crate::value::{Arr, Key, Obj, Str, Value};
use crate::{f, sf};
use std::rc::Rc;

pub fn register(it: &mut Interp) {
    ClassBuilder::new("stdClass").register(it);
    for name in [
        "Traversable",
        "Countable",
        "ArrayAccess",
        "Stringable",
        "JsonSerializable",
        "Serializable",
        "UnitEnum",
    ] {
        ClassBuilder::new(name).interface().register(it);
    }
    ClassBuilder::new("Iterator")
        .interface()
        .implements("Traversable")
        .register(it);
    ClassBuilder::new("IteratorAggregate")
        .interface()
        .implements("Traversable")
        .register(it);
    ClassBuilder::new("BackedEnum")
        .interface()
        .implements("UnitEnum")
        .register(it);
    ClassBuilder::new("Throwable")
        .interface()
        .implements("Stringable")
        .register(it);
    for base in ["Exception", "Error"] {
        ClassBuilder::new(base)
            .implements("Throwable")
            .prop("message", Visibility::Protected, Value::Str(Str::empty()))
            .prop("string", Visibility::Private, Value::Str(Str::empty()))
            .prop("code", Visibility::Protected, Value::Int(0))
            .prop("file", Visibility::Protected, Value::Str(Str::empty()))
            .prop("line", Visibility::Protected, Value::Int(0))
            .prop("trace", Visibility::Private, Value::Arr(Arr::empty()))
            .prop("previous", Visibility::Private, Value::Null)
            .methods(THROWABLE_METHODS)
            .register(it);
    }
    ClassBuilder::new("ErrorException")
        .extends("Exception")
        .prop(
            "severity",
            Visibility::Protected,
            Value::Int(crate::interp::errors::E_ERROR),
        )
        .method(&ERROR_EXCEPTION_CONSTRUCT)
        .method(&ERROR_EXCEPTION_GET_SEVERITY)
        .register(it);
    for (name, parent) in [
        ("CompileError", "Error"),
        ("ParseError", "CompileError"),
        ("TypeError", "Error"),
        ("ArgumentCountError", "TypeError"),
        ("ValueError", "Error"),
        ("ArithmeticError", "Error"),
        ("DivisionByZeroError", "ArithmeticError"),
        ("UnhandledMatchError", "Error"),
        ("LogicException", "Exception"),
        ("BadFunctionCallException", "LogicException"),
        ("BadMethodCallException", "BadFunctionCallException"),
        ("DomainException", "LogicException"),
        ("InvalidArgumentException", "LogicException"),
        ("LengthException", "LogicException"),
        ("OutOfRangeException", "LogicException"),
        ("RuntimeException", "Exception"),
        ("OutOfBoundsException", "RuntimeException"),
        ("OverflowException", "RuntimeException"),
        ("RangeException", "RuntimeException"),
        ("UnderflowException", "RuntimeException"),
        ("UnexpectedValueException", "RuntimeException"),
        ("JsonException", "Exception"),
    ] {
        ClassBuilder::new(name).extends(parent).register(it);
    }
    ClassBuilder::new("Closure")
        .final_()
        .no_dynamic_props()
        .methods(CLOSURE_METHODS)
        .register(it);
    register_iterators(it);
    crate::builtins::generators::register(it);
    crate::builtins::spl::register(it);
    crate::builtins::weakrefs::register(it);
    crate::builtins::info::register_classes(it);
    crate::builtins::serialize::register_classes(it);
}

static THROWABLE_METHODS: &[crate::builtins::BuiltinFunction] = &[
    f!(
        "__construct",
        exception_construct,
        "$message=, $code=, $previous="
    ),
    f!("getMessage", exception_get_message, ""),
    f!("getCode", exception_get_code, ""),
    f!("getFile", exception_get_file, ""),
    f!("getLine", exception_get_line, ""),
    f!("getTrace", exception_get_trace, ""),
    f!("getPrevious", exception_get_previous, ""),
    f!("getTraceAsString", exception_get_trace_as_string, ""),
    f!("__toString", exception_to_string, ""),
    f!("__wakeup", exception_wakeup, ""),
];

static ERROR_EXCEPTION_CONSTRUCT: crate::builtins::BuiltinFunction = f!(
    "__construct",
    error_exception_construct,
    "$message=, $code=, $severity=, $filename=, $line=, $previous="
);
static ERROR_EXCEPTION_GET_SEVERITY: crate::builtins::BuiltinFunction =
    f!("getSeverity", error_exception_get_severity, "");

fn this(a: &CallArgs) -> Obj {
    a.this.clone().expect("method called with $this")
}

/// The base class (`Exception` or `Error`) of a throwable, for messages.
fn base_name(o: &Obj) -> &'static str {
    if o.class().instance_of_name(b"exception") {
        "Exception"
    } else {
        "Error"
    }
}

fn exception_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(a);
    let cls = o.class().name.clone();
    if let Some(v) = a.get(0) {
        match v {
            Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                let s = a.string(it, 0)?;
                it.set_prop_by_name(&o, b"message", Value::Str(s));
            }
            Value::Null => {}
            other => {
                let msg = format!(
                    "{}::__construct(): Argument #1 ($message) must be of type string, {} given",
                    String::from_utf8_lossy(cls.as_bytes()),
                    crate::interp::types::given_type(other)
                );
                return Err(it.throw_error("TypeError", &msg));
            }
        }
    }
    if let Some(v) = a.get(1) {
        match v {
            Value::Int(i) => it.set_prop_by_name(&o, b"code", Value::Int(*i)),
            Value::Null => {}
            other => {
                let msg = format!(
                    "{}::__construct(): Argument #2 ($code) must be of type int, {} given",
                    String::from_utf8_lossy(cls.as_bytes()),
                    crate::interp::types::given_type(other)
                );
                return Err(it.throw_error("TypeError", &msg));
            }
        }
    }
    if let Some(v) = a.get(2) {
        match v {
            Value::Obj(p) if p.class().is_throwable => {
                it.set_prop_by_name(&o, b"previous", Value::Obj(p.clone()))
            }
            Value::Null => {}
            other => {
                let msg = format!(
                    "{}::__construct(): Argument #3 ($previous) must be of type ?Throwable, {} given",
                    String::from_utf8_lossy(cls.as_bytes()),
                    crate::interp::types::given_type(other)
                );
                return Err(it.throw_error("TypeError", &msg));
            }
        }
    }
    let _ = base_name(&o);
    Ok(Value::Null)
}

fn error_exception_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(a);
    if a.has(0) {
        let s = a.string(it, 0)?;
        it.set_prop_by_name(&o, b"message", Value::Str(s));
    }
    if a.has(1) {
        let c = a.int(it, 1)?;
        it.set_prop_by_name(&o, b"code", Value::Int(c));
    }
    if a.has(2) {
        let s = a.int(it, 2)?;
        it.set_prop_by_name(&o, b"severity", Value::Int(s));
    }
    if let Some(f) = a.nullable_string(it, 3)? {
        it.set_prop_by_name(&o, b"file", Value::Str(f));
    }
    if let Some(l) = a.nullable_int(it, 4)? {
        it.set_prop_by_name(&o, b"line", Value::Int(l));
    }
    if let Some(Value::Obj(p)) = a.get(5) {
        it.set_prop_by_name(&o, b"previous", Value::Obj(p.clone()));
    }
    Ok(Value::Null)
}

fn error_exception_get_severity(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(it.get_prop_by_name(&this(a), b"severity"))
}

fn exception_get_message(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(it.get_prop_by_name(&this(a), b"message"))
}
fn exception_get_code(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(it.get_prop_by_name(&this(a), b"code"))
}
fn exception_get_file(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(it.get_prop_by_name(&this(a), b"file"))
}
fn exception_get_line(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(it.get_prop_by_name(&this(a), b"line"))
}
fn exception_get_trace(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(it.get_prop_by_name(&this(a), b"trace"))
}
fn exception_get_previous(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(it.get_prop_by_name(&this(a), b"previous"))
}
fn exception_wakeup(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(Value::Null)
}

/// `getTraceAsString()`: one line per frame, then `{main}`.
fn exception_get_trace_as_string(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let trace = it.get_prop_by_name(&this(a), b"trace");
    let mut out = Vec::new();
    let mut n = 0;
    if let Value::Arr(t) = trace {
        for frame in t.table().values() {
            let Value::Arr(f) = frame.deref() else {
                continue;
            };
            trace_line(it, &mut out, f, n);
            n += 1;
        }
    }
    out.extend_from_slice(format!("#{} {{main}}", n).as_bytes());
    Ok(Value::Str(Str::new(&out)))
}

pub fn trace_line(it: &mut Interp, out: &mut Vec<u8>, f: &Arr, n: usize) {
    let get = |k: &[u8]| {
        f.table()
            .get(&Key::Str(Str::interned(k)))
            .map(|v| v.deref_clone())
    };
    out.extend_from_slice(format!("#{} ", n).as_bytes());
    match get(b"file") {
        Some(Value::Str(file)) => {
            let line = match get(b"line") {
                Some(Value::Int(l)) => l,
                _ => 0,
            };
            out.extend_from_slice(file.as_bytes());
            out.extend_from_slice(format!("({}): ", line).as_bytes());
        }
        _ => out.extend_from_slice(b"[internal function]: "),
    }
    for k in [&b"class"[..], b"type", b"function"] {
        if let Some(Value::Str(s)) = get(k) {
            // Printed as C strings: an anonymous class name stops at its NUL.
            let b = s.as_bytes();
            let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
            out.extend_from_slice(&b[..end]);
        }
    }
    out.push(b'(');
    if let Some(Value::Arr(args)) = get(b"args") {
        let mut first = true;
        for (k, v) in args.table().iter() {
            if !first {
                out.extend_from_slice(b", ");
            }
            first = false;
            if let crate::value::KeyRef::Str(name) = k {
                out.extend_from_slice(name.as_bytes());
                out.extend_from_slice(b": ");
            }
            trace_arg(it, out, v.deref());
        }
    }
    out.extend_from_slice(b")\n");
}

/// An argument as traces show it (`'abc...'`, `Array`, `Object(Foo)`).
fn trace_arg(it: &mut Interp, out: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null | Value::Undef => out.extend_from_slice(b"NULL"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Value::Float(f) => {
            let s = crate::numeric::format_float(*f, 17);
            let s = if s.contains(['.', 'E', 'N', 'I']) {
                s
            } else {
                format!("{}.0", s)
            };
            out.extend_from_slice(s.as_bytes());
        }
        Value::Str(s) => {
            let max = it.settings.exception_string_param_max_len;
            out.push(b'\'');
            if s.len() > max {
                out.extend_from_slice(&s.as_bytes()[..max]);
                out.extend_from_slice(b"...'");
            } else {
                out.extend_from_slice(s.as_bytes());
                out.push(b'\'');
            }
        }
        Value::Arr(_) => out.extend_from_slice(b"Array"),
        Value::Obj(o) => {
            out.extend_from_slice(b"Object(");
            out.extend_from_slice(o.class_name().as_bytes());
            out.push(b')');
        }
        Value::Res(r) => out.extend_from_slice(format!("Resource id #{}", r.id()).as_bytes()),
        Value::Ref(r) => trace_arg(it, out, r.get()),
    }
}

/// `Throwable::__toString()` with the chain of previous exceptions.
fn exception_to_string(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let mut result: Vec<u8> = Vec::new();
    let mut cur = Some(this(a));
    let mut seen: Vec<usize> = Vec::new();
    while let Some(e) = cur.take() {
        let id = e.gc_ptr().as_ptr() as usize;
        if seen.contains(&id) {
            break;
        }
        seen.push(id);
        let message = it.get_prop_by_name(&e, b"message");
        let mut message = it.to_str(&message)?.as_bytes().to_vec();
        let file = it.get_prop_by_name(&e, b"file");
        let file = it.to_str(&file)?;
        let line = crate::interp::convert::to_int_scalar(&it.get_prop_by_name(&e, b"line"));
        let trace = it.call_method(&e, b"gettraceasstring", Vec::new())?;
        let mut trace = match trace {
            Value::Str(s) if !s.is_empty() => s.as_bytes().to_vec(),
            _ => b"#0 {main}".to_vec(),
        };
        if !trace.ends_with(b"\n") && !trace.is_empty() {
            // getTraceAsString has no final newline; the text adds none either.
        }
        let cls = e.class();
        if (cls.lc_name.as_bytes() == b"typeerror"
            || cls.lc_name.as_bytes() == b"argumentcounterror")
            && message.windows(12).any(|w| w == b", called in ")
        {
            message.extend_from_slice(b" and defined");
        }
        let mut s = Vec::new();
        s.extend_from_slice(cls.display_name());
        if !message.is_empty() {
            s.extend_from_slice(b": ");
            s.extend_from_slice(&message);
        }
        s.extend_from_slice(b" in ");
        s.extend_from_slice(file.as_bytes());
        s.extend_from_slice(format!(":{}\nStack trace:\n", line).as_bytes());
        s.append(&mut trace);
        if !result.is_empty() {
            s.extend_from_slice(b"\n\nNext ");
            s.extend_from_slice(&result);
        }
        result = s;
        cur = match it.get_prop_by_name(&e, b"previous") {
            Value::Obj(p) if p.class().is_throwable => Some(p),
            _ => None,
        };
    }
    Ok(Value::Str(Str::new(&result)))
}

// ---- Closure -----------------------------------------------------------

static CLOSURE_METHODS: &[crate::builtins::BuiltinFunction] = &[
    sf!("bind", closure_bind, "$closure, $newThis, $newScope="),
    f!("bindTo", closure_bind_to, "$newThis, $newScope="),
    f!("call", closure_call, "$newThis, ...$args"),
    sf!("fromCallable", closure_from_callable, "$callback"),
    f!("__invoke", closure_invoke, "...$args"),
];

fn closure_rebind(it: &mut Interp, c: &Obj, new_this: Value, scope_arg: Option<Value>) -> R<Value> {
    let Some(data) = c.payload::<ClosureData>() else {
        return Ok(Value::Null);
    };
    let mut scope = data.scope.clone();
    if let Some(s) = scope_arg {
        scope = match s.deref() {
            Value::Obj(o) => Some(o.class().clone()),
            Value::Null => None,
            Value::Str(n) if n.as_bytes().eq_ignore_ascii_case(b"static") => scope,
            other => {
                let n = it.to_str(other)?;
                let lc = Str::new(&n.as_bytes().to_ascii_lowercase());
                match it.find_class(&n, &lc)? {
                    Some(c) => Some(c),
                    None => {
                        let msg = format!(
                            "Class \"{}\" not found",
                            String::from_utf8_lossy(n.as_bytes())
                        );
                        it.warn(it.current_line(), &msg)?;
                        return Ok(Value::Null);
                    }
                }
            }
        };
    }
    let new_this = match new_this.deref() {
        Value::Obj(o) => Value::Obj(o.clone()),
        _ => Value::Null,
    };
    if let (Callable::User(f), Value::Obj(_)) = (&data.callable, &new_this) {
        if f.is_static {
            it.warn(
                it.current_line(),
                "Cannot bind an instance to a static closure",
            )?;
            return Ok(Value::Null);
        }
    }
    let called_scope = match &new_this {
        Value::Obj(o) => Some(o.class().clone()),
        _ => scope.clone(),
    };
    // A closure with `$this` always has a class scope: Closure itself when
    // none was given (zend_create_closure).
    let scope = match (scope, &new_this) {
        (None, Value::Obj(_)) => it.classes.get(&Str::interned(b"closure")).cloned(),
        (scope, _) => scope,
    };
    let copy = ClosureData {
        callable: data.callable.clone(),
        this: new_this,
        scope,
        called_scope,
        bound: data.bound.clone(),
        statics: std::cell::RefCell::new(data.statics.borrow().clone()),
        method: data.method.clone(),
    };
    Ok(Value::Obj(it.new_closure_object(copy)))
}

fn closure_bind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let c = a.object(it, 0)?;
    let scope = if a.has(2) { Some(a.value(2)) } else { None };
    closure_rebind(it, &c, a.value(1), scope)
}

fn closure_bind_to(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let c = this(a);
    let scope = if a.has(1) { Some(a.value(1)) } else { None };
    closure_rebind(it, &c, a.value(0), scope)
}

fn closure_call(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let c = this(a);
    let new_this = a.object(it, 0)?;
    let bound = closure_rebind(
        it,
        &c,
        Value::Obj(new_this.clone()),
        Some(Value::Obj(new_this)),
    )?;
    let args = a.rest(1);
    it.call_value(&bound, args)
}

fn closure_from_callable(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let v = a.value(0);
    if let Value::Obj(o) = &v {
        if o.payload::<ClosureData>().is_some() {
            return Ok(v);
        }
    }
    let cb = a.callable(it, 0)?;
    let (callable, ctx) = it.resolve_callable(&cb)?;
    it.closure_from_callable(callable, ctx)
}

fn closure_invoke(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let c = this(a);
    let args = a.rest(0);
    it.call_value(&Value::Obj(c), args)
}

/// A callable that forwards a call of an undefined method to `__call`.
pub fn magic_call_trampoline(name: &[u8]) -> Callable {
    let _ = name;
    Callable::Builtin(&MAGIC_CALL_TRAMPOLINE)
}

static MAGIC_CALL_TRAMPOLINE: crate::builtins::BuiltinFunction =
    f!("__call", magic_call_forward, "...$args");

fn magic_call_forward(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(a);
    let args = a.rest(0);
    it.call_method(&o, b"__call", args)
}

/// Copies a built-in object's payload for `clone`.
pub fn clone_payload(from: &Obj, to: &Obj) {
    if crate::builtins::weakrefs::clone_weakmap(from, to)
        || crate::builtins::spl::clone_payload(from, to)
    {
        return;
    }
    if let Some(d) = from.payload::<ClosureData>() {
        to.set_payload(Box::new(ClosureData {
            callable: d.callable.clone(),
            this: d.this.clone(),
            scope: d.scope.clone(),
            called_scope: d.called_scope.clone(),
            bound: d.bound.clone(),
            statics: std::cell::RefCell::new(d.statics.borrow().clone()),
            method: d.method.clone(),
        }));
    }
}

/// `(array)` of a built-in object whose state is not in properties.
pub fn payload_to_array(o: &Obj) -> Option<Arr> {
    crate::builtins::spl::properties_view(o)
}

/// Built-in objects `clone` refuses (Zend's classes without `clone_obj`).
pub fn is_uncloneable(o: &Obj) -> bool {
    crate::builtins::spl::is_uncloneable(o) || crate::interp::generator::is_generator(o)
}

/// Built-in aggregates PHP iterates with an iterator of their own, without
/// calling `getIterator()` (`WeakMap`, `SplFixedArray`).
pub fn has_internal_iteration(o: &Obj) -> bool {
    o.class().lc_name.as_bytes() == b"weakmap"
        || crate::builtins::spl::fixed_array::iterates_internally(o)
}

/// Element `i` of such an object as it is now (key, value); `None` past
/// the last.
pub fn internal_element(o: &Obj, i: usize) -> Option<(Value, Value)> {
    crate::builtins::weakrefs::weakmap_entry(o, i)
        .or_else(|| crate::builtins::spl::fixed_array::element(o, i))
}

// ---- enums -------------------------------------------------------------

/// Creates the object of an enum case (once; cached in the constant).
pub fn make_enum_case(it: &mut Interp, class: &Rc<Class>, name: &Str) -> R<Value> {
    let o = Obj::new(class.clone(), Vec::new());
    o.dyn_props_mut()
        .insert(Key::Str(Str::interned(b"name")), Value::Str(name.clone()));
    if let Some(decl) = class.decl.clone() {
        if let Some((_, Some(e))) = decl.enum_cases.iter().find(|(n, _)| n == name) {
            let v = it.eval_const_expr_in(e, class)?;
            o.dyn_props_mut()
                .insert(Key::Str(Str::interned(b"value")), v);
        }
    }
    Ok(Value::Obj(o))
}

#[allow(dead_code)]
fn unwind_unused(_: Unwind) {}

// ---- iterators over engine data -----------------------------------------

/// State of an `InternalIterator` (pairs made by the engine) or an
/// `ArrayIterator` (an array and a position).
pub struct PairIter {
    pub items: Vec<(Value, Value)>,
    pub pos: usize,
}

impl crate::value::object::Payload for PairIter {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        for (k, v) in &self.items {
            f(k);
            f(v);
        }
    }
    fn take_values(&mut self) -> Vec<Value> {
        let mut out = Vec::new();
        for (k, v) in self.items.drain(..) {
            out.push(k);
            out.push(v);
        }
        out
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// An iterator object over (key, value) pairs.
pub fn new_pair_iterator(it: &mut Interp, items: Vec<(Value, Value)>) -> R<Value> {
    let class = it.classes[&Str::interned(b"internaliterator")].clone();
    let o = Obj::new(class, Vec::new());
    o.set_payload(Box::new(PairIter { items, pos: 0 }));
    Ok(Value::Obj(o))
}

static PAIR_ITER_METHODS: &[crate::builtins::BuiltinFunction] = &[
    f!("current", pair_current, ""),
    f!("key", pair_key, ""),
    f!("next", pair_next, ""),
    f!("valid", pair_valid, ""),
    f!("rewind", pair_rewind, ""),
];

fn pair_state(a: &CallArgs) -> Obj {
    a.this.clone().expect("iterator method")
}

fn pair_current(_it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = pair_state(a);
    let p = o.payload::<PairIter>().expect("pair iterator");
    Ok(p.items
        .get(p.pos)
        .map(|(_, v)| v.deref_clone())
        .unwrap_or(Value::Null))
}
fn pair_key(_it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = pair_state(a);
    let p = o.payload::<PairIter>().expect("pair iterator");
    Ok(p.items
        .get(p.pos)
        .map(|(k, _)| k.clone())
        .unwrap_or(Value::Null))
}
fn pair_next(_it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = pair_state(a);
    if let Some(p) = o.payload_mut::<PairIter>() {
        p.pos += 1;
    }
    Ok(Value::Null)
}
fn pair_valid(_it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = pair_state(a);
    let p = o.payload::<PairIter>().expect("pair iterator");
    Ok(Value::Bool(p.pos < p.items.len()))
}
fn pair_rewind(_it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = pair_state(a);
    if let Some(p) = o.payload_mut::<PairIter>() {
        p.pos = 0;
    }
    Ok(Value::Null)
}

/// Registers the engine's iterator classes (called from `register`); the
/// SPL ones are in `crate::builtins::spl`.
pub fn register_iterators(it: &mut Interp) {
    ClassBuilder::new("InternalIterator")
        .final_()
        .implements("Iterator")
        .methods(PAIR_ITER_METHODS)
        .register(it);
    ClassBuilder::new("SeekableIterator")
        .interface()
        .implements("Iterator")
        .register(it);
}
