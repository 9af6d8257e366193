//! Number to text: how PHP prints floats (echo and string conversion,
//! `var_dump`/`var_export`/`json_encode`/`serialize`, printf's `%e` and `%f`)
//! and `number_format()`.
//!
//! PHP produces float digits with David Gay's `zend_dtoa` in one of three
//! modes: the shortest digits that read back as the same float (mode 0, used
//! when a precision ini setting is -1), a given number of significant digits
//! (mode 2, `precision=14` for echo), or a given number of digits after the
//! point (mode 3, printf's `%f`). All three are correctly rounded, ties to
//! even, which is exactly what Rust's float formatting gives, so the digits
//! come from `format!` and this module only lays them out as PHP does.

use super::round::{round, RoundMode};

/// Decimal digits of a finite float, as `zend_dtoa` reports them: the value
/// is `0.DIGITS × 10^point`, digits carry no trailing zeros (but see
/// [`Decimal::integer_tie_kept_digits`]), and zero is the single digit `0`
/// with point 1.
struct Decimal {
    digits: Vec<u8>,
    point: i32,
    negative: bool,
}

impl Decimal {
    /// Splits Rust's scientific rendering (`d.ddde±x`) of a non-negative float.
    fn from_scientific(text: &str, negative: bool) -> Decimal {
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        while digits.len() > 1 && digits.last() == Some(&b'0') {
            digits.pop();
        }
        let exponent: i32 = exponent.parse().unwrap_or(0);
        let point = if digits == b"0" { 1 } else { exponent + 1 };
        Decimal {
            digits,
            point,
            negative,
        }
    }

    /// Mode 0: the shortest digits that round-trip, and of those the nearest
    /// to the value. When two are equally near (940921929171738.25 between
    /// ...738.2 and ...738.3) Rust picks the upper, dtoa the even one, which
    /// is the correctly rounded result at that length.
    fn shortest(value: f64) -> Decimal {
        let shortest =
            Decimal::from_scientific(&format!("{:e}", value.abs()), value.is_sign_negative());
        let nearest = Decimal::significant(value, shortest.digits.len());
        if nearest.digits != shortest.digits && nearest.read_back() == value.abs() {
            nearest
        } else {
            shortest
        }
    }

    /// The magnitude these digits denote, read as the nearest float.
    fn read_back(&self) -> f64 {
        let digits = String::from_utf8_lossy(&self.digits);
        format!("0.{digits}e{}", self.point)
            .parse()
            .unwrap_or(f64::NAN)
    }

    /// Mode 2: `count` significant digits (at least one), correctly rounded.
    fn significant(value: f64, count: usize) -> Decimal {
        // A double's exact decimal expansion has at most 767 significant
        // digits; asking for more only adds zeros, which are trimmed anyway.
        const MAX_SIGNIFICANT_DIGITS: usize = 800;
        let count = count.clamp(1, MAX_SIGNIFICANT_DIGITS);
        let mut decimal = Decimal::from_scientific(
            &format!("{:.*e}", count - 1, value.abs()),
            value.is_sign_negative(),
        );
        if let Some(digits) = Decimal::integer_tie_kept_digits(value, count) {
            decimal.digits = digits;
        }
        decimal
    }

    /// dtoa's one departure from "no trailing zeros": an integer below 10^15
    /// cut at 14 or fewer digits exactly halfway, where the even digit kept is
    /// rounded down, keeps its digits as they stand, zeros included
    /// (`echo 100000000000005.0` prints `1.0000000000000E+14`). Such ties
    /// defeat dtoa's fast path and land in its exact small-integer path,
    /// which does not trim. Returns those digits when the case applies.
    fn integer_tie_kept_digits(value: f64, count: usize) -> Option<Vec<u8>> {
        const SMALL_INTEGER_LIMIT: f64 = 1e15;
        const FAST_PATH_MAX_DIGITS: usize = 14;
        let magnitude = value.abs();
        if magnitude.fract() != 0.0
            || magnitude >= SMALL_INTEGER_LIMIT
            || count > FAST_PATH_MAX_DIGITS
        {
            return None;
        }
        let integer = format!("{magnitude:.0}").into_bytes();
        let (kept, cut) = integer.split_at(count.min(integer.len()));
        let exact_half = cut.first() == Some(&b'5') && cut[1..].iter().all(|&d| d == b'0');
        let kept_is_even = kept.last().is_some_and(|&d| (d - b'0').is_multiple_of(2));
        (exact_half && kept_is_even).then(|| kept.to_vec())
    }
}

/// `zend_gcvt`: a float in PHP's general format with `ndigit` significant
/// digits (any negative `ndigit` means the shortest round-trip digits, laid
/// out as if 17 were asked). Plain notation is used while the exponent fits
/// (`0.0001` up to `ndigit` integer digits), otherwise `1.0E+25` style with
/// `exponent_char`, always with a fraction digit.
///
/// Infinities and NaN give `INF`, `-INF`, `NAN`, cut to `ndigit` bytes
/// as Zend's buffer handling does (with `precision=1`, `echo INF` prints `I`).
/// JSON uses `exponent_char` `e`. `serialize()` passes `serialize_precision`
/// as is, so 0 there means one digit in exponential notation (`2.0E+0`).
pub fn gcvt(value: f64, ndigit: i32, exponent_char: u8) -> String {
    let layout_digits = if ndigit < 0 { 17 } else { ndigit };
    if !value.is_finite() {
        let text = if value.is_nan() {
            "NAN"
        } else if value < 0.0 {
            "-INF"
        } else {
            "INF"
        };
        return text[..text.len().min(layout_digits as usize)].to_string();
    }
    let decimal = if ndigit < 0 {
        Decimal::shortest(value)
    } else {
        Decimal::significant(value, ndigit as usize)
    };

    let mut out = String::with_capacity(decimal.digits.len() + 8);
    if decimal.negative {
        out.push('-');
    }
    let digits = &decimal.digits;
    let point = decimal.point;
    if (point >= 0 && point > layout_digits) || point < -3 {
        let (first, rest) = digits.split_first().unwrap_or((&b'0', &[]));
        out.push(*first as char);
        out.push('.');
        if rest.is_empty() {
            out.push('0');
        } else {
            out.extend(rest.iter().map(|&d| d as char));
        }
        out.push(exponent_char as char);
        let exponent = point - 1;
        out.push(if exponent < 0 { '-' } else { '+' });
        out.push_str(&exponent.unsigned_abs().to_string());
    } else if point < 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.extend(digits.iter().map(|&d| d as char));
    } else {
        let point = point as usize;
        for index in 0..point {
            out.push(digits.get(index).map_or('0', |&d| d as char));
        }
        if digits.len() > point {
            if point == 0 {
                out.push('0');
            }
            out.push('.');
            out.extend(digits[point..].iter().map(|&d| d as char));
        }
    }
    out
}

/// A float as `echo`, string interpolation and `(string)` print it, under
/// the ini `precision` (default 14; -1 means shortest round-trip; 0 acts as 1):
/// `0.1 + 0.2` gives `0.3`, `1e15` gives `1.0E+15`, `-0.0` gives `-0`.
pub fn format_float(value: f64, precision: i32) -> String {
    gcvt(value, if precision == 0 { 1 } else { precision }, b'E')
}

/// A float as `var_dump`, `debug_zval_dump` and error messages (`%H`) print
/// it, under the ini `serialize_precision` (default -1, shortest round-trip):
/// `0.30000000000000004`, `1.0E+25`, `INF`, `NAN`.
pub fn format_float_repr(value: f64, serialize_precision: i32) -> String {
    if value.is_nan() {
        return "NAN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "INF" } else { "-INF" }.into();
    }
    format_float(value, serialize_precision)
}

/// A float as `var_export` writes it: like [`format_float_repr`] but integral
/// finite values keep a fraction (`1.0`, `-0.0`, `1.0E+25` stays as is).
pub fn format_float_export(value: f64, serialize_precision: i32) -> String {
    let mut text = format_float(value, serialize_precision);
    if value.is_finite() && !text.contains('.') {
        text.push_str(".0");
    }
    text
}

/// Largest precision printf's float conversions honour (`NDIG - 2` in Zend);
/// larger requests print this many digits.
const MAX_CONVERSION_DIGITS: usize = 318;

/// printf's `%.Nf` of a finite value (Zend's `php_conv_fp`), without the
/// sign, plus whether a minus sign belongs in front. Zero (of either sign) is
/// unsigned; other values keep their sign even when they round to zero
/// (`%.0f` of -0.4 is `-0`).
pub(crate) fn fixed_digits(value: f64, precision: usize) -> (String, bool) {
    let precision = precision.min(MAX_CONVERSION_DIGITS);
    let negative = value != 0.0 && value.is_sign_negative();
    (format!("{:.precision$}", value.abs()), negative)
}

/// printf's `%.Ne` of a finite value, as [`fixed_digits`]: one digit before
/// the point, `exponent_char`, and an unpadded signed exponent (`1.5e+0`).
pub(crate) fn exponential_digits(
    value: f64,
    precision: usize,
    exponent_char: u8,
) -> (String, bool) {
    let precision = precision.min(MAX_CONVERSION_DIGITS);
    let negative = value != 0.0 && value.is_sign_negative();
    let text = format!("{:.precision$e}", value.abs());
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let sign = if exponent < 0 { '-' } else { '+' };
    let exponent_char = exponent_char as char;
    let text = format!("{mantissa}{exponent_char}{sign}{}", exponent.unsigned_abs());
    (text, negative)
}

/// PHP's `number_format($num, $decimals, $decimal_separator,
/// $thousands_separator)`: rounds half up with [`round`]'s pre-rounding,
/// groups the integer digits by three. Negative `decimals` count as 0 (PHP
/// 8.2 casts the argument to a C `int` first, which callers should mirror
/// with `as i32`). A result that rounds to zero loses its minus sign;
/// infinities give `inf` and NaN `nan`, as PHP's internal printf spells them.
pub fn number_format(
    value: f64,
    decimals: i32,
    decimal_separator: &[u8],
    thousands_separator: &[u8],
) -> Vec<u8> {
    let decimals = decimals.max(0) as usize;
    let mut negative = value < 0.0;
    let rounded = round(value.abs(), decimals as i64, RoundMode::HalfUp);
    if rounded.is_nan() {
        return b"nan".to_vec();
    }
    if rounded.is_infinite() {
        return b"inf".to_vec();
    }
    if rounded == 0.0 {
        negative = false;
    }
    let (text, _) = fixed_digits(rounded, decimals);
    let (integral, fraction) = text.split_once('.').unwrap_or((&text, ""));

    let mut out =
        Vec::with_capacity(text.len() + integral.len() / 3 * thousands_separator.len() + 4);
    if negative {
        out.push(b'-');
    }
    for (index, digit) in integral.bytes().enumerate() {
        if index > 0 && (integral.len() - index) % 3 == 0 {
            out.extend_from_slice(thousands_separator);
        }
        out.push(digit);
    }
    if decimals > 0 {
        out.extend_from_slice(decimal_separator);
        out.extend_from_slice(fraction.as_bytes());
        // Beyond the digits printf produces, PHP pads with zeros.
        out.resize(out.len() + decimals.saturating_sub(fraction.len()), b'0');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echo_format_at_precision_14() {
        let cases: &[(f64, &str)] = &[
            (0.1 + 0.2, "0.3"),
            (1e15, "1.0E+15"),
            (1e14, "1.0E+14"),
            (1e13, "10000000000000"),
            (123_456_789_012_345.67, "1.2345678901235E+14"),
            (-0.0, "-0"),
            (0.0, "0"),
            (1.0 / 3.0, "0.33333333333333"),
            (f64::INFINITY, "INF"),
            (f64::NEG_INFINITY, "-INF"),
            (f64::NAN, "NAN"),
            (1e-5, "1.0E-5"),
            (0.0001, "0.0001"),
            (0.1 + 0.7, "0.8"),
            ((0.1 + 0.7) * 10.0, "8"),
            (1.5, "1.5"),
            (-1.5, "-1.5"),
            (100.0, "100"),
            (1e100, "1.0E+100"),
            (5e-324, "4.9406564584125E-324"),
            (2.2250738585072014e-308, "2.2250738585072E-308"),
            (f64::MAX, "1.7976931348623E+308"),
            (99999999999999.99, "1.0E+14"),
            (0.00012345678901234567, "0.00012345678901235"),
            (-123.456, "-123.456"),
            (9007199254740993.0, "9.007199254741E+15"),
            (1e22, "1.0E+22"),
            (0.5, "0.5"),
        ];
        for &(value, expected) in cases {
            assert_eq!(format_float(value, 14), expected, "{value:e}");
        }
    }

    #[test]
    fn echo_format_at_other_precisions() {
        assert_eq!(format_float(f64::INFINITY, 1), "I");
        assert_eq!(format_float(f64::NEG_INFINITY, 1), "-");
        assert_eq!(format_float(f64::NAN, 1), "N");
        assert_eq!(format_float(1.5, 1), "2");
        assert_eq!(format_float(0.0, 1), "0");
        assert_eq!(format_float(f64::NEG_INFINITY, 3), "-IN");
        assert_eq!(format_float(1234.5, 3), "1.23E+3");
        assert_eq!(format_float(1.5, 0), "2");
        assert_eq!(format_float(25.0, 0), "2.0E+1");
        assert_eq!(format_float(0.1, 30), "0.100000000000000005551115123126");
        assert_eq!(
            format_float(1.0 / 3.0, 30),
            "0.333333333333333314829616256247"
        );
        assert_eq!(format_float(0.1, -1), "0.1");
        assert_eq!(format_float(1e15, -1), "1000000000000000");
        assert_eq!(format_float(1e22, -1), "1.0E+22");
        assert_eq!(
            format_float(0.1, 100),
            "0.1000000000000000055511151231257827021181583404541015625"
        );
    }

    #[test]
    fn repr_format_at_serialize_precision_minus_one() {
        let cases: &[(f64, &str)] = &[
            (1e15, "1000000000000000"),
            (1e16, "10000000000000000"),
            (1e17, "1.0E+17"),
            (123456789012345678.0, "1.2345678901234568E+17"),
            (0.0001, "0.0001"),
            (0.00001, "1.0E-5"),
            (1e100, "1.0E+100"),
            (-0.0, "-0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (9.223_372_036_854_776e18, "9.223372036854776E+18"),
            (1.5e300, "1.5E+300"),
            (5e-324, "5.0E-324"),
            (f64::INFINITY, "INF"),
            (f64::NEG_INFINITY, "-INF"),
            (f64::NAN, "NAN"),
            (1.0 / 3.0, "0.3333333333333333"),
        ];
        for &(value, expected) in cases {
            assert_eq!(format_float_repr(value, -1), expected, "{value:e}");
        }
        assert_eq!(format_float_repr(1.0 / 3.0, 5), "0.33333");
        assert_eq!(format_float_repr(1.5, 0), "2");
        assert_eq!(format_float_repr(f64::INFINITY, 1), "INF");
    }

    #[test]
    fn export_format_keeps_a_fraction() {
        assert_eq!(format_float_export(1e15, -1), "1000000000000000.0");
        assert_eq!(format_float_export(1.0, -1), "1.0");
        assert_eq!(format_float_export(-0.0, -1), "-0.0");
        assert_eq!(format_float_export(1e17, -1), "1.0E+17");
        assert_eq!(format_float_export(0.1, -1), "0.1");
        assert_eq!(format_float_export(f64::INFINITY, -1), "INF");
        assert_eq!(format_float_export(f64::NAN, -1), "NAN");
        assert_eq!(format_float_export(f64::INFINITY, 1), "I");
        assert_eq!(format_float_export(1.5, 1), "2.0");
    }

    #[test]
    fn json_and_serialize_layouts() {
        assert_eq!(gcvt(1e17, -1, b'e'), "1.0e+17");
        assert_eq!(gcvt(1e15, -1, b'e'), "1000000000000000");
        assert_eq!(gcvt(1.5, 0, b'E'), "2.0E+0");
        assert_eq!(gcvt(1.5, 0, b'e'), "2.0e+0");
        assert_eq!(gcvt(0.1, -1, b'E'), "0.1");
    }

    #[test]
    fn number_format_matches_php() {
        // value, decimals, decimal point, thousands separator, PHP's result
        type Case = (f64, i32, &'static [u8], &'static [u8], &'static [u8]);
        let cases: &[Case] = &[
            (1234.5678, 2, b".", b",", b"1,234.57"),
            (-1234.567, 0, b".", b",", b"-1,235"),
            (-0.4, 0, b".", b",", b"0"),
            (0.5, 0, b".", b",", b"1"),
            (1e20, 2, b",", b".", b"100.000.000.000.000.000.000,00"),
            (-0.001, 2, b".", b",", b"0.00"),
            (1234567.891, 2, b"", b" ", b"1 234 56789"),
            (1.005, 2, b".", b",", b"1.01"),
            (123.0, -2, b".", b",", b"123"),
            (f64::INFINITY, 2, b".", b",", b"inf"),
            (f64::NEG_INFINITY, 2, b".", b",", b"inf"),
            (f64::NAN, 2, b".", b",", b"nan"),
            (1234.5, 1, b"DEC", b"SEP", b"1SEP234DEC5"),
            (0.129, 2, b".", b",", b"0.13"),
            (999.995, 2, b".", b",", b"1,000.00"),
            (100.0, 0, b".", b",", b"100"),
            (1000.0, 0, b".", b",", b"1,000"),
            (-1234567.0, 3, b".", b"", b"-1234567.000"),
        ];
        for &(value, decimals, point, separator, expected) in cases {
            assert_eq!(
                number_format(value, decimals, point, separator),
                expected,
                "{value} {decimals}"
            );
        }
        let long = number_format(1.5, 400, b".", b",");
        assert_eq!(long.len(), 402);
        assert!(long.starts_with(b"1.5000") && long.ends_with(b"000"));
    }
}
