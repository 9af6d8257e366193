//! Memory figures: `memory_get_usage`, `memory_get_peak_usage`,
//! `memory_reset_peak_usage` (what they measure: `crate::memory`).

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, R};
use crate::value::Value;

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("memory_get_usage", memory_get_usage, "$real_usage="),
    f!(
        "memory_get_peak_usage",
        memory_get_peak_usage,
        "$real_usage="
    ),
    f!("memory_reset_peak_usage", memory_reset_peak_usage, ""),
];

fn bytes(n: usize) -> Value {
    Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

fn memory_get_usage(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let real = a.opt_bool(it, 0, false)?;
    Ok(bytes(if real {
        crate::memory::real_usage()
    } else {
        crate::memory::usage()
    }))
}

fn memory_get_peak_usage(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let real = a.opt_bool(it, 0, false)?;
    Ok(bytes(crate::memory::peak_usage(real)))
}

fn memory_reset_peak_usage(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    crate::memory::reset_peak_usage();
    Ok(Value::Null)
}
