//! PHP's ordered hash table: the storage behind every PHP array and every
//! object's dynamic properties (Zend's `zend_array`).
//!
//! Keys are integers or strings (`Key`); a numeric string key such as `"12"`
//! is normalised to the integer 12 before it gets here (`Key::from_bytes`).
//! Elements keep insertion order, and each has a *position* (its index in
//! insertion order) that iterators and the internal pointer hold on to.
//!
//! Two layouts, as in PHP 7+:
//! - **packed**: the keys are exactly the positions (a list, possibly with
//!   holes), so only the values are stored: a `Vec<Value>` where
//!   `Value::Undef` is a hole. 16 bytes an element, no index.
//! - **hash**: buckets (value, key, integer key or string hash) in insertion
//!   order, plus an open-addressing index of bucket positions (`u32`, linear
//!   probing, twice as many slots as the table size). 32 bytes a bucket and
//!   8 bytes of index per bucket of capacity.
//!
//! A table starts packed and turns into a hash, keeping every position, when
//! a string key arrives, when an integer key would have to go before the end
//! (filling a hole would break insertion order), or when it is negative or
//! too far past the end, following Zend's `_zend_hash_index_add_or_update_i`.
//!
//! Deleting leaves a hole (`Value::Undef`) so that positions stay valid;
//! holes at the end are dropped at once, as Zend does, unless an iterator is
//! registered. A full hash table squeezes its holes out instead of growing
//! when there are enough of them and no iterator is registered; the internal
//! pointer follows its element.
//!
//! The size the table grows through (`size`, Zend's `nTableSize`) is kept
//! separately from the vectors' capacity: it drives the packed/hash choice
//! exactly as in PHP, while the vectors only allocate what is used.

use super::string::Str;
use super::Value;

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
    #[allow(clippy::should_implement_trait)] // infallible, unlike FromStr
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

/// The smallest table size (Zend's `HT_MIN_SIZE`).
const MIN_SIZE: usize = 8;
/// `next_free` before any integer key was used: the next append uses key 0,
/// and a negative key still moves it (Zend's `ZEND_LONG_MIN` marker).
const NO_INT_KEY: i64 = i64::MIN;
/// Index slot states besides a bucket position (positions stay far below:
/// 2^32 buckets would take 128 GiB).
const EMPTY: u32 = u32::MAX;
const REMOVED: u32 = u32::MAX - 1;
/// 2^64 divided by the golden ratio: multiplying by it spreads integer keys
/// (sequential or strided) evenly over the index (Fibonacci hashing).
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

/// The power of two, at least `MIN_SIZE`, that holds `n` elements (Zend's
/// `zend_hash_check_size`).
fn table_size_for(n: usize) -> usize {
    n.max(MIN_SIZE)
        .checked_next_power_of_two()
        .unwrap_or(1 << (usize::BITS - 1))
}

/// An element of a hash-layout table.
#[derive(Debug)]
struct Bucket {
    /// `Value::Undef` marks a hole left by a deletion.
    value: Value,
    /// The string key; `None` for an integer key.
    key: Option<Str>,
    /// The integer key, or the string key's hash.
    h: u64,
}

const _: () = assert!(std::mem::size_of::<Bucket>() == 32);

impl Bucket {
    #[inline]
    fn key_ref(&self) -> KeyRef<'_> {
        key_ref(&self.key, self.h)
    }

    #[inline]
    fn entry(&self) -> (KeyRef<'_>, &Value) {
        (self.key_ref(), &self.value)
    }

    #[inline]
    fn is_live(&self) -> bool {
        !self.value.is_undef()
    }

    fn into_entry(self) -> (Key, Value) {
        let key = match self.key {
            Some(s) => Key::Str(s),
            None => Key::Int(self.h as i64),
        };
        (key, self.value)
    }
}

#[inline]
fn key_ref(key: &Option<Str>, h: u64) -> KeyRef<'_> {
    match key {
        Some(s) => KeyRef::Str(s),
        None => KeyRef::Int(h as i64),
    }
}

#[inline]
fn is_str_key(b: &Bucket, s: &Str) -> bool {
    matches!(&b.key, Some(k) if k.ptr_eq(s) || k.as_bytes() == s.as_bytes())
}

/// Where a probe of the index ended.
enum Probe {
    /// The key is at bucket `pos`, referenced from index `slot`.
    Found { pos: usize, slot: usize },
    /// The key is absent; `slot` is where a new entry for it goes.
    Vacant(usize),
}

/// The hash layout: buckets in insertion order and their index.
#[derive(Debug)]
struct Hashed {
    buckets: Vec<Bucket>,
    /// Open addressing with linear probing. Each slot holds a bucket
    /// position, `EMPTY`, or `REMOVED` (a deleted entry that probes must
    /// step over). Its length is a power of two, twice the table size.
    slots: Box<[u32]>,
    /// Slots that are not `EMPTY`; kept under 3/4 of them so that probes
    /// stay short and always end.
    occupied: usize,
}

impl Hashed {
    /// A hash layout for `size` elements holding `buckets`.
    fn new(buckets: Vec<Bucket>, size: usize) -> Hashed {
        let mut t = Hashed {
            buckets,
            slots: Box::new([]),
            occupied: 0,
        };
        t.resize_index(size);
        t
    }

    /// A packed list as buckets, positions unchanged (holes stay holes).
    fn from_packed(values: Vec<Value>, size: usize) -> Hashed {
        // Room for the element on its way in; a new table starts at 4 (as
        // a Vec's first allocation would) rather than reallocating at once.
        let mut buckets = Vec::with_capacity(values.capacity().max(values.len() + 1).max(4));
        buckets.extend(values.into_iter().enumerate().map(|(i, value)| Bucket {
            value,
            key: None,
            h: i as u64,
        }));
        Hashed::new(buckets, size)
    }

    /// The slot a probe for `h` starts at.
    #[inline]
    fn home(&self, h: u64) -> usize {
        let shift = u64::BITS - self.slots.len().trailing_zeros();
        (h.wrapping_mul(SPREAD) >> shift) as usize
    }

    #[inline]
    fn probe(&self, h: u64, same_key: impl Fn(&Bucket) -> bool) -> Probe {
        let mask = self.slots.len() - 1;
        let mut slot = self.home(h);
        let mut vacant = None;
        loop {
            match self.slots[slot] {
                EMPTY => return Probe::Vacant(vacant.unwrap_or(slot)),
                REMOVED => {
                    vacant.get_or_insert(slot);
                }
                pos => {
                    if let Some(b) = self.buckets.get(pos as usize) {
                        if b.h == h && b.is_live() && same_key(b) {
                            return Probe::Found {
                                pos: pos as usize,
                                slot,
                            };
                        }
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    #[inline]
    fn probe_int(&self, i: i64) -> Probe {
        self.probe(i as u64, |b| b.key.is_none())
    }

    #[inline]
    fn probe_str(&self, s: &Str) -> Probe {
        self.probe(s.hash(), |b| is_str_key(b, s))
    }

    /// The first slot from `h`'s home that a new entry may take.
    fn free_slot(&self, h: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut slot = self.home(h);
        while !matches!(self.slots[slot], EMPTY | REMOVED) {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// The slot that references bucket `pos`, if any.
    fn slot_of(&self, pos: usize) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut slot = self.home(self.buckets.get(pos)?.h);
        loop {
            match self.slots[slot] {
                EMPTY => return None,
                p if p as usize == pos => return Some(slot),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// Appends a bucket whose key is known to be absent. `slot` is where
    /// the probe for it ended, if the index has not changed since.
    fn add(&mut self, bucket: Bucket, slot: Option<usize>) -> usize {
        let mut slot = slot.unwrap_or_else(|| self.free_slot(bucket.h));
        if self.slots[slot] == EMPTY {
            if (self.occupied + 1) * 4 > self.slots.len() * 3 {
                // Too many REMOVED marks: rebuild so that probes stay short.
                self.reindex();
                slot = self.free_slot(bucket.h);
            }
            self.occupied += 1;
        }
        let pos = self.buckets.len();
        self.slots[slot] = pos as u32;
        self.buckets.push(bucket);
        pos
    }

    /// Turns bucket `pos` into a hole and returns its value.
    fn take(&mut self, pos: usize, slot: Option<usize>) -> Value {
        if let Some(slot) = slot.or_else(|| self.slot_of(pos)) {
            let mask = self.slots.len() - 1;
            if self.slots[(slot + 1) & mask] == EMPTY {
                // No probe goes on past this slot: it can become empty.
                self.slots[slot] = EMPTY;
                self.occupied -= 1;
            } else {
                self.slots[slot] = REMOVED;
            }
        }
        let b = &mut self.buckets[pos];
        b.key = None;
        std::mem::take(&mut b.value)
    }

    /// A fresh index of `2 * size` slots.
    fn resize_index(&mut self, size: usize) {
        self.slots = vec![EMPTY; 2 * size].into_boxed_slice();
        self.reindex();
    }

    /// Rebuilds the index from the live buckets.
    fn reindex(&mut self) {
        self.slots.fill(EMPTY);
        self.occupied = 0;
        let mask = self.slots.len() - 1;
        for (pos, b) in self.buckets.iter().enumerate() {
            if b.is_live() {
                let mut slot = self.home(b.h);
                while self.slots[slot] != EMPTY {
                    slot = (slot + 1) & mask;
                }
                self.slots[slot] = pos as u32;
                self.occupied += 1;
            }
        }
    }

    /// Squeezes the holes out and returns the new position of `pos` (of
    /// the first live element at or after it, or the new end).
    fn compact(&mut self, pos: usize) -> usize {
        let (mut old, mut new) = (0, 0);
        let mut moved = None;
        self.buckets.retain(|b| {
            let live = b.is_live();
            if live {
                if old >= pos && moved.is_none() {
                    moved = Some(new);
                }
                new += 1;
            }
            old += 1;
            live
        });
        self.reindex();
        moved.unwrap_or(new)
    }
}

#[derive(Debug)]
enum Layout {
    /// `values[i]` is the element with key `i`; `Value::Undef` is a hole.
    Packed(Vec<Value>),
    Hash(Hashed),
}

impl Layout {
    /// The hash layout, converting a packed list first (positions kept).
    #[inline]
    fn hashed(&mut self, size: usize) -> &mut Hashed {
        if let Layout::Packed(_) = self {
            self.convert_to_hash(size);
        }
        match self {
            Layout::Hash(t) => t,
            Layout::Packed(_) => unreachable!("converted just above"),
        }
    }

    #[cold]
    #[inline(never)]
    fn convert_to_hash(&mut self, size: usize) {
        if let Layout::Packed(values) = self {
            let values = std::mem::take(values);
            *self = Layout::Hash(Hashed::from_packed(values, size));
        }
    }
}

/// What `find_or_add` did: added the value at a position, or found the key
/// at a position (handing the value back).
enum Entry {
    Added(usize),
    Found(usize, Value),
}

/// Where a key lives: its position, and for the hash layout the index slot
/// that references it.
struct Place {
    pos: usize,
    slot: Option<usize>,
}

#[derive(Debug)]
pub struct HashTable {
    layout: Layout,
    /// Zend's `nTableSize`: a power of two the table grows through. It
    /// decides when a packed table must become a hash, and sizes the index.
    size: usize,
    len: usize,
    /// The key `$a[] = v` uses next (Zend's `nNextFreeElement`);
    /// `NO_INT_KEY` until an integer key is used.
    next_free: i64,
    /// The internal pointer (`current()`, `next()`, `reset()`...).
    internal_pos: usize,
    /// How many `foreach` by-reference iterators hold positions here
    /// (`ht_iterators`); while non-zero, moving elements updates them.
    pub(super) iterators: u32,
}

impl Default for HashTable {
    fn default() -> HashTable {
        HashTable::new()
    }
}

impl HashTable {
    pub fn new() -> HashTable {
        HashTable::with_capacity(0)
    }

    /// An empty table expecting `n` elements (Zend's `zend_new_array(n)`).
    pub fn with_capacity(n: usize) -> HashTable {
        HashTable {
            layout: Layout::Packed(Vec::with_capacity(n)),
            size: table_size_for(n),
            len: 0,
            next_free: NO_INT_KEY,
            internal_pos: 0,
            iterators: 0,
        }
    }

    /// An empty table in the hash layout, for `n` elements whose keys are
    /// not in order (a rebuilt table must not start with holes).
    pub fn with_hash_capacity(n: usize) -> HashTable {
        let size = table_size_for(n);
        HashTable {
            layout: Layout::Hash(Hashed::new(Vec::with_capacity(n), size)),
            ..HashTable::with_capacity(0)
        }
    }

    /// The table of PHP 8.2's shared empty array (`[]`). Unlike a new
    /// table its next free index starts at 0, so a negative key does not
    /// move it: `$a = []; $a[-5] = 1; $a[] = 2;` uses key 0 (where
    /// `$b[-5] = 1; $b[] = 2;` on an undefined `$b` uses -4).
    pub fn new_empty_literal() -> HashTable {
        HashTable {
            next_free: 0,
            ..HashTable::new()
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
        if self.next_free == NO_INT_KEY {
            0
        } else {
            self.next_free
        }
    }

    // ---- lookup ------------------------------------------------------------

    pub fn get(&self, key: &Key) -> Option<&Value> {
        match key {
            Key::Int(i) => self.get_int(*i),
            Key::Str(s) => self.get_str(s),
        }
    }

    #[inline]
    pub fn get_int(&self, i: i64) -> Option<&Value> {
        match &self.layout {
            Layout::Packed(values) => values
                .get(usize::try_from(i).ok()?)
                .filter(|v| !v.is_undef()),
            Layout::Hash(t) => match t.probe_int(i) {
                Probe::Found { pos, .. } => Some(&t.buckets[pos].value),
                Probe::Vacant(_) => None,
            },
        }
    }

    #[inline]
    pub fn get_str(&self, s: &Str) -> Option<&Value> {
        match &self.layout {
            Layout::Packed(_) => None,
            Layout::Hash(t) => match t.probe_str(s) {
                Probe::Found { pos, .. } => Some(&t.buckets[pos].value),
                Probe::Vacant(_) => None,
            },
        }
    }

    pub fn get_mut(&mut self, key: &Key) -> Option<&mut Value> {
        let place = self.locate(key)?;
        Some(self.value_mut(place.pos))
    }

    pub fn contains_key(&self, key: &Key) -> bool {
        self.locate(key).is_some()
    }

    fn locate(&self, key: &Key) -> Option<Place> {
        let probe = match (&self.layout, key) {
            (Layout::Packed(values), Key::Int(i)) => {
                let pos = usize::try_from(*i).ok()?;
                return match values.get(pos) {
                    Some(v) if !v.is_undef() => Some(Place { pos, slot: None }),
                    _ => None,
                };
            }
            (Layout::Packed(_), Key::Str(_)) => return None,
            (Layout::Hash(t), Key::Int(i)) => t.probe_int(*i),
            (Layout::Hash(t), Key::Str(s)) => t.probe_str(s),
        };
        match probe {
            Probe::Found { pos, slot } => Some(Place {
                pos,
                slot: Some(slot),
            }),
            Probe::Vacant(_) => None,
        }
    }

    #[inline]
    fn value_mut(&mut self, pos: usize) -> &mut Value {
        match &mut self.layout {
            Layout::Packed(values) => &mut values[pos],
            Layout::Hash(t) => &mut t.buckets[pos].value,
        }
    }

    // ---- insertion -----------------------------------------------------------

    /// Sets `key` to `value`; returns the value it replaces (the caller
    /// releases it). A new key goes at the end.
    pub fn insert(&mut self, key: Key, value: Value) -> Option<Value> {
        match self.find_or_add(key, value) {
            Entry::Added(_) => None,
            Entry::Found(pos, value) => Some(std::mem::replace(self.value_mut(pos), value)),
        }
    }

    /// The slot for `key`, inserting `Null` when absent; the flag says
    /// whether it was inserted.
    pub fn lookup_or_insert(&mut self, key: Key) -> (&mut Value, bool) {
        match self.find_or_add(key, Value::Null) {
            Entry::Added(pos) => (self.value_mut(pos), true),
            Entry::Found(pos, _) => (self.value_mut(pos), false),
        }
    }

    /// Appends with the next free integer key (`$a[] = v`). `None` when
    /// that key is taken, which happens once `PHP_INT_MAX` is used
    /// ("Cannot add element to the array as the next element is already
    /// occupied").
    pub fn push(&mut self, value: Value) -> Option<&mut Value> {
        match self.find_or_add_int(self.next_free_index(), value) {
            Entry::Added(pos) => Some(self.value_mut(pos)),
            Entry::Found(..) => None,
        }
    }

    #[inline]
    fn find_or_add(&mut self, key: Key, value: Value) -> Entry {
        match key {
            Key::Int(i) => self.find_or_add_int(i, value),
            Key::Str(s) => self.find_or_add_str(s, value),
        }
    }

    /// Finds integer key `i`, or adds it with `value`.
    fn find_or_add_int(&mut self, i: i64, value: Value) -> Entry {
        if let Layout::Packed(values) = &mut self.layout {
            // Zend compares the key as unsigned: negative keys are "far".
            let h = i as u64;
            let size = self.size as u64;
            if h < values.len() as u64 {
                if !values[h as usize].is_undef() {
                    return Entry::Found(h as usize, value);
                }
                // Filling a hole would break insertion order: convert.
            } else if h < size || ((h >> 1) < size && (self.size >> 1) < self.len) {
                if h >= size {
                    self.size *= 2;
                }
                let pos = h as usize;
                if pos > values.len() {
                    values.resize(pos, Value::Undef);
                }
                values.push(value);
                self.len += 1;
                // PHP 8.2 sets this unconditionally on a packed add, even
                // when it was higher (after trailing elements were removed).
                self.next_free = i + 1;
                return Entry::Added(pos);
            } else if values.len() >= self.size {
                self.size *= 2;
            }
        }
        let probe = self.layout.hashed(self.size).probe_int(i);
        match probe {
            Probe::Found { pos, .. } => Entry::Found(pos, value),
            Probe::Vacant(slot) => {
                if i >= self.next_free {
                    self.next_free = i.saturating_add(1);
                }
                Entry::Added(self.add_bucket(
                    Bucket {
                        value,
                        key: None,
                        h: i as u64,
                    },
                    slot,
                ))
            }
        }
    }

    /// Finds string key `s`, or adds it with `value`.
    fn find_or_add_str(&mut self, s: Str, value: Value) -> Entry {
        let probe = self.layout.hashed(self.size).probe_str(&s);
        match probe {
            Probe::Found { pos, .. } => Entry::Found(pos, value),
            Probe::Vacant(slot) => {
                let h = s.hash();
                Entry::Added(self.add_bucket(
                    Bucket {
                        value,
                        key: Some(s),
                        h,
                    },
                    slot,
                ))
            }
        }
    }

    /// Adds a bucket at the end of a hash-layout table, making room first
    /// when the table is full (Zend's `zend_hash_do_resize`).
    #[inline]
    fn add_bucket(&mut self, bucket: Bucket, slot: usize) -> usize {
        let full = matches!(&self.layout, Layout::Hash(t) if t.buckets.len() >= self.size);
        if full {
            self.make_room();
        }
        let t = self.layout.hashed(self.size);
        let pos = t.add(bucket, (!full).then_some(slot));
        self.len += 1;
        pos
    }

    /// Squeezes holes out of a full hash table, or doubles its size.
    #[cold]
    #[inline(never)]
    fn make_room(&mut self) {
        let len = self.len;
        let holes = self.pos_end().saturating_sub(len);
        if holes > len / 32 && matches!(self.layout, Layout::Hash(_)) {
            self.move_iterators_for_compaction();
            let t = self.layout.hashed(self.size);
            self.internal_pos = t.compact(self.internal_pos);
        } else {
            let t = self.layout.hashed(self.size);
            self.size *= 2;
            t.resize_index(self.size);
        }
    }

    // ---- removal -------------------------------------------------------------

    /// Removes `key`, returning its value (the caller releases it).
    pub fn remove(&mut self, key: &Key) -> Option<Value> {
        let place = self.locate(key)?;
        Some(self.remove_at(place))
    }

    fn remove_at(&mut self, place: Place) -> Value {
        let Place { pos, slot } = place;
        let value = match &mut self.layout {
            Layout::Packed(values) => std::mem::take(&mut values[pos]),
            Layout::Hash(t) => t.take(pos, slot),
        };
        self.len -= 1;
        // As in Zend, the internal pointer and iterators leave a removed
        // element for the next one, and holes at the end are dropped.
        if self.internal_pos == pos || self.iterators > 0 {
            let next = self.pos_valid_from(pos + 1);
            if self.internal_pos == pos {
                self.internal_pos = next;
            }
            if self.iterators > 0 {
                super::ht_iterators::update(self, pos, next);
            }
        }
        if pos + 1 == self.pos_end() {
            self.drop_trailing_holes();
        }
        value
    }

    fn drop_trailing_holes(&mut self) {
        match &mut self.layout {
            Layout::Packed(values) => {
                while values.last().is_some_and(Value::is_undef) {
                    values.pop();
                }
            }
            Layout::Hash(t) => {
                while t.buckets.last().is_some_and(|b| !b.is_live()) {
                    t.buckets.pop();
                }
            }
        }
        self.internal_pos = self.internal_pos.min(self.pos_end());
    }

    // ---- positions -------------------------------------------------------

    /// One past the last position.
    #[inline]
    pub fn pos_end(&self) -> usize {
        match &self.layout {
            Layout::Packed(values) => values.len(),
            Layout::Hash(t) => t.buckets.len(),
        }
    }

    /// The first live position at or after `pos` (or `pos_end()`).
    pub fn pos_valid_from(&self, pos: usize) -> usize {
        let holes = match &self.layout {
            Layout::Packed(values) => values
                .get(pos..)
                .map_or(0, |rest| rest.iter().take_while(|v| v.is_undef()).count()),
            Layout::Hash(t) => t
                .buckets
                .get(pos..)
                .map_or(0, |rest| rest.iter().take_while(|b| !b.is_live()).count()),
        };
        pos + holes
    }

    /// The last live position before `pos`, if any.
    pub fn pos_valid_before(&self, pos: usize) -> Option<usize> {
        let end = pos.min(self.pos_end());
        match &self.layout {
            Layout::Packed(values) => values[..end].iter().rposition(|v| !v.is_undef()),
            Layout::Hash(t) => t.buckets[..end].iter().rposition(Bucket::is_live),
        }
    }

    pub fn key_at(&self, pos: usize) -> Option<KeyRef<'_>> {
        self.at(pos).map(|(k, _)| k)
    }

    pub fn at(&self, pos: usize) -> Option<(KeyRef<'_>, &Value)> {
        match &self.layout {
            Layout::Packed(values) => values
                .get(pos)
                .filter(|v| !v.is_undef())
                .map(|v| (KeyRef::Int(pos as i64), v)),
            Layout::Hash(t) => t
                .buckets
                .get(pos)
                .filter(|b| b.is_live())
                .map(Bucket::entry),
        }
    }

    pub fn at_mut(&mut self, pos: usize) -> Option<&mut Value> {
        let value = match &mut self.layout {
            Layout::Packed(values) => values.get_mut(pos)?,
            Layout::Hash(t) => &mut t.buckets.get_mut(pos)?.value,
        };
        (!value.is_undef()).then_some(value)
    }

    /// Before holes are squeezed out (here, or by a caller rebuilding the
    /// table in the same order, as the sorts do): iterators on elements that
    /// move follow them. As in Zend, the registered positions are visited
    /// lowest first, each when the element it holds moves.
    pub fn move_iterators_for_compaction(&self) {
        if self.iterators == 0 {
            return;
        }
        let mut next_iterator = super::ht_iterators::lowest_pos(self, 0);
        let mut new_pos = 0;
        for old_pos in 0..self.pos_end() {
            if self.at(old_pos).is_none() {
                continue;
            }
            if old_pos != new_pos && next_iterator == Some(old_pos) {
                super::ht_iterators::update(self, old_pos, new_pos);
                next_iterator = super::ht_iterators::lowest_pos(self, old_pos + 1);
            }
            new_pos += 1;
        }
        // An iterator past the last element stays past it, so that what is
        // appended next is still visited.
        if next_iterator == Some(self.pos_end()) {
            super::ht_iterators::update(self, self.pos_end(), new_pos);
        }
    }

    /// Puts `other`'s elements in place of this table's, keeping the
    /// iterators registered here (a sort rebuilds the table it sorts; Zend
    /// sorts in place, leaving iterator positions as they are).
    pub fn replace_elements(&mut self, other: HashTable) {
        let iterators = self.iterators;
        *self = other;
        self.iterators = iterators;
    }

    /// Whether `foreach` by-reference iterators hold positions here.
    #[inline]
    pub fn has_iterators(&self) -> bool {
        self.iterators > 0
    }

    pub fn internal_pos(&self) -> usize {
        self.internal_pos
    }

    pub fn set_internal_pos(&mut self, pos: usize) {
        self.internal_pos = pos;
    }

    // ---- whole-table operations -----------------------------------------

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (KeyRef<'_>, &Value)> + '_ {
        match &self.layout {
            Layout::Packed(values) => Iter::Packed(values.iter().enumerate()),
            Layout::Hash(t) => Iter::Hash(t.buckets.iter()),
        }
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (KeyRef<'_>, &mut Value)> + '_ {
        match &mut self.layout {
            Layout::Packed(values) => IterMut::Packed(values.iter_mut().enumerate()),
            Layout::Hash(t) => IterMut::Hash(t.buckets.iter_mut()),
        }
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + '_ {
        self.iter().map(|(_, v)| v)
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = KeyRef<'_>> + '_ {
        self.iter().map(|(k, _)| k)
    }

    /// Takes every element out (in order), leaving the table empty.
    pub fn drain(&mut self) -> Vec<(Key, Value)> {
        let iterators = self.iterators;
        let table = std::mem::take(self);
        self.iterators = iterators;
        table.into_drain().collect()
    }

    /// Consumes the table, yielding every element in order.
    pub fn into_drain(self) -> impl Iterator<Item = (Key, Value)> {
        match self.layout {
            Layout::Packed(values) => IntoIter::Packed(values.into_iter().enumerate()),
            Layout::Hash(t) => IntoIter::Hash(t.buckets.into_iter()),
        }
    }

    /// Removes and returns the last element (`array_pop`). As in PHP, the
    /// next free index steps back when the popped key was the last one
    /// handed out, and the internal pointer is reset.
    pub fn pop(&mut self) -> Option<(Key, Value)> {
        let pos = self.pos_valid_before(self.pos_end())?;
        let (key, slot) = match &self.layout {
            Layout::Packed(_) => (Key::Int(pos as i64), None),
            Layout::Hash(t) => (t.buckets[pos].key_ref().to_owned(), t.slot_of(pos)),
        };
        if let Key::Int(i) = key {
            if self.next_free.checked_sub(1) == Some(i) {
                self.next_free = i;
            }
        }
        let value = self.remove_at(Place { pos, slot });
        self.internal_pos = self.pos_valid_from(0);
        Some((key, value))
    }

    /// Renumbers integer keys 0, 1, 2... in order, keeping string keys, and
    /// sets the next free index to the count of integer keys (`array_shift`;
    /// `sort()` once the elements are in order). The internal pointer is
    /// reset. A list loses its holes; a hash loses them only when a key
    /// changes (Zend rehashes then), and becomes a list again when only
    /// integer keys are left.
    pub fn renumber(&mut self) {
        let next;
        match &self.layout {
            Layout::Packed(_) => {
                self.move_iterators_for_compaction();
                let Layout::Packed(values) = &mut self.layout else {
                    unreachable!()
                };
                values.retain(|v| !v.is_undef());
                next = values.len();
            }
            Layout::Hash(t) => {
                let mut count = 0;
                let mut changed = false;
                for b in t.buckets.iter().filter(|b| b.is_live() && b.key.is_none()) {
                    changed |= b.h != count as u64;
                    count += 1;
                }
                next = count;
                if changed {
                    self.move_iterators_for_compaction();
                    let Layout::Hash(t) = &mut self.layout else {
                        unreachable!()
                    };
                    t.buckets.retain(Bucket::is_live);
                    if t.buckets.iter().all(|b| b.key.is_none()) {
                        let values: Vec<Value> = std::mem::take(&mut t.buckets)
                            .into_iter()
                            .map(|b| b.value)
                            .collect();
                        self.layout = Layout::Packed(values);
                    } else {
                        let positional = t.buckets.iter_mut().filter(|b| b.key.is_none());
                        for (k, b) in positional.enumerate() {
                            b.h = k as u64;
                        }
                        t.reindex();
                    }
                }
            }
        }
        self.next_free = next as i64;
        self.internal_pos = 0;
    }

    /// Builds a copy of every element through `copy` (Zend's
    /// `zend_array_dup`): keys, order, next free index and the internal
    /// pointer are kept (a pointer past the last element comes back to the
    /// start, as in PHP). A packed copy keeps its holes; a hash copy drops
    /// them.
    pub fn map_clone(&self, mut copy: impl FnMut(&Value) -> Value) -> HashTable {
        let pointer = self.pos_valid_from(self.internal_pos);
        let pointer_valid = pointer < self.pos_end();
        let (layout, len, internal_pos) = match &self.layout {
            Layout::Packed(values) => {
                let copied = values
                    .iter()
                    .map(|v| if v.is_undef() { Value::Undef } else { copy(v) })
                    .collect();
                let pointer = if pointer_valid { self.internal_pos } else { 0 };
                (Layout::Packed(copied), self.len, pointer)
            }
            Layout::Hash(t) => {
                let mut buckets = Vec::with_capacity(self.len);
                let mut new_pointer = 0;
                for (pos, b) in t.buckets.iter().enumerate().filter(|(_, b)| b.is_live()) {
                    if pos == pointer {
                        new_pointer = buckets.len();
                    }
                    buckets.push(Bucket {
                        value: copy(&b.value),
                        key: b.key.clone(),
                        h: b.h,
                    });
                }
                let len = buckets.len();
                (
                    Layout::Hash(Hashed::new(buckets, self.size)),
                    len,
                    new_pointer,
                )
            }
        };
        HashTable {
            layout,
            size: self.size,
            len,
            next_free: self.next_free,
            internal_pos,
            iterators: 0,
        }
    }

    /// Whether the keys are exactly 0..len in order (a list).
    pub fn is_list(&self) -> bool {
        match &self.layout {
            Layout::Packed(values) => values.len() == self.len,
            Layout::Hash(_) => self
                .keys()
                .enumerate()
                .all(|(i, k)| matches!(k, KeyRef::Int(n) if n == i as i64)),
        }
    }

    /// Whether the table has the list layout (keys are positions).
    pub fn is_packed(&self) -> bool {
        matches!(self.layout, Layout::Packed(_))
    }
}

// ---- iterators ---------------------------------------------------------------

/// The live elements, in order.
enum Iter<'a> {
    Packed(std::iter::Enumerate<std::slice::Iter<'a, Value>>),
    Hash(std::slice::Iter<'a, Bucket>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = (KeyRef<'a>, &'a Value);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Iter::Packed(it) => it
                .find(|(_, v)| !v.is_undef())
                .map(|(i, v)| (KeyRef::Int(i as i64), v)),
            Iter::Hash(it) => it.find(|b| b.is_live()).map(Bucket::entry),
        }
    }
}

impl DoubleEndedIterator for Iter<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        match self {
            Iter::Packed(it) => it
                .rfind(|(_, v)| !v.is_undef())
                .map(|(i, v)| (KeyRef::Int(i as i64), v)),
            Iter::Hash(it) => it.rfind(|b| b.is_live()).map(Bucket::entry),
        }
    }
}

enum IterMut<'a> {
    Packed(std::iter::Enumerate<std::slice::IterMut<'a, Value>>),
    Hash(std::slice::IterMut<'a, Bucket>),
}

impl<'a> Iterator for IterMut<'a> {
    type Item = (KeyRef<'a>, &'a mut Value);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match self {
            IterMut::Packed(it) => it
                .find(|(_, v)| !v.is_undef())
                .map(|(i, v)| (KeyRef::Int(i as i64), v)),
            IterMut::Hash(it) => it
                .find(|b| b.is_live())
                .map(|b| (key_ref(&b.key, b.h), &mut b.value)),
        }
    }
}

enum IntoIter {
    Packed(std::iter::Enumerate<std::vec::IntoIter<Value>>),
    Hash(std::vec::IntoIter<Bucket>),
}

impl Iterator for IntoIter {
    type Item = (Key, Value);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match self {
            IntoIter::Packed(it) => it
                .find(|(_, v)| !v.is_undef())
                .map(|(i, v)| (Key::Int(i as i64), v)),
            IntoIter::Hash(it) => it.find(Bucket::is_live).map(Bucket::into_entry),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(b: &str) -> Key {
        Key::from_bytes(b.as_bytes())
    }

    fn int_keys(t: &HashTable) -> Vec<i64> {
        t.keys()
            .map(|k| match k {
                KeyRef::Int(i) => i,
                KeyRef::Str(_) => panic!("string key"),
            })
            .collect()
    }

    /// Keys as PHP's `json_encode(array_keys($a))` prints them.
    fn keys_json(t: &HashTable) -> String {
        let keys: Vec<String> = t
            .keys()
            .map(|k| match k {
                KeyRef::Int(i) => i.to_string(),
                KeyRef::Str(s) => format!("\"{}\"", String::from_utf8_lossy(s.as_bytes())),
            })
            .collect();
        format!("[{}]", keys.join(","))
    }

    fn list(values: &[i64]) -> HashTable {
        let mut t = HashTable::new();
        for &v in values {
            t.push(Value::Int(v));
        }
        t
    }

    fn int_of(v: Option<&Value>) -> Option<i64> {
        match v? {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }

    /// PHP's `current()`.
    fn current(t: &HashTable) -> Option<i64> {
        int_of(t.at(t.pos_valid_from(t.internal_pos())).map(|(_, v)| v))
    }

    /// PHP's `next()` moves to the following live position (or the end).
    fn next(t: &mut HashTable) {
        let here = t.pos_valid_from(t.internal_pos());
        if here < t.pos_end() {
            let p = t.pos_valid_from(here + 1);
            t.set_internal_pos(p);
        }
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
        assert_eq!(int_keys(&t), vec![0, 10, 11, -5]);
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

    // ---- next free index (expected keys from PHP 8.2) ----

    #[test]
    fn negative_first_key() {
        // $a[-5] = 1; $a[] = 2;  (a new array)  => [-5,-4]
        let mut t = HashTable::new();
        t.insert(Key::Int(-5), Value::Int(1));
        t.push(Value::Int(2));
        assert_eq!(keys_json(&t), "[-5,-4]");
        // $b = []; $b[-5] = 1; $b[] = 2;  => [-5,0]
        let mut t = HashTable::new_empty_literal().map_clone(Value::clone);
        t.insert(Key::Int(-5), Value::Int(1));
        t.push(Value::Int(2));
        assert_eq!(keys_json(&t), "[-5,0]");
        // $a = [-10 => 1, -20 => 2]; $a[] = 3;  => [-10,-20,-9]
        let mut t = HashTable::new();
        t.insert(Key::Int(-10), Value::Int(1));
        t.insert(Key::Int(-20), Value::Int(2));
        t.push(Value::Int(3));
        assert_eq!(keys_json(&t), "[-10,-20,-9]");
        // $a = [-3 => 1]; unset($a[-3]); $a[] = 2;  => [-2]
        let mut t = HashTable::new();
        t.insert(Key::Int(-3), Value::Int(1));
        t.remove(&Key::Int(-3));
        t.push(Value::Int(2));
        assert_eq!(keys_json(&t), "[-2]");
    }

    #[test]
    fn int_max_and_min_keys() {
        // $a = [PHP_INT_MAX - 1 => 1]; $a[] = 2; $a[] = 3;  => the last fails
        let mut t = HashTable::new();
        t.insert(Key::Int(i64::MAX - 1), Value::Int(1));
        assert!(t.push(Value::Int(2)).is_some());
        assert_eq!(int_keys(&t), vec![i64::MAX - 1, i64::MAX]);
        assert_eq!(t.next_free_index(), i64::MAX);
        assert!(t.push(Value::Int(3)).is_none());
        assert_eq!(t.len(), 2);
        // $a = [PHP_INT_MAX => 1]; array_pop($a); $a[] = 1;  => [PHP_INT_MAX]
        let mut t = HashTable::new();
        t.insert(Key::Int(i64::MAX), Value::Int(1));
        assert!(t.push(Value::Int(2)).is_none());
        t.pop();
        assert!(t.push(Value::Int(1)).is_some());
        assert_eq!(int_keys(&t), vec![i64::MAX]);
        // $a = [PHP_INT_MIN => 1]; $a[] = 2;  => [MIN, MIN + 1]
        let mut t = HashTable::new();
        t.insert(Key::Int(i64::MIN), Value::Int(1));
        t.push(Value::Int(2));
        assert_eq!(int_keys(&t), vec![i64::MIN, i64::MIN + 1]);
        // $a = [PHP_INT_MIN => 1]; array_pop($a); $a[-5] = 1; $a[] = 2;  => [-5,-4]
        let mut t = HashTable::new();
        t.insert(Key::Int(i64::MIN), Value::Int(1));
        t.pop();
        t.insert(Key::Int(-5), Value::Int(1));
        t.push(Value::Int(2));
        assert_eq!(keys_json(&t), "[-5,-4]");
    }

    #[test]
    fn packed_add_resets_next_free_like_php_8_2() {
        // $a = [0,1,2,3,4]; unset($a[4]); unset($a[3]); $a[3] = 'x'; $a[] = 'y';
        let mut t = list(&[0, 1, 2, 3, 4]);
        t.remove(&Key::Int(4));
        t.remove(&Key::Int(3));
        t.insert(Key::Int(3), Value::Int(9));
        t.push(Value::Int(9));
        assert_eq!(keys_json(&t), "[0,1,2,3,4]");
        assert!(t.is_packed());
        // The same with a string key (a hash): [0,1,2,"s",3,5]
        let mut t = list(&[0, 1, 2, 3, 4]);
        t.remove(&Key::Int(4));
        t.remove(&Key::Int(3));
        t.insert(s("s"), Value::Int(1));
        t.insert(Key::Int(3), Value::Int(9));
        t.push(Value::Int(9));
        assert_eq!(keys_json(&t), "[0,1,2,\"s\",3,5]");
        // ... and a key past the end: [0,1,2,6,7]
        let mut t = list(&[0, 1, 2, 3, 4]);
        t.remove(&Key::Int(4));
        t.remove(&Key::Int(3));
        t.insert(Key::Int(6), Value::Int(9));
        t.push(Value::Int(9));
        assert_eq!(keys_json(&t), "[0,1,2,6,7]");
    }

    #[test]
    fn pop_steps_next_free_back() {
        // Expected keys after `array_pop($a); $a[] = 1;`, from PHP.
        let cases: [(&[i64], &str); 5] = [
            (&[5], "[5]"),
            (&[5, 6], "[5,6]"),
            (&[-5], "[-5]"),
            (&[0], "[0]"),
            (&[1, 2], "[1,2]"),
        ];
        for (keys, expected) in cases {
            let mut t = HashTable::new();
            for &k in keys {
                t.insert(Key::Int(k), Value::Int(k));
            }
            let (k, v) = t.pop().expect("an element");
            assert_eq!(
                (k, int_of(Some(&v))),
                (Key::Int(*keys.last().unwrap()), keys.last().copied())
            );
            t.push(Value::Int(1));
            assert_eq!(keys_json(&t), expected, "keys {keys:?}");
        }
        // $a = [1]; array_pop($a); $a[-5] = 1; $a[] = 2;  => [-5,0]
        let mut t = list(&[1]);
        t.pop();
        t.insert(Key::Int(-5), Value::Int(1));
        t.push(Value::Int(2));
        assert_eq!(keys_json(&t), "[-5,0]");
        assert!(HashTable::new().pop().is_none());
    }

    // ---- layouts ----

    #[test]
    fn packed_until_php_converts() {
        // $a = []; $a[0] = 1; $a[9] = 2; $a[] = 3;  => [0,9,10]
        let mut t = HashTable::new();
        t.insert(Key::Int(0), Value::Int(1));
        assert!(t.is_packed());
        t.insert(Key::Int(9), Value::Int(2));
        assert!(!t.is_packed());
        t.push(Value::Int(3));
        assert_eq!(keys_json(&t), "[0,9,10]");
        // $a = [1..8]; $a[20] = 1; $a[] = 2;  => a hash, [0..7,20,21]
        let mut t = list(&[1, 2, 3, 4, 5, 6, 7, 8]);
        t.insert(Key::Int(20), Value::Int(1));
        t.push(Value::Int(2));
        assert_eq!(keys_json(&t), "[0,1,2,3,4,5,6,7,20,21]");
        assert!(!t.is_packed());
        // A gap within the table size stays packed, with holes.
        let mut t = HashTable::new();
        t.insert(Key::Int(5), Value::Int(1));
        assert!(t.is_packed());
        assert_eq!(t.pos_end(), 6);
        assert_eq!(t.pos_valid_from(0), 5);
        // More than half full: a key up to twice the size grows the list.
        let mut t = list(&[0, 1, 2, 3, 4]);
        t.insert(Key::Int(12), Value::Int(1));
        assert!(t.is_packed());
        assert_eq!(keys_json(&t), "[0,1,2,3,4,12]");
        // Negative keys and string keys make a hash.
        let mut t = list(&[1]);
        t.insert(Key::Int(-1), Value::Int(1));
        assert!(!t.is_packed());
        let mut t = list(&[1]);
        t.insert(s("a"), Value::Int(1));
        assert!(!t.is_packed());
    }

    #[test]
    fn filling_a_hole_keeps_insertion_order() {
        // $a = [1,2,3]; unset($a[1]); $a[1] = 'x'; $a[] = 'y';  => [0,2,1,3]
        let mut t = list(&[1, 2, 3]);
        t.remove(&Key::Int(1));
        t.insert(Key::Int(1), Value::Int(9));
        t.push(Value::Int(10));
        assert_eq!(keys_json(&t), "[0,2,1,3]");
        assert_eq!(int_of(t.get_int(1)), Some(9));
    }

    #[test]
    fn conversion_keeps_positions_and_holes() {
        let mut t = HashTable::new();
        for i in 0..1000 {
            t.push(Value::Int(i));
        }
        t.remove(&Key::Int(10));
        t.insert(s("name"), Value::Int(-1));
        assert!(!t.is_packed());
        assert_eq!(t.pos_end(), 1001);
        assert!(t.at(10).is_none());
        assert!(matches!(t.key_at(500), Some(KeyRef::Int(500))));
        assert!(matches!(t.key_at(1000), Some(KeyRef::Str(k)) if k.as_bytes() == b"name"));
        // Growing the hash keeps every position.
        for i in 0..5000 {
            t.insert(
                Key::Str(Str::new(format!("k{i}").as_bytes())),
                Value::Int(i),
            );
        }
        assert!(matches!(t.key_at(500), Some(KeyRef::Int(500))));
        assert!(matches!(t.key_at(1001), Some(KeyRef::Str(k)) if k.as_bytes() == b"k0"));
        assert_eq!(t.len(), 999 + 1 + 5000);
        for i in (0..5000).step_by(7) {
            assert_eq!(
                int_of(t.get_str(&Str::new(format!("k{i}").as_bytes()))),
                Some(i)
            );
        }
        assert_eq!(int_of(t.get_int(999)), Some(999));
        assert!(t.get_int(10).is_none());
    }

    #[test]
    fn int_and_string_keys_with_equal_hashes_stay_apart() {
        let name = Str::new(b"abc");
        let clash = name.hash() as i64;
        let mut t = HashTable::new();
        t.insert(Key::Str(name.clone()), Value::Int(1));
        t.insert(Key::Int(clash), Value::Int(2));
        assert_eq!(int_of(t.get_str(&name)), Some(1));
        assert_eq!(int_of(t.get_int(clash)), Some(2));
        assert_eq!(int_of(t.remove(&Key::Int(clash)).as_ref()), Some(2));
        assert_eq!(int_of(t.get_str(&name)), Some(1));
    }

    // ---- the internal pointer (expected values from PHP) ----

    #[test]
    fn internal_pointer_follows_removals() {
        // $a=[1,2,3]; end($a); unset($a[2]); current($a) => false; $a[]=4; current($a) => 4
        let mut t = list(&[1, 2, 3]);
        t.set_internal_pos(2);
        t.remove(&Key::Int(2));
        assert_eq!(current(&t), None);
        t.push(Value::Int(4));
        assert_eq!(current(&t), Some(4));
        // $a=[1]; next($a); current => false; $a[]=2; current => 2
        let mut t = list(&[1]);
        next(&mut t);
        assert_eq!(current(&t), None);
        t.push(Value::Int(2));
        assert_eq!(current(&t), Some(2));
        // The same with string keys.
        let mut t = HashTable::new();
        for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
            t.insert(s(k), Value::Int(v));
        }
        t.set_internal_pos(2);
        t.remove(&s("c"));
        assert_eq!(current(&t), None);
        t.insert(s("d"), Value::Int(4));
        assert_eq!(current(&t), Some(4));
        // next($a); unset($a['b']); current => 3
        let mut t = HashTable::new();
        for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
            t.insert(s(k), Value::Int(v));
        }
        next(&mut t);
        t.remove(&s("b"));
        assert_eq!(current(&t), Some(3));
    }

    #[test]
    fn copies_keep_the_internal_pointer() {
        let abc = || {
            let mut t = HashTable::new();
            for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
                t.insert(s(k), Value::Int(v));
            }
            t
        };
        // Past the end: the copy starts over (PHP: current($b) after
        // $b['x'] = 9 is 1), the original sees the appended element.
        let mut t = abc();
        for _ in 0..3 {
            next(&mut t);
        }
        let mut copy = t.map_clone(Value::clone);
        copy.insert(s("x"), Value::Int(9));
        assert_eq!(current(&copy), Some(1));
        t.insert(s("y"), Value::Int(8));
        assert_eq!(current(&t), Some(8));
        // On 'b' after 'a' was removed: still on 'b' in the copy.
        let mut t = abc();
        next(&mut t);
        t.remove(&s("a"));
        let mut copy = t.map_clone(Value::clone);
        copy.insert(s("x"), Value::Int(9));
        assert_eq!(current(&copy), Some(2));
        // $a=[1,2,3]; next($a); unset($a[1]); $b=$a; $b[]=1;  => current 3, key 2
        let mut t = list(&[1, 2, 3]);
        next(&mut t);
        t.remove(&Key::Int(1));
        let mut copy = t.map_clone(Value::clone);
        copy.push(Value::Int(1));
        assert_eq!(current(&copy), Some(3));
        assert!(matches!(
            copy.key_at(copy.pos_valid_from(copy.internal_pos())),
            Some(KeyRef::Int(2))
        ));
        // A list past its end copies with the pointer reset too.
        let mut t = list(&[1, 2, 3]);
        for _ in 0..3 {
            next(&mut t);
        }
        let mut copy = t.map_clone(Value::clone);
        copy.push(Value::Int(9));
        assert_eq!(current(&copy), Some(1));
        // $a=[1,2,3]; next x3; array_pop($a); current => 1
        let mut t = list(&[1, 2, 3]);
        for _ in 0..3 {
            next(&mut t);
        }
        t.pop();
        assert_eq!(current(&t), Some(1));
    }

    #[test]
    fn map_clone_keeps_order_and_next_free() {
        let mut t = list(&[1, 2, 3, 4]);
        t.remove(&Key::Int(1));
        let copy = t.map_clone(Value::clone);
        assert!(copy.is_packed());
        assert_eq!(copy.pos_end(), 4);
        assert_eq!(int_keys(&copy), vec![0, 2, 3]);
        assert_eq!(copy.next_free_index(), 4);

        let mut t = HashTable::new();
        t.insert(Key::Int(7), Value::Int(1));
        t.insert(s("x"), Value::Int(2));
        t.insert(Key::Int(3), Value::Int(3));
        t.remove(&s("x"));
        let mut copy = t.map_clone(|v| match v {
            Value::Int(i) => Value::Int(i * 10),
            other => other.clone(),
        });
        assert_eq!(copy.pos_end(), 2);
        assert_eq!(int_keys(&copy), vec![7, 3]);
        assert_eq!(int_of(copy.get_int(3)), Some(30));
        copy.push(Value::Null);
        assert_eq!(int_keys(&copy), vec![7, 3, 8]);
    }

    // ---- removal, iteration, compaction ----

    #[test]
    fn removal_during_iteration_by_position() {
        for packed in [true, false] {
            let mut t = list(&(0..100).collect::<Vec<_>>());
            if !packed {
                t.insert(s("last"), Value::Int(100));
            }
            let mut seen = Vec::new();
            let mut pos = 0;
            loop {
                pos = t.pos_valid_from(pos);
                let Some((k, v)) = t.at(pos) else { break };
                seen.push(int_of(Some(v)).unwrap_or(-1));
                let k = k.to_owned();
                // Remove what we stand on and the element after next.
                t.remove(&k);
                if let KeyRef::Int(i) = k.as_ref() {
                    t.remove(&Key::Int(i + 2));
                }
                pos += 1;
            }
            let expected: Vec<i64> = (0..100)
                .filter(|i| i % 4 < 2)
                .chain((!packed).then_some(100))
                .collect();
            assert_eq!(seen, expected, "packed: {packed}");
            assert!(t.is_empty());
        }
    }

    #[test]
    fn trailing_holes_are_dropped() {
        let mut t = list(&[1, 2, 3, 4]);
        t.remove(&Key::Int(2));
        t.remove(&Key::Int(3));
        assert_eq!(t.pos_end(), 2);
    }

    #[test]
    fn full_hash_compacts_holes() {
        let fill = |t: &mut HashTable| {
            for i in 0..8 {
                t.insert(
                    Key::Str(Str::new(format!("k{i}").as_bytes())),
                    Value::Int(i),
                );
            }
        };
        // Holes in a full table are squeezed out instead of growing; the
        // internal pointer stays on its element.
        let mut t = HashTable::new();
        fill(&mut t);
        for i in 0..4 {
            t.remove(&Key::Str(Str::new(format!("k{i}").as_bytes())));
        }
        t.set_internal_pos(5);
        t.insert(s("new"), Value::Int(8));
        assert_eq!(t.pos_end(), 5);
        assert_eq!(current(&t), Some(5));
        assert_eq!(t.size, 8);
    }

    #[test]
    fn iterators_follow_removal_and_compaction() {
        use crate::value::ht_iterators;
        // foreach by reference over [0, 1, 2, 3], standing before 1.
        let mut t = list(&[0, 1, 2, 3]);
        let it = ht_iterators::add(&mut t, 1);
        // Removing the element it stands before moves it to the next one.
        t.remove(&Key::Int(1));
        assert_eq!(ht_iterators::pos(it), 2);
        // array_shift: the first goes, the rest move down; the iterator
        // follows element 2 to position 0.
        t.remove(&Key::Int(0));
        t.renumber();
        assert_eq!(ht_iterators::pos(it), 0);
        assert_eq!(int_of(t.at(0).map(|(_, v)| v)), Some(2));
        ht_iterators::remove(it, Some(&mut t));
        assert_eq!(t.iterators, 0);
    }

    #[test]
    fn queue_use_stays_small() {
        // Append at the end, remove at the front: holes are recycled.
        let mut t = HashTable::new();
        t.insert(s("head"), Value::Null);
        let mut first = 0;
        for i in 0..100_000 {
            t.push(Value::Int(i));
            if t.len() > 50 {
                t.remove(&Key::Int(first));
                first += 1;
            }
        }
        assert_eq!(t.len(), 50);
        assert!(t.size <= 128, "size {}", t.size);
        assert_eq!(int_of(t.get_int(99_999)), Some(99_999));
        assert!(t.get_int(first - 1).is_none());
    }

    #[test]
    fn removed_marks_do_not_fill_the_index() {
        // Distinct keys inserted and removed forever in a small table.
        let mut t = HashTable::new();
        t.insert(s("keep"), Value::Int(0));
        for i in 0..200_000i64 {
            let k = Key::Int(i.wrapping_mul(0x9e37_79b9));
            t.insert(k.clone(), Value::Int(i));
            assert!(t.remove(&k).is_some());
        }
        assert_eq!(t.len(), 1);
        assert!(t.size <= 16);
        assert_eq!(int_of(t.get_str(&Str::new(b"keep"))), Some(0));
    }

    #[test]
    fn iterators_yield_live_elements_both_ways() {
        let mut t = list(&[0, 1, 2, 3]);
        t.remove(&Key::Int(1));
        assert_eq!(
            t.values()
                .rev()
                .filter_map(|v| int_of(Some(v)))
                .collect::<Vec<_>>(),
            vec![3, 2, 0]
        );
        for (_, v) in t.iter_mut() {
            *v = Value::Int(7);
        }
        assert_eq!(
            t.values()
                .filter_map(|v| int_of(Some(v)))
                .collect::<Vec<_>>(),
            vec![7, 7, 7]
        );
        t.insert(s("z"), Value::Int(8));
        assert_eq!(keys_json(&t), "[0,2,3,\"z\"]");
        assert_eq!(t.keys().rev().count(), 4);
        let drained: Vec<(Key, Value)> = t.drain();
        assert_eq!(drained.len(), 4);
        assert!(t.is_empty() && t.pos_end() == 0 && t.next_free_index() == 0);
    }

    #[test]
    fn lookup_or_insert_and_get_mut() {
        let mut t = HashTable::new();
        let (slot, added) = t.lookup_or_insert(s("a"));
        assert!(added && matches!(slot, Value::Null));
        *slot = Value::Int(5);
        let (slot, added) = t.lookup_or_insert(s("a"));
        assert!(!added && matches!(slot, Value::Int(5)));
        let (_, added) = t.lookup_or_insert(Key::Int(3));
        assert!(added);
        assert_eq!(t.next_free_index(), 4);
        *t.get_mut(&Key::Int(3)).expect("present") = Value::Int(1);
        assert_eq!(int_of(t.get(&Key::Int(3))), Some(1));
        assert!(t.get_mut(&s("b")).is_none());
        assert!(t.contains_key(&s("a")) && !t.contains_key(&Key::Int(4)));
        assert_eq!(int_of(t.insert(s("a"), Value::Int(6)).as_ref()), Some(5));
    }

    // ---- renumber, sort, is_list ----

    #[test]
    fn renumber_like_array_shift() {
        // $a = [1,2,3]; array_shift($a); $a[] = 9;  => [0,1,2]
        let mut t = list(&[1, 2, 3]);
        t.remove(&Key::Int(0));
        t.renumber();
        t.push(Value::Int(9));
        assert_eq!(keys_json(&t), "[0,1,2]");
        assert!(t.is_packed());
        // $a = ['x'=>1]; array_shift($a); $a[-3] = 1; $a[] = 2;  => [-3,0]
        let mut t = HashTable::new();
        t.insert(s("x"), Value::Int(1));
        t.remove(&s("x"));
        t.renumber();
        t.insert(Key::Int(-3), Value::Int(1));
        t.push(Value::Int(2));
        assert_eq!(keys_json(&t), "[-3,0]");
        // $a = [5=>1, 'x'=>2, 9=>3]; array_shift($a); $a[] = 4;  => ["x",0,1]
        let mut t = HashTable::new();
        t.insert(Key::Int(5), Value::Int(1));
        t.insert(s("x"), Value::Int(2));
        t.insert(Key::Int(9), Value::Int(3));
        t.remove(&Key::Int(5));
        t.renumber();
        t.push(Value::Int(4));
        assert_eq!(keys_json(&t), "[\"x\",0,1]");
        assert_eq!(int_of(t.get_int(0)), Some(3));
        // A hash of integer keys becomes a list again.
        let mut t = HashTable::new();
        t.insert(Key::Int(-4), Value::Int(1));
        t.insert(Key::Int(8), Value::Int(2));
        t.renumber();
        assert!(t.is_packed() && t.is_list());
        assert_eq!(t.next_free_index(), 2);
    }

    #[test]
    fn is_list_matches_keys() {
        assert!(HashTable::new().is_list());
        let mut t = list(&[1, 2, 3]);
        assert!(t.is_list());
        t.remove(&Key::Int(1));
        assert!(!t.is_list());
        let mut t = list(&[1, 2]);
        t.insert(s("a"), Value::Int(1));
        assert!(!t.is_list());
        t.remove(&s("a"));
        assert!(t.is_list());
    }

    #[test]
    fn a_list_costs_a_value_per_element() {
        let t = list(&(0..1_000_000).collect::<Vec<_>>());
        assert!(t.is_packed());
        let Layout::Packed(values) = &t.layout else {
            unreachable!()
        };
        assert!(values.capacity() * std::mem::size_of::<Value>() <= 17 * 1_000_000);
    }

    /// Random operations checked against a plain ordered list of pairs.
    #[test]
    fn matches_a_simple_model() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut rand = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for round in 0..40 {
            let mut t = HashTable::new();
            let mut model: Vec<(Key, i64)> = Vec::new();
            let key_space = [8, 64, 1000][round % 3];
            for step in 0..3000i64 {
                let key = match rand(4) {
                    0 => Key::Str(Str::new(format!("s{}", rand(key_space)).as_bytes())),
                    1 => Key::Int(rand(key_space) as i64 - 3),
                    _ => Key::Int(rand(key_space) as i64),
                };
                match rand(10) {
                    0..=4 => {
                        let old = t.insert(key.clone(), Value::Int(step));
                        match model.iter_mut().find(|(k, _)| *k == key) {
                            Some(e) => {
                                assert_eq!(int_of(old.as_ref()), Some(e.1));
                                e.1 = step;
                            }
                            None => {
                                assert!(old.is_none());
                                model.push((key, step));
                            }
                        }
                    }
                    5..=7 => {
                        let got = t.remove(&key);
                        let at = model.iter().position(|(k, _)| *k == key);
                        assert_eq!(int_of(got.as_ref()), at.map(|i| model.remove(i).1));
                    }
                    8 => {
                        let key = Key::Int(t.next_free_index());
                        if t.push(Value::Int(step)).is_some() {
                            assert!(!model.iter().any(|(k, _)| *k == key));
                            model.push((key, step));
                        }
                    }
                    _ => {
                        let got = t.pop().map(|(k, v)| (k, int_of(Some(&v)).unwrap_or(-1)));
                        assert_eq!(got, model.pop());
                    }
                }
                assert_eq!(t.len(), model.len());
            }
            let entries: Vec<(Key, i64)> = t
                .iter()
                .map(|(k, v)| (k.to_owned(), int_of(Some(v)).unwrap_or(-1)))
                .collect();
            assert_eq!(entries, model);
            for (k, v) in &model {
                assert_eq!(int_of(t.get(k)), Some(*v));
            }
            let copy = t.map_clone(Value::clone);
            assert!(copy
                .iter()
                .map(|(k, _)| k.to_owned())
                .eq(model.iter().map(|(k, _)| k.clone())));
        }
    }
}
