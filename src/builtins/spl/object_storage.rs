//! `SplObjectStorage`: a map from objects to data (a set when the data is
//! left null), keyed by object identity or by a subclass's `getHash()`,
//! iterable in insertion order, with its `x:i:n;obj,inf;...;m:members`
//! payload and `__serialize` form.

use super::{state, this, DebugProp};
use crate::builtins::serialize::{serialize_values, NestedReader};
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::class::{ClassBuilder, InternalClass};
use crate::interp::{Interp, R};
use crate::value::object::Payload;
use crate::value::{Arr, HashTable, Key, Obj, Str, Value};

/// The objects keyed by handle (or hash), their infos under the same
/// keys, and the iteration position and index.
pub struct StorageState {
    objects: HashTable,
    infos: HashTable,
    pos: usize,
    index: i64,
}

impl StorageState {
    fn new() -> StorageState {
        StorageState {
            objects: HashTable::new(),
            infos: HashTable::new(),
            pos: 0,
            index: 0,
        }
    }

    fn info(&self, k: &Key) -> Value {
        self.infos.get(k).cloned().unwrap_or(Value::Null)
    }

    /// (object, info) of each entry, in order.
    fn pairs(&self) -> Vec<(Value, Value)> {
        self.objects
            .iter()
            .map(|(k, obj)| (obj.clone(), self.info(&k.to_owned())))
            .collect()
    }

    /// The key and object at the iteration position.
    fn at_pos(&self) -> Option<(Key, Value)> {
        self.objects
            .at(self.objects.pos_valid_from(self.pos))
            .map(|(k, v)| (k.to_owned(), v.clone()))
    }

    /// Removes an entry, returning what it held.
    fn remove(&mut self, k: &Key) -> Vec<Value> {
        self.objects
            .remove(k)
            .into_iter()
            .chain(self.infos.remove(k))
            .collect()
    }

    fn len(&self) -> usize {
        self.objects.len()
    }
}

impl Payload for StorageState {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        self.objects.values().for_each(&mut *f);
        self.infos.values().for_each(f);
    }
    fn take_values(&mut self) -> Vec<Value> {
        let objects = self.objects.drain().into_iter().map(|(_, v)| v);
        objects
            .chain(self.infos.drain().into_iter().map(|(_, v)| v))
            .collect()
    }
    crate::payload_any!();
}

static STORAGE_INTERNAL: InternalClass = InternalClass {
    create: Some(storage_create),
};

fn storage_create(o: &Obj) {
    o.set_payload(Box::new(StorageState::new()));
}

static STORAGE_METHODS: &[BuiltinFunction] = &[
    f!("attach", attach, "$object, $info="),
    f!("detach", detach, "$object"),
    f!("contains", contains, "$object"),
    f!("addAll", add_all, "$storage"),
    f!("removeAll", remove_all, "$storage"),
    f!("removeAllExcept", remove_all_except, "$storage"),
    f!("getInfo", get_info, ""),
    f!("setInfo", set_info, "$info"),
    f!("count", count, "$mode="),
    f!("rewind", rewind, ""),
    f!("valid", valid, ""),
    f!("key", key, ""),
    f!("current", current, ""),
    f!("next", next, ""),
    f!("unserialize", unserialize, "$data"),
    f!("serialize", serialize, ""),
    f!("offsetExists", contains, "$object"),
    f!("offsetGet", offset_get, "$object"),
    f!("offsetSet", attach, "$object, $info="),
    f!("offsetUnset", detach, "$object"),
    f!("getHash", get_hash, "$object"),
    f!("__serialize", serialize_array, ""),
    f!("__unserialize", unserialize_array, "$data"),
    f!("__debugInfo", debug_info, ""),
];

pub fn register(it: &mut Interp) {
    ClassBuilder::new("SplObjectStorage")
        .implements("Countable")
        .implements("Iterator")
        .implements("Serializable")
        .implements("ArrayAccess")
        .methods(STORAGE_METHODS)
        .internal(&STORAGE_INTERNAL)
        .register(it);
    ClassBuilder::new("SplObserver").interface().register(it);
    ClassBuilder::new("SplSubject").interface().register(it);
}

fn storage<'o>(it: &mut Interp, o: &'o Obj) -> R<&'o mut StorageState> {
    state::<StorageState>(it, o)
}

/// The key of `obj` in `o`: its handle, or what an overriding `getHash()`
/// returns.
fn key_for(it: &mut Interp, o: &Obj, obj: &Obj) -> R<Key> {
    let overridden = o
        .class()
        .find_method(b"gethash")
        .is_some_and(|m| !m.class().is_builtin);
    if !overridden {
        return Ok(Key::Int(obj.handle() as i64));
    }
    match it.call_method(o, b"gethash", vec![Value::Obj(obj.clone())])? {
        Value::Str(s) => Ok(Key::Str(s)),
        _ => Err(it.throw_error("RuntimeException", "Hash needs to be a string")),
    }
}

/// Attaches `obj` (an existing entry keeps its place, with the new info).
fn attach_obj(it: &mut Interp, o: &Obj, obj: &Obj, info: Value) -> R<()> {
    let k = key_for(it, o, obj)?;
    let s = storage(it, o)?;
    if !s.objects.contains_key(&k) {
        s.objects.insert(k.clone(), Value::Obj(obj.clone()));
    }
    if let Some(old) = s.infos.insert(k, info) {
        old.release();
    }
    Ok(())
}

fn detach_obj(it: &mut Interp, o: &Obj, obj: &Obj) -> R<()> {
    let k = key_for(it, o, obj)?;
    for old in storage(it, o)?.remove(&k) {
        old.release();
    }
    Ok(())
}

fn attach(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let obj = a.object(it, 0)?;
    attach_obj(it, &o, &obj, a.value(1))?;
    Ok(Value::Null)
}

/// Puts iteration back at the start (what `detach()` and the removals do
/// in PHP, which is why detaching in a `foreach` does not skip elements).
fn restart(s: &mut StorageState) {
    s.pos = 0;
    s.index = 0;
}

fn detach(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let obj = a.object(it, 0)?;
    detach_obj(it, &o, &obj)?;
    restart(storage(it, &o)?);
    Ok(Value::Null)
}

fn contains(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let obj = a.object(it, 0)?;
    let k = key_for(it, &o, &obj)?;
    Ok(Value::Bool(storage(it, &o)?.objects.contains_key(&k)))
}

fn offset_get(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let obj = a.object(it, 0)?;
    let k = key_for(it, &o, &obj)?;
    let s = storage(it, &o)?;
    match s.objects.contains_key(&k) {
        true => Ok(s.info(&k)),
        false => Err(it.throw_error("UnexpectedValueException", "Object not found")),
    }
}

/// The `SplObjectStorage` argument of `addAll` and friends, as (object,
/// info) pairs.
fn other_entries(it: &mut Interp, a: &CallArgs) -> R<Vec<(Obj, Value)>> {
    let other = match a.get(0) {
        Some(Value::Obj(x)) if x.payload::<StorageState>().is_some() => x.clone(),
        _ => {
            let v = a.value(0);
            return Err(a.type_error(it, 0, "SplObjectStorage", &v));
        }
    };
    let s = storage(it, &other)?;
    Ok(s.pairs()
        .into_iter()
        .filter_map(|(obj, info)| Some((super::obj_of(&obj)?, info)))
        .collect())
}

fn add_all(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    for (obj, info) in other_entries(it, a)? {
        attach_obj(it, &o, &obj, info)?;
    }
    Ok(Value::Int(storage(it, &o)?.len() as i64))
}

fn remove_all(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    for (obj, _) in other_entries(it, a)? {
        detach_obj(it, &o, &obj)?;
    }
    let s = storage(it, &o)?;
    restart(s);
    Ok(Value::Int(s.len() as i64))
}

fn remove_all_except(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let mut keep = Vec::new();
    for (obj, _) in other_entries(it, a)? {
        keep.push(key_for(it, &o, &obj)?);
    }
    let s = storage(it, &o)?;
    let gone: Vec<Key> = s
        .objects
        .keys()
        .map(|k| k.to_owned())
        .filter(|k| !keep.contains(k))
        .collect();
    let removed: Vec<Value> = gone.iter().flat_map(|k| s.remove(k)).collect();
    restart(s);
    let n = s.len();
    for v in removed {
        v.release();
    }
    Ok(Value::Int(n as i64))
}

/// `count()`: `COUNT_RECURSIVE` counts the same (the entries hold no
/// arrays of their own to descend into).
fn count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    a.opt_int(it, 0)?;
    Ok(Value::Int(storage(it, &o)?.len() as i64))
}

fn get_hash(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let obj = a.object(it, 0)?;
    Ok(Value::Str(crate::builtins::classobj::object_hash(&obj)))
}

// ---- iteration -------------------------------------------------------------------

fn rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = storage(it, &o)?;
    s.pos = 0;
    s.index = 0;
    Ok(Value::Null)
}

fn valid(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Bool(storage(it, &o)?.at_pos().is_some()))
}

fn key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(storage(it, &o)?.index))
}

fn current(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    match storage(it, &o)?.at_pos() {
        Some((_, obj)) => Ok(obj),
        None => Err(it.throw_error("RuntimeException", "Called current() on invalid iterator")),
    }
}

/// `next()`: from the element at the position to the one after it.
fn next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = storage(it, &o)?;
    let p = s.objects.pos_valid_from(s.pos);
    if p < s.objects.pos_end() {
        s.pos = s.objects.pos_valid_from(p + 1);
    } else {
        s.pos = p;
    }
    s.index += 1;
    Ok(Value::Null)
}

fn get_info(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = storage(it, &o)?;
    Ok(s.at_pos().map(|(k, _)| s.info(&k)).unwrap_or(Value::Null))
}

fn set_info(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let info = a.value(0);
    let s = storage(it, &o)?;
    if let Some((k, _)) = s.at_pos() {
        if let Some(old) = s.infos.insert(k, info) {
            old.release();
        }
    }
    Ok(Value::Null)
}

// ---- serialization ---------------------------------------------------------------

/// `serialize()`: `x:i:<count>;` then `<object>,<info>;` per entry, then
/// `m:<properties>`.
fn serialize(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = storage(it, &o)?;
    let mut values = vec![Value::Int(s.len() as i64)];
    for (obj, info) in s.pairs() {
        values.push(obj);
        values.push(info);
    }
    values.push(Value::Arr(super::std_props_array(&o)));
    let texts = serialize_values(it, &values)?;
    let mut out = b"x:".to_vec();
    out.extend_from_slice(&texts[0]);
    let pairs = &texts[1..texts.len() - 1];
    for pair in pairs.chunks(2) {
        out.extend_from_slice(&pair[0]);
        out.push(b',');
        out.extend_from_slice(&pair[1]);
        out.push(b';');
    }
    out.extend_from_slice(b"m:");
    out.extend_from_slice(&texts[texts.len() - 1]);
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
    // (whether each value read is an object, and whether it had info)
    let mut shape: Vec<bool> = Vec::new();
    let ok = (|| -> R<bool> {
        if !r.eat(b"x:") {
            return Ok(false);
        }
        let count = match r.read(it)? {
            Some(Value::Int(n)) if n >= 0 => n,
            _ => return Ok(false),
        };
        for i in 0..count {
            if i > 0 && !r.eat(b";") {
                return Ok(false);
            }
            if !matches!(r.peek(), Some(b'O' | b'C' | b'r')) {
                return Ok(false);
            }
            if !matches!(r.read(it)?, Some(Value::Obj(_))) {
                return Ok(false);
            }
            let has_info = r.eat(b",");
            if has_info && r.read(it)?.is_none() {
                return Ok(false);
            }
            shape.push(has_info);
        }
        if count > 0 && !r.eat(b";") {
            return Ok(false);
        }
        if !r.eat(b"m:") {
            return Ok(false);
        }
        Ok(matches!(r.read(it)?, Some(Value::Arr(_))))
    })()?;
    let pos = r.pos();
    let values = r.finish(it)?;
    let mut values = values.into_iter().skip(1);
    for has_info in shape {
        let Some(Value::Obj(obj)) = values.next() else {
            break;
        };
        let info = if has_info {
            values.next().unwrap_or(Value::Null)
        } else {
            Value::Null
        };
        attach_obj(it, &o, &obj, info)?;
    }
    if !ok {
        return Err(super::unserialize_error(it, pos, bytes.len()));
    }
    if let Some(Value::Arr(members)) = values.next() {
        super::load_props(it, &o, &members, a.line)?;
    }
    Ok(Value::Null)
}

/// `__serialize()`: `[[object, info, object, info...], properties]`.
fn serialize_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = storage(it, &o)?;
    let mut flat = Arr::new();
    for (obj, info) in s.pairs() {
        flat.table_mut().push(obj);
        flat.table_mut().push(info);
    }
    let mut out = Arr::new();
    out.table_mut().push(Value::Arr(flat));
    out.table_mut().push(Value::Arr(super::std_props_array(&o)));
    Ok(Value::Arr(out))
}

fn unserialize_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let data = a.array(it, 0)?;
    let t = data.table();
    let (Some(Value::Arr(flat)), Some(Value::Arr(members))) = (
        t.get_int(0).map(Value::deref_clone),
        t.get_int(1).map(Value::deref_clone),
    ) else {
        return Err(super::ill_typed_data(it));
    };
    if flat.len() % 2 != 0 {
        return Err(it.throw_error("UnexpectedValueException", "Odd number of elements"));
    }
    let items: Vec<Value> = flat.table().values().map(Value::deref_clone).collect();
    for pair in items.chunks(2) {
        let Value::Obj(obj) = &pair[0] else {
            return Err(it.throw_error("UnexpectedValueException", "Non-object key"));
        };
        attach_obj(it, &o, obj, pair[1].clone())?;
    }
    super::load_props(it, &o, &members, a.line)?;
    Ok(Value::Null)
}

fn debug_info(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(super::debug_array(debug_view(&o).unwrap_or_default()))
}

/// The `var_dump` view: properties, then `storage` (a list of
/// `["obj" => ..., "inf" => ...]`) as a private property.
pub fn debug_view(o: &Obj) -> Option<Vec<DebugProp>> {
    let s = o.payload::<StorageState>()?;
    let mut list = Arr::new();
    for (obj, info) in s.pairs() {
        let mut pair = Arr::new();
        pair.table_mut()
            .insert(Key::Str(Str::interned(b"obj")), obj);
        pair.table_mut()
            .insert(Key::Str(Str::interned(b"inf")), info);
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

pub fn clone_payload(from: &Obj, to: &Obj) -> bool {
    let Some(s) = from.payload::<StorageState>() else {
        return false;
    };
    to.set_payload(Box::new(StorageState {
        objects: s.objects.map_clone(Value::clone),
        infos: s.infos.map_clone(Value::clone),
        pos: 0,
        index: 0,
    }));
    true
}
