//! Positions that running `foreach` by-reference loops hold in arrays
//! (Zend's `EG(ht_iterators)`).
//!
//! A by-reference loop must see the array as it changes under it: elements
//! added at the end are visited, removed ones are skipped, and when
//! `array_shift`, `array_unshift` or `array_splice` move elements the loop
//! stays on the element it was going to visit next. So the loop registers
//! an *iterator* here: the table it walks and the position of the next
//! element. Table operations that move elements update the positions of the
//! iterators registered on them (`HashTable::iterators > 0` tells them to
//! look), and a table being freed marks its iterators as orphaned.
//!
//! When the loop finds that its variable now holds a different table (the
//! array was replaced, or separated from a copy), it moves its iterator to
//! that table at the table's internal pointer, as PHP does.

use super::hashtable::HashTable;
use std::cell::{Cell, RefCell};

/// An iterator's handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IteratorId(usize);

struct Entry {
    /// The table the iterator walks; `ORPHANED` once it was freed, null for a
    /// free entry.
    table: *const HashTable,
    /// The position of the next element to visit.
    pos: usize,
}

const ORPHANED: *const HashTable = std::ptr::dangling::<HashTable>();

thread_local! {
    static ITERATORS: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
    /// Registered iterators: while zero, freeing a table needs no lookup.
    static ACTIVE: Cell<usize> = const { Cell::new(0) };
}

/// Registers an iterator at `pos` of `table`.
pub fn add(table: &mut HashTable, pos: usize) -> IteratorId {
    table.iterators += 1;
    ACTIVE.with(|a| a.set(a.get() + 1));
    let entry = Entry {
        table: table as *const HashTable,
        pos,
    };
    ITERATORS.with(|its| {
        let mut its = its.borrow_mut();
        match its.iter().position(|e| e.table.is_null()) {
            Some(i) => {
                its[i] = entry;
                IteratorId(i)
            }
            None => {
                its.push(entry);
                IteratorId(its.len() - 1)
            }
        }
    })
}

/// Ends an iterator. `table` is the table the loop holds now, if any: the
/// registration count is returned to it when it is still the iterator's.
pub fn remove(id: IteratorId, table: Option<&mut HashTable>) {
    ACTIVE.with(|a| a.set(a.get().saturating_sub(1)));
    ITERATORS.with(|its| {
        let mut its = its.borrow_mut();
        let entry = &mut its[id.0];
        if let Some(t) = table {
            if std::ptr::eq(entry.table, t) {
                t.iterators = t.iterators.saturating_sub(1);
            }
        }
        entry.table = std::ptr::null();
        while its.last().is_some_and(|e| e.table.is_null()) {
            its.pop();
        }
    })
}

/// Whether the iterator still walks `table`.
pub fn walks(id: IteratorId, table: &HashTable) -> bool {
    ITERATORS.with(|its| std::ptr::eq(its.borrow()[id.0].table, table))
}

/// Moves the iterator to `table`, at its internal pointer (the loop's array
/// was replaced or separated). The old table keeps its count until it is
/// freed: it only makes it skip hole compaction.
pub fn rebind(id: IteratorId, table: &mut HashTable) {
    table.iterators += 1;
    let pos = table.pos_valid_from(table.internal_pos());
    ITERATORS.with(|its| {
        its.borrow_mut()[id.0] = Entry {
            table: table as *const HashTable,
            pos,
        }
    });
}

pub fn pos(id: IteratorId) -> usize {
    ITERATORS.with(|its| its.borrow()[id.0].pos)
}

pub fn set_pos(id: IteratorId, pos: usize) {
    ITERATORS.with(|its| its.borrow_mut()[id.0].pos = pos);
}

/// Orphans the iterators of a table about to be freed.
#[inline]
pub fn table_freed(table: *const HashTable) {
    if ACTIVE.with(Cell::get) == 0 {
        return;
    }
    each_iterator_of(table, |e| e.table = ORPHANED);
}

/// Runs `f` on every iterator walking `table`.
fn each_iterator_of(table: *const HashTable, mut f: impl FnMut(&mut Entry)) {
    ITERATORS.with(|its| {
        its.borrow_mut()
            .iter_mut()
            .filter(|e| std::ptr::eq(e.table, table))
            .for_each(&mut f)
    })
}

/// Iterators of `table` at position `from` move to `to`.
pub fn update(table: &HashTable, from: usize, to: usize) {
    each_iterator_of(table, |e| {
        if e.pos == from {
            e.pos = to;
        }
    });
}

/// The lowest position at or after `start` an iterator of `table` holds.
pub fn lowest_pos(table: &HashTable, start: usize) -> Option<usize> {
    ITERATORS.with(|its| {
        its.borrow()
            .iter()
            .filter(|e| std::ptr::eq(e.table, table) && e.pos >= start)
            .map(|e| e.pos)
            .min()
    })
}

/// Every iterator of `table` moves `by` positions on (elements were put in
/// front: `array_unshift`).
pub fn advance(table: &HashTable, by: usize) {
    if table.iterators == 0 {
        return;
    }
    each_iterator_of(table, |e| e.pos += by);
}
