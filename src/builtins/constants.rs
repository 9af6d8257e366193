//! Predefined constants (`PHP_EOL`, `PHP_INT_MAX`, `E_ALL`, ...).

use crate::interp::errors::*;
use crate::interp::Interp;
use crate::value::{Str, Value};

/// The PHP version phpi reports (8.2-compatible).
pub const PHP_VERSION: &str = "8.2.36";

pub fn register(it: &mut Interp) {
    let mut add = |name: &str, v: Value| {
        it.constants.insert(Str::interned(name.as_bytes()), v);
    };
    let s = |x: &str| Value::Str(Str::interned(x.as_bytes()));
    add("PHP_EOL", s("\n"));
    add("PHP_INT_MAX", Value::Int(i64::MAX));
    add("PHP_INT_MIN", Value::Int(i64::MIN));
    add("PHP_INT_SIZE", Value::Int(8));
    add("PHP_FLOAT_EPSILON", Value::Float(f64::EPSILON));
    add("PHP_FLOAT_MAX", Value::Float(f64::MAX));
    add("PHP_FLOAT_MIN", Value::Float(f64::MIN_POSITIVE));
    add("PHP_FLOAT_DIG", Value::Int(15));
    add("NAN", Value::Float(f64::NAN));
    add("INF", Value::Float(f64::INFINITY));
    add("PHP_VERSION", s(PHP_VERSION));
    add("PHP_MAJOR_VERSION", Value::Int(8));
    add("PHP_MINOR_VERSION", Value::Int(2));
    add("PHP_RELEASE_VERSION", Value::Int(36));
    add("PHP_VERSION_ID", Value::Int(80236));
    add("PHP_EXTRA_VERSION", s(""));
    add("PHP_OS", s("Linux"));
    add("PHP_OS_FAMILY", s("Linux"));
    add("PHP_SAPI", s("cli"));
    add("PHP_DEBUG", Value::Int(0));
    add("PHP_ZTS", Value::Int(0));
    add("PHP_MAXPATHLEN", Value::Int(4096));
    add("DIRECTORY_SEPARATOR", s("/"));
    add("PATH_SEPARATOR", s(":"));
    add("PHP_BINARY", s(""));
    add("DEFAULT_INCLUDE_PATH", s(".:/usr/share/php"));
    add("PEAR_INSTALL_DIR", s("/usr/share/php"));
    add("PEAR_EXTENSION_DIR", s("/usr/lib/php/20220829"));
    add("PHP_EXTENSION_DIR", s("/usr/lib/php/20220829"));
    add("PHP_PREFIX", s("/usr"));
    add("PHP_BINDIR", s("/usr/bin"));
    add("PHP_LIBDIR", s("/usr/lib/php"));
    add("PHP_DATADIR", s("/usr/share/php/8.2"));
    add("PHP_SHLIB_SUFFIX", s("so"));
    add("PHP_FD_SETSIZE", Value::Int(1024));
    for (name, v) in [
        ("E_ERROR", E_ERROR),
        ("E_WARNING", E_WARNING),
        ("E_PARSE", E_PARSE),
        ("E_NOTICE", E_NOTICE),
        ("E_CORE_ERROR", E_CORE_ERROR),
        ("E_CORE_WARNING", E_CORE_WARNING),
        ("E_COMPILE_ERROR", E_COMPILE_ERROR),
        ("E_COMPILE_WARNING", E_COMPILE_WARNING),
        ("E_USER_ERROR", E_USER_ERROR),
        ("E_USER_WARNING", E_USER_WARNING),
        ("E_USER_NOTICE", E_USER_NOTICE),
        ("E_STRICT", E_STRICT),
        ("E_RECOVERABLE_ERROR", E_RECOVERABLE_ERROR),
        ("E_DEPRECATED", E_DEPRECATED),
        ("E_USER_DEPRECATED", E_USER_DEPRECATED),
        ("E_ALL", E_ALL),
    ] {
        add(name, Value::Int(v));
    }
}
