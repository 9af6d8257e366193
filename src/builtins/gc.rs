//! The collector's functions: `gc_collect_cycles`, `gc_enable`,
//! `gc_disable`, `gc_enabled`, `gc_status`, `gc_mem_caches`.

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::gc::collector::Trigger;
use crate::interp::{Interp, Unwind, R};
use crate::value::{Arr, Key, Obj, Str, Value};

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("gc_collect_cycles", gc_collect_cycles, ""),
    f!("gc_enable", gc_enable, ""),
    f!("gc_disable", gc_disable, ""),
    f!("gc_enabled", gc_enabled, ""),
    f!("gc_status", gc_status, ""),
    f!("gc_mem_caches", gc_mem_caches, ""),
];

impl Interp {
    /// The automatic run the root buffer asked for (at a safe point).
    pub fn run_automatic_collection(&mut self) -> R<()> {
        crate::gc::take_collection_request();
        let r = self.collect_cycles_now(Trigger::Threshold);
        let count = *r.as_ref().unwrap_or(&0);
        crate::gc::after_automatic_collection(count);
        r.map(drop)
    }

    /// Runs the collector now; destructors it calls run inside the run and
    /// the exceptions they throw are chained, as Zend does.
    pub fn collect_cycles_now(&mut self, trigger: Trigger) -> R<u32> {
        let mut pending: Option<Obj> = None;
        let mut stop: Option<Unwind> = None;
        let count = crate::gc::collect_cycles(trigger, &mut |o| {
            if stop.is_some() {
                return;
            }
            match self.call_destructor(o.clone()) {
                Ok(()) => {}
                Err(Unwind::Throw) => {
                    let e = self.take_exception();
                    if let Some(prev) = pending.take() {
                        self.chain_previous(&e, prev);
                    }
                    pending = Some(e);
                }
                Err(other) => stop = Some(other),
            }
        });
        // Zend's zend_gc_check_root_tmpvars: values live loops hold may
        // have been taken out of the buffer; buffer them again.
        for &p in &self.loop_temps {
            // SAFETY: a running loop keeps its value alive while registered.
            unsafe { crate::gc::check_possible_root_ptr(p) };
        }
        if let Some(u) = stop {
            return Err(u);
        }
        if let Some(e) = pending {
            return Err(self.throw(e));
        }
        Ok(count)
    }
}

fn gc_collect_cycles(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let n = it.collect_cycles_now(Trigger::Explicit)?;
    Ok(Value::Int(n as i64))
}

fn set_gc_ini(it: &mut Interp, on: bool) {
    it.ini.insert(
        b"zend.enable_gc".to_vec(),
        if on { b"1".to_vec() } else { b"0".to_vec() },
    );
}

fn gc_enable(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    crate::gc::set_enabled(true);
    set_gc_ini(it, true);
    Ok(Value::Null)
}

fn gc_disable(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    crate::gc::set_enabled(false);
    set_gc_ini(it, false);
    Ok(Value::Null)
}

fn gc_enabled(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(crate::gc::enabled()))
}

fn gc_status(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let s = crate::gc::status();
    let mut a = Arr::new();
    let t = a.table_mut();
    t.insert(Key::Str(Str::interned(b"runs")), Value::Int(s.runs as i64));
    t.insert(
        Key::Str(Str::interned(b"collected")),
        Value::Int(s.collected as i64),
    );
    t.insert(
        Key::Str(Str::interned(b"threshold")),
        Value::Int(s.threshold as i64),
    );
    t.insert(
        Key::Str(Str::interned(b"roots")),
        Value::Int(s.roots as i64),
    );
    Ok(Value::Arr(a))
}

fn gc_mem_caches(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(Value::Int(0))
}
