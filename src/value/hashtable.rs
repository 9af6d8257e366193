//! PHP's ordered hash table: the storage behind every PHP array and every
//! object's dynamic properties.
//!
//! Keys are integers or strings (`Key`); a numeric string key such as `"12"`
//! is normalised to the integer 12 before it gets here (`Key::from_bytes`).
//! Elements keep insertion order. Deleting leaves a hole so that positions
//! held by iterators (`foreach` by reference, the internal pointer used by
//! `current()`/`next()`) stay valid; holes are squeezed out when the table
//! grows and no iterator is active.
//!
//! This first implementation keeps entries in a vector and an index map; the
//! API is what the rest of phpi relies on.

use super::string::Str;
use super::Value;
use std::cmp::Ordering;

/// An array key, already normalised.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Int(i64),
    Str(Str),
}

/// A borrowed key, as iteration yields it.
#[derive(Clone, Copy, Debug)]
pub enum KeyRef<'a> {
    Int(i64),
    Str(&'a Str),
}

impl KeyRef<'_> {
    pub fn to_owned(self) -> Key {
        match self {
            KeyRef::Int(i) => Key::Int(i),
            KeyRef::Str(s) => Key::Str(s.clone()),
        }
    }
}

impl Key {
    pub fn as_ref(&self) -> KeyRef<'_> {
        match self {
            Key::Int(i) => KeyRef::Int(*i),
            Key::Str(s) => KeyRef::Str(s),
        }
    }

    /// PHP's key normalisation for a string key: a canonical decimal
    /// integer (`"0"`, `"-12"`, not `"012"`, `"1.0"`, `" 1"` or `"-0"`) that
    /// fits in 64 bits becomes an integer key.
    pub fn from_str(s: Str) -> Key {
        match canonical_int(s.as_bytes()) {
            Some(i) => Key::Int(i),
            None => Key::Str(s),
        }
    }

    pub fn from_bytes(b: &[u8]) -> Key {
        match canonical_int(b) {
            Some(i) => Key::Int(i),
            None => Key::Str(Str::new(b)),
        }
    }
}

/// Parses a string the way Zend's `ZEND_HANDLE_NUMERIC_STR` does.
pub fn canonical_int(b: &[u8]) -> Option<i64> {
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 19 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if digits[0] == b'0' && (digits.len() > 1 || neg) {
        return None;
    }
    let mut v: i64 = 0;
    for &d in digits {
        let d = (d - b'0') as i64;
        v = if neg {
            v.checked_mul(10)?.checked_sub(d)?
        } else {
            v.checked_mul(10)?.checked_add(d)?
        };
    }
    Some(v)
}

#[derive(Debug)]
struct Entry {
    key: Key,
    /// `Value::Undef` marks a deleted entry (a hole).
    value: Value,
}

#[derive(Debug, Default)]
pub struct HashTable {
    entries: Vec<Entry>,
    index: ahash::HashMap<Key, usize>,
    len: usize,
    /// The key `$a[] = v` uses next (Zend's nNextFreeElement); `None` until
    /// an integer key is used, which means 0.
    next_free: Option<i64>,
    /// The internal pointer (`current()`, `next()`, `reset()`...).
    internal_pos: usize,
    /// Active position holders; while non-zero, holes are not squeezed out.
    iterators: u32,
}

impl HashTable {
    pub fn new() -> HashTable {
        HashTable::default()
    }

    pub fn with_capacity(n: usize) -> HashTable {
        HashTable {
            entries: Vec::with_capacity(n),
            ..HashTable::default()
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The integer key the next append (`$a[] = v`) will use.
    pub fn next_free_index(&self) -> i64 {
        self.next_free.unwrap_or(0)
    }

    pub fn get(&self, key: &Key) -> Option<&Value> {
        self.index.get(key).map(|&i| &self.entries[i].value)
    }

    pub fn get_int(&self, i: i64) -> Option<&Value> {
        self.get(&Key::Int(i))
    }

    pub fn get_str(&self, s: &Str) -> Option<&Value> {
        self.get(&Key::Str(s.clone()))
    }

    pub fn get_mut(&mut self, key: &Key) -> Option<&mut Value> {
        match self.index.get(key) {
            Some(&i) => Some(&mut self.entries[i].value),
            None => None,
        }
    }

    pub fn contains_key(&self, key: &Key) -> bool {
        self.index.contains_key(key)
    }

    fn note_int_key(&mut self, key: &Key) {
        if let Key::Int(i) = key {
            let next = i.checked_add(1).unwrap_or(i64::MAX);
            match self.next_free {
                Some(n) if n >= next => {}
                _ if *i == i64::MAX => self.next_free = Some(i64::MAX),
                _ => self.next_free = Some(next),
            }
        }
    }

    /// Sets `key` to `value`; returns the value it replaces (the caller
    /// releases it). A new key goes at the end.
    pub fn insert(&mut self, key: Key, value: Value) -> Option<Value> {
        if let Some(&i) = self.index.get(&key) {
            return Some(std::mem::replace(&mut self.entries[i].value, value));
        }
        self.note_int_key(&key);
        self.maybe_compact();
        self.index.insert(key.clone(), self.entries.len());
        self.entries.push(Entry { key, value });
        self.len += 1;
        None
    }

    /// The slot for `key`, inserting `Null` when absent; the flag says
    /// whether it was inserted.
    pub fn lookup_or_insert(&mut self, key: Key) -> (&mut Value, bool) {
        if let Some(&i) = self.index.get(&key) {
            return (&mut self.entries[i].value, false);
        }
        self.note_int_key(&key);
        self.maybe_compact();
        let i = self.entries.len();
        self.index.insert(key.clone(), i);
        self.entries.push(Entry { key, value: Value::Null });
        self.len += 1;
        (&mut self.entries[i].value, true)
    }

    /// Appends with the next free integer key (`$a[] = v`). `None` when
    /// that key would overflow ("Cannot add element to the array as the
    /// next element is already occupied").
    pub fn push(&mut self, value: Value) -> Option<&mut Value> {
        let key = self.next_free.unwrap_or(0);
        if self.next_free == Some(i64::MAX) && self.contains_key(&Key::Int(i64::MAX)) {
            return None;
        }
        let k = Key::Int(key);
        if self.contains_key(&k) {
            return None;
        }
        self.note_int_key(&k);
        self.maybe_compact();
        let i = self.entries.len();
        self.index.insert(k.clone(), i);
        self.entries.push(Entry { key: k, value });
        self.len += 1;
        Some(&mut self.entries[i].value)
    }

    /// Removes `key`, returning its value (the caller releases it).
    pub fn remove(&mut self, key: &Key) -> Option<Value> {
        let i = self.index.remove(key)?;
        self.len -= 1;
        Some(std::mem::replace(&mut self.entries[i].value, Value::Undef))
    }

    fn maybe_compact(&mut self) {
        if self.iterators == 0
            && self.entries.len() == self.entries.capacity()
            && self.entries.len() > self.len * 2
        {
            self.compact();
        }
    }

    fn compact(&mut self) {
        let internal_key = self.key_at(self.internal_pos).map(|k| k.to_owned());
        self.entries.retain(|e| !matches!(e.value, Value::Undef));
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            self.index.insert(e.key.clone(), i);
        }
        self.internal_pos = match internal_key {
            Some(k) => self.index.get(&k).copied().unwrap_or(self.entries.len()),
            None => self.entries.len(),
        };
    }

    // ---- positions -------------------------------------------------------

    /// One past the last position.
    pub fn pos_end(&self) -> usize {
        self.entries.len()
    }

    /// The first live position at or after `pos` (or `pos_end()`).
    pub fn pos_valid_from(&self, mut pos: usize) -> usize {
        while pos < self.entries.len() && matches!(self.entries[pos].value, Value::Undef) {
            pos += 1;
        }
        pos
    }

    /// The last live position before `pos`, if any.
    pub fn pos_valid_before(&self, pos: usize) -> Option<usize> {
        let mut p = pos.min(self.entries.len());
        while p > 0 {
            p -= 1;
            if !matches!(self.entries[p].value, Value::Undef) {
                return Some(p);
            }
        }
        None
    }

    pub fn key_at(&self, pos: usize) -> Option<KeyRef<'_>> {
        let e = self.entries.get(pos)?;
        if matches!(e.value, Value::Undef) {
            return None;
        }
        Some(e.key.as_ref())
    }

    pub fn at(&self, pos: usize) -> Option<(KeyRef<'_>, &Value)> {
        let e = self.entries.get(pos)?;
        if matches!(e.value, Value::Undef) {
            return None;
        }
        Some((e.key.as_ref(), &e.value))
    }

    pub fn at_mut(&mut self, pos: usize) -> Option<&mut Value> {
        let e = self.entries.get_mut(pos)?;
        if matches!(e.value, Value::Undef) {
            return None;
        }
        Some(&mut e.value)
    }

    /// Registers a position holder (foreach by reference); holes stay in
    /// place until the matching `iterator_released`.
    pub fn iterator_added(&mut self) {
        self.iterators += 1;
    }

    pub fn iterator_released(&mut self) {
        self.iterators = self.iterators.saturating_sub(1);
    }

    pub fn internal_pos(&self) -> usize {
        self.internal_pos
    }

    pub fn set_internal_pos(&mut self, pos: usize) {
        self.internal_pos = pos;
    }

    // ---- whole-table operations -----------------------------------------

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (KeyRef<'_>, &Value)> + '_ {
        self.entries
            .iter()
            .filter(|e| !matches!(e.value, Value::Undef))
            .map(|e| (e.key.as_ref(), &e.value))
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (KeyRef<'_>, &mut Value)> + '_ {
        self.entries
            .iter_mut()
            .filter(|e| !matches!(e.value, Value::Undef))
            .map(|e| (e.key.as_ref(), &mut e.value))
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + '_ {
        self.iter().map(|(_, v)| v)
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = KeyRef<'_>> + '_ {
        self.iter().map(|(k, _)| k)
    }

    /// Takes every element out (in order), leaving the table empty.
    pub fn drain(&mut self) -> Vec<(Key, Value)> {
        self.index.clear();
        self.len = 0;
        self.internal_pos = 0;
        self.next_free = None;
        self.entries
            .drain(..)
            .filter(|e| !matches!(e.value, Value::Undef))
            .map(|e| (e.key, e.value))
            .collect()
    }

    /// Consumes the table, yielding every element in order.
    pub fn into_drain(self) -> impl Iterator<Item = (Key, Value)> {
        self.entries
            .into_iter()
            .filter(|e| !matches!(e.value, Value::Undef))
            .map(|e| (e.key, e.value))
    }

    /// Removes and returns the last element (`array_pop`). As in PHP, the
    /// next free index steps back when the popped key was the last one
    /// handed out, and the internal pointer is reset.
    pub fn pop(&mut self) -> Option<(Key, Value)> {
        let pos = self.pos_valid_before(self.entries.len())?;
        let key = self.entries[pos].key.clone();
        let value = self.remove(&key)?;
        if let (Key::Int(i), Some(next)) = (&key, self.next_free) {
            if next > 0 && *i == next - 1 {
                self.next_free = Some(next - 1);
            }
        }
        while matches!(self.entries.last(), Some(e) if matches!(e.value, Value::Undef)) && self.iterators == 0 {
            self.entries.pop();
        }
        self.internal_pos = 0;
        Some((key, value))
    }

    /// Renumbers integer keys 0, 1, 2... in order, keeping string keys, and
    /// resets the next free index (used by `array_shift`, `sort`...).
    pub fn renumber(&mut self) {
        let items = self.drain();
        let mut next = 0i64;
        for (k, v) in items {
            let k = match k {
                Key::Int(_) => {
                    let k = Key::Int(next);
                    next += 1;
                    k
                }
                s => s,
            };
            self.insert(k, v);
        }
    }

    /// Reorders the elements with a stable sort (PHP 8's sorts are stable).
    pub fn sort_by(&mut self, mut cmp: impl FnMut((KeyRef<'_>, &Value), (KeyRef<'_>, &Value)) -> Ordering) {
        let mut items = self.drain();
        items.sort_by(|a, b| cmp((a.0.as_ref(), &a.1), (b.0.as_ref(), &b.1)));
        for (k, v) in items {
            self.insert(k, v);
        }
    }

    /// Builds a copy of every element through `copy` (keys, order, next
    /// free index and internal pointer are kept).
    pub fn map_clone(&self, mut copy: impl FnMut(&Value) -> Value) -> HashTable {
        let mut t = HashTable::with_capacity(self.len);
        for e in self.entries.iter().filter(|e| !matches!(e.value, Value::Undef)) {
            t.index.insert(e.key.clone(), t.entries.len());
            t.entries.push(Entry {
                key: e.key.clone(),
                value: copy(&e.value),
            });
        }
        t.len = self.len;
        t.next_free = self.next_free;
        t.internal_pos = match self.key_at(self.pos_valid_from(self.internal_pos)) {
            Some(k) => t.index.get(&k.to_owned()).copied().unwrap_or(t.entries.len()),
            None => t.entries.len(),
        };
        t
    }

    /// Whether the keys are exactly 0..len in order (a list).
    pub fn is_list(&self) -> bool {
        self.iter()
            .enumerate()
            .all(|(i, (k, _))| matches!(k, KeyRef::Int(n) if n == i as i64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(b: &str) -> Key {
        Key::from_bytes(b.as_bytes())
    }

    #[test]
    fn numeric_string_keys_normalise() {
        assert_eq!(s("12"), Key::Int(12));
        assert_eq!(s("-3"), Key::Int(-3));
        assert!(matches!(s("012"), Key::Str(_)));
        assert!(matches!(s("-0"), Key::Str(_)));
        assert!(matches!(s("1.5"), Key::Str(_)));
        assert!(matches!(s("9223372036854775808"), Key::Str(_)));
        assert_eq!(s("-9223372036854775808"), Key::Int(i64::MIN));
    }

    #[test]
    fn append_uses_next_free_index() {
        let mut t = HashTable::new();
        t.push(Value::Int(1));
        t.insert(Key::Int(10), Value::Int(2));
        t.push(Value::Int(3));
        assert_eq!(t.next_free_index(), 12);
        t.insert(Key::Int(-5), Value::Int(4));
        assert_eq!(t.next_free_index(), 12);
        let keys: Vec<i64> = t
            .keys()
            .map(|k| match k {
                KeyRef::Int(i) => i,
                _ => panic!(),
            })
            .collect();
        assert_eq!(keys, vec![0, 10, 11, -5]);
    }

    #[test]
    fn remove_keeps_order_and_positions() {
        let mut t = HashTable::new();
        for i in 0..5 {
            t.push(Value::Int(i));
        }
        t.remove(&Key::Int(2));
        assert_eq!(t.len(), 4);
        assert!(t.at(2).is_none());
        assert_eq!(t.pos_valid_from(2), 3);
        t.push(Value::Int(9));
        assert_eq!(t.next_free_index(), 6);
    }
}
