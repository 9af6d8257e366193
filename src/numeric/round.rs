//! PHP 8.2's `round()` for floats, with its "pre-rounding".
//!
//! A float such as 1.955 is stored as 1.95499999999999996..., so rounding it
//! naively to two places gives 1.95. PHP 5.3–8.3 first rounds the value to
//! the 15 significant digits a double holds reliably (turning it back into
//! 1.955000000000000), then rounds that to the requested places, so
//! `round(1.955, 2)` is 1.96. The steps below follow `_php_math_round` in
//! `ext/standard/math.c` operation by operation, because every multiplication
//! and division there is observable in the last bit of the result.
//!
//! `floor()` and `ceil()` are Rust's `f64::floor`/`f64::ceil`; an int argument
//! becomes a float first, as in PHP.

/// The `$mode` argument of `round()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundMode {
    /// `PHP_ROUND_HALF_UP` (1, the default): ties away from zero.
    HalfUp,
    /// `PHP_ROUND_HALF_DOWN` (2): ties toward zero.
    HalfDown,
    /// `PHP_ROUND_HALF_EVEN` (3): ties to the even neighbour.
    HalfEven,
    /// `PHP_ROUND_HALF_ODD` (4): ties to the odd neighbour.
    HalfOdd,
}

impl RoundMode {
    /// The mode a PHP `$mode` integer selects. PHP 8.2 does not validate it:
    /// unknown values round like `PHP_ROUND_HALF_UP`.
    pub fn from_php(mode: i64) -> RoundMode {
        match mode {
            2 => RoundMode::HalfDown,
            3 => RoundMode::HalfEven,
            4 => RoundMode::HalfOdd,
            _ => RoundMode::HalfUp,
        }
    }
}

/// `floor(log10(|value|))`, by exact comparison with powers of ten where
/// they are exact doubles (as `php_intlog10abs` does), by `log10` elsewhere.
fn int_log10_abs(value: f64) -> i32 {
    const POWERS: [f64; 31] = [
        1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
        1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let value = value.abs();
    if !(1e-8..=1e22).contains(&value) {
        return value.log10().floor() as i32;
    }
    let below = POWERS.iter().filter(|&&power| power <= value).count() as i32;
    below - 1 - 8
}

/// `10^power` for `power >= 0`: exact from a table up to 10^22, otherwise
/// the C library's `pow`, whose rounding PHP inherits (10^23 is
/// 1.0000000000000001e23 there).
fn int_pow10(power: i32) -> f64 {
    const POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    match usize::try_from(power)
        .ok()
        .and_then(|index| POWERS.get(index))
    {
        Some(&exact) => exact,
        None => 10f64.powf(f64::from(power)),
    }
}

/// Rounds to an integer in the given mode (`php_round_helper`).
fn round_to_integer(value: f64, mode: RoundMode) -> f64 {
    if value >= 0.0 {
        let rounded = (value + 0.5).floor();
        let nudge_down = match mode {
            RoundMode::HalfUp => false,
            RoundMode::HalfDown => value == rounded - 0.5,
            RoundMode::HalfEven => value == 0.5 + 2.0 * (rounded / 2.0).floor(),
            RoundMode::HalfOdd => value == 0.5 + 2.0 * (rounded / 2.0).floor() - 1.0,
        };
        if nudge_down {
            rounded - 1.0
        } else {
            rounded
        }
    } else {
        let rounded = (value - 0.5).ceil();
        let nudge_up = match mode {
            RoundMode::HalfUp => false,
            RoundMode::HalfDown => value == rounded + 0.5,
            RoundMode::HalfEven => value == -0.5 + 2.0 * (rounded / 2.0).ceil(),
            RoundMode::HalfOdd => value == -0.5 + 2.0 * (rounded / 2.0).ceil() + 1.0,
        };
        if nudge_up {
            rounded + 1.0
        } else {
            rounded
        }
    }
}

/// PHP's `round($num, $precision, $mode)` on a float (an int `$num` with
/// `$precision >= 0` is simply converted to float by PHP; with a negative
/// precision it goes through here as a float). NaN, infinities and zeros
/// (keeping their sign) come back unchanged.
pub fn round(value: f64, precision: i64, mode: RoundMode) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    // PHP narrows the precision to a C int, avoiding INT_MIN.
    let places = precision.clamp(i64::from(i32::MIN) + 1, i64::from(i32::MAX)) as i32;
    let precision_places = 14 - int_log10_abs(value);
    let scale = int_pow10(places.abs());

    let mut scaled;
    if precision_places > places && precision_places - 15 < places {
        // Pre-round to the 15 significant digits the double can be trusted
        // with, then move the point to the requested place.
        let pre_scale = int_pow10(precision_places.abs());
        scaled = if precision_places >= 0 {
            value * pre_scale
        } else {
            value / pre_scale
        };
        scaled = round_to_integer(scaled, mode);
        // Here places < precision_places < places + 15.
        scaled /= int_pow10(precision_places - places);
    } else {
        scaled = if places >= 0 {
            value * scale
        } else {
            value / scale
        };
        // Beyond 15 digits there is nothing left to round.
        if scaled.abs() >= 1e15 {
            return value;
        }
    }
    scaled = round_to_integer(scaled, mode);

    if places.abs() < 23 {
        if places > 0 {
            scaled / scale
        } else {
            scaled * scale
        }
    } else {
        // Scaling by a power of ten this large is inexact, so PHP goes through
        // text: "%15f" of the value, an exponent, and strtod back.
        let text = if scaled.is_finite() {
            let (digits, negative) = super::format::fixed_digits(scaled, 6);
            format!(
                "{}{digits}e{}",
                if negative { "-" } else { "" },
                -i64::from(places)
            )
        } else {
            String::from("INF")
        };
        let result = super::parse::strtod(text.as_bytes()).0;
        if result.is_finite() {
            result
        } else {
            value
        }
    }
}

#[cfg(test)]
#[allow(clippy::approx_constant)] // 3.14159 is sample input, not π
mod tests {
    use super::*;

    #[test]
    fn round_half_up_with_pre_rounding() {
        let cases: &[(f64, i64, f64)] = &[
            (1.955, 2, 1.96),
            (5.045, 2, 5.05),
            (5.055, 2, 5.06),
            (-0.5, 0, -1.0),
            (0.5, 0, 1.0),
            (1.5, 0, 2.0),
            (2.5, 0, 3.0),
            (-2.5, 0, -3.0),
            (0.285, 2, 0.29),
            (0.49999999999999994, 0, 1.0),
            (1234567.891, -3, 1235000.0),
            (1.23456789e20, 2, 1.23456789e20),
            (1e15 + 0.5, 0, 1000000000000000.5),
            (3.14159, 50, 3.14159),
            (3.14159, 400, 3.14159),
            (1.5e-300, 305, 0.0),
            (12345.0, -2, 12300.0),
            (0.1 + 0.7, 1, 0.8),
            ((0.1 + 0.7) * 10.0, 0, 8.0),
            (1e300, -300, 1e300),
            (5e-324, 400, 5e-324),
            (5.0, -1, 10.0),
            (15.0, -1, 20.0),
            (9.223_372_036_854_776e18, -2, 9.223_372_036_854_776e18),
        ];
        for &(value, places, expected) in cases {
            assert_eq!(
                round(value, places, RoundMode::HalfUp),
                expected,
                "round({value}, {places})"
            );
        }
        assert!(round(-0.0, 0, RoundMode::HalfUp).is_sign_negative());
        assert!(round(f64::NAN, 2, RoundMode::HalfUp).is_nan());
        assert_eq!(round(f64::INFINITY, 2, RoundMode::HalfUp), f64::INFINITY);
    }

    #[test]
    fn round_other_modes() {
        assert_eq!(round(25.0, -1, RoundMode::HalfEven), 20.0);
        assert_eq!(round(2.5, 0, RoundMode::HalfDown), 2.0);
        assert_eq!(round(-2.5, 0, RoundMode::HalfOdd), -3.0);
        assert_eq!(round(1.45, 1, RoundMode::HalfEven), 1.4);
        assert_eq!(round(1.55, 1, RoundMode::HalfEven), 1.6);
        assert_eq!(RoundMode::from_php(3), RoundMode::HalfEven);
        assert_eq!(RoundMode::from_php(99), RoundMode::HalfUp);
    }
}
