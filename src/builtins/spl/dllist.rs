//! `SplDoublyLinkedList` and its two flavours `SplQueue` and `SplStack`:
//! the list, its iteration modes (FIFO/LIFO, keep/delete), offsets counted
//! from the iteration end, the `i:flags;:elem:elem` payload of
//! `serialize()`/`unserialize()` and the `__serialize` array form.

use super::{out_of_range, state, this, DebugProp};
use crate::builtins::serialize::{serialize_values, NestedReader};
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::class::{ClassBuilder, InternalClass};
use crate::interp::{Interp, R};
use crate::value::object::Payload;
use crate::value::{Arr, Obj, Str, Value};
use std::collections::VecDeque;

/// Iteration runs from the tail (`IT_MODE_LIFO`).
const LIFO: i64 = 2;
/// Iteration removes the elements it passes (`IT_MODE_DELETE`).
const DELETE: i64 = 1;
/// The LIFO bit cannot change (`SplStack`, `SplQueue`).
const FIXED: i64 = 4;

/// Where iteration stands.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Cursor {
    /// Past either end (or never rewound).
    Off,
    At(usize),
    /// On an element removed from the list by `pop`/`shift`: still valid,
    /// without a value or neighbours (PHP keeps the unlinked element).
    Detached,
}

pub struct DllState {
    list: VecDeque<Value>,
    flags: i64,
    cursor: Cursor,
    /// The key iteration reports.
    pos: i64,
}

impl DllState {
    fn new(flags: i64) -> DllState {
        DllState {
            list: VecDeque::new(),
            flags,
            cursor: Cursor::Off,
            pos: 0,
        }
    }

    /// The list index of offset `i` (counted from the tail in LIFO mode).
    fn index_of(&self, i: usize) -> usize {
        if self.flags & LIFO != 0 {
            self.list.len() - 1 - i
        } else {
            i
        }
    }

    /// Keeps the cursor on its element after index `j` was removed.
    fn removed_at(&mut self, j: usize) {
        if let Cursor::At(c) = self.cursor {
            if c == j {
                self.cursor = Cursor::Off;
            } else if c > j {
                self.cursor = Cursor::At(c - 1);
            }
        }
    }

    fn pop_back(&mut self) -> Option<Value> {
        let v = self.list.pop_back()?;
        if self.cursor == Cursor::At(self.list.len()) {
            self.cursor = Cursor::Detached;
        }
        Some(v)
    }

    fn pop_front(&mut self) -> Option<Value> {
        let v = self.list.pop_front()?;
        match self.cursor {
            Cursor::At(0) => self.cursor = Cursor::Detached,
            Cursor::At(c) => self.cursor = Cursor::At(c - 1),
            _ => {}
        }
        Some(v)
    }

    fn rewind(&mut self) {
        let n = self.list.len();
        if self.flags & LIFO != 0 {
            self.pos = n as i64 - 1;
            self.cursor = if n > 0 {
                Cursor::At(n - 1)
            } else {
                Cursor::Off
            };
        } else {
            self.pos = 0;
            self.cursor = if n > 0 { Cursor::At(0) } else { Cursor::Off };
        }
    }

    /// One step in the direction of `flags` (Zend's
    /// `spl_dllist_it_helper_move_forward`); returns a removed element.
    fn step(&mut self, flags: i64) -> Option<Value> {
        let old = match self.cursor {
            Cursor::Off => return None,
            Cursor::Detached => {
                self.cursor = Cursor::Off;
                None
            }
            Cursor::At(c) => Some(c),
        };
        if flags & LIFO != 0 {
            self.cursor = match old {
                Some(c) if c > 0 => Cursor::At(c - 1),
                _ => Cursor::Off,
            };
            self.pos -= 1;
            if flags & DELETE != 0 {
                return self.pop_back();
            }
        } else {
            self.cursor = match old {
                Some(c) if c + 1 < self.list.len() => Cursor::At(c + 1),
                _ => Cursor::Off,
            };
            if flags & DELETE != 0 {
                return self.pop_front();
            }
            self.pos += 1;
        }
        None
    }

    fn current(&self) -> Value {
        match self.cursor {
            Cursor::At(c) => self.list.get(c).cloned().unwrap_or(Value::Null),
            _ => Value::Null,
        }
    }
}

impl Payload for DllState {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        self.list.iter().for_each(f);
    }
    fn take_values(&mut self) -> Vec<Value> {
        self.list.drain(..).collect()
    }
    crate::payload_any!();
}

static DLL_INTERNAL: InternalClass = InternalClass {
    create: Some(dll_create),
};

fn dll_create(o: &Obj) {
    let class = o.class();
    let flags = if class.instance_of_name(b"splstack") {
        FIXED | LIFO
    } else if class.instance_of_name(b"splqueue") {
        FIXED
    } else {
        0
    };
    o.set_payload(Box::new(DllState::new(flags)));
}

static DLL_METHODS: &[BuiltinFunction] = &[
    f!("add", dll_add, "$index, $value"),
    f!("pop", dll_pop, ""),
    f!("shift", dll_shift, ""),
    f!("push", dll_push, "$value"),
    f!("unshift", dll_unshift, "$value"),
    f!("top", dll_top, ""),
    f!("bottom", dll_bottom, ""),
    f!("__debugInfo", dll_debug_info, ""),
    f!("count", dll_count, ""),
    f!("isEmpty", dll_is_empty, ""),
    f!("setIteratorMode", dll_set_mode, "$mode"),
    f!("getIteratorMode", dll_get_mode, ""),
    f!("offsetExists", dll_offset_exists, "$index"),
    f!("offsetGet", dll_offset_get, "$index"),
    f!("offsetSet", dll_offset_set, "$index, $value"),
    f!("offsetUnset", dll_offset_unset, "$index"),
    f!("rewind", dll_rewind, ""),
    f!("current", dll_current, ""),
    f!("key", dll_key, ""),
    f!("prev", dll_prev, ""),
    f!("next", dll_next, ""),
    f!("valid", dll_valid, ""),
    f!("unserialize", dll_unserialize, "$data"),
    f!("serialize", dll_serialize, ""),
    f!("__serialize", dll_serialize_array, ""),
    f!("__unserialize", dll_unserialize_array, "$data"),
];

static QUEUE_METHODS: &[BuiltinFunction] = &[
    f!("enqueue", dll_push, "$value"),
    f!("dequeue", dll_shift, ""),
];

pub fn register(it: &mut Interp) {
    ClassBuilder::new("SplDoublyLinkedList")
        .implements("Iterator")
        .implements("Countable")
        .implements("ArrayAccess")
        .implements("Serializable")
        .constant("IT_MODE_LIFO", Value::Int(LIFO))
        .constant("IT_MODE_FIFO", Value::Int(0))
        .constant("IT_MODE_DELETE", Value::Int(DELETE))
        .constant("IT_MODE_KEEP", Value::Int(0))
        .methods(DLL_METHODS)
        .internal(&DLL_INTERNAL)
        .register(it);
    ClassBuilder::new("SplQueue")
        .extends("SplDoublyLinkedList")
        .methods(QUEUE_METHODS)
        .register(it);
    ClassBuilder::new("SplStack")
        .extends("SplDoublyLinkedList")
        .register(it);
}

fn dll<'o>(it: &mut Interp, o: &'o Obj) -> R<&'o mut DllState> {
    state::<DllState>(it, o)
}

fn dll_push(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    dll(it, &o)?.list.push_back(a.value(0));
    Ok(Value::Null)
}

fn dll_unshift(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = dll(it, &o)?;
    s.list.push_front(a.value(0));
    if let Cursor::At(c) = s.cursor {
        s.cursor = Cursor::At(c + 1);
    }
    Ok(Value::Null)
}

fn dll_pop(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    match dll(it, &o)?.pop_back() {
        Some(v) => Ok(v),
        None => Err(it.throw_error("RuntimeException", "Can't pop from an empty datastructure")),
    }
}

fn dll_shift(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    match dll(it, &o)?.pop_front() {
        Some(v) => Ok(v),
        None => Err(it.throw_error(
            "RuntimeException",
            "Can't shift from an empty datastructure",
        )),
    }
}

fn dll_top(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    match dll(it, &o)?.list.back().cloned() {
        Some(v) => Ok(v),
        None => Err(it.throw_error("RuntimeException", "Can't peek at an empty datastructure")),
    }
}

fn dll_bottom(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    match dll(it, &o)?.list.front().cloned() {
        Some(v) => Ok(v),
        None => Err(it.throw_error("RuntimeException", "Can't peek at an empty datastructure")),
    }
}

fn dll_count(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(dll(it, &o)?.list.len() as i64))
}

fn dll_is_empty(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Bool(dll(it, &o)?.list.is_empty()))
}

fn dll_set_mode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let mode = a.int(it, 0)?;
    let flags = dll(it, &o)?.flags;
    if flags & FIXED != 0 && (flags & LIFO) != (mode & LIFO) {
        return Err(it.throw_error(
            "RuntimeException",
            "Iterators' LIFO/FIFO modes for SplStack/SplQueue objects are frozen",
        ));
    }
    let s = dll(it, &o)?;
    s.flags = (mode & (LIFO | DELETE)) | (flags & FIXED);
    Ok(Value::Int(s.flags))
}

fn dll_get_mode(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(dll(it, &o)?.flags))
}

/// The list index for offset argument `arg`, or `OutOfRangeException`.
/// `allow_end` accepts the offset one past the last element (`add`).
fn offset_index(it: &mut Interp, a: &CallArgs, o: &Obj, arg: usize, allow_end: bool) -> R<usize> {
    let i = a.int(it, arg)?;
    let s = dll(it, o)?;
    let n = s.list.len() as i64;
    if i < 0 || i > n || (i == n && !allow_end) {
        return Err(out_of_range(it, a, arg));
    }
    Ok(if i == n {
        s.list.len()
    } else {
        s.index_of(i as usize)
    })
}

fn dll_offset_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let i = a.int(it, 0)?;
    let n = dll(it, &o)?.list.len() as i64;
    Ok(Value::Bool(i >= 0 && i < n))
}

fn dll_offset_get(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let j = offset_index(it, a, &o, 0, false)?;
    Ok(dll(it, &o)?.list[j].clone())
}

fn dll_offset_set(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let v = a.value(1);
    if a.value(0).is_null() {
        dll(it, &o)?.list.push_back(v);
        return Ok(Value::Null);
    }
    super::check_int_like(it, a, 0, "?int")?;
    let j = offset_index(it, a, &o, 0, false)?;
    let old = std::mem::replace(&mut dll(it, &o)?.list[j], v);
    old.release();
    Ok(Value::Null)
}

fn dll_offset_unset(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let j = offset_index(it, a, &o, 0, false)?;
    let s = dll(it, &o)?;
    let old = s.list.remove(j);
    s.removed_at(j);
    if let Some(old) = old {
        old.release();
    }
    Ok(Value::Null)
}

fn dll_add(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let j = offset_index(it, a, &o, 0, true)?;
    let v = a.value(1);
    let s = dll(it, &o)?;
    if j == s.list.len() {
        s.list.push_back(v);
    } else {
        s.list.insert(j, v);
        if let Cursor::At(c) = s.cursor {
            if c >= j {
                s.cursor = Cursor::At(c + 1);
            }
        }
    }
    Ok(Value::Null)
}

fn dll_rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    dll(it, &o)?.rewind();
    Ok(Value::Null)
}

fn dll_valid(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Bool(dll(it, &o)?.cursor != Cursor::Off))
}

fn dll_current(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(dll(it, &o)?.current())
}

fn dll_key(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(Value::Int(dll(it, &o)?.pos))
}

fn dll_next(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = dll(it, &o)?;
    let flags = s.flags;
    if let Some(v) = s.step(flags) {
        v.release();
    }
    Ok(Value::Null)
}

fn dll_prev(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = dll(it, &o)?;
    let flags = s.flags ^ LIFO;
    if let Some(v) = s.step(flags) {
        v.release();
    }
    Ok(Value::Null)
}

/// `serialize()`: `i:<flags>;` then `:<element>` for each element.
fn dll_serialize(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = dll(it, &o)?;
    let mut values = vec![Value::Int(s.flags)];
    values.extend(s.list.iter().cloned());
    let texts = serialize_values(it, &values)?;
    let mut out = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        if i > 0 {
            out.push(b':');
        }
        out.extend_from_slice(t);
    }
    Ok(Value::Str(Str::new(&out)))
}

fn dll_unserialize(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let data = a.string(it, 0)?;
    let bytes = data.as_bytes();
    if bytes.is_empty() {
        return Ok(Value::Null);
    }
    let mut r = NestedReader::new(bytes, a.line);
    let first = r.read(it)?;
    let ok = match &first {
        Some(Value::Int(flags)) => {
            dll(it, &o)?.flags = *flags;
            loop {
                if !r.eat(b":") {
                    break r.pos() == bytes.len();
                }
                if r.read(it)?.is_none() {
                    break false;
                }
            }
        }
        _ => false,
    };
    let pos = r.pos();
    let values = r.finish(it)?;
    // Elements read before an error stay, as in PHP.
    dll(it, &o)?
        .list
        .extend(values.into_iter().skip(usize::from(first.is_some())));
    if !ok {
        return Err(super::unserialize_error(it, pos, bytes.len()));
    }
    Ok(Value::Null)
}

/// `__serialize()`: `[flags, [elements...], [properties...]]`.
fn dll_serialize_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let s = dll(it, &o)?;
    let mut out = Arr::new();
    out.table_mut().push(Value::Int(s.flags));
    out.table_mut()
        .push(Value::Arr(super::list_array(s.list.iter())));
    out.table_mut().push(Value::Arr(super::std_props_array(&o)));
    Ok(Value::Arr(out))
}

fn dll_unserialize_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    let data = a.array(it, 0)?;
    let t = data.table();
    let (Some(Value::Int(flags)), Some(Value::Arr(elements)), Some(Value::Arr(props))) = (
        t.get_int(0).map(Value::deref),
        t.get_int(1).map(Value::deref),
        t.get_int(2).map(Value::deref),
    ) else {
        return Err(super::ill_typed_data(it));
    };
    let s = dll(it, &o)?;
    s.flags = *flags;
    s.list
        .extend(elements.table().values().map(Value::deref_clone));
    super::load_props(it, &o, props, a.line)?;
    Ok(Value::Null)
}

fn dll_debug_info(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = this(it, a)?;
    Ok(super::debug_array(debug_view(&o).unwrap_or_default()))
}

/// The `var_dump` view: properties, then `flags` and `dllist` as private
/// properties of `SplDoublyLinkedList`.
pub fn debug_view(o: &Obj) -> Option<Vec<DebugProp>> {
    let s = o.payload::<DllState>()?;
    let mut out = super::std_props(o);
    out.push(super::private_prop(
        "SplDoublyLinkedList",
        "flags",
        Value::Int(s.flags),
    ));
    out.push(super::private_prop(
        "SplDoublyLinkedList",
        "dllist",
        Value::Arr(super::list_array(s.list.iter())),
    ));
    Some(out)
}

pub fn clone_payload(from: &Obj, to: &Obj) -> bool {
    let Some(s) = from.payload::<DllState>() else {
        return false;
    };
    let mut copy = DllState::new(s.flags);
    copy.list = s.list.clone();
    to.set_payload(Box::new(copy));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(values: &[i64], flags: i64) -> DllState {
        let mut s = DllState::new(flags);
        s.list.extend(values.iter().map(|&v| Value::Int(v)));
        s
    }

    fn walk(s: &mut DllState) -> Vec<(i64, i64)> {
        let mut seen = Vec::new();
        s.rewind();
        while s.cursor != Cursor::Off && seen.len() < 10 {
            if let Value::Int(v) = s.current() {
                seen.push((s.pos, v));
            }
            let flags = s.flags;
            s.step(flags);
        }
        seen
    }

    // Expected keys and values from PHP 8.2's foreach over the same lists.
    #[test]
    fn fifo_and_lifo_iteration() {
        assert_eq!(walk(&mut list(&[1, 2, 3], 0)), vec![(0, 1), (1, 2), (2, 3)]);
        assert_eq!(
            walk(&mut list(&[1, 2, 3], LIFO)),
            vec![(2, 3), (1, 2), (0, 1)]
        );
    }

    #[test]
    fn delete_mode_empties_the_list() {
        let mut s = list(&[1, 2, 3], DELETE);
        assert_eq!(walk(&mut s), vec![(0, 1), (0, 2), (0, 3)]);
        assert!(s.list.is_empty());
        let mut s = list(&[1, 2, 3], LIFO | DELETE);
        assert_eq!(walk(&mut s), vec![(2, 3), (1, 2), (0, 1)]);
        assert!(s.list.is_empty());
    }

    #[test]
    fn shifting_the_current_element_detaches_the_cursor() {
        let mut s = list(&[1, 2], 0);
        s.rewind();
        s.pop_front();
        assert_eq!(s.cursor, Cursor::Detached);
        assert!(s.current().is_null());
        s.step(0);
        assert_eq!(s.cursor, Cursor::Off);
    }
}
