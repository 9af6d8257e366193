//! Math functions (`ext/standard/math.c`) and the random number functions
//! of PHP's `ext/random`: the Mersenne Twister behind `mt_rand`, `rand`,
//! `shuffle`, `array_rand` and `str_shuffle` (seeded sequences are PHP's,
//! number for number), the combined LCG behind `lcg_value`, and the
//! operating system's generator behind `random_int`/`random_bytes`.
//! Also the math constants (`M_*`, `PHP_ROUND_*`, `MT_RAND_*`).

use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, R};
use crate::numeric::{self, Number, RoundMode};
use crate::syntax::ast::BinOp;
use crate::value::{Str, Value};
use std::cell::RefCell;

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("abs", abs, "$num"),
    f!("ceil", ceil, "$num"),
    f!("floor", floor, "$num"),
    f!("round", round, "$num, $precision=, $mode="),
    f!("sqrt", sqrt, "$num"),
    f!("pow", pow, "$num, $exponent"),
    f!("intdiv", intdiv, "$num1, $num2"),
    f!("fmod", fmod, "$num1, $num2"),
    f!("fdiv", fdiv, "$num1, $num2"),
    f!("exp", exp, "$num"),
    f!("log", log, "$num, $base="),
    f!("log10", log10, "$num"),
    f!("log1p", log1p, "$num"),
    f!("expm1", expm1, "$num"),
    f!("sin", sin, "$num"),
    f!("cos", cos, "$num"),
    f!("tan", tan, "$num"),
    f!("asin", asin, "$num"),
    f!("acos", acos, "$num"),
    f!("atan", atan, "$num"),
    f!("atan2", atan2, "$y, $x"),
    f!("sinh", sinh, "$num"),
    f!("cosh", cosh, "$num"),
    f!("tanh", tanh, "$num"),
    f!("asinh", asinh, "$num"),
    f!("acosh", acosh, "$num"),
    f!("atanh", atanh, "$num"),
    f!("pi", pi, ""),
    f!("hypot", hypot, "$x, $y"),
    f!("deg2rad", deg2rad, "$num"),
    f!("rad2deg", rad2deg, "$num"),
    f!("is_nan", is_nan, "$num"),
    f!("is_finite", is_finite, "$num"),
    f!("is_infinite", is_infinite, "$num"),
    f!("base_convert", base_convert, "$num, $from_base, $to_base"),
    f!("bindec", bindec, "$binary_string"),
    f!("hexdec", hexdec, "$hex_string"),
    f!("octdec", octdec, "$octal_string"),
    f!("decbin", decbin, "$num"),
    f!("dechex", dechex, "$num"),
    f!("decoct", decoct, "$num"),
    f!("rand", rand, "$min=, $max="),
    f!("mt_rand", mt_rand, "$min=, $max="),
    f!("mt_srand", mt_srand, "$seed=, $mode="),
    f!("srand", mt_srand, "$seed=, $mode="),
    f!("mt_getrandmax", mt_getrandmax, ""),
    f!("getrandmax", mt_getrandmax, ""),
    f!("random_int", random_int, "$min, $max"),
    f!("random_bytes", random_bytes, "$length"),
    f!("lcg_value", lcg_value, ""),
];

const MT_RAND_MT19937: i64 = 0;
const MT_RAND_PHP: i64 = 1;
/// `mt_getrandmax()`.
const MT_RAND_MAX: i64 = 0x7fff_ffff;

/// Registers the math constants.
pub fn register_constants(it: &mut Interp) {
    use std::f64::consts as c;
    let floats: [(&str, f64); 17] = [
        ("M_PI", c::PI),
        ("M_E", c::E),
        ("M_LOG2E", c::LOG2_E),
        ("M_LOG10E", c::LOG10_E),
        ("M_LN2", c::LN_2),
        ("M_LN10", c::LN_10),
        ("M_PI_2", c::FRAC_PI_2),
        ("M_PI_4", c::FRAC_PI_4),
        ("M_1_PI", c::FRAC_1_PI),
        ("M_2_PI", c::FRAC_2_PI),
        ("M_SQRTPI", 1.772_453_850_905_516_f64),
        ("M_2_SQRTPI", c::FRAC_2_SQRT_PI),
        ("M_SQRT2", c::SQRT_2),
        ("M_SQRT3", 1.732_050_807_568_877_2_f64),
        ("M_SQRT1_2", c::FRAC_1_SQRT_2),
        ("M_LNPI", 1.144_729_885_849_400_2_f64),
        ("M_EULER", 0.577_215_664_901_532_9_f64),
    ];
    for (name, v) in floats {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Float(v));
    }
    for (name, v) in [
        ("PHP_ROUND_HALF_UP", 1),
        ("PHP_ROUND_HALF_DOWN", 2),
        ("PHP_ROUND_HALF_EVEN", 3),
        ("PHP_ROUND_HALF_ODD", 4),
        ("MT_RAND_MT19937", MT_RAND_MT19937),
        ("MT_RAND_PHP", MT_RAND_PHP),
    ] {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Int(v));
    }
}

fn number_value(n: Number) -> Value {
    match n {
        Number::Int(i) => Value::Int(i),
        Number::Float(f) => Value::Float(f),
    }
}

fn as_float(n: Number) -> f64 {
    match n {
        Number::Int(i) => i as f64,
        Number::Float(f) => f,
    }
}

// ---- rounding and arithmetic ---------------------------------------------------------

fn abs(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(match a.number(it, 0)? {
        Number::Int(i) => match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => Value::Float(-(i as f64)),
        },
        Number::Float(f) => Value::Float(f.abs()),
    })
}

fn ceil(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Float(as_float(a.number(it, 0)?).ceil()))
}

fn floor(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Float(as_float(a.number(it, 0)?).floor()))
}

fn round(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let n = a.number(it, 0)?;
    let precision = a.opt_int(it, 1)?.unwrap_or(0);
    let mode = RoundMode::from_php(a.opt_int(it, 2)?.unwrap_or(1));
    let precision = precision.clamp(i32::MIN as i64, i32::MAX as i64);
    Ok(Value::Float(match n {
        Number::Int(i) if precision >= 0 => i as f64,
        other => numeric::round(as_float(other), precision, mode),
    }))
}

fn sqrt(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Float(a.float(it, 0)?.sqrt()))
}

fn pow(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let (base, exp) = (a.value(0), a.value(1));
    it.binary_op(BinOp::Pow, &base, &exp, a.line)
}

fn intdiv(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.int(it, 0)?;
    let y = a.int(it, 1)?;
    if y == 0 {
        return Err(it.throw_error("DivisionByZeroError", "Division by zero"));
    }
    match x.checked_div(y) {
        Some(q) => Ok(Value::Int(q)),
        None => Err(it.throw_error(
            "ArithmeticError",
            "Division of PHP_INT_MIN by -1 is not an integer",
        )),
    }
}

fn fmod(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.float(it, 0)?;
    let y = a.float(it, 1)?;
    Ok(Value::Float(x % y))
}

fn fdiv(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.float(it, 0)?;
    let y = a.float(it, 1)?;
    Ok(Value::Float(x / y))
}

// ---- exponentials and trigonometry ----------------------------------------------------

/// A function of one float returning a float.
fn unary(it: &mut Interp, a: &CallArgs, f: fn(f64) -> f64) -> R<Value> {
    Ok(Value::Float(f(a.float(it, 0)?)))
}

fn exp(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::exp)
}

fn log(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.float(it, 0)?;
    if !a.has(1) {
        return Ok(Value::Float(x.ln()));
    }
    let base = a.float(it, 1)?;
    Ok(Value::Float(if base == 2.0 {
        x.log2()
    } else if base == 10.0 {
        x.log10()
    } else if base == 1.0 {
        f64::NAN
    } else if base <= 0.0 {
        return Err(a.value_error(it, 1, "must be greater than 0"));
    } else {
        x.ln() / base.ln()
    }))
}

fn log10(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::log10)
}

fn log1p(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::ln_1p)
}

fn expm1(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::exp_m1)
}

fn sin(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::sin)
}

fn cos(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::cos)
}

fn tan(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::tan)
}

fn asin(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::asin)
}

fn acos(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::acos)
}

fn atan(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::atan)
}

fn atan2(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let y = a.float(it, 0)?;
    let x = a.float(it, 1)?;
    Ok(Value::Float(y.atan2(x)))
}

fn sinh(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::sinh)
}

fn cosh(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::cosh)
}

fn tanh(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::tanh)
}

fn asinh(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::asinh)
}

fn acosh(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::acosh)
}

fn atanh(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, f64::atanh)
}

fn pi(_: &mut Interp, _: &mut CallArgs) -> R<Value> {
    Ok(Value::Float(std::f64::consts::PI))
}

fn hypot(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let x = a.float(it, 0)?;
    let y = a.float(it, 1)?;
    Ok(Value::Float(x.hypot(y)))
}

fn deg2rad(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, |d| d / 180.0 * std::f64::consts::PI)
}

fn rad2deg(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    unary(it, a, |r| r / std::f64::consts::PI * 180.0)
}

fn is_nan(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(a.float(it, 0)?.is_nan()))
}

fn is_finite(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(a.float(it, 0)?.is_finite()))
}

fn is_infinite(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(a.float(it, 0)?.is_infinite()))
}

// ---- bases ---------------------------------------------------------------------------------

/// Reads a string in `base`, with PHP's deprecation for skipped characters.
fn parse_in_base(it: &mut Interp, a: &CallArgs, s: &Str, base: u32) -> R<Number> {
    let parsed = numeric::parse_base(s.as_bytes(), base);
    if parsed.had_invalid_chars {
        it.deprecated(
            a.line,
            "Invalid characters passed for attempted conversion, these have been ignored",
        )?;
    }
    Ok(parsed.number)
}

fn base_convert(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let from = a.int(it, 1)?;
    let to = a.int(it, 2)?;
    if !(2..=36).contains(&from) {
        return Err(a.value_error(it, 1, "must be between 2 and 36 (inclusive)"));
    }
    if !(2..=36).contains(&to) {
        return Err(a.value_error(it, 2, "must be between 2 and 36 (inclusive)"));
    }
    let n = parse_in_base(it, a, &s, from as u32)?;
    match numeric::number_to_base(n, to as u32) {
        Ok(text) => Ok(Value::Str(Str::new(text.as_bytes()))),
        Err(msg) => Err(it.throw_error("ValueError", &msg)),
    }
}

fn from_base(it: &mut Interp, a: &CallArgs, base: u32) -> R<Value> {
    let s = a.string(it, 0)?;
    Ok(number_value(parse_in_base(it, a, &s, base)?))
}

fn bindec(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    from_base(it, a, 2)
}

fn hexdec(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    from_base(it, a, 16)
}

fn octdec(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    from_base(it, a, 8)
}

fn to_base(it: &mut Interp, a: &CallArgs, base: u32) -> R<Value> {
    let n = a.int(it, 0)?;
    Ok(Value::Str(Str::new(
        numeric::int_to_base(n, base).as_bytes(),
    )))
}

fn decbin(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    to_base(it, a, 2)
}

fn dechex(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    to_base(it, a, 16)
}

fn decoct(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    to_base(it, a, 8)
}

// ---- the Mersenne Twister ---------------------------------------------------------------

const MT_N: usize = 624;
const MT_M: usize = 397;

/// PHP's MT19937 state. `php_bug_compat` is `MT_RAND_PHP`, whose reload
/// step mixes in the wrong bit, as PHP before 7.1 did.
struct Mt19937 {
    state: [u32; MT_N],
    next: usize,
    php_bug_compat: bool,
    seeded: bool,
}

impl Mt19937 {
    fn seed(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..MT_N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.reload();
        self.seeded = true;
    }

    fn twist(&self, m: u32, u: u32, v: u32) -> u32 {
        let mixed = (u & 0x8000_0000) | (v & 0x7fff_ffff);
        let odd_bit = if self.php_bug_compat { u & 1 } else { v & 1 };
        m ^ (mixed >> 1) ^ (0u32.wrapping_sub(odd_bit) & 0x9908_b0df)
    }

    fn reload(&mut self) {
        for i in 0..MT_N {
            let m = self.state[(i + MT_M) % MT_N];
            let next = self.state[(i + 1) % MT_N];
            self.state[i] = self.twist(m, self.state[i], next);
        }
        self.next = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if !self.seeded {
            self.seed(os_random_u64() as u32);
        }
        if self.next >= MT_N {
            self.reload();
        }
        let mut s = self.state[self.next];
        self.next += 1;
        s ^= s >> 11;
        s ^= (s << 7) & 0x9d2c_5680;
        s ^= (s << 15) & 0xefc6_0000;
        s ^ (s >> 18)
    }

    /// A uniform integer in `0..=umax`, rejecting values that would bias the
    /// modulo (PHP's `rand_range32`/`rand_range64`).
    fn range_unsigned(&mut self, umax: u64) -> u64 {
        if umax > u32::MAX as u64 {
            let draw = |mt: &mut Mt19937| mt.next_u32() as u64 | ((mt.next_u32() as u64) << 32);
            let mut result = draw(self);
            if umax == u64::MAX {
                return result;
            }
            let n = umax + 1;
            if n & (n - 1) == 0 {
                return result & (n - 1);
            }
            let limit = u64::MAX - (u64::MAX % n) - 1;
            while result > limit {
                result = draw(self);
            }
            return result % n;
        }
        let umax = umax as u32;
        let mut result = self.next_u32();
        if umax == u32::MAX {
            return result as u64;
        }
        let n = umax + 1;
        if n & (n - 1) == 0 {
            return (result & (n - 1)) as u64;
        }
        let limit = u32::MAX - (u32::MAX % n) - 1;
        while result > limit {
            result = self.next_u32();
        }
        (result % n) as u64
    }

    fn range(&mut self, min: i64, max: i64) -> i64 {
        let umax = (max as u64).wrapping_sub(min as u64);
        self.range_unsigned(umax).wrapping_add(min as u64) as i64
    }

    /// `php_mt_rand_common`: `rand()`/`mt_rand()` with bounds, which scale
    /// the old way under `MT_RAND_PHP`.
    fn common(&mut self, min: i64, max: i64) -> i64 {
        if !self.php_bug_compat {
            return self.range(min, max);
        }
        let r = (self.next_u32() >> 1) as f64;
        let offset = (max as f64 - min as f64 + 1.0) * (r / (MT_RAND_MAX as f64 + 1.0));
        (offset as u64).wrapping_add(min as u64) as i64
    }
}

thread_local! {
    static MT: RefCell<Mt19937> = const {
        RefCell::new(Mt19937 {
            state: [0; MT_N],
            next: MT_N,
            php_bug_compat: false,
            seeded: false,
        })
    };
    static LCG: RefCell<Option<(i64, i64)>> = const { RefCell::new(None) };
}

/// A uniform integer in `min..=max` from the shared Mersenne Twister, as
/// `shuffle`, `array_rand` and `str_shuffle` draw them (`php_mt_rand_range`).
pub fn mt_rand_range(min: i64, max: i64) -> i64 {
    MT.with(|mt| mt.borrow_mut().range(min, max))
}

/// The next raw 32-bit output of the shared Mersenne Twister.
pub fn mt_rand_u32() -> u32 {
    MT.with(|mt| mt.borrow_mut().next_u32())
}

/// Seeds the shared Mersenne Twister (`mt_srand($seed)`).
pub fn mt_seed(seed: u32, php_bug_compat: bool) {
    MT.with(|mt| {
        let mut mt = mt.borrow_mut();
        mt.php_bug_compat = php_bug_compat;
        mt.seed(seed);
    })
}

/// Random bits from the operating system (falling back to the clock).
fn os_random_u64() -> u64 {
    let mut buf = [0u8; 8];
    if fill_os_random(&mut buf) {
        return u64::from_le_bytes(buf);
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    (t as u64) ^ ((std::process::id() as u64) << 32)
}

fn fill_os_random(buf: &mut [u8]) -> bool {
    use std::io::Read;
    match std::fs::File::open("/dev/urandom") {
        Ok(mut f) => f.read_exact(buf).is_ok(),
        Err(_) => false,
    }
}

/// `rand()`/`mt_rand()` take no argument or exactly two.
fn check_bounds_count(it: &mut Interp, a: &CallArgs) -> R<()> {
    if a.args.len() == 1 {
        let msg = format!("{}() expects exactly 2 arguments, 1 given", a.func.name);
        return Err(it.throw_error("ArgumentCountError", &msg));
    }
    Ok(())
}

fn mt_rand(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    check_bounds_count(it, a)?;
    if a.args.is_empty() {
        return Ok(Value::Int((mt_rand_u32() >> 1) as i64));
    }
    let min = a.int(it, 0)?;
    let max = a.int(it, 1)?;
    if max < min {
        return Err(a.value_error(it, 1, "must be greater than or equal to argument #1 ($min)"));
    }
    Ok(Value::Int(MT.with(|mt| mt.borrow_mut().common(min, max))))
}

fn rand(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    check_bounds_count(it, a)?;
    if a.args.is_empty() {
        return Ok(Value::Int((mt_rand_u32() >> 1) as i64));
    }
    let min = a.int(it, 0)?;
    let max = a.int(it, 1)?;
    let (lo, hi) = if max < min { (max, min) } else { (min, max) };
    Ok(Value::Int(MT.with(|mt| mt.borrow_mut().common(lo, hi))))
}

fn mt_srand(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let seed = a.opt_int(it, 0)?;
    let mode = a.opt_int(it, 1)?.unwrap_or(MT_RAND_MT19937);
    let seed = match seed {
        Some(s) => s as u32,
        None => os_random_u64() as u32,
    };
    mt_seed(seed, mode == MT_RAND_PHP);
    Ok(Value::Null)
}

fn mt_getrandmax(_: &mut Interp, _: &mut CallArgs) -> R<Value> {
    Ok(Value::Int(MT_RAND_MAX))
}

// ---- cryptographic randomness -----------------------------------------------------------

fn random_int(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let min = a.int(it, 0)?;
    let max = a.int(it, 1)?;
    if min > max {
        return Err(a.value_error(it, 0, "must be less than or equal to argument #2 ($max)"));
    }
    if min == max {
        return Ok(Value::Int(min));
    }
    let umax = (max as u64).wrapping_sub(min as u64);
    let mut trial = os_random_u64();
    if umax == u64::MAX {
        return Ok(Value::Int(trial as i64));
    }
    let n = umax + 1;
    if n & (n - 1) != 0 {
        let limit = u64::MAX - (u64::MAX % n) - 1;
        while trial > limit {
            trial = os_random_u64();
        }
    }
    Ok(Value::Int((trial % n).wrapping_add(min as u64) as i64))
}

fn random_bytes(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let n = a.int(it, 0)?;
    if n < 1 {
        return Err(a.value_error(it, 0, "must be greater than 0"));
    }
    check_string_size(it, n as u64)?;
    let mut buf = vec![0u8; n as usize];
    if !fill_os_random(&mut buf) {
        for chunk in buf.chunks_mut(8) {
            let r = os_random_u64().to_le_bytes();
            chunk.copy_from_slice(&r[..chunk.len()]);
        }
    }
    Ok(Value::Str(Str::new(&buf)))
}

/// Fails like PHP's allocator when a string of `len` bytes cannot fit in
/// `memory_limit`.
fn check_string_size(it: &mut Interp, len: u64) -> R<()> {
    let limit = it.settings.memory_limit;
    if limit <= 0 {
        return Ok(());
    }
    let bytes = len.saturating_add(25).saturating_add(4095) / 4096 * 4096;
    if bytes > (limit as u64).saturating_sub(2 * 1024 * 1024) {
        let msg = format!(
            "Allowed memory size of {} bytes exhausted (tried to allocate {} bytes)",
            limit, bytes
        );
        return Err(it.fatal(&msg));
    }
    Ok(())
}

/// PHP's combined linear congruential generator (L'Ecuyer), seeded from the
/// clock and the process id on first use.
fn lcg_value(_: &mut Interp, _: &mut CallArgs) -> R<Value> {
    let v = LCG.with(|cell| {
        let mut state = cell.borrow_mut();
        let (mut s1, mut s2) = state.unwrap_or_else(|| {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            let s1 = (now.as_secs() as i64) ^ ((now.subsec_micros() as i64) << 11);
            let s2 = (std::process::id() as i64) ^ ((now.subsec_micros() as i64 ^ 0x5a5a) << 11);
            (
                s1.rem_euclid(2_147_483_563).max(1),
                s2.rem_euclid(2_147_483_399).max(1),
            )
        });
        let step = |s: i64, a: i64, b: i64, c: i64, m: i64| {
            let q = s / a;
            let r = b * (s - a * q) - c * q;
            if r < 0 {
                r + m
            } else {
                r
            }
        };
        s1 = step(s1, 53668, 40014, 12211, 2_147_483_563);
        s2 = step(s2, 52774, 40692, 3791, 2_147_483_399);
        *state = Some((s1, s2));
        let mut z = s1 - s2;
        if z < 1 {
            z += 2_147_483_562;
        }
        z as f64 * 4.656613e-10
    });
    Ok(Value::Float(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_sequence_matches_php() {
        // php -r 'mt_srand(42); echo mt_rand(), " ", mt_rand(), " ", mt_rand(1, 100);'
        mt_seed(42, false);
        let a = (mt_rand_u32() >> 1) as i64;
        let b = (mt_rand_u32() >> 1) as i64;
        let c = mt_rand_range(1, 100);
        assert_eq!((a, b, c), (804318771, 1710563033, 77));
    }
}
