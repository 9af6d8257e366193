//! `SplHeap` (`SplMinHeap`, `SplMaxHeap`) and `SplPriorityQueue`: binary
//! heaps ordered by `compare()`, laid out and sifted exactly as PHP's
//! `spl_ptr_heap` does (the order of equal elements, the calls made to a
//! user `compare()` and the `var_dump` of the heap array all match),
//! including the corrupted state a throwing `compare()` leaves.

use super::{state, this, DebugProp};
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::class::{ClassBuilder, InternalClass};
use crate::interp::{Interp, Unwind, R};
use crate::value::object::Payload;
use crate::value::{Arr, Key, Obj, Str, Value};

/// `SplPriorityQueue` extract flags.
const EXTR_DATA: i64 = 1;
const EXTR_PRIORITY: i64 = 2;
const EXTR_BOTH: i64 = 3;

/// How elements compare when `compare()` is the built-in one.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    /// `SplMinHeap`: the smallest on top.
    Min,
    /// `SplMaxHeap`, `SplPriorityQueue`, and user heaps: the largest.
    Max,
}

/// A heap element: a value, and a priority queue's priority (`Undef` in
/// plain heaps).
#[derive(Clone)]
struct Item {
    data: Value,
    priority: Value,
}

impl Item {
    /// A queue entry as `EXTR_BOTH` and `var_dump` show it.
    fn pair(&self) -> Value {
        let mut pair = Arr::with_capacity(2);
        pair.table_mut()
            .insert(Key::Str(Str::interned(b"data")), self.data.clone());
        pair.table_mut()
            .insert(Key::Str(Str::interned(b"priority")), self.priority.clone());
        Value::Arr(pair)
    }
}

pub struct HeapState {
    /// The heap array.
    elements: Vec<Item>,
    /// `SplPriorityQueue`'s extract flags (0 for heaps).
    flags: i64,
    is_queue: bool,
    order: Order,
    corrupted: bool,
    /// A sift is running (its `compare()` may not change the heap).
    locked: bool,
}

impl Payload for HeapState {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        for item in &self.elements {
            f(&item.data);
            f(&item.priority);
        }
    }
    fn take_values(&mut self) -> Vec<Value> {
        self.elements
            .drain(..)
            .flat_map(|item| [item.data, item.priority])
            .collect()
    }
    crate::payload_any!();
}

static HEAP_INTERNAL: InternalClass = InternalClass {
    create: Some(heap_create),
};

fn heap_create(o: &Obj) {
    let class = o.class();
    let is_queue = class.instance_of_name(b"splpriorityqueue");
    o.set_payload(Box::new(HeapState {
        elements: Vec::new(),
        flags: if is_queue { EXTR_DATA } else { 0 },
        is_queue,
        order: if class.instance_of_name(b"splminheap") {
            Order::Min
        } else {
            Order::Max
        },
        corrupted: false,
        locked: false,
    }));
}

static HEAP_METHODS: &[BuiltinFunction] = &[
    f!("extract", extract, ""),
    f!("insert", heap_insert, "$value"),
    f!("top", top, ""),
    f!("count", count, ""),
    f!("isEmpty", is_empty, ""),
    f!("rewind", rewind, ""),
    f!("current", current, ""),
    f!("key", key, ""),
    f!("next", next, ""),
    f!("valid", valid, ""),
    f!("recoverFromCorruption", recover, ""),
    f!("compare", abstract_compare, "$value1, $value2"),
    f!("isCorrupted", is_corrupted, ""),
    f!("__debugInfo", debug_info, ""),
];

static MIN_METHODS: &[BuiltinFunction] = &[f!("compare", min_compare, "$value1, $value2")];
static MAX_METHODS: &[BuiltinFunction] = &[f!("compare", max_compare, "$value1, $value2")];

static QUEUE_METHODS: &[BuiltinFunction] = &[
    f!("compare", max_compare, "$priority1, $priority2"),
    f!("insert", queue_insert, "$value, $priority"),
    f!("setExtractFlags", set_extract_flags, "$flags"),
    f!("top", top, ""),
    f!("extract", extract, ""),
    f!("count", count, ""),
    f!("isEmpty", is_empty, ""),
    f!("rewind", rewind, ""),
    f!("current", current, ""),
    f!("key", key, ""),
    f!("next", next, ""),
    f!("valid", valid, ""),
    f!("recoverFromCorruption", recover, ""),
    f!("isCorrupted", is_corrupted, ""),
    f!("getExtractFlags", get_extract_flags, ""),
    f!("__debugInfo", debug_info, ""),
];

pub fn register(it: &mut Interp) {
    ClassBuilder::new("SplHeap")
        .abstract_()
        .implements("Iterator")
        .implements("Countable")
        .methods(HEAP_METHODS)
        .internal(&HEAP_INTERNAL)
        .register(it);
    ClassBuilder::new("SplMinHeap")
        .extends("SplHeap")
        .methods(MIN_METHODS)
        .register(it);
    ClassBuilder::new("SplMaxHeap")
        .extends("SplHeap")
        .methods(MAX_METHODS)
        .register(it);
    ClassBuilder::new("SplPriorityQueue")
        .implements("Iterator")
        .implements("Countable")
        .constant("EXTR_BOTH", Value::Int(EXTR_BOTH))
        .constant("EXTR_PRIORITY", Value::Int(EXTR_PRIORITY))
        .constant("EXTR_DATA", Value::Int(EXTR_DATA))
        .methods(QUEUE_METHODS)
        .internal(&HEAP_INTERNAL)
        .register(it);
}

fn heap<'o>(it: &mut Interp, o: &'o Obj) -> R<&'o mut HeapState> {
    state::<HeapState>(it, o)
}

fn corrupted_error(it: &mut Interp) -> Unwind {
    it.throw_error(
        "RuntimeException",
        "Heap is corrupted, heap properties are no longer ensured.",
    )
}

/// Refuses a change while a sift runs or after corruption.
fn check_writable(it: &mut Interp, o: &Obj) -> R<()> {
    let s = heap(it, o)?;
    if s.locked {
        return Err(it.throw_error(
            "RuntimeException",
            "Heap cannot be changed when it is already being modified.",
        ));
    }
    if s.corrupted {
        return Err(corrupted_error(it));
    }
    Ok(())
}

/// Compares two heap elements: positive when `a` belongs above `b`. A
/// user `compare()` is called for subclasses that define one; after a
/// comparison threw, the rest count as equal (as in PHP) and the error is
/// kept for the end of the sift.
struct Comparer<'o> {
    o: &'o Obj,
    user: bool,
    order: Order,
    is_queue: bool,
    error: Option<Unwind>,
}

impl Comparer<'_> {
    fn new<'a>(o: &'a Obj, s: &HeapState) -> Comparer<'a> {
        Comparer {
            o,
            user: o
                .class()
                .find_method(b"compare")
                .is_some_and(|m| !m.class().is_builtin),
            order: s.order,
            is_queue: s.is_queue,
            error: None,
        }
    }

    fn cmp(&mut self, it: &mut Interp, a: &Item, b: &Item) -> i64 {
        if self.error.is_some() {
            return 0;
        }
        let (a, b) = if self.is_queue {
            (a.priority.clone(), b.priority.clone())
        } else {
            (a.data.clone(), b.data.clone())
        };
        let r = if self.user {
            it.call_method(self.o, b"compare", vec![a, b])
                .and_then(|v| it.to_int(&v))
        } else if self.order == Order::Min {
            it.compare(&b, &a).map(i64::from)
        } else {
            it.compare(&a, &b).map(i64::from)
        };
        r.unwrap_or_else(|e| {
            self.error = Some(e);
            0
        })
    }
}

/// Runs `f` on the heap array taken out of the object (with the heap
/// locked), then puts it back, marking the heap corrupted when a
/// comparison threw.
fn sift<T>(
    it: &mut Interp,
    o: &Obj,
    f: impl FnOnce(&mut Interp, &mut Comparer, &mut Vec<Item>) -> T,
) -> R<T> {
    let s = heap(it, o)?;
    let mut elements = std::mem::take(&mut s.elements);
    s.locked = true;
    let mut c = Comparer::new(o, s);
    let out = f(it, &mut c, &mut elements);
    let s = heap(it, o)?;
    s.elements = elements;
    s.locked = false;
    match c.error {
        Some(e) => {
            s.corrupted = true;
            Err(e)
        }
        None => Ok(out),
    }
}

/// Sifts a new element up from the bottom.
fn insert_value(it: &mut Interp, o: &Obj, v: Item) -> R<()> {
    check_writable(it, o)?;
    sift(it, o, |it, c, e| {
        let mut i = e.len();
        e.push(v.clone());
        while i > 0 && c.cmp(it, &e[(i - 1) / 2], &v) < 0 {
            e[i] = e[(i - 1) / 2].clone();
            i = (i - 1) / 2;
        }
        e[i] = v;
    })
}

/// Removes the top and sifts the bottom element down into its place.
fn delete_top(it: &mut Interp, o: &Obj) -> R<Option<Item>> {
    sift(it, o, |it, c, e| {
        let n = e.len();
        if n == 0 {
            return None;
        }
        let top = e[0].clone();
        let bottom = e[n - 1].clone();
        let limit = (n - 1) / 2;
        let mut i = 0;
        while i < limit {
            let mut j = i * 2 + 1;
            if j + 1 < n && c.cmp(it, &e[j + 1], &e[j]) > 0 {
                j += 1;
            }
            if c.cmp(it, &bottom, &e[j]) < 0 {
                e[i] = e[j].clone();
                i = j;
            } else {
                break;
            }
        }
        e[i] = bottom;
        e.truncate(n - 1);
        Some(top)
    })
}

/// An element as `extract()`/`top()` return it (a queue's per its flags).
fn extracted(s: &HeapState, item: Item) -> Value {
    if !s.is_queue {
        return item.data;
    }
    match s.flags & EXTR_BOTH {
        EXTR_DATA => item.data,
        EXTR_PRIORITY => item.priority,
        _ => item.pair(),
    }
}

fn heap_insert(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let item = Item {
        data: a.value(0),
        priority: Value::Undef,
    };
    insert_value(it, &o, item)?;
    Ok(Value::Bool(true))
}

fn queue_insert(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let item = Item {
        data: a.value(0),
        priority: a.value(1),
    };
    insert_value(it, &o, item)?;
    Ok(Value::Bool(true))
}

fn extract(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    check_writable(it, &o)?;
    match delete_top(it, &o)? {
        Some(v) => Ok(extracted(heap(it, &o)?, v)),
        None => Err(it.throw_error("RuntimeException", "Can't extract from an empty heap")),
    }
}

fn top(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = heap(it, &o)?;
    if s.corrupted {
        return Err(corrupted_error(it));
    }
    match s.elements.first().cloned() {
        Some(v) => Ok(extracted(s, v)),
        None => Err(it.throw_error("RuntimeException", "Can't peek at an empty heap")),
    }
}

fn count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(heap(it, &o)?.elements.len() as i64))
}

fn is_empty(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Bool(heap(it, &o)?.elements.is_empty()))
}

fn rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    this(it, a)?;
    Ok(Value::Null)
}

fn valid(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Bool(!heap(it, &o)?.elements.is_empty()))
}

/// `key()`: the number of elements left, less one.
fn key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(heap(it, &o)?.elements.len() as i64 - 1))
}

fn current(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = heap(it, &o)?;
    Ok(match s.elements.first().cloned() {
        Some(v) => extracted(s, v),
        None => Value::Null,
    })
}

/// `next()`: iteration consumes the heap.
fn next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    check_writable(it, &o)?;
    if let Some(item) = delete_top(it, &o)? {
        item.data.release();
        item.priority.release();
    }
    Ok(Value::Null)
}

fn recover(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    heap(it, &o)?.corrupted = false;
    Ok(Value::Bool(true))
}

fn is_corrupted(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Bool(heap(it, &o)?.corrupted))
}

/// `SplHeap::compare()` is abstract: only reachable through `parent::`.
fn abstract_compare(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Err(it.throw_error("Error", "Cannot call abstract method SplHeap::compare()"))
}

fn min_compare(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Int(it.compare(&a.value(1), &a.value(0))?.into()))
}

fn max_compare(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Int(it.compare(&a.value(0), &a.value(1))?.into()))
}

fn set_extract_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let flags = a.int(it, 0)? & EXTR_BOTH;
    if flags == 0 {
        return Err(it.throw_error("RuntimeException", "Must specify at least one extract flag"));
    }
    heap(it, &o)?.flags = flags;
    Ok(Value::Int(flags))
}

fn get_extract_flags(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(heap(it, &o)?.flags))
}

fn debug_info(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(super::debug_array(debug_view(&o).unwrap_or_default()))
}

/// The `var_dump` view: properties, then `flags`, `isCorrupted` and the
/// heap array as private properties of `SplHeap` or `SplPriorityQueue`.
pub fn debug_view(o: &Obj) -> Option<Vec<DebugProp>> {
    let s = o.payload::<HeapState>()?;
    let class = if s.is_queue {
        "SplPriorityQueue"
    } else {
        "SplHeap"
    };
    let mut out = super::std_props(o);
    out.push(super::private_prop(class, "flags", Value::Int(s.flags)));
    out.push(super::private_prop(
        class,
        "isCorrupted",
        Value::Bool(s.corrupted),
    ));
    let mut heap = Arr::with_capacity(s.elements.len());
    for item in &s.elements {
        heap.table_mut().push(if s.is_queue {
            item.pair()
        } else {
            item.data.clone()
        });
    }
    out.push(super::private_prop(class, "heap", Value::Arr(heap)));
    Some(out)
}

pub fn clone_payload(from: &Obj, to: &Obj) -> bool {
    let Some(s) = from.payload::<HeapState>() else {
        return false;
    };
    to.set_payload(Box::new(HeapState {
        elements: s.elements.clone(),
        flags: s.flags,
        is_queue: s.is_queue,
        order: s.order,
        corrupted: s.corrupted,
        locked: false,
    }));
    true
}
