//! Micro benchmark of the PHP array storage (`phpi::value::HashTable`):
//! insert, lookup, iterate, copy and delete 1,000,000 elements with
//! integer keys (a list, and scattered keys) and string keys, plus the
//! bytes each layout costs.
//!
//! Ignored by default; run it in release mode:
//! `cargo test --release --test hashtable_bench -- --ignored --nocapture`
//! (`HT_BENCH=list,queue` runs only those groups: list, int, string,
//! queue, memory).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Instant;

use phpi::value::{HashTable, Key, Str, Value};

/// Counts the bytes currently allocated, to report memory per element.
struct CountingAllocator;

static LIVE_BYTES: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE_BYTES.fetch_add(layout.size() as isize, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE_BYTES.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

const N: usize = 1_000_000;

fn time<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!(
        "{label:<34} {:>8.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    out
}

fn bytes_of(label: &str, build: impl FnOnce() -> HashTable) -> HashTable {
    let before = LIVE_BYTES.load(Ordering::Relaxed);
    let t = build();
    let after = LIVE_BYTES.load(Ordering::Relaxed);
    println!(
        "{label:<34} {:>8.1} bytes/element",
        (after - before) as f64 / t.len() as f64
    );
    t
}

/// Integer keys spread over the whole range, in no particular order.
fn scattered_int(i: usize) -> i64 {
    (i as i64).wrapping_mul(0x5851_f42d_4c95_7f2d) >> 8
}

fn drop_table(t: HashTable) {
    for (_, v) in t.into_drain() {
        v.release();
    }
}

#[test]
#[ignore]
fn hashtable_bench() {
    let groups = std::env::var("HT_BENCH").unwrap_or_default();
    let wanted = |g: &str| groups.is_empty() || groups.split(',').any(|x| x == g);
    if wanted("list") {
        list_bench();
    }
    if wanted("int") {
        int_bench();
    }
    let names: Vec<Str> = (0..N)
        .map(|i| Str::new(format!("key{i}").as_bytes()))
        .collect();
    if wanted("string") {
        string_bench(&names);
    }
    if wanted("queue") {
        queue_bench();
    }
    if wanted("memory") {
        memory_bench(&names);
    }
}

/// A list: keys 0..N in order (packed in PHP).
fn list_bench() {
    let list = time("list: append", || {
        let mut t = HashTable::new();
        for i in 0..N {
            t.push(Value::Int(i as i64));
        }
        t
    });
    time("list: lookup", || {
        let mut sum = 0i64;
        for i in 0..N as i64 {
            if let Some(Value::Int(v)) = list.get_int(i) {
                sum += v;
            }
        }
        black_box(sum)
    });
    time("list: iterate", || {
        let mut sum = 0i64;
        for (_, v) in list.iter() {
            if let Value::Int(v) = v {
                sum += v;
            }
        }
        black_box(sum)
    });
    time("list: iterate by position", || {
        let mut sum = 0i64;
        let mut pos = 0;
        loop {
            pos = list.pos_valid_from(pos);
            let Some((_, Value::Int(v))) = list.at(pos) else {
                break;
            };
            sum += v;
            pos += 1;
        }
        black_box(sum)
    });
    let copy = time("list: copy (separation)", || list.map_clone(|v| v.clone()));
    drop_table(copy);
    let mut list = list;
    time("list: delete all", || {
        for i in 0..N as i64 {
            black_box(list.remove(&Key::Int(i)));
        }
    });
    drop_table(list);
}

/// Scattered integer keys (a hash in PHP).
fn int_bench() {
    let mut ints = time("int keys: insert", || {
        let mut t = HashTable::new();
        for i in 0..N {
            t.insert(Key::Int(scattered_int(i)), Value::Int(i as i64));
        }
        t
    });
    time("int keys: lookup", || {
        let mut found = 0usize;
        for i in 0..N {
            found += ints.get_int(scattered_int(i)).is_some() as usize;
        }
        assert_eq!(found, N);
    });
    time("int keys: lookup missing", || {
        let mut found = 0usize;
        for i in 0..N {
            found += ints.get_int(scattered_int(i) + 1).is_some() as usize;
        }
        black_box(found)
    });
    time("int keys: iterate", || black_box(ints.iter().count()));
    time("int keys: delete all", || {
        for i in 0..N {
            black_box(ints.remove(&Key::Int(scattered_int(i))));
        }
    });
    drop_table(ints);
}

fn string_bench(names: &[Str]) {
    let mut strs = time("string keys: insert", || {
        let mut t = HashTable::new();
        for (i, s) in names.iter().enumerate() {
            t.insert(Key::Str(s.clone()), Value::Int(i as i64));
        }
        t
    });
    time("string keys: lookup", || {
        let mut found = 0usize;
        for s in names {
            found += strs.get_str(s).is_some() as usize;
        }
        assert_eq!(found, N);
    });
    let fresh: Vec<Str> = (0..N)
        .map(|i| Str::new(format!("key{i}").as_bytes()))
        .collect();
    time("string keys: lookup (new strings)", || {
        let mut found = 0usize;
        for s in &fresh {
            found += strs.get_str(s).is_some() as usize;
        }
        assert_eq!(found, N);
    });
    time("string keys: iterate", || black_box(strs.iter().count()));
    let copy = time("string keys: copy (separation)", || {
        strs.map_clone(|v| v.clone())
    });
    drop_table(copy);
    time("string keys: delete all", || {
        for s in names {
            black_box(strs.remove(&Key::Str(s.clone())));
        }
    });
    drop_table(strs);
}

/// A queue: append at the end, delete at the front.
fn queue_bench() {
    time("queue: 10 x N push + remove first", || {
        let mut t = HashTable::new();
        let mut first = 0i64;
        for i in 0..10 * N as i64 {
            t.push(Value::Int(i));
            if t.len() > 100 {
                t.remove(&Key::Int(first));
                first += 1;
            }
        }
        black_box(t.len())
    });
}

fn memory_bench(names: &[Str]) {
    let t = bytes_of("memory: list of N ints", || {
        let mut t = HashTable::new();
        for i in 0..N {
            t.push(Value::Int(i as i64));
        }
        t
    });
    drop_table(t);
    let t = bytes_of("memory: N string keys (table only)", || {
        let mut t = HashTable::new();
        for (i, s) in names.iter().enumerate() {
            t.insert(Key::Str(s.clone()), Value::Int(i as i64));
        }
        t
    });
    drop_table(t);
}
