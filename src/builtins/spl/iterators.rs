//! The SPL iterators that wrap another iterator (PHP's "dual iterators":
//! `IteratorIterator` and its subclasses `FilterIterator`,
//! `CallbackFilterIterator`, `LimitIterator`, `InfiniteIterator`,
//! `NoRewindIterator`, `AppendIterator`, `CachingIterator`,
//! `RegexIterator` and their recursive variants), plus `EmptyIterator`,
//! `MultipleIterator` and the `OuterIterator`/`RecursiveIterator`
//! interfaces.
//!
//! A dual iterator keeps the inner iterator's current element and key
//! (fetched on `rewind`/`next`) and its own position, as Zend's
//! `spl_dual_it_object` does; the inner iterator is driven through its
//! methods.

use super::{method_name, state, this, DebugProp};
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::class::{ClassBuilder, InternalClass};
use crate::interp::convert::to_bool;
use crate::interp::{Interp, Unwind, R};
use crate::syntax::ast::Visibility;
use crate::value::object::Payload;
use crate::value::{Arr, Key, Obj, Ref, Str, Value};

// CachingIterator flags.
const CALL_TOSTRING: i64 = 1;
const TOSTRING_USE_KEY: i64 = 2;
const TOSTRING_USE_CURRENT: i64 = 4;
const TOSTRING_USE_INNER: i64 = 8;
pub const CATCH_GET_CHILD: i64 = 16;
const FULL_CACHE: i64 = 256;
/// The flags a script sees; higher bits are internal.
const PUBLIC_FLAGS: i64 = 0xFFFF;
/// Internal: the cached element is valid.
const CACHED_VALID: i64 = 0x10000;

// RegexIterator modes and flags.
const MODE_MATCH: i64 = 0;
const MODE_GET_MATCH: i64 = 1;
const MODE_ALL_MATCHES: i64 = 2;
const MODE_SPLIT: i64 = 3;
const MODE_REPLACE: i64 = 4;
const USE_KEY: i64 = 1;
const INVERT_MATCH: i64 = 2;

// MultipleIterator flags.
const MIT_NEED_ANY: i64 = 0;
const MIT_NEED_ALL: i64 = 1;
const MIT_KEYS_NUMERIC: i64 = 0;
const MIT_KEYS_ASSOC: i64 = 2;

/// What one kind of dual iterator keeps besides the common state.
enum Extra {
    None,
    Limit {
        offset: i64,
        count: i64,
    },
    Callback(Value),
    Caching {
        flags: i64,
        /// Always an array (a value so the collector sees the array).
        cache: Value,
        text: Value,
        children: Value,
    },
    /// The `ArrayIterator` of the appended iterators, and the handle its
    /// iterator holds.
    Append(Value, Value),
    Regex {
        pattern: Str,
        mode: i64,
        flags: i64,
        preg_flags: i64,
        use_flags: bool,
    },
}

pub struct DualState {
    /// A constructor ran.
    constructed: bool,
    /// The inner iterator (`Undef` before construction, and for an
    /// `AppendIterator` between iterators).
    inner: Value,
    /// Stands for PHP's `zend_object_iterator` over the inner iterator,
    /// which takes an object handle (see `Interp::iterator_handle`).
    handle: Value,
    /// The fetched element and key (`Undef`: none).
    current: Value,
    key: Value,
    pos: i64,
    extra: Extra,
}

impl Payload for DualState {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.handle);
        f(&self.inner);
        f(&self.current);
        f(&self.key);
        match &self.extra {
            Extra::Callback(v) => f(v),
            Extra::Append(list, handle) => {
                f(list);
                f(handle);
            }
            Extra::Caching {
                cache,
                text,
                children,
                ..
            } => {
                f(cache);
                f(text);
                f(children);
            }
            _ => {}
        }
    }
    fn take_values(&mut self) -> Vec<Value> {
        let mut out = vec![
            std::mem::take(&mut self.handle),
            std::mem::take(&mut self.inner),
            std::mem::take(&mut self.current),
            std::mem::take(&mut self.key),
        ];
        match std::mem::replace(&mut self.extra, Extra::None) {
            Extra::Callback(v) => out.push(v),
            Extra::Append(list, handle) => {
                out.push(handle);
                out.push(list);
            }
            Extra::Caching {
                cache,
                text,
                children,
                ..
            } => {
                out.push(cache);
                out.push(text);
                out.push(children);
            }
            _ => {}
        }
        out
    }
    crate::payload_any!();
}

static DUAL_INTERNAL: InternalClass = InternalClass {
    create: Some(dual_create),
};

fn dual_create(o: &Obj) {
    o.set_payload(Box::new(DualState {
        constructed: false,
        inner: Value::Undef,
        handle: Value::Undef,
        current: Value::Undef,
        key: Value::Undef,
        pos: 0,
        extra: Extra::None,
    }));
}

static ITERATOR_ITERATOR_METHODS: &[BuiltinFunction] = &[
    f!(
        "__construct",
        iterator_iterator_construct,
        "$iterator, $class="
    ),
    f!("getInnerIterator", get_inner_iterator, ""),
    f!("rewind", dual_rewind_method, ""),
    f!("valid", dual_valid_method, ""),
    f!("key", dual_key_method, ""),
    f!("current", dual_current_method, ""),
    f!("next", dual_next_method, ""),
];

static FILTER_METHODS: &[BuiltinFunction] = &[
    f!("accept", abstract_accept, ""),
    f!("__construct", filter_construct, "$iterator"),
    f!("rewind", filter_rewind, ""),
    f!("next", filter_next, ""),
];

static CALLBACK_FILTER_METHODS: &[BuiltinFunction] = &[
    f!(
        "__construct",
        callback_filter_construct,
        "$iterator, $callback"
    ),
    f!("accept", callback_accept, ""),
];

static RECURSIVE_FILTER_METHODS: &[BuiltinFunction] = &[
    f!("__construct", recursive_filter_construct, "$iterator"),
    f!("hasChildren", inner_has_children, ""),
    f!("getChildren", recursive_filter_get_children, ""),
];

static RECURSIVE_CALLBACK_FILTER_METHODS: &[BuiltinFunction] = &[
    f!(
        "__construct",
        recursive_callback_filter_construct,
        "$iterator, $callback"
    ),
    f!("hasChildren", inner_has_children, ""),
    f!("getChildren", recursive_callback_filter_get_children, ""),
];

static PARENT_METHODS: &[BuiltinFunction] = &[
    f!("__construct", recursive_filter_construct, "$iterator"),
    f!("accept", inner_has_children, ""),
];

static LIMIT_METHODS: &[BuiltinFunction] = &[
    f!(
        "__construct",
        limit_construct,
        "$iterator, $offset=, $limit="
    ),
    f!("rewind", limit_rewind, ""),
    f!("valid", limit_valid, ""),
    f!("next", limit_next, ""),
    f!("seek", limit_seek_method, "$offset"),
    f!("getPosition", limit_position, ""),
];

static INFINITE_METHODS: &[BuiltinFunction] = &[
    f!("__construct", plain_construct, "$iterator"),
    f!("next", infinite_next, ""),
];

static NO_REWIND_METHODS: &[BuiltinFunction] = &[
    f!("__construct", plain_construct, "$iterator"),
    f!("rewind", no_rewind_rewind, ""),
    f!("valid", no_rewind_valid, ""),
    f!("key", no_rewind_key, ""),
    f!("current", no_rewind_current, ""),
    f!("next", no_rewind_next, ""),
];

static APPEND_METHODS: &[BuiltinFunction] = &[
    f!("__construct", append_construct, ""),
    f!("append", append_append, "$iterator"),
    f!("rewind", append_rewind, ""),
    f!("valid", dual_valid_method, ""),
    f!("current", append_current, ""),
    f!("next", append_next_method, ""),
    f!("getIteratorIndex", append_index, ""),
    f!("getArrayIterator", append_array_iterator, ""),
];

static CACHING_METHODS: &[BuiltinFunction] = &[
    f!("__construct", caching_construct, "$iterator, $flags="),
    f!("rewind", caching_rewind, ""),
    f!("valid", caching_valid, ""),
    f!("next", caching_next_method, ""),
    f!("hasNext", caching_has_next, ""),
    f!("__toString", caching_to_string, ""),
    f!("getFlags", caching_get_flags, ""),
    f!("setFlags", caching_set_flags, "$flags"),
    f!("offsetGet", caching_offset_get, "$key"),
    f!("offsetSet", caching_offset_set, "$key, $value"),
    f!("offsetUnset", caching_offset_unset, "$key"),
    f!("offsetExists", caching_offset_exists, "$key"),
    f!("getCache", caching_get_cache, ""),
    f!("count", caching_count, ""),
];

static RECURSIVE_CACHING_METHODS: &[BuiltinFunction] = &[
    f!(
        "__construct",
        recursive_caching_construct,
        "$iterator, $flags="
    ),
    f!("hasChildren", caching_has_children, ""),
    f!("getChildren", caching_get_children, ""),
];

static REGEX_METHODS: &[BuiltinFunction] = &[
    f!(
        "__construct",
        regex_construct,
        "$iterator, $pattern, $mode=, $flags=, $pregFlags="
    ),
    f!("accept", regex_accept, ""),
    f!("getMode", regex_get_mode, ""),
    f!("setMode", regex_set_mode, "$mode"),
    f!("getFlags", regex_get_flags, ""),
    f!("setFlags", regex_set_flags, "$flags"),
    f!("getRegex", regex_get_regex, ""),
    f!("getPregFlags", regex_get_preg_flags, ""),
    f!("setPregFlags", regex_set_preg_flags, "$pregFlags"),
];

static RECURSIVE_REGEX_METHODS: &[BuiltinFunction] = &[
    f!(
        "__construct",
        recursive_regex_construct,
        "$iterator, $pattern, $mode=, $flags=, $pregFlags="
    ),
    f!("accept", recursive_regex_accept, ""),
    f!("hasChildren", inner_has_children, ""),
    f!("getChildren", recursive_regex_get_children, ""),
];

static EMPTY_METHODS: &[BuiltinFunction] = &[
    f!("current", empty_current, ""),
    f!("next", nothing, ""),
    f!("key", empty_key, ""),
    f!("valid", empty_valid, ""),
    f!("rewind", nothing, ""),
];

static MULTIPLE_METHODS: &[BuiltinFunction] = &[
    f!("__construct", multiple_construct, "$flags="),
    f!("getFlags", multiple_get_flags, ""),
    f!("setFlags", multiple_set_flags, "$flags"),
    f!("attachIterator", multiple_attach, "$iterator, $info="),
    f!("detachIterator", multiple_detach, "$iterator"),
    f!("containsIterator", multiple_contains, "$iterator"),
    f!("countIterators", multiple_count, ""),
    f!("rewind", multiple_rewind, ""),
    f!("valid", multiple_valid, ""),
    f!("key", multiple_key, ""),
    f!("current", multiple_current, ""),
    f!("next", multiple_next, ""),
    f!("__debugInfo", multiple_debug_info, ""),
];

/// `OuterIterator` and `RecursiveIterator` (the classes need them first).
pub fn register_interfaces(it: &mut Interp) {
    ClassBuilder::new("OuterIterator")
        .interface()
        .implements("Iterator")
        .register(it);
    ClassBuilder::new("RecursiveIterator")
        .interface()
        .implements("Iterator")
        .register(it);
}

pub fn register(it: &mut Interp) {
    ClassBuilder::new("IteratorIterator")
        .implements("OuterIterator")
        .methods(ITERATOR_ITERATOR_METHODS)
        .internal(&DUAL_INTERNAL)
        .register(it);
    ClassBuilder::new("FilterIterator")
        .abstract_()
        .extends("IteratorIterator")
        .methods(FILTER_METHODS)
        .register(it);
    ClassBuilder::new("CallbackFilterIterator")
        .extends("FilterIterator")
        .methods(CALLBACK_FILTER_METHODS)
        .register(it);
    ClassBuilder::new("RecursiveFilterIterator")
        .abstract_()
        .extends("FilterIterator")
        .implements("RecursiveIterator")
        .methods(RECURSIVE_FILTER_METHODS)
        .register(it);
    ClassBuilder::new("RecursiveCallbackFilterIterator")
        .extends("CallbackFilterIterator")
        .implements("RecursiveIterator")
        .methods(RECURSIVE_CALLBACK_FILTER_METHODS)
        .register(it);
    ClassBuilder::new("ParentIterator")
        .extends("RecursiveFilterIterator")
        .methods(PARENT_METHODS)
        .register(it);
    ClassBuilder::new("LimitIterator")
        .extends("IteratorIterator")
        .methods(LIMIT_METHODS)
        .register(it);
    ClassBuilder::new("InfiniteIterator")
        .extends("IteratorIterator")
        .methods(INFINITE_METHODS)
        .register(it);
    ClassBuilder::new("NoRewindIterator")
        .extends("IteratorIterator")
        .methods(NO_REWIND_METHODS)
        .register(it);
    ClassBuilder::new("AppendIterator")
        .extends("IteratorIterator")
        .methods(APPEND_METHODS)
        .register(it);
    let mut caching = ClassBuilder::new("CachingIterator")
        .extends("IteratorIterator")
        .implements("ArrayAccess")
        .implements("Countable")
        .implements("Stringable");
    let mut recursive_caching =
        ClassBuilder::new("RecursiveCachingIterator").extends("CachingIterator");
    for (name, v) in [
        ("CALL_TOSTRING", CALL_TOSTRING),
        ("CATCH_GET_CHILD", CATCH_GET_CHILD),
        ("TOSTRING_USE_KEY", TOSTRING_USE_KEY),
        ("TOSTRING_USE_CURRENT", TOSTRING_USE_CURRENT),
        ("TOSTRING_USE_INNER", TOSTRING_USE_INNER),
        ("FULL_CACHE", FULL_CACHE),
    ] {
        caching = caching.constant(name, Value::Int(v));
    }
    caching.methods(CACHING_METHODS).register(it);
    recursive_caching = recursive_caching.implements("RecursiveIterator");
    recursive_caching
        .methods(RECURSIVE_CACHING_METHODS)
        .register(it);
    let mut regex = ClassBuilder::new("RegexIterator")
        .extends("FilterIterator")
        .prop("replacement", Visibility::Public, Value::Null);
    for (name, v) in [
        ("USE_KEY", USE_KEY),
        ("INVERT_MATCH", INVERT_MATCH),
        ("MATCH", MODE_MATCH),
        ("GET_MATCH", MODE_GET_MATCH),
        ("ALL_MATCHES", MODE_ALL_MATCHES),
        ("SPLIT", MODE_SPLIT),
        ("REPLACE", MODE_REPLACE),
    ] {
        regex = regex.constant(name, Value::Int(v));
    }
    regex.methods(REGEX_METHODS).register(it);
    ClassBuilder::new("RecursiveRegexIterator")
        .extends("RegexIterator")
        .implements("RecursiveIterator")
        .methods(RECURSIVE_REGEX_METHODS)
        .register(it);
    ClassBuilder::new("EmptyIterator")
        .implements("Iterator")
        .methods(EMPTY_METHODS)
        .register(it);
    ClassBuilder::new("MultipleIterator")
        .implements("Iterator")
        .constant("MIT_NEED_ANY", Value::Int(MIT_NEED_ANY))
        .constant("MIT_NEED_ALL", Value::Int(MIT_NEED_ALL))
        .constant("MIT_KEYS_NUMERIC", Value::Int(MIT_KEYS_NUMERIC))
        .constant("MIT_KEYS_ASSOC", Value::Int(MIT_KEYS_ASSOC))
        .methods(MULTIPLE_METHODS)
        .internal(&MULTIPLE_INTERNAL)
        .register(it);
}

// ---- the common machinery ------------------------------------------------------------

fn dual<'o>(it: &mut Interp, o: &'o Obj) -> R<&'o mut DualState> {
    state::<DualState>(it, o)
}

/// Error for an object whose constructor did not set it up.
fn not_constructed(it: &mut Interp) -> Unwind {
    it.throw_error(
        "Error",
        "The object is in an invalid state as the parent constructor was not called",
    )
}

/// Checks that a constructor ran (PHP's `SPL_FETCH_AND_CHECK_DUAL_IT`).
fn check(it: &mut Interp, o: &Obj) -> R<()> {
    match o.payload::<DualState>() {
        Some(s) if s.constructed => Ok(()),
        _ => Err(not_constructed(it)),
    }
}

/// The inner iterator.
fn inner(it: &mut Interp, o: &Obj) -> R<Obj> {
    match o.payload::<DualState>().map(|s| &s.inner) {
        Some(Value::Obj(i)) => Ok(i.clone()),
        _ => Err(not_constructed(it)),
    }
}

/// Calls a method without arguments.
fn call(it: &mut Interp, o: &Obj, lc: &[u8]) -> R<Value> {
    it.call_method(o, lc, Vec::new())
}

/// `Err(Throw)` turned into `Ok(None)` (the exception discarded) when
/// `catch` is set, as PHP's `CATCH_GET_CHILD` does.
pub fn caught<T>(it: &mut Interp, r: R<T>, catch: bool) -> R<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(Unwind::Throw) if catch => {
            it.take_exception().release();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Drops the fetched element (and a caching iterator's string and children).
fn free(o: &Obj) {
    let Some(s) = o.payload_mut::<DualState>() else {
        return;
    };
    let mut old = vec![std::mem::take(&mut s.current), std::mem::take(&mut s.key)];
    if let Extra::Caching { text, children, .. } = &mut s.extra {
        old.push(std::mem::take(text));
        old.push(std::mem::take(children));
    }
    for v in old {
        v.release();
    }
}

fn dual_rewind(it: &mut Interp, o: &Obj) -> R<()> {
    let i = inner(it, o)?;
    free(o);
    dual(it, o)?.pos = 0;
    call(it, &i, b"rewind")?;
    Ok(())
}

fn dual_valid(it: &mut Interp, o: &Obj) -> R<bool> {
    let i = inner(it, o)?;
    Ok(to_bool(&call(it, &i, b"valid")?))
}

/// Fetches the inner element and key (when `check_more`, only if the
/// inner iterator is valid); false when there was none.
fn dual_fetch(it: &mut Interp, o: &Obj, check_more: bool) -> R<bool> {
    free(o);
    if check_more && !dual_valid(it, o)? {
        return Ok(false);
    }
    let i = inner(it, o)?;
    let current = call(it, &i, b"current")?.into_deref();
    let key = call(it, &i, b"key")?.into_deref();
    let s = dual(it, o)?;
    s.current = current;
    s.key = key;
    Ok(true)
}

fn dual_next(it: &mut Interp, o: &Obj, do_free: bool) -> R<()> {
    let i = inner(it, o)?;
    if do_free {
        free(o);
    }
    call(it, &i, b"next")?;
    dual(it, o)?.pos += 1;
    Ok(())
}

fn is_fetched(o: &Obj) -> bool {
    o.payload::<DualState>()
        .is_some_and(|s| !s.current.is_undef())
}

/// The iterator argument of a constructor: an object implementing `lc`
/// (`TypeError` naming `name` otherwise).
fn iterator_arg(it: &mut Interp, a: &CallArgs, i: usize, lc: &[u8], name: &str) -> R<Obj> {
    match a.get(i) {
        Some(Value::Obj(x)) if x.class().instance_of_name(lc) => Ok(x.clone()),
        _ => {
            let v = a.value(i);
            Err(a.type_error(it, i, name, &v))
        }
    }
}

/// Sets up a dual iterator once (PHP refuses a second constructor call).
fn construct(it: &mut Interp, a: &CallArgs, inner: Obj, extra: Extra) -> R<()> {
    let o = this(it, a)?;
    if dual(it, &o)?.constructed {
        let name = method_name(it, a);
        let base = name
            .split("::")
            .next()
            .unwrap_or("IteratorIterator")
            .to_string();
        let msg = format!(
            "{}::getIterator() must be called exactly once per instance",
            base
        );
        return Err(it.throw_error("BadMethodCallException", &msg));
    }
    let handle = it.iterator_handle();
    let s = dual(it, &o)?;
    s.constructed = true;
    s.inner = Value::Obj(inner);
    s.handle = Value::Obj(handle);
    s.extra = extra;
    Ok(())
}

fn plain_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let i = iterator_arg(it, a, 0, b"iterator", "Iterator")?;
    construct(it, a, i, Extra::None)?;
    Ok(Value::Null)
}

/// `IteratorIterator::__construct(Traversable $iterator, ?string $class)`:
/// an `IteratorAggregate` is asked for its iterator.
fn iterator_iterator_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let mut i = iterator_arg(it, a, 0, b"traversable", "Traversable")?;
    if let Some(name) = a.nullable_string(it, 1)? {
        let lc = Str::new(&name.as_bytes().to_ascii_lowercase());
        let ok = it
            .find_class(&name, &lc)?
            .is_some_and(|c| i.class().is_subclass_of(&c) && (c.instance_of_name(b"traversable")));
        if !ok {
            return Err(it.throw_error(
                "LogicException",
                "Class to downcast to not found or not base class or does not implement Traversable",
            ));
        }
    }
    if i.class().instance_of_name(b"iteratoraggregate") {
        i = iterator_from_aggregate(it, &i)?;
    }
    construct(it, a, i, Extra::None)?;
    Ok(Value::Null)
}

/// `getIterator()` of an aggregate, which must give a Traversable.
pub fn iterator_from_aggregate(it: &mut Interp, agg: &Obj) -> R<Obj> {
    match call(it, agg, b"getiterator")? {
        Value::Obj(x) if x.class().instance_of_name(b"traversable") => Ok(x),
        _ => {
            let msg = format!(
                "{}::getIterator() must return an object that implements Traversable",
                String::from_utf8_lossy(agg.class().name.as_bytes())
            );
            Err(it.throw_error("LogicException", &msg))
        }
    }
}

fn get_inner_iterator(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    check(it, &o)?;
    Ok(match &dual(it, &o)?.inner {
        Value::Undef => Value::Null,
        i => i.clone(),
    })
}

fn dual_rewind_method(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    dual_rewind(it, &o)?;
    dual_fetch(it, &o, true)?;
    Ok(Value::Null)
}

fn dual_valid_method(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    check(it, &o)?;
    Ok(Value::Bool(is_fetched(&o)))
}

fn dual_key_method(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    check(it, &o)?;
    Ok(match &dual(it, &o)?.key {
        Value::Undef => Value::Null,
        k => k.clone(),
    })
}

fn dual_current_method(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    check(it, &o)?;
    Ok(match &dual(it, &o)?.current {
        Value::Undef => Value::Null,
        v => v.clone(),
    })
}

fn dual_next_method(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    dual_next(it, &o, true)?;
    dual_fetch(it, &o, true)?;
    Ok(Value::Null)
}

// ---- FilterIterator and its family ---------------------------------------------------

fn filter_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    plain_construct(it, a)
}

fn abstract_accept(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Err(it.throw_error(
        "Error",
        "Cannot call abstract method FilterIterator::accept()",
    ))
}

/// Fetches elements until `accept()` takes one (Zend's
/// `spl_filter_it_fetch`).
fn filter_fetch(it: &mut Interp, o: &Obj) -> R<()> {
    while dual_fetch(it, o, true)? {
        if to_bool(&call(it, o, b"accept")?) {
            return Ok(());
        }
        let i = inner(it, o)?;
        call(it, &i, b"next")?;
    }
    free(o);
    Ok(())
}

fn filter_rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    dual_rewind(it, &o)?;
    filter_fetch(it, &o)?;
    Ok(Value::Null)
}

fn filter_next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    dual_next(it, &o, true)?;
    filter_fetch(it, &o)?;
    Ok(Value::Null)
}

fn callback_filter_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let i = iterator_arg(it, a, 0, b"iterator", "Iterator")?;
    let cb = a.callable(it, 1)?;
    construct(it, a, i, Extra::Callback(cb))?;
    Ok(Value::Null)
}

fn recursive_callback_filter_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let i = iterator_arg(it, a, 0, b"recursiveiterator", "RecursiveIterator")?;
    let cb = a.callable(it, 1)?;
    construct(it, a, i, Extra::Callback(cb))?;
    Ok(Value::Null)
}

/// `accept()`: the callback's result for (current, key, inner iterator).
fn callback_accept(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let i = inner(it, &o)?;
    let s = dual(it, &o)?;
    if s.current.is_undef() || s.key.is_undef() {
        return Ok(Value::Bool(false));
    }
    let Extra::Callback(cb) = &s.extra else {
        return Ok(Value::Bool(false));
    };
    let cb = cb.clone();
    let args = vec![s.current.clone(), s.key.clone(), Value::Obj(i)];
    Ok(it.call_value(&cb, args)?.into_deref())
}

fn recursive_filter_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let i = iterator_arg(it, a, 0, b"recursiveiterator", "RecursiveIterator")?;
    construct(it, a, i, Extra::None)?;
    Ok(Value::Null)
}

/// `hasChildren()` (and `ParentIterator::accept()`): the inner iterator's.
fn inner_has_children(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let i = inner(it, &o)?;
    call(it, &i, b"haschildren")
}

/// `new static($inner->getChildren(), ...$more)`.
fn wrap_children(it: &mut Interp, a: &CallArgs, more: Vec<Value>) -> R<Value> {
    let o = this(it, a)?;
    let i = inner(it, &o)?;
    let children = call(it, &i, b"getchildren")?;
    let mut args = vec![children];
    args.extend(more);
    let class = o.class().clone();
    Ok(Value::Obj(super::construct(it, &class, args)?))
}

fn recursive_filter_get_children(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    wrap_children(it, a, Vec::new())
}

fn recursive_callback_filter_get_children(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let cb = match &dual(it, &o)?.extra {
        Extra::Callback(cb) => cb.clone(),
        _ => Value::Null,
    };
    wrap_children(it, a, vec![cb])
}

// ---- LimitIterator ---------------------------------------------------------------

fn limit_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let i = iterator_arg(it, a, 0, b"iterator", "Iterator")?;
    let offset = a.opt_int(it, 1)?.unwrap_or(0);
    let count = a.opt_int(it, 2)?.unwrap_or(-1);
    if offset < 0 {
        return Err(a.value_error(it, 1, "must be greater than or equal to 0"));
    }
    if count < -1 {
        return Err(a.value_error(it, 2, "must be greater than or equal to -1"));
    }
    construct(it, a, i, Extra::Limit { offset, count })?;
    Ok(Value::Null)
}

fn limits(it: &mut Interp, o: &Obj) -> R<(i64, i64, i64)> {
    inner(it, o)?;
    let s = dual(it, o)?;
    match s.extra {
        Extra::Limit { offset, count } => Ok((offset, count, s.pos)),
        _ => Ok((0, -1, s.pos)),
    }
}

fn within_limit(offset: i64, count: i64, pos: i64) -> bool {
    count == -1 || pos < offset.saturating_add(count)
}

/// Moves to position `pos` (Zend's `spl_limit_it_seek`): by `seek()` on a
/// `SeekableIterator`, else by rewinding and stepping.
fn limit_seek(it: &mut Interp, o: &Obj, pos: i64) -> R<()> {
    let (offset, count, cur) = limits(it, o)?;
    free(o);
    if pos < offset {
        let msg = format!(
            "Cannot seek to {} which is below the offset {}",
            pos, offset
        );
        return Err(it.throw_error("OutOfBoundsException", &msg));
    }
    if pos >= offset.saturating_add(count) && count != -1 {
        let msg = format!(
            "Cannot seek to {} which is behind offset {} plus count {}",
            pos, offset, count
        );
        return Err(it.throw_error("OutOfBoundsException", &msg));
    }
    let i = inner(it, o)?;
    if pos != cur && i.class().instance_of_name(b"seekableiterator") {
        it.call_method(&i, b"seek", vec![Value::Int(pos)])?;
        dual(it, o)?.pos = pos;
        if within_limit(offset, count, pos) && dual_valid(it, o)? {
            dual_fetch(it, o, false)?;
        }
    } else {
        if pos < cur {
            dual_rewind(it, o)?;
        }
        while dual(it, o)?.pos < pos && dual_valid(it, o)? {
            dual_next(it, o, true)?;
        }
        if dual_valid(it, o)? {
            dual_fetch(it, o, true)?;
        }
    }
    Ok(())
}

fn limit_rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let (offset, _, _) = limits(it, &o)?;
    dual_rewind(it, &o)?;
    limit_seek(it, &o, offset)?;
    Ok(Value::Null)
}

fn limit_valid(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let (offset, count, pos) = limits(it, &o)?;
    Ok(Value::Bool(
        within_limit(offset, count, pos) && is_fetched(&o),
    ))
}

fn limit_next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    dual_next(it, &o, true)?;
    let (offset, count, pos) = limits(it, &o)?;
    if within_limit(offset, count, pos) {
        dual_fetch(it, &o, true)?;
    }
    Ok(Value::Null)
}

fn limit_seek_method(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let pos = a.int(it, 0)?;
    limit_seek(it, &o, pos)?;
    Ok(Value::Int(dual(it, &o)?.pos))
}

fn limit_position(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(limits(it, &o)?.2))
}

// ---- InfiniteIterator, NoRewindIterator ------------------------------------------------

fn infinite_next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    dual_next(it, &o, true)?;
    if dual_valid(it, &o)? {
        dual_fetch(it, &o, false)?;
    } else {
        dual_rewind(it, &o)?;
        if dual_valid(it, &o)? {
            dual_fetch(it, &o, false)?;
        }
    }
    Ok(Value::Null)
}

fn no_rewind_rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    inner(it, &o)?;
    Ok(Value::Null)
}

fn no_rewind_forward(it: &mut Interp, a: &CallArgs, lc: &[u8]) -> R<Value> {
    let o = this(it, a)?;
    let i = inner(it, &o)?;
    Ok(call(it, &i, lc)?.into_deref())
}

fn no_rewind_valid(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(to_bool(&no_rewind_forward(it, a, b"valid")?)))
}

fn no_rewind_key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    no_rewind_forward(it, a, b"key")
}

fn no_rewind_current(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    no_rewind_forward(it, a, b"current")
}

fn no_rewind_next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    no_rewind_forward(it, a, b"next")?;
    Ok(Value::Null)
}

// ---- AppendIterator ------------------------------------------------------------------

/// The `ArrayIterator` holding the appended iterators.
fn append_list(it: &mut Interp, o: &Obj) -> R<Obj> {
    match o.payload::<DualState>().map(|s| &s.extra) {
        Some(Extra::Append(Value::Obj(list), _)) => Ok(list.clone()),
        _ => Err(not_constructed(it)),
    }
}

fn append_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    if dual(it, &o)?.constructed {
        return Err(it.throw_error(
            "BadMethodCallException",
            "AppendIterator::getIterator() must be called exactly once per instance",
        ));
    }
    let list = super::array::new_array_iterator(it, Arr::new())?;
    let list_handle = it.iterator_handle();
    let s = dual(it, &o)?;
    s.constructed = true;
    s.extra = Extra::Append(Value::Obj(list), Value::Obj(list_handle));
    Ok(Value::Null)
}

/// Drops the inner iterator and takes the list's current one, rewound;
/// false when the list is exhausted.
fn append_next_iterator(it: &mut Interp, o: &Obj) -> R<bool> {
    free(o);
    let s = dual(it, o)?;
    let (old, old_handle) = (std::mem::take(&mut s.inner), std::mem::take(&mut s.handle));
    old.release();
    old_handle.release();
    let list = append_list(it, o)?;
    if !to_bool(&call(it, &list, b"valid")?) {
        return Ok(false);
    }
    let next = call(it, &list, b"current")?;
    let handle = it.iterator_handle();
    let s = dual(it, o)?;
    s.inner = next;
    s.handle = Value::Obj(handle);
    dual_rewind(it, o)?;
    Ok(true)
}

/// Moves to the first iterator (from the current one) with an element.
fn append_fetch(it: &mut Interp, o: &Obj) -> R<()> {
    loop {
        let valid = match &dual(it, o)?.inner {
            Value::Obj(_) => dual_valid(it, o)?,
            _ => false,
        };
        if valid {
            break;
        }
        let list = append_list(it, o)?;
        call(it, &list, b"next")?;
        if !append_next_iterator(it, o)? {
            return Ok(());
        }
    }
    dual_fetch(it, o, false)?;
    Ok(())
}

fn inner_is_valid(it: &mut Interp, o: &Obj) -> R<bool> {
    match &dual(it, o)?.inner {
        Value::Obj(_) => dual_valid(it, o),
        _ => Ok(false),
    }
}

fn append_append(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let new = iterator_arg(it, a, 0, b"iterator", "Iterator")?;
    let list = append_list(it, &o)?;
    let list_valid = to_bool(&call(it, &list, b"valid")?);
    let inner_valid = inner_is_valid(it, &o)?;
    it.call_method(&list, b"append", vec![Value::Obj(new.clone())])?;
    if list_valid && !inner_valid {
        call(it, &list, b"next")?;
    }
    if !inner_is_valid(it, &o)? {
        if !to_bool(&call(it, &list, b"valid")?) {
            call(it, &list, b"rewind")?;
        }
        loop {
            if !append_next_iterator(it, &o)? {
                break;
            }
            if matches!(&dual(it, &o)?.inner, Value::Obj(x) if x.ptr_eq(&new)) {
                break;
            }
        }
        append_fetch(it, &o)?;
    }
    Ok(Value::Null)
}

fn append_rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let list = append_list(it, &o)?;
    call(it, &list, b"rewind")?;
    if append_next_iterator(it, &o)? {
        append_fetch(it, &o)?;
    }
    Ok(Value::Null)
}

fn append_current(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    append_list(it, &o)?;
    if inner_is_valid(it, &o)? {
        dual_fetch(it, &o, true)?;
    }
    Ok(match &dual(it, &o)?.current {
        Value::Undef => Value::Null,
        v => v.clone(),
    })
}

fn append_next_method(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    append_list(it, &o)?;
    if inner_is_valid(it, &o)? {
        dual_next(it, &o, true)?;
    }
    append_fetch(it, &o)?;
    Ok(Value::Null)
}

fn append_index(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let list = append_list(it, &o)?;
    call(it, &list, b"key")
}

fn append_array_iterator(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Obj(append_list(it, &o)?))
}

// ---- CachingIterator -------------------------------------------------------------------

/// Checks that at most one of the string-conversion flags is set.
fn check_caching_flags(it: &mut Interp, a: &CallArgs, arg: usize, flags: i64) -> R<()> {
    let conversions =
        flags & (CALL_TOSTRING | TOSTRING_USE_KEY | TOSTRING_USE_CURRENT | TOSTRING_USE_INNER);
    if conversions.count_ones() > 1 {
        return Err(a.value_error(
            it,
            arg,
            "must contain only one of CachingIterator::CALL_TOSTRING, CachingIterator::TOSTRING_USE_KEY, \
             CachingIterator::TOSTRING_USE_CURRENT, or CachingIterator::TOSTRING_USE_INNER",
        ));
    }
    Ok(())
}

fn caching_setup(it: &mut Interp, a: &CallArgs, lc: &[u8], name: &str) -> R<()> {
    let i = iterator_arg(it, a, 0, lc, name)?;
    let flags = a.opt_int(it, 1)?.unwrap_or(CALL_TOSTRING);
    check_caching_flags(it, a, 1, flags)?;
    let extra = Extra::Caching {
        flags: flags & PUBLIC_FLAGS,
        cache: Value::Arr(Arr::new()),
        text: Value::Undef,
        children: Value::Undef,
    };
    construct(it, a, i, extra)
}

fn caching_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    caching_setup(it, a, b"iterator", "Iterator")?;
    Ok(Value::Null)
}

fn recursive_caching_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    caching_setup(it, a, b"recursiveiterator", "RecursiveIterator")?;
    Ok(Value::Null)
}

fn caching_flags(it: &mut Interp, o: &Obj) -> R<i64> {
    inner(it, o)?;
    match &dual(it, o)?.extra {
        Extra::Caching { flags, .. } => Ok(*flags),
        _ => Ok(0),
    }
}

fn set_caching_flags(o: &Obj, f: impl FnOnce(i64) -> i64) {
    if let Some(DualState {
        extra: Extra::Caching { flags, .. },
        ..
    }) = o.payload_mut::<DualState>()
    {
        *flags = f(*flags);
    }
}

/// Fetches the next element and moves the inner iterator past it, so that
/// `hasNext()` can look ahead (Zend's `spl_caching_it_next`).
fn caching_step(it: &mut Interp, o: &Obj) -> R<()> {
    if !dual_fetch(it, o, true)? {
        set_caching_flags(o, |f| f & !CACHED_VALID);
        return Ok(());
    }
    set_caching_flags(o, |f| f | CACHED_VALID);
    let flags = caching_flags(it, o)?;
    if flags & FULL_CACHE != 0 {
        let s = dual(it, o)?;
        let key = match &s.key {
            Value::Int(i) => Key::Int(*i),
            k => {
                let k = k.clone();
                it.array_key(&k, it.current_line())?
            }
        };
        let v = dual(it, o)?.current.clone();
        if let Extra::Caching {
            cache: Value::Arr(cache),
            ..
        } = &mut dual(it, o)?.extra
        {
            if let Some(old) = cache.table_mut().insert(key, v) {
                old.release();
            }
        }
    }
    if o.class().instance_of_name(b"recursivecachingiterator") {
        let catch = flags & CATCH_GET_CHILD != 0;
        let i = inner(it, o)?;
        let r = call(it, &i, b"haschildren");
        let has = caught(it, r, catch)?;
        if has.is_some_and(|v| to_bool(&v)) {
            let r = call(it, &i, b"getchildren");
            if let Some(children) = caught(it, r, catch)? {
                let class = super::class_named(it, b"recursivecachingiterator");
                let r =
                    super::construct(it, &class, vec![children, Value::Int(flags & PUBLIC_FLAGS)]);
                if let Some(wrapped) = caught(it, r, catch)? {
                    if let Extra::Caching { children, .. } = &mut dual(it, o)?.extra {
                        *children = Value::Obj(wrapped);
                    }
                }
            }
        }
    }
    if flags & (TOSTRING_USE_INNER | CALL_TOSTRING) != 0 {
        let source = if flags & TOSTRING_USE_INNER != 0 {
            Value::Obj(inner(it, o)?)
        } else {
            dual(it, o)?.current.clone()
        };
        let text = Value::Str(it.to_str(&source)?);
        if let Extra::Caching { text: slot, .. } = &mut dual(it, o)?.extra {
            *slot = text;
        }
    }
    dual_next(it, o, false)
}

fn caching_rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    dual_rewind(it, &o)?;
    clear_cache(it, &o)?;
    caching_step(it, &o)?;
    Ok(Value::Null)
}

fn caching_valid(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Bool(caching_flags(it, &o)? & CACHED_VALID != 0))
}

fn caching_next_method(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    caching_step(it, &o)?;
    Ok(Value::Null)
}

fn caching_has_next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Bool(dual_valid(it, &o)?))
}

fn caching_to_string(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = caching_flags(it, &o)?;
    if flags & (CALL_TOSTRING | TOSTRING_USE_KEY | TOSTRING_USE_CURRENT | TOSTRING_USE_INNER) == 0 {
        let msg = format!(
            "{} does not fetch string value (see CachingIterator::__construct)",
            String::from_utf8_lossy(o.class().name.as_bytes())
        );
        return Err(it.throw_error("BadMethodCallException", &msg));
    }
    let s = dual(it, &o)?;
    let source = if flags & TOSTRING_USE_KEY != 0 {
        s.key.clone()
    } else if flags & TOSTRING_USE_CURRENT != 0 {
        s.current.clone()
    } else {
        return Ok(match &s.extra {
            Extra::Caching {
                text: Value::Str(t),
                ..
            } => Value::Str(t.clone()),
            _ => Value::Str(Str::empty()),
        });
    };
    Ok(Value::Str(it.to_str(&source)?))
}

fn caching_get_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(caching_flags(it, &o)? & PUBLIC_FLAGS))
}

fn caching_set_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let new = a.int(it, 0)?;
    let old = caching_flags(it, &o)?;
    check_caching_flags(it, a, 0, new)?;
    if old & CALL_TOSTRING != 0 && new & CALL_TOSTRING == 0 {
        return Err(it.throw_error(
            "InvalidArgumentException",
            "Unsetting flag CALL_TO_STRING is not possible",
        ));
    }
    if old & TOSTRING_USE_INNER != 0 && new & TOSTRING_USE_INNER == 0 {
        return Err(it.throw_error(
            "InvalidArgumentException",
            "Unsetting flag TOSTRING_USE_INNER is not possible",
        ));
    }
    if new & FULL_CACHE != 0 && old & FULL_CACHE == 0 {
        clear_cache(it, &o)?;
    }
    set_caching_flags(&o, |f| (f & !PUBLIC_FLAGS) | (new & PUBLIC_FLAGS));
    Ok(Value::Null)
}

fn clear_cache(it: &mut Interp, o: &Obj) -> R<()> {
    if let Extra::Caching { cache, .. } = &mut dual(it, o)?.extra {
        let old = std::mem::replace(cache, Value::Arr(Arr::new()));
        old.release();
    }
    Ok(())
}

/// The full cache, or `BadMethodCallException` without `FULL_CACHE`.
fn full_cache<'o>(it: &mut Interp, o: &'o Obj) -> R<&'o mut Arr> {
    if caching_flags(it, o)? & FULL_CACHE == 0 {
        let msg = format!(
            "{} does not use a full cache (see CachingIterator::__construct)",
            String::from_utf8_lossy(o.class().name.as_bytes())
        );
        return Err(it.throw_error("BadMethodCallException", &msg));
    }
    match &mut dual(it, o)?.extra {
        Extra::Caching {
            cache: Value::Arr(cache),
            ..
        } => Ok(cache),
        _ => Err(not_constructed(it)),
    }
}

fn caching_offset_get(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let k = a.string(it, 0)?;
    let found = full_cache(it, &o)?
        .table()
        .get(&Key::from_str(k.clone()))
        .map(Value::deref_clone);
    match found {
        Some(v) => Ok(v),
        None => {
            let msg = format!(
                "Undefined array key \"{}\"",
                String::from_utf8_lossy(k.as_bytes())
            );
            it.warn(a.line, &msg)?;
            Ok(Value::Null)
        }
    }
}

fn caching_offset_set(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let k = a.string(it, 0)?;
    let v = a.value(1);
    if let Some(old) = full_cache(it, &o)?.table_mut().insert(Key::from_str(k), v) {
        old.release();
    }
    Ok(Value::Null)
}

fn caching_offset_unset(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let k = a.string(it, 0)?;
    let cache = full_cache(it, &o)?;
    let key = Key::from_str(k);
    if cache.table().contains_key(&key) {
        if let Some(old) = cache.table_mut().remove(&key) {
            old.release();
        }
    }
    Ok(Value::Null)
}

fn caching_offset_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let k = a.string(it, 0)?;
    Ok(Value::Bool(
        full_cache(it, &o)?.table().contains_key(&Key::from_str(k)),
    ))
}

fn caching_get_cache(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Arr(full_cache(it, &o)?.clone()))
}

fn caching_count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(full_cache(it, &o)?.len() as i64))
}

fn caching_children(it: &mut Interp, o: &Obj) -> R<Value> {
    inner(it, o)?;
    Ok(match &dual(it, o)?.extra {
        Extra::Caching { children, .. } => children.clone(),
        _ => Value::Undef,
    })
}

fn caching_has_children(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Bool(!caching_children(it, &o)?.is_undef()))
}

fn caching_get_children(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(match caching_children(it, &o)? {
        Value::Undef => Value::Null,
        c => c,
    })
}

// ---- RegexIterator ---------------------------------------------------------------------

fn regex_setup(it: &mut Interp, a: &CallArgs, lc: &[u8], name: &str) -> R<()> {
    let i = iterator_arg(it, a, 0, lc, name)?;
    let pattern = a.string(it, 1)?;
    let mode = a.opt_int(it, 2)?.unwrap_or(MODE_MATCH);
    let flags = a.opt_int(it, 3)?.unwrap_or(0);
    let preg_flags = a.opt_int(it, 4)?.unwrap_or(0);
    check_mode(it, a, 2, mode)?;
    let extra = Extra::Regex {
        pattern,
        mode,
        flags,
        preg_flags,
        use_flags: a.has(4),
    };
    construct(it, a, i, extra)
}

fn check_mode(it: &mut Interp, a: &CallArgs, arg: usize, mode: i64) -> R<()> {
    if !(MODE_MATCH..=MODE_REPLACE).contains(&mode) {
        return Err(a.value_error(
            it,
            arg,
            "must be RegexIterator::MATCH, RegexIterator::GET_MATCH, RegexIterator::ALL_MATCHES, \
             RegexIterator::SPLIT, or RegexIterator::REPLACE",
        ));
    }
    Ok(())
}

fn regex_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    regex_setup(it, a, b"iterator", "Iterator")?;
    Ok(Value::Null)
}

fn recursive_regex_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    regex_setup(it, a, b"recursiveiterator", "RecursiveIterator")?;
    Ok(Value::Null)
}

/// The regex settings: (pattern, mode, flags, preg flags, preg flags given).
fn regex_settings(it: &mut Interp, o: &Obj) -> R<(Str, i64, i64, i64, bool)> {
    inner(it, o)?;
    match &dual(it, o)?.extra {
        Extra::Regex {
            pattern,
            mode,
            flags,
            preg_flags,
            use_flags,
        } => Ok((pattern.clone(), *mode, *flags, *preg_flags, *use_flags)),
        _ => Err(not_constructed(it)),
    }
}

fn with_regex(o: &Obj, f: impl FnOnce(&mut i64, &mut i64, &mut i64)) {
    if let Some(DualState {
        extra:
            Extra::Regex {
                mode,
                flags,
                preg_flags,
                ..
            },
        ..
    }) = o.payload_mut::<DualState>()
    {
        f(mode, flags, preg_flags);
    }
}

/// Calls a `preg_*` function by name; `None` when PCRE is not available.
fn preg(it: &mut Interp, name: &[u8], args: Vec<Value>) -> R<Option<Value>> {
    if !it.functions.contains_key(&Str::interned(name)) {
        return Ok(None);
    }
    it.call_value(&Value::Str(Str::interned(name)), args)
        .map(Some)
}

/// `accept()`: matches the current element (or key) against the pattern;
/// the other modes replace the element with the matches, the pieces or
/// the replaced text.
fn regex_accept(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let (pattern, mode, flags, preg_flags, use_flags) = regex_settings(it, &o)?;
    let s = dual(it, &o)?;
    if s.current.is_undef() {
        return Ok(Value::Bool(false));
    }
    let source = if flags & USE_KEY != 0 {
        s.key.clone()
    } else {
        s.current.clone()
    };
    if flags & USE_KEY == 0 && matches!(source, Value::Arr(_)) {
        return Ok(Value::Bool(false));
    }
    let subject = it.to_str(&source)?;
    let pat = Value::Str(pattern.clone());
    let subj = Value::Str(subject.clone());
    let accepted = match mode {
        MODE_GET_MATCH | MODE_ALL_MATCHES => {
            let cell = Ref::new(Value::Null);
            let mut args = vec![pat, subj, Value::Ref(cell.clone())];
            if use_flags {
                args.push(Value::Int(preg_flags));
            }
            let func: &[u8] = if mode == MODE_ALL_MATCHES {
                b"preg_match_all"
            } else {
                b"preg_match"
            };
            let n = preg(it, func, args)?;
            let matches = std::mem::take(cell.get_mut());
            set_current(&o, matches);
            n.is_some_and(|n| crate::interp::convert::to_int_scalar(&n) > 0)
        }
        MODE_SPLIT => {
            let pieces = preg(
                it,
                b"preg_split",
                vec![pat, subj, Value::Int(-1), Value::Int(preg_flags)],
            )?;
            let n = match &pieces {
                Some(Value::Arr(p)) => p.len(),
                _ => 0,
            };
            set_current(&o, pieces.unwrap_or(Value::Null));
            n > 1
        }
        MODE_REPLACE => {
            let replacement = it.get_prop_by_name(&o, b"replacement");
            let replacement = Value::Str(it.to_str(&replacement)?);
            let cell = Ref::new(Value::Int(0));
            let args = vec![
                pat,
                replacement,
                subj,
                Value::Int(-1),
                Value::Ref(cell.clone()),
            ];
            let result = preg(it, b"preg_replace", args)?.unwrap_or(Value::Str(subject));
            let s = dual(it, &o)?;
            let slot = if flags & USE_KEY != 0 {
                &mut s.key
            } else {
                &mut s.current
            };
            let old = std::mem::replace(slot, result);
            old.release();
            crate::interp::convert::to_int_scalar(cell.get()) > 0
        }
        _ => match preg(it, b"preg_match", vec![pat, subj])? {
            Some(n) => crate::interp::convert::to_int_scalar(&n) > 0,
            None => simple_match(pattern.as_bytes(), subject.as_bytes()),
        },
    };
    Ok(Value::Bool(accepted != (flags & INVERT_MATCH != 0)))
}

fn set_current(o: &Obj, v: Value) {
    if let Some(s) = o.payload_mut::<DualState>() {
        let old = std::mem::replace(&mut s.current, v);
        old.release();
    }
}

/// Matching without PCRE: a delimited pattern of literal text (escapes
/// allowed), `.`, and the anchors `^` and `$`, with the `i` modifier.
/// Anything else does not match.
fn simple_match(pattern: &[u8], subject: &[u8]) -> bool {
    let Some(&delim) = pattern.first() else {
        return false;
    };
    let close = match delim {
        b'(' => b')',
        b'{' => b'}',
        b'[' => b']',
        b'<' => b'>',
        d => d,
    };
    let Some(end) = pattern.iter().rposition(|&c| c == close).filter(|&e| e > 0) else {
        return false;
    };
    let (mut body, modifiers) = (&pattern[1..end], &pattern[end + 1..]);
    let fold = modifiers.contains(&b'i');
    let anchored_start = body.first() == Some(&b'^');
    if anchored_start {
        body = &body[1..];
    }
    let anchored_end = body.last() == Some(&b'$') && !body.ends_with(b"\\$");
    if anchored_end {
        body = &body[..body.len() - 1];
    }
    // Each item: Some(byte) for a literal, None for `.`.
    let mut items: Vec<Option<u8>> = Vec::new();
    let mut i = 0;
    while i < body.len() {
        match body[i] {
            b'\\' if i + 1 < body.len() && !body[i + 1].is_ascii_alphanumeric() => {
                items.push(Some(body[i + 1]));
                i += 2;
                continue;
            }
            b'.' => items.push(None),
            b'\\' | b'[' | b']' | b'(' | b')' | b'{' | b'}' | b'*' | b'+' | b'?' | b'|' | b'^'
            | b'$' => return false,
            c => items.push(Some(c)),
        }
        i += 1;
    }
    let matches_at = |at: usize| {
        at + items.len() <= subject.len()
            && items.iter().enumerate().all(|(k, item)| match item {
                None => subject[at + k] != b'\n',
                Some(c) if fold => c.eq_ignore_ascii_case(&subject[at + k]),
                Some(c) => *c == subject[at + k],
            })
    };
    let last = subject.len().saturating_sub(items.len());
    if items.len() > subject.len() {
        return false;
    }
    match (anchored_start, anchored_end) {
        (true, true) => items.len() == subject.len() && matches_at(0),
        (true, false) => matches_at(0),
        (false, true) => matches_at(last),
        (false, false) => (0..=last).any(matches_at),
    }
}

fn regex_get_mode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(regex_settings(it, &o)?.1))
}

fn regex_set_mode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let mode = a.int(it, 0)?;
    regex_settings(it, &o)?;
    check_mode(it, a, 0, mode)?;
    with_regex(&o, |m, _, _| *m = mode);
    Ok(Value::Null)
}

fn regex_get_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(regex_settings(it, &o)?.2))
}

fn regex_set_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = a.int(it, 0)?;
    regex_settings(it, &o)?;
    with_regex(&o, |_, f, _| *f = flags);
    Ok(Value::Null)
}

fn regex_get_regex(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Str(regex_settings(it, &o)?.0))
}

fn regex_get_preg_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let (_, _, _, preg_flags, use_flags) = regex_settings(it, &o)?;
    Ok(Value::Int(if use_flags { preg_flags } else { 0 }))
}

fn regex_set_preg_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = a.int(it, 0)?;
    regex_settings(it, &o)?;
    if let Some(DualState {
        extra:
            Extra::Regex {
                preg_flags,
                use_flags,
                ..
            },
        ..
    }) = o.payload_mut::<DualState>()
    {
        *preg_flags = flags;
        *use_flags = true;
    }
    Ok(Value::Null)
}

/// `RecursiveRegexIterator::accept()`: a non-empty array child is
/// accepted as it is; other elements are matched.
fn recursive_regex_accept(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    inner(it, &o)?;
    match &dual(it, &o)?.current {
        Value::Undef => Ok(Value::Bool(false)),
        Value::Arr(arr) => Ok(Value::Bool(!arr.is_empty())),
        _ => regex_accept(it, a),
    }
}

fn recursive_regex_get_children(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let (pattern, mode, flags, preg_flags, _) = regex_settings(it, &o)?;
    let more = vec![
        Value::Str(pattern),
        Value::Int(mode),
        Value::Int(flags),
        Value::Int(preg_flags),
    ];
    wrap_children(it, a, more)
}

// ---- EmptyIterator ---------------------------------------------------------------------

fn empty_current(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Err(it.throw_error(
        "BadMethodCallException",
        "Accessing the value of an EmptyIterator",
    ))
}

fn empty_key(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Err(it.throw_error(
        "BadMethodCallException",
        "Accessing the key of an EmptyIterator",
    ))
}

fn empty_valid(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(false))
}

fn nothing(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(Value::Null)
}

// ---- MultipleIterator ------------------------------------------------------------------

/// The attached iterators with their infos, and the flags.
pub struct MultipleState {
    /// (iterator object, info)
    iterators: Vec<(Value, Value)>,
    flags: i64,
}

impl Payload for MultipleState {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        for (o, info) in &self.iterators {
            f(o);
            f(info);
        }
    }
    fn take_values(&mut self) -> Vec<Value> {
        self.iterators
            .drain(..)
            .flat_map(|(o, info)| [o, info])
            .collect()
    }
    crate::payload_any!();
}

static MULTIPLE_INTERNAL: InternalClass = InternalClass {
    create: Some(multiple_create),
};

fn multiple_create(o: &Obj) {
    o.set_payload(Box::new(MultipleState {
        iterators: Vec::new(),
        flags: MIT_NEED_ALL | MIT_KEYS_NUMERIC,
    }));
}

fn multiple<'o>(it: &mut Interp, o: &'o Obj) -> R<&'o mut MultipleState> {
    state::<MultipleState>(it, o)
}

fn multiple_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = a.opt_int(it, 0)?.unwrap_or(MIT_NEED_ALL | MIT_KEYS_NUMERIC);
    multiple(it, &o)?.flags = flags;
    Ok(Value::Null)
}

fn multiple_get_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(multiple(it, &o)?.flags))
}

fn multiple_set_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = a.int(it, 0)?;
    multiple(it, &o)?.flags = flags;
    Ok(Value::Null)
}

fn multiple_attach(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let iter = iterator_arg(it, a, 0, b"iterator", "Iterator")?;
    // `string|int|null $info`, coerced as PHP coerces such a parameter.
    let info = match a.value(1) {
        v @ (Value::Null | Value::Int(_) | Value::Str(_)) => v,
        Value::Bool(b) => Value::Int(b as i64),
        Value::Float(f) if f.fract() == 0.0 && f.is_finite() => Value::Int(f as i64),
        v @ Value::Float(_) => Value::Str(it.to_str(&v)?),
        v => return Err(a.type_error(it, 1, "string|int|null", &v)),
    };
    if !info.is_null() {
        let duplicate = multiple(it, &o)?
            .iterators
            .iter()
            .any(|(_, other)| crate::interp::ops::strict_eq(other, &info));
        if duplicate {
            return Err(it.throw_error("InvalidArgumentException", "Key duplication error"));
        }
    }
    let m = multiple(it, &o)?;
    match m.iterators.iter_mut().find(|(x, _)| is_same(x, &iter)) {
        Some((_, slot)) => {
            let old = std::mem::replace(slot, info);
            old.release();
        }
        None => m.iterators.push((Value::Obj(iter), info)),
    }
    Ok(Value::Null)
}

fn multiple_detach(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let iter = iterator_arg(it, a, 0, b"iterator", "Iterator")?;
    let m = multiple(it, &o)?;
    if let Some(i) = m.iterators.iter().position(|(x, _)| is_same(x, &iter)) {
        let (x, info) = m.iterators.remove(i);
        x.release();
        info.release();
    }
    Ok(Value::Null)
}

fn multiple_contains(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let iter = iterator_arg(it, a, 0, b"iterator", "Iterator")?;
    Ok(Value::Bool(
        multiple(it, &o)?
            .iterators
            .iter()
            .any(|(x, _)| is_same(x, &iter)),
    ))
}

fn multiple_count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(multiple(it, &o)?.iterators.len() as i64))
}

fn is_same(v: &Value, o: &Obj) -> bool {
    matches!(v, Value::Obj(x) if x.ptr_eq(o))
}

fn sub_iterators(it: &mut Interp, o: &Obj) -> R<Vec<(Obj, Value)>> {
    let m = multiple(it, o)?;
    Ok(m.iterators
        .iter()
        .filter_map(|(x, info)| Some((super::obj_of(x)?, info.clone())))
        .collect())
}

fn multiple_each(it: &mut Interp, a: &CallArgs, lc: &[u8]) -> R<Value> {
    let o = this(it, a)?;
    for (x, _) in sub_iterators(it, &o)? {
        call(it, &x, lc)?;
    }
    Ok(Value::Null)
}

fn multiple_rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    multiple_each(it, a, b"rewind")
}

fn multiple_next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    multiple_each(it, a, b"next")
}

/// `valid()`: all sub-iterators valid (`MIT_NEED_ALL`) or any.
fn multiple_valid(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let subs = sub_iterators(it, &o)?;
    if subs.is_empty() {
        return Ok(Value::Bool(false));
    }
    let need_all = multiple(it, &o)?.flags & MIT_NEED_ALL != 0;
    for (x, _) in subs {
        if to_bool(&call(it, &x, b"valid")?) != need_all {
            return Ok(Value::Bool(!need_all));
        }
    }
    Ok(Value::Bool(need_all))
}

/// `current()`/`key()`: an array of each sub-iterator's.
fn multiple_all(it: &mut Interp, a: &CallArgs, lc: &[u8], what: &str) -> R<Value> {
    let o = this(it, a)?;
    let subs = sub_iterators(it, &o)?;
    if subs.is_empty() {
        let msg = format!("Called {}() on an invalid iterator", what);
        return Err(it.throw_error("RuntimeException", &msg));
    }
    let flags = multiple(it, &o)?.flags;
    let mut out = Arr::new();
    for (x, info) in subs {
        let v = if to_bool(&call(it, &x, b"valid")?) {
            call(it, &x, lc)?.into_deref()
        } else if flags & MIT_NEED_ALL != 0 {
            let msg = format!("Called {}() with non valid sub iterator", what);
            return Err(it.throw_error("RuntimeException", &msg));
        } else {
            Value::Null
        };
        if flags & MIT_KEYS_ASSOC != 0 {
            let key = match &info {
                Value::Int(i) => Key::Int(*i),
                Value::Str(s) => Key::from_str(s.clone()),
                _ => {
                    return Err(it.throw_error(
                        "InvalidArgumentException",
                        "Sub-Iterator is associated with NULL",
                    ))
                }
            };
            out.table_mut().insert(key, v);
        } else {
            out.table_mut().push(v);
        }
    }
    Ok(Value::Arr(out))
}

fn multiple_current(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    multiple_all(it, a, b"current", "current")
}

fn multiple_key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    multiple_all(it, a, b"key", "key")
}

fn multiple_debug_info(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(super::debug_array(debug_view(&o).unwrap_or_default()))
}

/// The `var_dump` view of a `MultipleIterator`: like an
/// `SplObjectStorage`'s (which PHP's is).
pub fn debug_view(o: &Obj) -> Option<Vec<DebugProp>> {
    let m = o.payload::<MultipleState>()?;
    let mut list = Arr::new();
    for (x, info) in &m.iterators {
        let mut pair = Arr::new();
        pair.table_mut()
            .insert(Key::Str(Str::interned(b"obj")), x.clone());
        pair.table_mut()
            .insert(Key::Str(Str::interned(b"inf")), info.clone());
        list.table_mut().push(Value::Arr(pair));
    }
    let mut out = super::std_props(o);
    out.push(super::private_prop(
        "SplObjectStorage",
        "storage",
        Value::Arr(list),
    ));
    Some(out)
}

/// `clone` of a `MultipleIterator` keeps its iterators (dual iterators
/// cannot be cloned).
pub fn clone_payload(from: &Obj, to: &Obj) -> bool {
    let Some(m) = from.payload::<MultipleState>() else {
        return false;
    };
    to.set_payload(Box::new(MultipleState {
        iterators: m.iterators.clone(),
        flags: m.flags,
    }));
    true
}

#[cfg(test)]
mod tests {
    use super::simple_match;

    // Expected values from PHP 8.2's preg_match on the same inputs.
    #[test]
    fn literal_patterns() {
        assert!(simple_match(b"/^a/", b"apple"));
        assert!(!simple_match(b"/^a/", b"banana"));
        assert!(simple_match(b"/an/", b"banana"));
        assert!(simple_match(b"/NA$/i", b"banana"));
        assert!(simple_match(b"/^b.n/", b"banana"));
        assert!(simple_match(b"#a\\.b#", b"xa.b"));
        assert!(!simple_match(b"#a\\.b#", b"xacb"));
        assert!(simple_match(b"/^$/", b""));
    }
}
