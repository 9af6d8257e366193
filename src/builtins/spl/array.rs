//! `ArrayObject`, `ArrayIterator` and `RecursiveArrayIterator`: an array
//! (or an object's properties, or another of these objects' storage)
//! behind the array and iterator interfaces, with the `STD_PROP_LIST` and
//! `ARRAY_AS_PROPS` flags, the sorting methods, and the
//! `x:i:flags;storage;m:members` payload of `serialize()`.
//!
//! An iterator remembers its position and the key there: when the table
//! was copied or compacted under it, it finds its element again by key,
//! and when its element was removed it stands on the next one (as PHP's
//! hash iterators do).

use super::{state, this, DebugProp};
use crate::builtins::serialize::{serialize_values, NestedReader};
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::class::{Class, ClassBuilder, InternalClass, PropLookup};
use crate::interp::{Interp, R};
use crate::value::object::Payload;
use crate::value::{Arr, HashTable, Key, KeyRef, Obj, Ref, Str, Value};
use std::rc::Rc;

/// Property access (`var_dump`, `(array)`) shows the object's own
/// properties, not the storage.
pub const STD_PROP_LIST: i64 = 1;
/// `$o->name` reads and writes the storage.
pub const ARRAY_AS_PROPS: i64 = 2;
/// `RecursiveArrayIterator`: only arrays have children.
pub const CHILD_ARRAYS_ONLY: i64 = 4;

pub struct ArrayState {
    /// An array, or an object: another `ArrayObject`/`ArrayIterator`
    /// (whose storage is used) or any object (whose properties are).
    pub storage: Value,
    pos: usize,
    /// The key at `pos` when it was last resolved.
    pos_key: Option<Key>,
    pub flags: i64,
    /// `ArrayObject::getIterator()`'s class (`None`: `ArrayIterator`).
    iterator_class: Option<Rc<Class>>,
}

impl Payload for ArrayState {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.storage);
    }
    fn take_values(&mut self) -> Vec<Value> {
        vec![std::mem::take(&mut self.storage)]
    }
    crate::payload_any!();
}

static ARRAY_INTERNAL: InternalClass = InternalClass {
    create: Some(array_create),
};

fn array_create(o: &Obj) {
    o.set_payload(Box::new(ArrayState {
        storage: Value::Arr(Arr::empty()),
        pos: 0,
        pos_key: None,
        flags: 0,
        iterator_class: None,
    }));
}

static SHARED_METHODS: &[BuiltinFunction] = &[
    f!("offsetExists", offset_exists, "$key"),
    f!("offsetGet", offset_get, "$key"),
    f!("offsetSet", offset_set, "$key, $value"),
    f!("offsetUnset", offset_unset, "$key"),
    f!("append", append, "$value"),
    f!("getArrayCopy", get_array_copy, ""),
    f!("count", count, ""),
    f!("getFlags", get_flags, ""),
    f!("setFlags", set_flags, "$flags"),
    f!("asort", asort, "$flags="),
    f!("ksort", ksort, "$flags="),
    f!("uasort", uasort, "$callback"),
    f!("uksort", uksort, "$callback"),
    f!("natsort", natsort, ""),
    f!("natcasesort", natcasesort, ""),
    f!("unserialize", unserialize, "$data"),
    f!("serialize", serialize, ""),
    f!("__serialize", serialize_array, ""),
    f!("__unserialize", unserialize_array, "$data"),
    f!("__get", magic_get, "$name"),
    f!("__set", magic_set, "$name, $value"),
    f!("__isset", magic_isset, "$name"),
    f!("__unset", magic_unset, "$name"),
];

static OBJECT_METHODS: &[BuiltinFunction] = &[
    f!(
        "__construct",
        object_construct,
        "$array=, $flags=, $iteratorClass="
    ),
    f!("getIterator", get_iterator, ""),
    f!("exchangeArray", exchange_array, "$array"),
    f!("setIteratorClass", set_iterator_class, "$iteratorClass"),
    f!("getIteratorClass", get_iterator_class, ""),
    f!("__debugInfo", debug_info, ""),
];

static ITERATOR_METHODS: &[BuiltinFunction] = &[
    f!("__construct", iterator_construct, "$array=, $flags="),
    f!("rewind", rewind, ""),
    f!("current", current, ""),
    f!("key", key, ""),
    f!("next", next, ""),
    f!("valid", valid, ""),
    f!("seek", seek, "$offset"),
    f!("__debugInfo", debug_info, ""),
];

static RECURSIVE_METHODS: &[BuiltinFunction] = &[
    f!("hasChildren", has_children, ""),
    f!("getChildren", get_children, ""),
];

pub fn register(it: &mut Interp) {
    ClassBuilder::new("ArrayObject")
        .implements("IteratorAggregate")
        .implements("ArrayAccess")
        .implements("Serializable")
        .implements("Countable")
        .constant("STD_PROP_LIST", Value::Int(STD_PROP_LIST))
        .constant("ARRAY_AS_PROPS", Value::Int(ARRAY_AS_PROPS))
        .methods(OBJECT_METHODS)
        .methods(SHARED_METHODS)
        .internal(&ARRAY_INTERNAL)
        .register(it);
    ClassBuilder::new("ArrayIterator")
        .implements("SeekableIterator")
        .implements("ArrayAccess")
        .implements("Serializable")
        .implements("Countable")
        .constant("STD_PROP_LIST", Value::Int(STD_PROP_LIST))
        .constant("ARRAY_AS_PROPS", Value::Int(ARRAY_AS_PROPS))
        .methods(ITERATOR_METHODS)
        .methods(SHARED_METHODS)
        .internal(&ARRAY_INTERNAL)
        .register(it);
    ClassBuilder::new("RecursiveArrayIterator")
        .extends("ArrayIterator")
        .implements("RecursiveIterator")
        .constant("CHILD_ARRAYS_ONLY", Value::Int(CHILD_ARRAYS_ONLY))
        .methods(RECURSIVE_METHODS)
        .register(it);
}

// ---- where the elements are ------------------------------------------------------

/// What an object's elements live in, after following storage that is
/// another `ArrayObject`/`ArrayIterator`.
enum Backing {
    /// The array in this object's state.
    Array(Obj),
    /// This object's properties.
    Props(Obj),
}

fn backing(o: &Obj) -> Option<Backing> {
    let mut cur = o.clone();
    // Storage chains are short; a cycle (made by calling a constructor
    // again) ends here rather than looping.
    for _ in 0..64 {
        let next = match &cur.payload::<ArrayState>()?.storage {
            Value::Obj(x) if x.ptr_eq(&cur) => return Some(Backing::Props(cur)),
            Value::Obj(x) if x.payload::<ArrayState>().is_some() => x.clone(),
            Value::Obj(x) => return Some(Backing::Props(x.clone())),
            _ => return Some(Backing::Array(cur)),
        };
        cur = next;
    }
    None
}

/// Reads the elements: the array, or a snapshot of the properties.
fn read<T>(o: &Obj, f: impl FnOnce(&HashTable) -> T) -> Option<T> {
    match backing(o)? {
        Backing::Array(owner) => match &owner.payload::<ArrayState>()?.storage {
            Value::Arr(a) => Some(f(a.table())),
            _ => None,
        },
        Backing::Props(x) => Some(f(super::std_props_array(&x).table())),
    }
}

/// A key that names a non-public property in a properties table.
fn is_mangled(k: KeyRef<'_>) -> bool {
    matches!(k, KeyRef::Str(s) if s.as_bytes().first() == Some(&0))
}

fn is_props(o: &Obj) -> bool {
    matches!(backing(o), Some(Backing::Props(_)))
}

fn get(o: &Obj, key: &Key) -> Option<Value> {
    read(o, |t| t.get(key).map(Value::deref_clone)).flatten()
}

/// Stores `v` under `key` (appends for `None`).
fn set(it: &mut Interp, o: &Obj, key: Option<Key>, v: Value) {
    match backing(o) {
        Some(Backing::Array(owner)) => {
            let Some(st) = owner.payload_mut::<ArrayState>() else {
                return;
            };
            let Value::Arr(a) = &mut st.storage else {
                return;
            };
            let old = match key {
                None => {
                    a.table_mut().push(v);
                    None
                }
                // A reference there is replaced, not written through (PHP's
                // `zend_hash_update`).
                Some(k) => a.table_mut().insert(k, v),
            };
            if let Some(old) = old {
                old.release();
            }
        }
        Some(Backing::Props(x)) => match key {
            Some(Key::Str(name)) => it.set_prop_by_name(&x, name.as_bytes(), v),
            Some(k @ Key::Int(_)) => {
                if let Some(old) = x.dyn_props_mut().insert(k, v) {
                    old.release();
                }
            }
            None => {
                x.dyn_props_mut().push(v);
            }
        },
        None => {}
    }
}

fn remove(o: &Obj, key: &Key) {
    let old = match backing(o) {
        Some(Backing::Array(owner)) => {
            match owner.payload_mut::<ArrayState>().map(|st| &mut st.storage) {
                Some(Value::Arr(a)) if a.table().contains_key(key) => a.table_mut().remove(key),
                _ => None,
            }
        }
        Some(Backing::Props(x)) => match key {
            Key::Str(name) => {
                let class = x.class().clone();
                match class.prop_lookup.get(name.as_bytes()) {
                    Some(&i) => Some(std::mem::take(&mut x.props_mut()[class.props[i].slot])),
                    None => x.dyn_props_mut().remove(key),
                }
            }
            Key::Int(_) => x.dyn_props_mut().remove(key),
        },
        None => None,
    };
    if let Some(old) = old {
        old.release();
    }
}

fn element_count(o: &Obj) -> i64 {
    let props = is_props(o);
    read(o, |t| {
        if props {
            t.keys().filter(|k| !is_mangled(*k)).count()
        } else {
            t.len()
        }
    })
    .unwrap_or(0) as i64
}

/// A copy of the elements as an array.
fn copy_of(o: &Obj) -> Arr {
    match backing(o) {
        Some(Backing::Array(owner)) => match owner.payload::<ArrayState>().map(|st| &st.storage) {
            Some(Value::Arr(a)) => a.clone(),
            _ => Arr::new(),
        },
        Some(Backing::Props(x)) => super::std_props_array(&x),
        None => Arr::new(),
    }
}

// ---- iteration -------------------------------------------------------------------

/// The live position of the iterator's element (see the module comment),
/// stepping over hidden property keys.
fn resolve_pos(t: &HashTable, st: &ArrayState, props: bool) -> usize {
    let here = t.key_at(st.pos).map(KeyRef::to_owned);
    let mut pos = match &st.pos_key {
        None => t.pos_valid_from(st.pos),
        Some(k) if here.as_ref() == Some(k) => st.pos,
        Some(_) if here.is_none() && st.pos < t.pos_end() => t.pos_valid_from(st.pos),
        Some(k) => {
            let mut p = t.pos_valid_from(0);
            while p < t.pos_end() && t.key_at(p).map(KeyRef::to_owned).as_ref() != Some(k) {
                p = t.pos_valid_from(p + 1);
            }
            if p < t.pos_end() {
                p
            } else {
                t.pos_valid_from(st.pos.min(t.pos_end()))
            }
        }
    };
    if props {
        while t.key_at(pos).is_some_and(is_mangled) {
            pos = t.pos_valid_from(pos + 1);
        }
    }
    pos
}

/// The current position and its key/value, remembering the position.
fn locate(o: &Obj) -> Option<(Value, Value)> {
    let props = is_props(o);
    let st = o.payload::<ArrayState>()?;
    let (pos, item) = read(o, |t| {
        let pos = resolve_pos(t, st, props);
        (
            pos,
            t.at(pos)
                .map(|(k, v)| (crate::interp::stmt::key_value(k), v.deref_clone())),
        )
    })?;
    let st = o.payload_mut::<ArrayState>()?;
    st.pos = pos;
    st.pos_key = item.as_ref().map(|(k, _)| key_of(k));
    item
}

fn key_of(k: &Value) -> Key {
    match k {
        Value::Int(i) => Key::Int(*i),
        Value::Str(s) => Key::Str(s.clone()),
        _ => Key::Int(0),
    }
}

fn rewind_state(o: &Obj) {
    if let Some(st) = o.payload_mut::<ArrayState>() {
        st.pos = 0;
        st.pos_key = None;
    }
    locate(o);
}

fn next_state(o: &Obj) {
    if locate(o).is_none() {
        return;
    }
    if let Some(st) = o.payload_mut::<ArrayState>() {
        st.pos += 1;
        st.pos_key = None;
    }
    locate(o);
}

fn rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    rewind_state(&o);
    Ok(Value::Null)
}

fn valid(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Bool(locate(&o).is_some()))
}

fn current(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(locate(&o).map(|(_, v)| v).unwrap_or(Value::Null))
}

fn key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(locate(&o).map(|(k, _)| k).unwrap_or(Value::Null))
}

fn next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    next_state(&o);
    Ok(Value::Null)
}

fn seek(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let target = a.int(it, 0)?;
    if target >= 0 {
        rewind_state(&o);
        let mut i = 0;
        while i < target && locate(&o).is_some() {
            next_state(&o);
            i += 1;
        }
        if locate(&o).is_some() {
            return Ok(Value::Null);
        }
    }
    let msg = format!("Seek position {} is out of range", target);
    Err(it.throw_error("OutOfBoundsException", &msg))
}

// ---- construction and storage --------------------------------------------------

/// Sets the storage from a constructor or `exchangeArray` argument.
fn set_storage(it: &mut Interp, a: &CallArgs, o: &Obj, arg: usize) -> R<()> {
    let storage = match a.get(arg) {
        None => Value::Arr(Arr::empty()),
        Some(Value::Arr(arr)) => Value::Arr(arr.clone()),
        Some(Value::Obj(x)) => Value::Obj(x.clone()),
        Some(other) => {
            let other = other.clone();
            return Err(a.type_error(it, arg, "array", &other));
        }
    };
    let st = state::<ArrayState>(it, o)?;
    let old = std::mem::replace(&mut st.storage, storage);
    st.pos = 0;
    st.pos_key = None;
    old.release();
    Ok(())
}

fn object_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = a.opt_int(it, 1)?.unwrap_or(0);
    let class = match a.has(2) {
        true => Some(iterator_class_arg(it, a, 2)?),
        false => None,
    };
    set_storage(it, a, &o, 0)?;
    let st = state::<ArrayState>(it, &o)?;
    st.flags = flags;
    if class.is_some() {
        st.iterator_class = class;
    }
    Ok(Value::Null)
}

fn iterator_construct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = a.opt_int(it, 1)?.unwrap_or(0);
    set_storage(it, a, &o, 0)?;
    state::<ArrayState>(it, &o)?.flags = flags;
    Ok(Value::Null)
}

fn exchange_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    if !matches!(a.get(0), Some(Value::Arr(_) | Value::Obj(_))) {
        let v = a.value(0);
        return Err(a.type_error(it, 0, "array", &v));
    }
    let old = copy_of(&o);
    set_storage(it, a, &o, 0)?;
    Ok(Value::Arr(old))
}

/// A class name argument naming `ArrayIterator` or a subclass.
fn iterator_class_arg(it: &mut Interp, a: &CallArgs, i: usize) -> R<Rc<Class>> {
    let name = a.string(it, i)?;
    let lc = Str::new(&name.as_bytes().to_ascii_lowercase());
    match it.find_class(&name, &lc)? {
        Some(c) if c.instance_of_name(b"arrayiterator") => Ok(c),
        _ => {
            let msg = format!(
                "{}(): Argument #{} (${}) must be a class name derived from ArrayIterator, {} given",
                super::method_name(it, a),
                i + 1,
                a.func.param_name(i),
                String::from_utf8_lossy(name.as_bytes())
            );
            Err(it.throw_error("TypeError", &msg))
        }
    }
}

fn set_iterator_class(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let class = iterator_class_arg(it, a, 0)?;
    state::<ArrayState>(it, &o)?.iterator_class = Some(class);
    Ok(Value::Null)
}

fn get_iterator_class(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Str(
        match &state::<ArrayState>(it, &o)?.iterator_class {
            Some(c) => c.name.clone(),
            None => Str::interned(b"ArrayIterator"),
        },
    ))
}

/// `getIterator()`: an iterator (of the iterator class) over this object's
/// storage, made without calling its constructor.
fn get_iterator(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let st = state::<ArrayState>(it, &o)?;
    let flags = st.flags;
    let class = st
        .iterator_class
        .clone()
        .unwrap_or_else(|| super::class_named(it, b"arrayiterator"));
    let iter = it.instantiate(&class)?;
    let ist = state::<ArrayState>(it, &iter)?;
    ist.storage = Value::Obj(o);
    ist.flags = flags;
    Ok(Value::Obj(iter))
}

fn get_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(state::<ArrayState>(it, &o)?.flags))
}

fn set_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = a.int(it, 0)?;
    state::<ArrayState>(it, &o)?.flags = flags;
    Ok(Value::Null)
}

fn get_array_copy(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    state::<ArrayState>(it, &o)?;
    Ok(Value::Arr(copy_of(&o)))
}

fn count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    state::<ArrayState>(it, &o)?;
    Ok(Value::Int(element_count(&o)))
}

// ---- ArrayAccess -----------------------------------------------------------------

fn offset_get(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let k = it.array_key(&a.value(0), a.line)?;
    match get(&o, &k) {
        Some(v) => Ok(v),
        None => {
            undefined_key(it, a.line, &k)?;
            Ok(Value::Null)
        }
    }
}

fn undefined_key(it: &mut Interp, line: u32, k: &Key) -> R<()> {
    let msg = match k {
        Key::Int(i) => format!("Undefined array key {}", i),
        Key::Str(s) => format!(
            "Undefined array key \"{}\"",
            String::from_utf8_lossy(s.as_bytes())
        ),
    };
    it.warn(line, &msg)
}

fn offset_set(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let key = match a.value(0) {
        Value::Null => None,
        k => Some(it.array_key(&k, a.line)?),
    };
    set(it, &o, key, a.value(1));
    Ok(Value::Null)
}

fn offset_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let k = it.array_key(&a.value(0), a.line)?;
    Ok(Value::Bool(
        read(&o, |t| t.contains_key(&k)).unwrap_or(false),
    ))
}

fn offset_unset(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let k = it.array_key(&a.value(0), a.line)?;
    remove(&o, &k);
    Ok(Value::Null)
}

fn append(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    if is_props(&o) {
        let msg = format!(
            "Cannot append properties to objects, use {}::offsetSet() instead",
            String::from_utf8_lossy(o.class().name.as_bytes())
        );
        return Err(it.throw_error("Error", &msg));
    }
    set(it, &o, None, a.value(0));
    Ok(Value::Null)
}

/// Whether `o` handles `$o[...]` itself (its `offsetGet`/`offsetExists`
/// are the built-in ones).
fn uses_builtin(o: &Obj, method: &[u8]) -> bool {
    o.payload::<ArrayState>().is_some()
        && o.class()
            .find_method(method)
            .is_some_and(|m| m.class().is_builtin)
}

/// `isset($o[$k])`: the key exists and its value is not null (`None` for
/// objects this does not handle).
pub fn isset_dimension(it: &mut Interp, o: &Obj, index: &Value, line: u32) -> R<Option<bool>> {
    if !uses_builtin(o, b"offsetexists") {
        return Ok(None);
    }
    if matches!(index.deref(), Value::Arr(_) | Value::Obj(_)) {
        return Err(it.throw_error("TypeError", "Illegal offset type in isset or empty"));
    }
    let k = it.array_key(index, line)?;
    Ok(Some(get(o, &k).is_some_and(|v| !v.is_null())))
}

/// The element `$o[$k]` for a nested write (`$o[$k][] = 1`), created as
/// null when missing; `None` when `o` does not hand out its elements. The
/// pointer is valid until the storage changes.
pub fn dimension_slot(
    it: &mut Interp,
    o: &Obj,
    index: Option<&Value>,
    line: u32,
) -> R<Option<*mut Value>> {
    if !uses_builtin(o, b"offsetget") {
        return Ok(None);
    }
    let key = match index {
        Some(k) => Some(it.array_key(k, line)?),
        None => None,
    };
    let Some(Backing::Array(owner)) = backing(o) else {
        return Ok(None);
    };
    let Some(st) = owner.payload_mut::<ArrayState>() else {
        return Ok(None);
    };
    let Value::Arr(arr) = &mut st.storage else {
        return Ok(None);
    };
    let t = arr.table_mut();
    let slot: *mut Value = match key {
        Some(k) => t.lookup_or_insert(k).0,
        None => match t.push(Value::Null) {
            Some(v) => v,
            None => return Ok(None),
        },
    };
    // SAFETY: `slot` points into the storage table, which the caller writes
    // through at once, before PHP code can change the table.
    Ok(Some(match unsafe { &mut *slot } {
        Value::Ref(r) => r.get_mut() as *mut Value,
        _ => slot,
    }))
}

// ---- foreach by reference -----------------------------------------------------------

/// Whether `foreach ($o as &$v)` may walk `o`'s array: an `ArrayObject`,
/// or an `ArrayIterator` whose `current()` is the built-in one, over an
/// array (PHP refuses the rest).
pub fn walks_by_ref(o: &Obj) -> bool {
    let builtin_current = o.class().instance_of_name(b"arrayobject")
        || o.class()
            .find_method(b"current")
            .is_some_and(|m| m.class().is_builtin);
    builtin_current && matches!(backing(o), Some(Backing::Array(_)))
}

/// The keys of the elements, in order.
pub fn ref_keys(o: &Obj) -> Vec<Key> {
    read(o, |t| t.keys().map(KeyRef::to_owned).collect()).unwrap_or_default()
}

/// The element under `key` made a reference (`None` once it is gone).
pub fn element_ref(o: &Obj, key: &Key) -> Option<Ref> {
    let Some(Backing::Array(owner)) = backing(o) else {
        return None;
    };
    let Value::Arr(arr) = &mut owner.payload_mut::<ArrayState>()?.storage else {
        return None;
    };
    arr.table_mut()
        .get_mut(key)
        .map(crate::interp::lvalue::to_ref)
}

// ---- ARRAY_AS_PROPS --------------------------------------------------------------

/// The storage element `$o->name` stands for with `ARRAY_AS_PROPS`, for a
/// nested write (`$o->list[] = 1`); `None` otherwise.
pub fn prop_slot(it: &mut Interp, o: &Obj, name: &Str) -> R<Option<*mut Value>> {
    match o.payload::<ArrayState>() {
        Some(st) if st.flags & ARRAY_AS_PROPS != 0 => {
            dimension_slot(it, o, Some(&Value::Str(name.clone())), it.current_line())
        }
        _ => Ok(None),
    }
}

/// The scope of the code that accessed the property (the frame below the
/// magic method's).
fn caller_scope(it: &Interp) -> Option<Rc<Class>> {
    let n = it.frames.len();
    it.frames
        .get(n.checked_sub(2)?)
        .and_then(|f| f.scope.clone())
}

/// The engine calls these for properties that are not accessible: with
/// `ARRAY_AS_PROPS` they reach the storage, otherwise they do what PHP
/// does for such properties.
fn as_props(it: &mut Interp, o: &Obj) -> R<bool> {
    Ok(state::<ArrayState>(it, o)?.flags & ARRAY_AS_PROPS != 0)
}

/// `Error: Cannot access private property C::$x` when `name` is a
/// declared property the caller may not use.
fn inaccessible(it: &mut Interp, o: &Obj, name: &Str) -> R<()> {
    let class = o.class().clone();
    let scope = caller_scope(it);
    if let PropLookup::Inaccessible(i) = class.lookup_prop(name.as_bytes(), scope.as_deref()) {
        let msg = format!(
            "Cannot access {} property {}::${}",
            crate::interp::class::visibility_name(class.props[i].visibility),
            String::from_utf8_lossy(class.name.as_bytes()),
            String::from_utf8_lossy(name.as_bytes())
        );
        return Err(it.throw_error("Error", &msg));
    }
    Ok(())
}

fn magic_get(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let name = a.string(it, 0)?;
    if as_props(it, &o)? {
        let k = Key::from_str(name);
        return match get(&o, &k) {
            Some(v) => Ok(v),
            None => {
                undefined_key(it, a.line, &k)?;
                Ok(Value::Null)
            }
        };
    }
    inaccessible(it, &o, &name)?;
    let msg = format!(
        "Undefined property: {}::${}",
        String::from_utf8_lossy(o.class().name.as_bytes()),
        String::from_utf8_lossy(name.as_bytes())
    );
    it.warn(a.line, &msg)?;
    Ok(Value::Null)
}

fn magic_set(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let name = a.string(it, 0)?;
    let v = a.value(1);
    if as_props(it, &o)? {
        set(it, &o, Some(Key::from_str(name)), v);
        return Ok(Value::Null);
    }
    inaccessible(it, &o, &name)?;
    let msg = format!(
        "Creation of dynamic property {}::${} is deprecated",
        String::from_utf8_lossy(o.class().name.as_bytes()),
        String::from_utf8_lossy(name.as_bytes())
    );
    it.deprecated(a.line, &msg)?;
    if let Some(old) = o.dyn_props_mut().insert(Key::Str(name), v) {
        old.release();
    }
    Ok(Value::Null)
}

fn magic_isset(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let name = a.string(it, 0)?;
    if as_props(it, &o)? {
        return Ok(Value::Bool(
            get(&o, &Key::from_str(name)).is_some_and(|v| !v.is_null()),
        ));
    }
    Ok(Value::Bool(false))
}

fn magic_unset(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let name = a.string(it, 0)?;
    if as_props(it, &o)? {
        remove(&o, &Key::from_str(name));
        return Ok(Value::Null);
    }
    inaccessible(it, &o, &name)?;
    Ok(Value::Null)
}

// ---- sorting ---------------------------------------------------------------------

/// Sorts the storage with the array function `func` (PHP calls the very
/// functions, so their messages name them); returns `true`.
fn sort_with(it: &mut Interp, a: &CallArgs, func: &[u8], extra: Vec<Value>) -> R<Value> {
    let o = this(it, a)?;
    let Some(Backing::Array(owner)) = backing(&o) else {
        return Ok(Value::Bool(true));
    };
    let st = state::<ArrayState>(it, &owner)?;
    let cell = Ref::new(std::mem::take(&mut st.storage));
    let mut args = vec![Value::Ref(cell.clone())];
    args.extend(extra);
    let r = it.call_value(&Value::Str(Str::interned(func)), args);
    let sorted = std::mem::take(cell.get_mut());
    if let Some(st) = owner.payload_mut::<ArrayState>() {
        let placeholder = std::mem::replace(&mut st.storage, sorted);
        placeholder.release();
    }
    r?;
    Ok(Value::Bool(true))
}

fn flags_arg(it: &mut Interp, a: &CallArgs) -> R<Vec<Value>> {
    Ok(match a.opt_int(it, 0)? {
        Some(f) => vec![Value::Int(f)],
        None => Vec::new(),
    })
}

fn asort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let extra = flags_arg(it, a)?;
    sort_with(it, a, b"asort", extra)
}

fn ksort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let extra = flags_arg(it, a)?;
    sort_with(it, a, b"ksort", extra)
}

fn uasort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let cb = a.value(0);
    sort_with(it, a, b"uasort", vec![cb])
}

fn uksort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let cb = a.value(0);
    sort_with(it, a, b"uksort", vec![cb])
}

fn natsort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sort_with(it, a, b"natsort", Vec::new())
}

fn natcasesort(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    sort_with(it, a, b"natcasesort", Vec::new())
}

// ---- serialization ---------------------------------------------------------------

/// `serialize()`: `x:i:<flags>;<storage>;m:<properties>`.
fn serialize(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let st = state::<ArrayState>(it, &o)?;
    let values = [
        Value::Int(st.flags),
        st.storage.clone(),
        Value::Arr(super::std_props_array(&o)),
    ];
    let texts = serialize_values(it, &values)?;
    let mut out = b"x:".to_vec();
    out.extend_from_slice(&texts[0]);
    out.extend_from_slice(&texts[1]);
    out.extend_from_slice(b";m:");
    out.extend_from_slice(&texts[2]);
    Ok(Value::Str(Str::new(&out)))
}

fn unserialize(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let data = a.string(it, 0)?;
    let bytes = data.as_bytes();
    if bytes.is_empty() {
        return Ok(Value::Null);
    }
    let mut r = NestedReader::new(bytes, a.line);
    let ok = r.eat(b"x:")
        && matches!(r.read(it)?, Some(Value::Int(_)))
        && matches!(r.read(it)?, Some(Value::Arr(_) | Value::Obj(_)))
        && r.eat(b";m:")
        && matches!(r.read(it)?, Some(Value::Arr(_)))
        && r.pos() == bytes.len();
    let pos = r.pos();
    let values = r.finish(it)?;
    if !ok {
        return Err(super::unserialize_error(it, pos, bytes.len()));
    }
    let mut values = values.into_iter();
    let (Some(Value::Int(flags)), Some(storage), Some(Value::Arr(members))) =
        (values.next(), values.next(), values.next())
    else {
        return Err(super::unserialize_error(it, pos, bytes.len()));
    };
    let st = state::<ArrayState>(it, &o)?;
    st.flags = flags;
    let old = std::mem::replace(&mut st.storage, storage);
    old.release();
    super::load_props(it, &o, &members, a.line)?;
    Ok(Value::Null)
}

/// `__serialize()`: `[flags, storage, properties, iterator class or null]`.
fn serialize_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let st = state::<ArrayState>(it, &o)?;
    let mut out = Arr::new();
    out.table_mut().push(Value::Int(st.flags));
    out.table_mut().push(st.storage.clone());
    out.table_mut().push(Value::Arr(super::std_props_array(&o)));
    out.table_mut().push(match &st.iterator_class {
        Some(c) => Value::Str(c.name.clone()),
        None => Value::Null,
    });
    Ok(Value::Arr(out))
}

fn unserialize_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let data = a.array(it, 0)?;
    let t = data.table();
    let item = |i| t.get_int(i).map(Value::deref_clone);
    let (Some(Value::Int(flags)), Some(storage), Some(Value::Arr(members))) =
        (item(0), item(1), item(2))
    else {
        return Err(super::ill_typed_data(it));
    };
    let class_name = match item(3) {
        None | Some(Value::Null) => None,
        Some(Value::Str(s)) => Some(s),
        Some(_) => return Err(super::ill_typed_data(it)),
    };
    if !matches!(storage, Value::Arr(_) | Value::Obj(_)) {
        return Err(it.throw_error(
            "InvalidArgumentException",
            "Passed variable is not an array or object",
        ));
    }
    let st = state::<ArrayState>(it, &o)?;
    st.flags = flags;
    let old = std::mem::replace(&mut st.storage, storage);
    old.release();
    super::load_props(it, &o, &members, a.line)?;
    if let Some(name) = class_name {
        let lc = Str::new(&name.as_bytes().to_ascii_lowercase());
        let problem = match it.find_class(&name, &lc)? {
            None => Some("no such class exists"),
            Some(c) if !c.instance_of_name(b"iterator") => {
                Some("this class does not implement the Iterator interface")
            }
            Some(c) => {
                state::<ArrayState>(it, &o)?.iterator_class = Some(c);
                None
            }
        };
        if let Some(problem) = problem {
            let msg = format!(
                "Cannot deserialize ArrayObject with iterator class '{}'; {}",
                String::from_utf8_lossy(name.as_bytes()),
                problem
            );
            return Err(it.throw_error("UnexpectedValueException", &msg));
        }
    }
    Ok(Value::Null)
}

// ---- RecursiveArrayIterator --------------------------------------------------------

fn has_children(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = state::<ArrayState>(it, &o)?.flags;
    Ok(Value::Bool(match locate(&o) {
        Some((_, Value::Arr(_))) => true,
        Some((_, Value::Obj(_))) => flags & CHILD_ARRAYS_ONLY == 0,
        _ => false,
    }))
}

/// `getChildren()`: the current element in a new iterator of this class
/// (an element that already is one is returned as it is).
fn get_children(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = state::<ArrayState>(it, &o)?.flags;
    let Some((_, child)) = locate(&o) else {
        return Ok(Value::Null);
    };
    if let Value::Obj(c) = &child {
        if flags & CHILD_ARRAYS_ONLY != 0 {
            return Ok(Value::Null);
        }
        if c.class().is_subclass_of(o.class()) {
            return Ok(child);
        }
    }
    let class = o.class().clone();
    Ok(Value::Obj(super::construct(
        it,
        &class,
        vec![child, Value::Int(flags)],
    )?))
}

// ---- engine views --------------------------------------------------------------------

fn debug_info(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(super::debug_array(debug_view(&o).unwrap_or_default()))
}

/// The `var_dump` view: properties, then `storage` as a private property of
/// `ArrayObject` or `ArrayIterator`.
pub fn debug_view(o: &Obj) -> Option<Vec<DebugProp>> {
    let st = o.payload::<ArrayState>()?;
    let base = if o.class().instance_of_name(b"arrayiterator") {
        "ArrayIterator"
    } else {
        "ArrayObject"
    };
    let mut out = super::std_props(o);
    out.push(super::private_prop(base, "storage", st.storage.clone()));
    Some(out)
}

/// `(array)`, `var_export`: the elements, unless `STD_PROP_LIST` asks
/// for the properties.
pub fn properties_view(o: &Obj) -> Option<Arr> {
    let st = o.payload::<ArrayState>()?;
    if st.flags & STD_PROP_LIST != 0 {
        return None;
    }
    Some(copy_of(o))
}

/// `clone`: the same storage (an array is copied on write), position
/// reset.
pub fn clone_payload(from: &Obj, to: &Obj) -> bool {
    let Some(st) = from.payload::<ArrayState>() else {
        return false;
    };
    let storage = match &st.storage {
        // A clone of an iterator over another object's storage keeps
        // pointing there; a clone of an ArrayObject over an object
        // copies the object's elements, as PHP does.
        Value::Obj(x)
            if from.class().instance_of_name(b"arrayobject")
                && x.payload::<ArrayState>().is_none() =>
        {
            Value::Arr(super::std_props_array(x))
        }
        other => other.clone(),
    };
    to.set_payload(Box::new(ArrayState {
        storage,
        pos: 0,
        pos_key: None,
        flags: st.flags,
        iterator_class: st.iterator_class.clone(),
    }));
    true
}

/// A new `ArrayIterator` over `items` (for built-ins returning one).
pub fn new_array_iterator(it: &mut Interp, items: Arr) -> R<Obj> {
    let class = super::class_named(it, b"arrayiterator");
    let o = it.instantiate(&class)?;
    state::<ArrayState>(it, &o)?.storage = Value::Arr(items);
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(keys: &[&str]) -> HashTable {
        let mut t = HashTable::new();
        for &k in keys {
            t.insert(Key::Str(Str::new(k.as_bytes())), Value::Null);
        }
        t
    }

    fn at(pos: usize, key: Option<&str>) -> ArrayState {
        ArrayState {
            storage: Value::Null,
            pos,
            pos_key: key.map(|k| Key::Str(Str::new(k.as_bytes()))),
            flags: 0,
            iterator_class: None,
        }
    }

    #[test]
    fn a_removed_element_leaves_the_iterator_on_the_next() {
        // PHP: unsetting the current element of an ArrayIterator moves it
        // to the following one.
        let mut t = table(&["a", "b", "c"]);
        t.remove(&Key::Str(Str::new(b"b")));
        assert_eq!(resolve_pos(&t, &at(1, Some("b")), false), 2);
    }

    #[test]
    fn a_moved_element_is_found_by_key() {
        let t = table(&["a", "b", "c"]);
        assert_eq!(resolve_pos(&t, &at(0, Some("c")), false), 2);
        assert_eq!(resolve_pos(&t, &at(1, Some("b")), false), 1);
    }

    #[test]
    fn hidden_properties_are_stepped_over() {
        let t = table(&["\0A\0private", "public"]);
        assert_eq!(resolve_pos(&t, &at(0, None), true), 1);
    }
}
