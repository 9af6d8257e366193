//! Text to number: PHP 8's numeric-string rules, the `(int)` and `(float)`
//! casts of strings, float-to-int conversion, and the comparisons PHP makes
//! between strings that look like numbers.
//!
//! Everything here follows the Zend engine (`_is_numeric_string_ex`,
//! `zend_strtod`, `zend_dval_to_lval`, `zendi_smart_strcmp`), including its
//! quirks; where a quirk is surprising the function that reproduces it says so.

use std::cmp::Ordering;

/// A PHP number: what a numeric string stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Int(i64),
    Float(f64),
}

/// How a string reads as a number (PHP 8 "saner numeric strings").
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumericParse {
    /// The whole string is a number, allowing leading and trailing whitespace
    /// (`" 12"`, `"1e3 "`, `".5"`). Arithmetic uses it silently.
    Numeric(Number),
    /// A number followed by other data (`"123abc"`, `"1.5 kg"`). Arithmetic
    /// uses the number and warns `A non-numeric value encountered`.
    LeadingNumeric(Number),
    /// No number at the start (`"abc"`, `""`, `" "`, `"0x1A"` reads as
    /// `LeadingNumeric(Int(0))`, not this).
    NonNumeric,
}

/// Bytes PHP skips around numeric strings: space, `\t`, `\n`, `\r`, `\v`, `\f`.
fn is_numeric_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The byte at `index`, or NUL past the end: PHP strings carry a terminating
/// NUL that the C scanners read, and an embedded NUL stops them the same way.
fn byte_at(bytes: &[u8], index: usize) -> u8 {
    bytes.get(index).copied().unwrap_or(0)
}

/// Decimal digits a 64-bit integer can have; a run this long is parsed as a
/// float without looking further (`MAX_LENGTH_OF_LONG - 1` in Zend).
const MAX_INT_DIGITS: usize = 20;
/// The magnitude of `i64::MIN`, which PHP compares digit strings against when
/// a run has exactly 19 digits.
const INT_MIN_DIGITS: &[u8] = b"9223372036854775808";
/// `zend_strtod` replaces any exponent above this (or written with more than
/// eight significant digits) by this value.
const MAX_EXPONENT: i32 = 19999;

/// PHP's `zend_strtod`: reads a decimal float at the start of `bytes`,
/// returning the value and how many bytes were consumed (0 when there is no
/// number, in which case the value is `0.0`).
///
/// Leading whitespace and one sign are accepted; hexadecimal, `INF` and
/// `NAN` are not. An exponent marker without digits is not consumed
/// (`"1e"` reads as 1 with one byte consumed). The result is correctly
/// rounded, as David Gay's algorithm in Zend guarantees.
pub fn strtod(bytes: &[u8]) -> (f64, usize) {
    let mut pos = 0;
    while is_numeric_space(byte_at(bytes, pos)) {
        pos += 1;
    }
    let negative = match byte_at(bytes, pos) {
        b'-' => {
            pos += 1;
            true
        }
        b'+' => {
            pos += 1;
            false
        }
        _ => false,
    };

    // The mantissa: integer digits, an optional point, fraction digits.
    let int_start = pos;
    while byte_at(bytes, pos).is_ascii_digit() {
        pos += 1;
    }
    let int_digits = &bytes[int_start..pos];
    let mut frac_digits: &[u8] = &[];
    if byte_at(bytes, pos) == b'.' {
        let frac_start = pos + 1;
        let mut end = frac_start;
        while byte_at(bytes, end).is_ascii_digit() {
            end += 1;
        }
        if !int_digits.is_empty() || end > frac_start {
            frac_digits = &bytes[frac_start..end];
            pos = end;
        }
    }
    if int_digits.is_empty() && frac_digits.is_empty() {
        return (0.0, 0);
    }

    // The exponent, consumed only when at least one digit follows.
    let mut exponent: i32 = 0;
    if matches!(byte_at(bytes, pos), b'e' | b'E') {
        let mut end = pos + 1;
        let exponent_negative = match byte_at(bytes, end) {
            b'-' => {
                end += 1;
                true
            }
            b'+' => {
                end += 1;
                false
            }
            _ => false,
        };
        if byte_at(bytes, end).is_ascii_digit() {
            while byte_at(bytes, end) == b'0' {
                end += 1;
            }
            let significant_start = end;
            let mut magnitude: i64 = 0;
            while byte_at(bytes, end).is_ascii_digit() {
                if end - significant_start < 9 {
                    magnitude = magnitude * 10 + i64::from(byte_at(bytes, end) - b'0');
                }
                end += 1;
            }
            let magnitude = if end - significant_start > 8 || magnitude > i64::from(MAX_EXPONENT) {
                MAX_EXPONENT
            } else {
                magnitude as i32
            };
            exponent = if exponent_negative {
                -magnitude
            } else {
                magnitude
            };
            pos = end;
        }
    }

    let mut literal = String::with_capacity(int_digits.len() + frac_digits.len() + 8);
    literal.push('0');
    literal.extend(int_digits.iter().map(|&b| b as char));
    literal.push('.');
    literal.extend(frac_digits.iter().map(|&b| b as char));
    literal.push('0');
    literal.push('e');
    literal.push_str(&exponent.to_string());
    // The literal is digits, one point and an integer exponent: always valid.
    let magnitude: f64 = literal.parse().unwrap_or(0.0);
    (if negative { -magnitude } else { magnitude }, pos)
}

/// What `_is_numeric_string_ex` finds in a string (with errors allowed).
struct NumericScan {
    number: Number,
    /// Non-whitespace data follows the number.
    trailing_data: bool,
    /// The digits were an integer too large for `i64`: `1` above, `-1` below.
    /// Such values are floats, and comparisons treat them with care.
    int_overflow: i8,
}

/// The numeric-string scanner shared by everything in this module. `None`
/// means the string does not start with a number at all.
fn scan_numeric(bytes: &[u8]) -> Option<NumericScan> {
    if bytes.is_empty() {
        return None;
    }
    let mut start = 0;
    while is_numeric_space(byte_at(bytes, start)) {
        start += 1;
    }
    let mut pos = start;
    let negative = match byte_at(bytes, pos) {
        b'-' => {
            pos += 1;
            true
        }
        b'+' => {
            pos += 1;
            false
        }
        _ => false,
    };
    let sign_overflow = if byte_at(bytes, start) == b'-' { -1 } else { 1 };

    let mut int_overflow = 0;
    let mut digits = 0;
    let mut accumulated: u64 = 0;
    let is_float;
    if byte_at(bytes, pos).is_ascii_digit() {
        while byte_at(bytes, pos) == b'0' {
            pos += 1;
        }
        let mut saw_float_syntax = false;
        while digits < MAX_INT_DIGITS {
            let c = byte_at(bytes, pos);
            if c.is_ascii_digit() {
                accumulated = accumulated
                    .wrapping_mul(10)
                    .wrapping_add(u64::from(c - b'0'));
                digits += 1;
                pos += 1;
                continue;
            }
            if c == b'.' {
                saw_float_syntax = true;
            } else if c == b'e' || c == b'E' {
                let mut after = pos + 1;
                if matches!(byte_at(bytes, after), b'-' | b'+') {
                    // Zend leaves its cursor on the exponent sign here, which
                    // shifts the 19-digit comparison below by one byte when
                    // the exponent turns out to have no digits.
                    pos = after;
                    after += 1;
                }
                saw_float_syntax = byte_at(bytes, after).is_ascii_digit();
            }
            break;
        }
        if !saw_float_syntax && digits >= MAX_INT_DIGITS {
            int_overflow = sign_overflow;
        }
        is_float = saw_float_syntax || digits >= MAX_INT_DIGITS;
    } else if byte_at(bytes, pos) == b'.' && byte_at(bytes, pos + 1).is_ascii_digit() {
        is_float = true;
    } else {
        return None;
    }

    let mut number = if is_float {
        let (value, consumed) = strtod(&bytes[start..]);
        pos = start + consumed;
        Number::Float(value)
    } else {
        let magnitude = if negative {
            accumulated.wrapping_neg()
        } else {
            accumulated
        };
        Number::Int(magnitude as i64)
    };

    let mut end = pos;
    while end < bytes.len() && is_numeric_space(bytes[end]) {
        end += 1;
    }
    let trailing_data = end != bytes.len();

    if !is_float && digits == MAX_INT_DIGITS - 1 {
        // Zend compares the digits (and, like C's strcmp, whatever follows
        // them up to a NUL) with "9223372036854775808"; only i64::MIN itself
        // may equal it. So "-9223372036854775808 " with a trailing space is
        // a float, as in PHP.
        let rest = &bytes[pos - digits..];
        let rest = rest.split(|&b| b == 0).next().unwrap_or(rest);
        let order = rest.cmp(INT_MIN_DIGITS);
        let fits = order == Ordering::Less || (order == Ordering::Equal && sign_overflow < 0);
        if !fits {
            number = Number::Float(strtod(&bytes[start..]).0);
            int_overflow = sign_overflow;
        }
    }

    Some(NumericScan {
        number,
        trailing_data,
        int_overflow,
    })
}

/// Classifies a string as PHP 8 does for arithmetic and comparisons: fully
/// numeric, leading-numeric (with trailing data) or non-numeric, with its value.
/// Integers too large for `i64` become floats; hexadecimal is not recognised.
pub fn parse_numeric(bytes: &[u8]) -> NumericParse {
    match scan_numeric(bytes) {
        None => NumericParse::NonNumeric,
        Some(scan) if scan.trailing_data => NumericParse::LeadingNumeric(scan.number),
        Some(scan) => NumericParse::Numeric(scan.number),
    }
}

/// PHP's `is_numeric()` on a string: the whole string is a number, allowing
/// leading and trailing whitespace.
pub fn is_numeric(bytes: &[u8]) -> bool {
    matches!(parse_numeric(bytes), NumericParse::Numeric(_))
}

/// PHP's `(int)$string` (and `intval($string)`): the leading number, if any;
/// floats are truncated, saturating at the `i64` range (`"1e20"` gives
/// `PHP_INT_MAX`), and an infinite value gives 0.
pub fn str_to_int(bytes: &[u8]) -> i64 {
    match scan_numeric(bytes).map(|scan| scan.number) {
        None => 0,
        Some(Number::Int(value)) => value,
        Some(Number::Float(value)) => float_to_int_saturating(value),
    }
}

/// PHP's `intval($string, $base)`. Base 10 is the `(int)` cast; other bases
/// follow C's `strtol` (leading whitespace, a sign, a `0x` prefix for base 16,
/// base 0 choosing 16/8/10 from a `0x`/`0`/other prefix, saturation at the
/// `i64` range, 0 for an invalid base), with PHP's addition of a `0b` prefix
/// for bases 0 and 2. `0o` is not recognised.
pub fn str_to_int_radix(bytes: &[u8], base: i64) -> i64 {
    if base == 10 {
        return str_to_int(bytes);
    }
    // strtol sees a C string: an embedded NUL ends it.
    let bytes = bytes.split(|&b| b == 0).next().unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|&b| !is_numeric_space(b))
        .unwrap_or(bytes.len());
    let text = &bytes[start..];
    if base == 0 || base == 2 {
        let (sign, unsigned) = match text {
            [sign @ (b'-' | b'+'), rest @ ..] => (Some(*sign), rest),
            _ => (None, text),
        };
        if text.len() > 2 {
            if let [b'0', b'b' | b'B', digits @ ..] = unsigned {
                let mut binary: Vec<u8> = sign.into_iter().collect();
                binary.extend_from_slice(digits);
                return strtol(&binary, 2);
            }
        }
    }
    strtol(text, base)
}

/// C's `strtol` on a byte string (no NUL inside), saturating on overflow.
fn strtol(bytes: &[u8], base: i64) -> i64 {
    if base != 0 && !(2..=36).contains(&base) {
        return 0;
    }
    let mut pos = bytes
        .iter()
        .position(|&b| !is_numeric_space(b))
        .unwrap_or(bytes.len());
    let negative = match bytes.get(pos) {
        Some(b'-') => {
            pos += 1;
            true
        }
        Some(b'+') => {
            pos += 1;
            false
        }
        _ => false,
    };
    let digit_value = |b: u8| (b as char).to_digit(36).map(u64::from);
    let has_hex_prefix = matches!(bytes.get(pos..pos + 2), Some([b'0', b'x' | b'X']))
        && bytes
            .get(pos + 2)
            .and_then(|&b| digit_value(b))
            .is_some_and(|d| d < 16);
    let base = match base {
        0 if has_hex_prefix => 16,
        0 if bytes.get(pos) == Some(&b'0') => 8,
        0 => 10,
        other => other as u64,
    };
    if base == 16 && has_hex_prefix {
        pos += 2;
    }
    let mut magnitude: u64 = 0;
    let mut overflowed = false;
    for digit in bytes[pos..]
        .iter()
        .map_while(|&b| digit_value(b).filter(|&d| d < base))
    {
        match magnitude
            .checked_mul(base)
            .and_then(|m| m.checked_add(digit))
        {
            Some(next) => magnitude = next,
            None => overflowed = true,
        }
    }
    if negative {
        if overflowed || magnitude > i64::MIN.unsigned_abs() {
            i64::MIN
        } else {
            (magnitude as i64).wrapping_neg()
        }
    } else if overflowed || magnitude > i64::MAX as u64 {
        i64::MAX
    } else {
        magnitude as i64
    }
}

/// PHP's `(float)$string` (and `floatval($string)`): the leading decimal
/// number, or 0.
pub fn str_to_float(bytes: &[u8]) -> f64 {
    strtod(bytes).0
}

/// Whether a float lies in `[-2^63, 2^63)`, where truncation to `i64` is exact.
fn fits_int(value: f64) -> bool {
    const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
    (-TWO_POW_63..TWO_POW_63).contains(&value)
}

/// PHP's float-to-int conversion (`zend_dval_to_lval`), used by `(int)$float`,
/// `intval()`, array keys and integer operators: truncation toward zero; out of
/// range values wrap modulo 2^64 (`(int)1e20` is 7766279631452241920); NaN and
/// infinities give 0.
pub fn float_to_int(value: f64) -> i64 {
    if !value.is_finite() {
        return 0;
    }
    if fits_int(value) {
        return value as i64;
    }
    const TWO_POW_64: f64 = 18_446_744_073_709_551_616.0;
    // Out of range means |value| >= 2^63, so the value is an integer and the
    // remainder (in (-2^64, 2^64), a multiple of 2^11) is exact, as is the sum.
    let mut modulo = value % TWO_POW_64;
    if modulo < 0.0 {
        modulo += TWO_POW_64;
    }
    modulo as u64 as i64
}

/// `zend_dval_to_lval_cap`: the conversion used when a numeric *string* holds
/// a float (`(int)"1e20"`): truncation, saturating at `i64::MIN`/`i64::MAX`;
/// NaN and infinities give 0.
pub fn float_to_int_saturating(value: f64) -> i64 {
    if !value.is_finite() {
        0
    } else if fits_int(value) {
        value as i64
    } else if value > 0.0 {
        i64::MAX
    } else {
        i64::MIN
    }
}

/// `zend_is_long_compatible`: whether converting `value` to int loses nothing.
/// When it does, PHP 8.1+ deprecates implicit conversions with
/// `Implicit conversion from float %s to int loses precision`.
pub fn float_is_int_compatible(value: f64) -> bool {
    float_to_int(value) as f64 == value
}

/// The ordering PHP gives two floats in comparisons: NaN compares as
/// "greater" with anything, either side, so `NAN <=> x` and `x <=> NAN` are 1,
/// and since PHP evaluates `$a > $b` as `$b < $a`, both `<` and `>` are false.
pub fn compare_floats(left: f64, right: f64) -> Ordering {
    if left == right {
        Ordering::Equal
    } else if left < right {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

/// The numeric part of PHP 8's comparison of two strings (`==`, `<=>`, `<`
/// ...): when both are numeric strings, their numeric ordering; `None` when
/// either is not numeric, or when both are integers that overflowed `i64` to
/// the same float (or both the same infinity), where PHP falls back to
/// comparing the bytes.
pub fn compare_numeric_strings(left: &[u8], right: &[u8]) -> Option<Ordering> {
    let left = scan_numeric(left).filter(|scan| !scan.trailing_data)?;
    let right = scan_numeric(right).filter(|scan| !scan.trailing_data)?;
    match (left.number, right.number) {
        (Number::Int(a), Number::Int(b)) => Some(a.cmp(&b)),
        (Number::Int(a), Number::Float(b)) => {
            if right.int_overflow != 0 {
                // An integer beyond i64 is beyond any i64.
                return Some(if right.int_overflow > 0 {
                    Ordering::Less
                } else {
                    Ordering::Greater
                });
            }
            Some(compare_floats(a as f64, b))
        }
        (Number::Float(a), Number::Int(b)) => {
            if left.int_overflow != 0 {
                return Some(if left.int_overflow > 0 {
                    Ordering::Greater
                } else {
                    Ordering::Less
                });
            }
            Some(compare_floats(a, b as f64))
        }
        (Number::Float(a), Number::Float(b)) => {
            let same_overflow =
                left.int_overflow != 0 && left.int_overflow == right.int_overflow && a - b == 0.0;
            if same_overflow || (a == b && !a.is_finite()) {
                return None;
            }
            Some(compare_floats(a, b))
        }
    }
}

/// PHP 8's `<=>` between two strings: numerically when both are numeric
/// strings (`"1e3" <=> "1000"` is 0), otherwise byte by byte.
pub fn compare_strings(left: &[u8], right: &[u8]) -> Ordering {
    compare_numeric_strings(left, right).unwrap_or_else(|| left.cmp(right))
}

/// PHP 8's `==` between two strings (`"1e3" == "1000"`, `"abc" != "ABC"`).
pub fn strings_equal(left: &[u8], right: &[u8]) -> bool {
    compare_strings(left, right) == Ordering::Equal
}

/// PHP 8's comparison of an int with a string (`$int <=> $string`): numeric
/// when the string is numeric, otherwise the int's decimal text compared with
/// the string's bytes (so `0 == "a"` is false).
pub fn compare_int_with_string(left: i64, right: &[u8]) -> Ordering {
    match scan_numeric(right).filter(|scan| !scan.trailing_data) {
        Some(scan) => match scan.number {
            Number::Int(value) => left.cmp(&value),
            Number::Float(value) => compare_floats(left as f64, value),
        },
        None => left.to_string().as_bytes().cmp(right),
    }
}

/// PHP 8's comparison of a float with a string (`$float <=> $string`):
/// numeric when the string is numeric, otherwise the float's text (at the
/// given ini `precision`, as `echo` would print it) compared with the bytes.
pub fn compare_float_with_string(left: f64, right: &[u8], precision: i32) -> Ordering {
    match scan_numeric(right).filter(|scan| !scan.trailing_data) {
        Some(scan) => match scan.number {
            Number::Int(value) => compare_floats(left, value as f64),
            Number::Float(value) => compare_floats(left, value),
        },
        None => super::format::format_float(left, precision)
            .as_bytes()
            .cmp(right),
    }
}

/// The integer an array key string stands for, if any (`ZEND_HANDLE_NUMERIC_STR`):
/// only canonical decimal integers in `i64` range qualify (`"12"`, `"-3"`,
/// `"0"`), not `"012"`, `"-0"`, `" 1"`, `"+1"` or `"1.0"`.
pub fn canonical_int_key(bytes: &[u8]) -> Option<i64> {
    let digits = bytes.strip_prefix(b"-").unwrap_or(bytes);
    let canonical = match digits {
        [] => false,
        [b'0'] => digits.len() == bytes.len(),
        [first, ..] => *first != b'0' && digits.iter().all(u8::is_ascii_digit),
    };
    if !canonical || digits.len() > MAX_INT_DIGITS - 1 {
        return None;
    }
    std::str::from_utf8(bytes).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(value: i64) -> Number {
        Number::Int(value)
    }
    fn float(value: f64) -> Number {
        Number::Float(value)
    }

    #[test]
    fn numeric_strings_classify_like_php() {
        use NumericParse::*;
        let cases: &[(&[u8], NumericParse)] = &[
            (b"1", Numeric(int(1))),
            (b"1.5", Numeric(float(1.5))),
            (b" 1", Numeric(int(1))),
            (b"1 ", Numeric(int(1))),
            (b"\t\n\r\x0b\x0c1\t\n\r\x0b\x0c", Numeric(int(1))),
            (b"1e5", Numeric(float(100000.0))),
            (b".5", Numeric(float(0.5))),
            (b"5.", Numeric(float(5.0))),
            (b"-.5e-3", Numeric(float(-0.0005))),
            (b"+1", Numeric(int(1))),
            (b"1.e3", Numeric(float(1000.0))),
            (b"00012", Numeric(int(12))),
            (b"-0", Numeric(int(0))),
            (b" .5 ", Numeric(float(0.5))),
            (b"9223372036854775807", Numeric(int(i64::MAX))),
            (b"-9223372036854775808", Numeric(int(i64::MIN))),
            (b"9223372036854775808", Numeric(float(9.223372036854776e18))),
            (
                b"-9223372036854775809",
                Numeric(float(-9.223372036854776e18)),
            ),
            (
                b"-9223372036854775808 ",
                Numeric(float(-9.223372036854776e18)),
            ),
            (b"99999999999999999999999", Numeric(float(1e23))),
            (b"1e", LeadingNumeric(int(1))),
            (b"1e+", LeadingNumeric(int(1))),
            (b"12abc", LeadingNumeric(int(12))),
            (b"0x1A", LeadingNumeric(int(0))),
            (b"1_000", LeadingNumeric(int(1))),
            (b"1\0", LeadingNumeric(int(1))),
            (b"1.5 kg", LeadingNumeric(float(1.5))),
            (b"1e5.5", LeadingNumeric(float(100000.0))),
            (
                b"-9223372036854775808abc",
                LeadingNumeric(float(-9.223372036854776e18)),
            ),
            (b"9223372036854775808e+", LeadingNumeric(int(i64::MIN))),
            (b"", NonNumeric),
            (b"  ", NonNumeric),
            (b".", NonNumeric),
            (b"abc", NonNumeric),
            (b"++1", NonNumeric),
            (b"-", NonNumeric),
            (b"+.", NonNumeric),
            (b"e5", NonNumeric),
            (b"- 1", NonNumeric),
        ];
        for (input, expected) in cases {
            assert_eq!(
                parse_numeric(input),
                *expected,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn is_numeric_matches_php() {
        let yes: &[&[u8]] = &[b"1", b" 1", b"1 ", b"1e5", b".5", b"5.", b"-0", b"1.e3"];
        let no: &[&[u8]] = &[b"1e", b"0x1A", b"", b"  ", b".", b"1\0", b"abc", b"12abc"];
        assert!(yes.iter().all(|s| is_numeric(s)));
        assert!(no.iter().all(|s| !is_numeric(s)));
    }

    #[test]
    fn int_cast_of_strings() {
        let cases: &[(&[u8], i64)] = &[
            (b"12abc", 12),
            (b"1e3", 1000),
            (b" 0x1A", 0),
            (b"9999999999999999999", i64::MAX),
            (b"9223372036854775808", i64::MAX),
            (b"-9223372036854775808", i64::MIN),
            (b"-9223372036854775808 ", i64::MIN),
            (b"1e20", i64::MAX),
            (b"-1e20", i64::MIN),
            (b"1e1000", 0),
            (b"  12  ", 12),
            (b"\n12", 12),
            (b"+.5e1", 5),
            (b"1.9", 1),
            (b"-1.9", -1),
            (b"abc", 0),
            (b"", 0),
            (b"9223372036854775808e+", i64::MIN),
        ];
        for (input, expected) in cases {
            assert_eq!(
                str_to_int(input),
                *expected,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn intval_with_a_base() {
        let cases: &[(&[u8], i64, i64)] = &[
            (b"0x1A", 16, 26),
            (b"0x1A", 0, 26),
            (b"012", 0, 10),
            (b"0o12", 0, 0),
            (b"0o12", 8, 0),
            (b"0b101", 0, 5),
            (b"0b101", 2, 5),
            (b" -0b101", 2, -5),
            (b"-0x1A", 16, -26),
            (b"  12abc", 36, 1786296),
            (b"z", 36, 35),
            (b"99999999999999999999", 10, i64::MAX),
            (b"99999999999999999999", 16, i64::MAX),
            (b"-99999999999999999999", 16, i64::MIN),
            (b"0x", 16, 0),
            (b"0x", 0, 0),
            (b"0b", 2, 0),
            (b"+0b11", 0, 3),
            (b"12", 1, 0),
            (b"1_0", 0, 1),
            (b"\x0b12", 8, 10),
            (b"0X1g", 0, 1),
            (b"08", 0, 0),
            (b"1e3", 10, 1000),
        ];
        for (input, base, expected) in cases {
            assert_eq!(
                str_to_int_radix(input, *base),
                *expected,
                "intval({:?}, {base})",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn float_cast_of_strings() {
        let cases: &[(&[u8], f64)] = &[
            (b"1.5e3xyz", 1500.0),
            (b" .5", 0.5),
            (b"abc", 0.0),
            (b"INF", 0.0),
            (b"0x1A", 0.0),
            (b"1e-400", 0.0),
            (b"4.9e-324", 5e-324),
            (b"2.4703282292062328e-324", 5e-324),
            (b"1.7976931348623159e308", f64::INFINITY),
            (b"- 5", 0.0),
            (b"-.e5", 0.0),
            (b"0e5", 0.0),
            (b"1_000", 1.0),
            (b"1e", 1.0),
            (b"1e+", 1.0),
            (b"0.e5", 0.0),
            (b"1e0000000000000000000000005", 100000.0),
            (b"1e-0000000000000000000000005", 1e-5),
            (b"0.1", 0.1),
            (b"9223372036854775807", 9.223372036854776e18),
        ];
        for (input, expected) in cases {
            assert_eq!(
                str_to_float(input),
                *expected,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
        assert!(str_to_float(b"-0").is_sign_negative());
        assert!(str_to_float(b"-1e-999").is_sign_negative());
        assert!(str_to_float(b"-abc").is_sign_positive());
    }

    #[test]
    fn strtod_reports_consumed_bytes() {
        assert_eq!(strtod(b"1.5e"), (1.5, 3));
        assert_eq!(strtod(b"0."), (0.0, 2));
        assert_eq!(strtod(b"  -2x"), (-2.0, 4));
        assert_eq!(strtod(b"."), (0.0, 0));
        assert_eq!(strtod(b"1e+5z"), (100000.0, 4));
    }

    #[test]
    fn float_to_int_wraps_like_php() {
        let cases: &[(f64, i64)] = &[
            (1e20, 7766279631452241920),
            (-1e20, -7766279631452241920),
            (1e19, -8446744073709551616),
            (9.223_372_036_854_776e18, i64::MIN),
            (-9.223_372_036_854_776e18, i64::MIN),
            (f64::NAN, 0),
            (f64::INFINITY, 0),
            (f64::NEG_INFINITY, 0),
            (1.9, 1),
            (-1.9, -1),
            (-0.0, 0),
            (1.9e30, 2267562412381044736),
            (-4e21, 2943463994972700672),
        ];
        for &(input, expected) in cases {
            assert_eq!(float_to_int(input), expected, "{input:e}");
        }
        assert_eq!(float_to_int_saturating(1e20), i64::MAX);
        assert_eq!(float_to_int_saturating(-1e20), i64::MIN);
        assert_eq!(float_to_int_saturating(f64::INFINITY), 0);
        assert!(float_is_int_compatible(3.0));
        assert!(!float_is_int_compatible(3.5));
        assert!(!float_is_int_compatible(1e20));
        assert!(!float_is_int_compatible(f64::NAN));
    }

    #[test]
    fn string_comparisons_match_php() {
        use Ordering::*;
        let cases: &[(&[u8], &[u8], Ordering)] = &[
            (b"1e3", b"1000", Equal),
            (b"abc", b"ABC", Greater),
            (b"1", b"01", Equal),
            (b"10", b"1e1", Equal),
            (b" 1", b"1", Equal),
            (b"1 ", b"1", Equal),
            (b"abc", b"abd", Less),
            (b"9223372036854775807", b"9223372036854775808", Less),
            (b"9223372036854775808", b"9223372036854775809", Less),
            (b"100000000000000000000", b"100000000000000000000.0", Less),
            (b"1e999", b"2e999", Less),
            (b"1e999", b"-1e999", Greater),
            (b"0x1A", b"26", Less),
            (b"1.0", b"1", Equal),
            (b"-0", b"0", Equal),
            (b"0.1", b"0.10", Equal),
            (b"", b"0", Less),
            (b"null", b"0", Greater),
            (b"1abc", b"1", Greater),
            (b"9223372036854775807", b"9223372036854775807.0", Equal),
            (b"-9223372036854775809", b"-9223372036854775808", Less),
            (b"18446744073709551616", b"18446744073709551617", Less),
        ];
        for (left, right, expected) in cases {
            assert_eq!(
                compare_strings(left, right),
                *expected,
                "{:?} <=> {:?}",
                String::from_utf8_lossy(left),
                String::from_utf8_lossy(right)
            );
            assert_eq!(strings_equal(left, right), *expected == Equal);
        }
    }

    #[test]
    fn number_with_string_comparisons() {
        assert_eq!(compare_int_with_string(100, b"1e2"), Ordering::Equal);
        assert_eq!(compare_int_with_string(0, b""), Ordering::Greater);
        assert_eq!(compare_int_with_string(0, b"a"), Ordering::Less);
        assert_eq!(compare_int_with_string(5, b"5 "), Ordering::Equal);
        assert_eq!(
            compare_float_with_string(1.5, b"1.5abc", 14),
            Ordering::Less
        );
        assert_eq!(compare_float_with_string(1.5, b"abc", 14), Ordering::Less);
        assert_eq!(
            compare_float_with_string(1e100, b"1e100", 14),
            Ordering::Equal
        );
        assert_eq!(
            compare_float_with_string(f64::NAN, b"1", 14),
            Ordering::Greater
        );
        assert_eq!(compare_floats(f64::NAN, 1.0), Ordering::Greater);
        assert_eq!(compare_floats(1.0, f64::NAN), Ordering::Greater);
    }

    #[test]
    fn canonical_int_keys() {
        let ints: &[(&[u8], i64)] = &[
            (b"0", 0),
            (b"12", 12),
            (b"-3", -3),
            (b"9223372036854775807", i64::MAX),
            (b"-9223372036854775808", i64::MIN),
        ];
        for (input, expected) in ints {
            assert_eq!(canonical_int_key(input), Some(*expected));
        }
        let strings: &[&[u8]] = &[
            b"-0",
            b"01",
            b"9223372036854775808",
            b"-9223372036854775809",
            b" 1",
            b"1 ",
            b"+1",
            b"-",
            b"-01",
            b"1.0",
            b"",
            b"1a",
        ];
        for input in strings {
            assert_eq!(
                canonical_int_key(input),
                None,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }
}
