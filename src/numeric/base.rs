//! Integers in other bases: `dechex`, `decbin`, `decoct` (and the output side
//! of `base_convert`), and `hexdec`, `bindec`, `octdec` (and its input side).

use super::parse::Number;

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `dechex`/`decbin`/`decoct` and `base_convert`'s output for ints: the
/// value's 64-bit two's complement pattern, read as unsigned, in `base`
/// (2 to 36; lowercase letters). `dechex(-1)` is `ffffffffffffffff`.
/// Other bases give the empty string, as in PHP's C helper.
pub fn int_to_base(value: i64, base: u32) -> String {
    if !(2..=36).contains(&base) {
        return String::new();
    }
    let mut remaining = value as u64;
    let mut digits = Vec::with_capacity(64);
    loop {
        digits.push(DIGITS[(remaining % u64::from(base)) as usize]);
        remaining /= u64::from(base);
        if remaining == 0 {
            break;
        }
    }
    digits.iter().rev().map(|&d| d as char).collect()
}

/// `base_convert`'s output for a number: ints as [`int_to_base`]; floats
/// (which `base_convert` gets for values beyond `i64`) are floored and
/// written with float arithmetic, at most 64 digits, as PHP does. An
/// infinite float is an error whose text is the `ValueError` message.
pub fn number_to_base(number: Number, base: u32) -> Result<String, String> {
    let value = match number {
        Number::Int(value) => return Ok(int_to_base(value, base)),
        Number::Float(value) => value.floor(),
    };
    if !(2..=36).contains(&base) {
        return Ok(String::new());
    }
    if value.is_infinite() {
        return Err(format!(
            "An infinite value cannot be converted to base {base}"
        ));
    }
    let base = f64::from(base);
    let mut remaining = value;
    let mut digits = Vec::with_capacity(64);
    loop {
        // The remainder is an integer in [0, base) for the non-negative
        // values base_convert produces; anything else prints as 0.
        let digit = (remaining % base) as usize;
        digits.push(DIGITS.get(digit).copied().unwrap_or(b'0'));
        remaining /= base;
        if digits.len() >= 64 || remaining.abs() < 1.0 {
            break;
        }
    }
    Ok(digits.iter().rev().map(|&d| d as char).collect())
}

/// What `hexdec`/`bindec`/`octdec`/`base_convert` read from a string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BaseParse {
    /// The value; a float once it exceeds `i64::MAX`.
    pub number: Number,
    /// Bytes that are not digits of the base were skipped. PHP then raises
    /// `E_DEPRECATED` `Invalid characters passed for attempted conversion,
    /// these have been ignored` (before any error about the result).
    pub had_invalid_chars: bool,
}

/// Reads a number written in `base` (2 to 36, letters in either case):
/// surrounding whitespace is ignored, a `0x`/`0o`/`0b` prefix is accepted for
/// bases 16/8/2, and every other byte that is not a digit of the base
/// (including a minus sign) is skipped and reported.
pub fn parse_base(bytes: &[u8], base: u32) -> BaseParse {
    let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let start = bytes
        .iter()
        .position(|b| !is_space(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !is_space(b))
        .map_or(start, |last| last + 1);
    let mut text = &bytes[start..end];
    if let [b'0', marker, rest @ ..] = text {
        let prefixed = matches!(
            (base, marker.to_ascii_lowercase()),
            (16, b'x') | (8, b'o') | (2, b'b')
        );
        if prefixed {
            text = rest;
        }
    }

    let base_int = i64::from(base);
    let cutoff = i64::MAX / base_int;
    let cut_limit = i64::MAX % base_int;
    let mut number = Number::Int(0);
    let mut had_invalid_chars = false;
    for &byte in text {
        let digit = match (byte as char).to_digit(36) {
            Some(digit) if digit < base => i64::from(digit),
            _ => {
                had_invalid_chars = true;
                continue;
            }
        };
        number = match number {
            Number::Int(value) if value < cutoff || (value == cutoff && digit <= cut_limit) => {
                Number::Int(value * base_int + digit)
            }
            Number::Int(value) => Number::Float(value as f64 * f64::from(base) + digit as f64),
            Number::Float(value) => Number::Float(value * f64::from(base) + digit as f64),
        };
    }
    BaseParse {
        number,
        had_invalid_chars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(number: Number, had_invalid_chars: bool) -> BaseParse {
        BaseParse {
            number,
            had_invalid_chars,
        }
    }

    #[test]
    fn reads_other_bases() {
        use Number::*;
        let cases: &[(&[u8], u32, BaseParse)] = &[
            (b"ff", 16, parsed(Int(255), false)),
            (b" ff ", 16, parsed(Int(255), false)),
            (b"0xff", 16, parsed(Int(255), false)),
            (b"0XFF", 16, parsed(Int(255), false)),
            (b"fg", 16, parsed(Int(15), true)),
            (
                b"ffffffffffffffff",
                16,
                parsed(Float(1.8446744073709552e19), false),
            ),
            (b"7fffffffffffffff", 16, parsed(Int(i64::MAX), false)),
            (
                b"8000000000000000",
                16,
                parsed(Float(9.223372036854776e18), false),
            ),
            (b"", 16, parsed(Int(0), false)),
            (b"x", 16, parsed(Int(0), true)),
            (b"-ff", 16, parsed(Int(255), true)),
            (b"1_0", 16, parsed(Int(16), true)),
            (b"0b101", 2, parsed(Int(5), false)),
            (b"101", 2, parsed(Int(5), false)),
            (b"2", 2, parsed(Int(0), true)),
            (
                b"11111111111111111111111111111111111111111111111111111111111111111",
                2,
                parsed(Float(3.6893488147419103e19), false),
            ),
            (b"0o17", 8, parsed(Int(15), false)),
            (b"017", 8, parsed(Int(15), false)),
            (b"8", 8, parsed(Int(0), true)),
            (b"777", 8, parsed(Int(511), false)),
            (b"zz", 36, parsed(Int(1295), false)),
            (b"1e3", 10, parsed(Int(13), true)),
            (b"0x", 16, parsed(Int(0), false)),
        ];
        for (input, base, expected) in cases {
            assert_eq!(
                parse_base(input, *base),
                *expected,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn writes_other_bases() {
        assert_eq!(int_to_base(-1, 16), "ffffffffffffffff");
        assert_eq!(int_to_base(0, 2), "0");
        assert_eq!(int_to_base(8, 8), "10");
        assert_eq!(int_to_base(i64::MIN, 16), "8000000000000000");
        assert_eq!(int_to_base(-1, 8), "1777777777777777777777");
        assert_eq!(int_to_base(255, 2), "11111111");
        assert_eq!(int_to_base(1295, 36), "zz");
        assert_eq!(int_to_base(5, 1), "");
        let big = parse_base(b"ffffffffffffffffffff", 16).number;
        assert_eq!(
            number_to_base(big, 10).unwrap(),
            "1208925819614629446642046"
        );
        assert_eq!(number_to_base(Number::Int(13), 36).unwrap(), "d");
        assert_eq!(
            number_to_base(Number::Float(f64::INFINITY), 10).unwrap_err(),
            "An infinite value cannot be converted to base 10"
        );
    }
}
