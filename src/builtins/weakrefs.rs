//! `WeakReference` and `WeakMap`: holding objects without keeping them
//! alive. Both register with `gc::weak`, which tells them when a target
//! object is freed.

use crate::builtins::CallArgs;
use crate::gc::weak::{self, WeakHolder};
use crate::interp::class::{ClassBuilder, InternalClass};
use crate::interp::{Interp, R};
use crate::value::object::Payload;
use crate::value::{Arr, Key, Obj, Str, Value};
use crate::{f, sf};
use std::cell::RefCell;
use std::rc::Rc;

pub fn register(it: &mut Interp) {
    ClassBuilder::new("WeakReference")
        .final_()
        .no_dynamic_props()
        .methods(WEAKREF_METHODS)
        .internal(&WEAKREF_INTERNAL)
        .register(it);
    ClassBuilder::new("WeakMap")
        .final_()
        .no_dynamic_props()
        .implements("ArrayAccess")
        .implements("Countable")
        .implements("IteratorAggregate")
        .methods(WEAKMAP_METHODS)
        .internal(&WEAKMAP_INTERNAL)
        .register(it);
}

// ---- WeakReference ----------------------------------------------------------

static WEAKREF_INTERNAL: InternalClass = InternalClass { create: None };

static WEAKREF_METHODS: &[crate::builtins::BuiltinFunction] = &[
    f!("__construct", weakref_construct, ""),
    sf!("create", weakref_create, "$object"),
    f!("get", weakref_get, ""),
];

/// The target of a `WeakReference`, cleared when the target is freed.
struct WeakTarget {
    target: RefCell<Option<usize>>,
    /// The WeakReference object itself (by address), to find it again.
    holder_addr: RefCell<usize>,
}

impl WeakHolder for WeakTarget {
    fn target_freed(&self, target_addr: usize) {
        if *self.target.borrow() == Some(target_addr) {
            *self.target.borrow_mut() = None;
            WEAKREFS.with(|w| w.borrow_mut().retain(|(t, _)| *t != target_addr));
        }
    }
}

struct WeakRefPayload(Rc<WeakTarget>);

impl Payload for WeakRefPayload {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Drop for WeakRefPayload {
    fn drop(&mut self) {
        let target = *self.0.target.borrow();
        if let Some(t) = target {
            let holder: Rc<dyn WeakHolder> = self.0.clone();
            weak::unregister(t, &holder);
            WEAKREFS.with(|w| w.borrow_mut().retain(|(x, _)| *x != t));
        }
    }
}

thread_local! {
    /// Target object address -> the live WeakReference object's address
    /// (`WeakReference::create` returns the same object while both live).
    static WEAKREFS: RefCell<Vec<(usize, usize)>> = const { RefCell::new(Vec::new()) };
}

fn weakref_construct(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Err(it.throw_error(
        "Error",
        "Direct instantiation of WeakReference is not allowed, use WeakReference::create instead",
    ))
}

fn weakref_create(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let target = a.object(it, 0)?;
    let taddr = weak::object_addr(&target);
    let existing = WEAKREFS.with(|w| {
        w.borrow()
            .iter()
            .find(|(t, _)| *t == taddr)
            .map(|(_, h)| *h)
    });
    if let Some(h) = existing {
        for o in Obj::all_live() {
            if weak::object_addr(&o) == h {
                return Ok(Value::Obj(o));
            }
        }
    }
    let class = it.classes[&Str::interned(b"weakreference")].clone();
    let o = Obj::new(class, Vec::new());
    let holder = Rc::new(WeakTarget {
        target: RefCell::new(Some(taddr)),
        holder_addr: RefCell::new(weak::object_addr(&o)),
    });
    weak::register(&target, holder.clone());
    o.set_payload(Box::new(WeakRefPayload(holder)));
    WEAKREFS.with(|w| w.borrow_mut().push((taddr, weak::object_addr(&o))));
    Ok(Value::Obj(o))
}

fn weakref_get(_it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let me = a.this.clone().expect("method");
    let Some(p) = me.payload::<WeakRefPayload>() else {
        return Ok(Value::Null);
    };
    let target = *p.0.target.borrow();
    let _ = *p.0.holder_addr.borrow();
    Ok(match target.and_then(live_object_at) {
        Some(o) => Value::Obj(o),
        None => Value::Null,
    })
}

/// The live object at an address (weak targets are unregistered when
/// freed, so a registered address is live).
fn live_object_at(addr: usize) -> Option<Obj> {
    let p = std::ptr::NonNull::new(addr as *mut crate::value::header::GcHeader)?;
    // SAFETY: weak holders are told when their targets are freed and
    // forget them, so an address still held names a live object.
    Some(unsafe { Obj::from_gc_ptr_addref(p) })
}

// ---- WeakMap ----------------------------------------------------------------

static WEAKMAP_INTERNAL: InternalClass = InternalClass {
    create: Some(weakmap_create),
};

static WEAKMAP_METHODS: &[crate::builtins::BuiltinFunction] = &[
    f!("offsetGet", weakmap_offset_get, "$object"),
    f!("offsetSet", weakmap_offset_set, "$object, $value"),
    f!("offsetExists", weakmap_offset_exists, "$object"),
    f!("offsetUnset", weakmap_offset_unset, "$object"),
    f!("count", weakmap_count, ""),
    f!("getIterator", weakmap_get_iterator, ""),
];

/// Entries keyed by object address, in insertion order.
#[derive(Default)]
pub struct WeakMapEntries {
    entries: RefCell<Vec<(usize, Value)>>,
}

impl WeakHolder for WeakMapEntries {
    fn target_freed(&self, target_addr: usize) {
        let removed = {
            let mut e = self.entries.borrow_mut();
            e.iter()
                .position(|(k, _)| *k == target_addr)
                .map(|i| e.remove(i).1)
        };
        if let Some(v) = removed {
            v.release();
        }
    }
}

pub struct WeakMapPayload(pub Rc<WeakMapEntries>);

impl Payload for WeakMapPayload {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        for (_, v) in self.0.entries.borrow().iter() {
            f(v);
        }
    }
    fn take_values(&mut self) -> Vec<Value> {
        let entries = std::mem::take(&mut *self.0.entries.borrow_mut());
        let holder: Rc<dyn WeakHolder> = self.0.clone();
        let mut out = Vec::new();
        for (k, v) in entries {
            weak::unregister(k, &holder);
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

fn weakmap_create(o: &Obj) {
    o.set_payload(Box::new(WeakMapPayload(Rc::new(WeakMapEntries::default()))));
}

fn entries(a: &CallArgs) -> Rc<WeakMapEntries> {
    let me = a.this.clone().expect("method");
    me.payload::<WeakMapPayload>()
        .map(|p| p.0.clone())
        .expect("WeakMap payload")
}

fn key_object(it: &mut Interp, a: &CallArgs) -> R<Obj> {
    match a.get(0) {
        Some(Value::Obj(o)) => Ok(o.clone()),
        _ => Err(it.throw_error("TypeError", "WeakMap key must be an object")),
    }
}

fn weakmap_offset_get(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let k = key_object(it, a)?;
    let e = entries(a);
    let addr = weak::object_addr(&k);
    let found = e
        .entries
        .borrow()
        .iter()
        .find(|(x, _)| *x == addr)
        .map(|(_, v)| v.clone());
    match found {
        Some(v) => Ok(v),
        None => {
            let msg = format!(
                "Object {}#{} not contained in WeakMap",
                String::from_utf8_lossy(k.class_name().as_bytes()),
                k.handle()
            );
            Err(it.throw_error("Error", &msg))
        }
    }
}

fn weakmap_offset_set(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let k = key_object(it, a)?;
    let v = a.value(1);
    let e = entries(a);
    let addr = weak::object_addr(&k);
    let old = {
        let mut list = e.entries.borrow_mut();
        match list.iter_mut().find(|(x, _)| *x == addr) {
            Some((_, slot)) => Some(std::mem::replace(slot, v)),
            None => {
                list.push((addr, v));
                None
            }
        }
    };
    match old {
        Some(old) => old.release(),
        None => weak::register(&k, e.clone()),
    }
    Ok(Value::Null)
}

fn weakmap_offset_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let k = key_object(it, a)?;
    let e = entries(a);
    let addr = weak::object_addr(&k);
    let found = e
        .entries
        .borrow()
        .iter()
        .any(|(x, v)| *x == addr && !v.deref().is_null());
    Ok(Value::Bool(found))
}

fn weakmap_offset_unset(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let k = key_object(it, a)?;
    let e = entries(a);
    let addr = weak::object_addr(&k);
    let removed = {
        let mut list = e.entries.borrow_mut();
        list.iter()
            .position(|(x, _)| *x == addr)
            .map(|i| list.remove(i).1)
    };
    if let Some(v) = removed {
        let holder: Rc<dyn WeakHolder> = e.clone();
        weak::unregister(addr, &holder);
        v.release();
    }
    Ok(Value::Null)
}

fn weakmap_count(_it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Int(entries(a).entries.borrow().len() as i64))
}

/// A WeakMap's entries as (key object, value) pairs.
pub fn weakmap_items(o: &Obj) -> Option<Vec<(Value, Value)>> {
    let p = o.payload::<WeakMapPayload>()?;
    let list = p.0.entries.borrow();
    Some(
        list.iter()
            .filter_map(|(k, v)| live_object_at(*k).map(|o| (Value::Obj(o), v.clone())))
            .collect(),
    )
}

fn weakmap_get_iterator(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let me = a.this.clone().expect("method");
    let items = weakmap_items(&me).unwrap_or_default();
    crate::builtins::classes::new_pair_iterator(it, items)
}

/// Entry `i` of a WeakMap as (key object, value).
pub fn weakmap_entry(o: &Obj, i: usize) -> Option<(Value, Value)> {
    let p = o.payload::<WeakMapPayload>()?;
    let list = p.0.entries.borrow();
    let (k, v) = list.get(i)?;
    live_object_at(*k).map(|o| (Value::Obj(o), v.clone()))
}

/// `var_dump` view of a WeakMap: a list of `["key" => k, "value" => v]`.
pub fn weakmap_debug(o: &Obj) -> Option<Vec<(Key, Value, Option<crate::interp::class::PropInfo>)>> {
    let items = weakmap_items(o)?;
    Some(
        items
            .into_iter()
            .enumerate()
            .map(|(i, (k, v))| {
                let mut pair = Arr::new();
                pair.table_mut().insert(Key::Str(Str::interned(b"key")), k);
                pair.table_mut()
                    .insert(Key::Str(Str::interned(b"value")), v);
                (Key::Int(i as i64), Value::Arr(pair), None)
            })
            .collect(),
    )
}

/// The key objects of a WeakMap, in order (`None` for other objects).
pub fn weakmap_keys(o: &Obj) -> Option<Vec<Obj>> {
    let p = o.payload::<WeakMapPayload>()?;
    let list = p.0.entries.borrow();
    Some(
        list.iter()
            .filter_map(|(k, _)| live_object_at(*k))
            .collect(),
    )
}

/// Makes the value stored for `key` a reference and returns it (foreach
/// by reference over a WeakMap).
pub fn weakmap_value_ref(o: &Obj, key: &Obj) -> Option<crate::value::Ref> {
    let p = o.payload::<WeakMapPayload>()?;
    let addr = weak::object_addr(key);
    let mut list = p.0.entries.borrow_mut();
    let (_, slot) = list.iter_mut().find(|(k, _)| *k == addr)?;
    Some(crate::interp::lvalue::to_ref(slot))
}

/// The slot holding the value for `key` (created as null), for writes
/// through the map (`$map[$obj][] = 1`). The pointer stays valid until the
/// map's entries change.
pub fn weakmap_slot(o: &Obj, key: &Obj) -> Option<*mut Value> {
    let p = o.payload::<WeakMapPayload>()?;
    let addr = weak::object_addr(key);
    let entries = p.0.clone();
    let mut list = entries.entries.borrow_mut();
    let i = match list.iter().position(|(k, _)| *k == addr) {
        Some(i) => i,
        None => {
            list.push((addr, Value::Null));
            drop(list);
            weak::register(key, entries.clone());
            list = entries.entries.borrow_mut();
            list.len() - 1
        }
    };
    let slot: *mut Value = &mut list[i].1;
    // SAFETY: `slot` points into the entries vector, which the caller
    // writes through at once, before anything can add or remove entries.
    Some(match unsafe { &mut *slot } {
        Value::Ref(r) => r.get_mut() as *mut Value,
        _ => slot,
    })
}

/// `clone $map`: a new map with the same entries; true when `from` is a
/// WeakMap.
pub fn clone_weakmap(from: &Obj, to: &Obj) -> bool {
    let Some(p) = from.payload::<WeakMapPayload>() else {
        return false;
    };
    let copy: Vec<(usize, Value)> =
        p.0.entries
            .borrow()
            .iter()
            .map(|(k, v)| (*k, v.clone()))
            .collect();
    let entries = Rc::new(WeakMapEntries {
        entries: RefCell::new(copy),
    });
    for (k, _) in entries.entries.borrow().iter() {
        if let Some(key) = live_object_at(*k) {
            weak::register(&key, entries.clone());
        }
    }
    to.set_payload(Box::new(WeakMapPayload(entries)));
    true
}
