//! The engine behind `sprintf`, `printf`, `vsprintf`, `vprintf`, `fprintf`
//! and `vfprintf` (`php_formatted_print` in `ext/standard/formatted_print.c`).
//!
//! A conversion is `%[argnum$][flags][width][.precision][l]specifier`:
//! - argnum `N$` picks the N-th argument (1-based) without moving the cursor;
//! - flags: `-` left-justify, `+` sign positive numbers, ` ` or `0` as padding,
//!   `'c` any byte `c` as padding;
//! - width and precision are digits or `*` (optionally `*N$`), taking an int
//!   argument; precision -1 is allowed for `g G h H` only;
//! - specifiers: `% b c d e E f F g G h H o s u x X`.
//!
//! The engine reproduces PHP's quirks: integers ignore `0` padding when left
//! justified, `NaN` and `INF` ignore the width, a precision on `b o x X`
//! truncates the digits to nothing, a missing argument is reported only after
//! the whole format has been scanned (naming the highest argument needed).
//!
//! Arguments come through [`FormatArgs`], which the interpreter implements
//! with PHP's conversions (and their warnings and exceptions).

use super::format::{exponential_digits, fixed_digits, gcvt};

/// The exception (or fatal error) a format problem raises in PHP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SprintfErrorKind {
    /// `ValueError`: bad format syntax, or a short `vsprintf` array.
    ValueError,
    /// `ArgumentCountError`: too few arguments to `sprintf`/`printf`/`fprintf`.
    ArgumentCountError,
    /// A fatal error (`E_ERROR`), not an exception: `Field width N is too long`.
    FatalError,
}

/// A failure of the format itself, with PHP's exact message (bytes, because
/// it can quote a byte of the format, as in `Unknown format specifier "?"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SprintfError {
    pub kind: SprintfErrorKind,
    pub message: Vec<u8>,
}

impl SprintfError {
    fn value_error(message: impl Into<Vec<u8>>) -> SprintfError {
        SprintfError {
            kind: SprintfErrorKind::ValueError,
            message: message.into(),
        }
    }
}

/// Where the arguments came from, which decides how a shortage is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgsOrigin {
    /// Passed one by one (`sprintf`, `printf`: one parameter before them, the
    /// format; `fprintf`: two). A shortage raises `ArgumentCountError: N
    /// arguments are required, M given`, counting those parameters.
    Variadic { params_before: usize },
    /// Passed as an array (`vsprintf`, `vprintf`, `vfprintf`): `ValueError:
    /// The arguments array must contain N items, M given`.
    Array,
}

/// The arguments of a format call, converted on demand with PHP's rules.
/// `index` is always below [`FormatArgs::count`].
pub trait FormatArgs {
    /// The caller's error type: it must carry [`SprintfError`]s, and may
    /// carry the interpreter's own exceptions thrown during conversions.
    type Error: From<SprintfError>;

    /// How many arguments there are (not counting the format).
    fn count(&self) -> usize;
    /// The argument as `zval_get_long` converts it, without warnings
    /// (`%d %u %c %o %x %X %b`).
    fn int_arg(&mut self, index: usize) -> Result<i64, Self::Error>;
    /// The argument as `zval_get_double` converts it, without warnings
    /// (`%e %E %f %F %g %G %h %H`).
    fn float_arg(&mut self, index: usize) -> Result<f64, Self::Error>;
    /// The argument as `zval_get_string` converts it (`%s`).
    fn string_arg(&mut self, index: usize) -> Result<Vec<u8>, Self::Error>;
    /// The argument's value if it *is* an int (after dereferencing), `None`
    /// for any other type: `*` widths and precisions accept only ints.
    fn exact_int_arg(&mut self, index: usize) -> Option<i64>;
    /// Raises an `E_NOTICE` (PHP prefixes it with the function name, e.g.
    /// `sprintf(): Requested precision of 60 digits was truncated ...`).
    fn notice(&mut self, message: &str) -> Result<(), Self::Error>;
    /// Called before padding grows the output to `len` bytes, so that an
    /// interpreter with a memory limit can refuse (`%2000000000d`).
    fn reserve_output(&mut self, len: usize) -> Result<(), Self::Error> {
        let _ = len;
        Ok(())
    }
}

/// C's `INT_MAX`, the bound PHP puts on widths, precisions and argnums.
const INT_MAX: i64 = i32::MAX as i64;
/// Float precision when none is given.
const DEFAULT_FLOAT_PRECISION: i64 = 6;
/// Largest float precision honoured; larger ones are cut with a notice.
const MAX_FLOAT_PRECISION: i64 = 53;

/// How one conversion pads and aligns its text.
#[derive(Debug, Clone, Copy)]
struct Layout {
    width: usize,
    padding: u8,
    left_align: bool,
}

/// The format being scanned: reading past the end gives NUL, as in C.
struct Cursor<'a> {
    format: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> u8 {
        self.format.get(self.pos).copied().unwrap_or(0)
    }
    fn remaining(&self) -> usize {
        self.format.len().saturating_sub(self.pos)
    }
    /// Reads a run of digits as C's `strtol` would (saturating), giving
    /// `None` when the value is not below `INT_MAX`.
    fn number(&mut self) -> Option<usize> {
        let mut value: i64 = 0;
        while self.peek().is_ascii_digit() {
            value = value
                .saturating_mul(10)
                .saturating_add(i64::from(self.peek() - b'0'));
            self.pos += 1;
        }
        (value < INT_MAX).then_some(value as usize)
    }
    /// An optional `N$` argument number (0-based in the result).
    fn argnum(&mut self) -> Result<Option<usize>, SprintfError> {
        let digits_end = self
            .format
            .get(self.pos..)
            .unwrap_or_default()
            .iter()
            .position(|b| !b.is_ascii_digit())
            .map_or(self.format.len(), |offset| self.pos + offset);
        if self.format.get(digits_end) != Some(&b'$') {
            return Ok(None);
        }
        match self.number() {
            Some(number) if number > 0 => {
                self.pos += 1; // the '$'
                Ok(Some(number - 1))
            }
            _ => Err(SprintfError::value_error(format!(
                "Argument number specifier must be greater than zero and less than {INT_MAX}"
            ))),
        }
    }
}

/// Runs PHP's formatted print: the bytes `sprintf($format, ...$args)` returns.
pub fn sprintf<A: FormatArgs>(
    format: &[u8],
    args: &mut A,
    origin: ArgsOrigin,
) -> Result<Vec<u8>, A::Error> {
    let argc = args.count();
    let mut out = Vec::with_capacity(format.len() + 16);
    let mut cursor = Cursor { format, pos: 0 };
    let mut next_arg = 0;
    let mut max_missing_arg: Option<usize> = None;
    let mut take_next = |argnum: Option<usize>| {
        argnum.unwrap_or_else(|| {
            next_arg += 1;
            next_arg - 1
        })
    };

    while cursor.remaining() > 0 {
        let rest = &format[cursor.pos..];
        let Some(offset) = rest.iter().position(|&b| b == b'%') else {
            out.extend_from_slice(rest);
            break;
        };
        out.extend_from_slice(&rest[..offset]);
        cursor.pos += offset + 1;
        if cursor.peek() == b'%' {
            out.push(b'%');
            cursor.pos += 1;
            continue;
        }

        let mut layout = Layout {
            width: 0,
            padding: b' ',
            left_align: false,
        };
        let mut always_sign = false;
        let mut precision: i64 = 0;
        let mut has_precision = false;
        let mut argnum = None;
        if !cursor.peek().is_ascii_alphabetic() {
            argnum = cursor.argnum()?;
            loop {
                match cursor.peek() {
                    b' ' | b'0' => layout.padding = cursor.peek(),
                    b'-' => layout.left_align = true,
                    b'+' => always_sign = true,
                    b'\'' if cursor.remaining() > 1 => {
                        cursor.pos += 1;
                        layout.padding = cursor.peek();
                    }
                    b'\'' => {
                        return Err(SprintfError::value_error("Missing padding character").into())
                    }
                    _ => break,
                }
                cursor.pos += 1;
            }

            let width_error = || {
                SprintfError::value_error(format!(
                    "Width must be greater than zero and less than {INT_MAX}"
                ))
            };
            if cursor.peek() == b'*' {
                cursor.pos += 1;
                let width_arg = take_next(cursor.argnum()?);
                if width_arg >= argc {
                    max_missing_arg = max_missing_arg.max(Some(width_arg));
                    continue;
                }
                let width = args
                    .exact_int_arg(width_arg)
                    .ok_or_else(|| SprintfError::value_error("Width must be an integer"))?;
                if !(0..=INT_MAX).contains(&width) {
                    return Err(width_error().into());
                }
                layout.width = width as usize;
            } else if cursor.peek().is_ascii_digit() {
                layout.width = cursor.number().ok_or_else(width_error)?;
            }

            if cursor.peek() == b'.' {
                cursor.pos += 1;
                if cursor.peek() == b'*' {
                    cursor.pos += 1;
                    let precision_arg = take_next(cursor.argnum()?);
                    if precision_arg >= argc {
                        max_missing_arg = max_missing_arg.max(Some(precision_arg));
                        continue;
                    }
                    precision = args
                        .exact_int_arg(precision_arg)
                        .ok_or_else(|| SprintfError::value_error("Precision must be an integer"))?;
                    if !(-1..=INT_MAX).contains(&precision) {
                        return Err(SprintfError::value_error(format!(
                            "Precision must be between -1 and {INT_MAX}"
                        ))
                        .into());
                    }
                    has_precision = true;
                } else if cursor.peek().is_ascii_digit() {
                    precision = cursor.number().ok_or_else(|| {
                        SprintfError::value_error(format!(
                            "Precision must be greater than zero and less than {INT_MAX}"
                        ))
                    })? as i64;
                    has_precision = true;
                }
            }
        }

        if cursor.peek() == b'l' {
            cursor.pos += 1;
        }
        let argnum = take_next(argnum);
        if argnum >= argc {
            // Like PHP, resume scanning at the specifier byte.
            max_missing_arg = max_missing_arg.max(Some(argnum));
            continue;
        }

        let specifier = cursor.peek();
        if has_precision && precision == -1 && !matches!(specifier, b'g' | b'G' | b'h' | b'H') {
            return Err(SprintfError::value_error(
                "Precision -1 is only supported for %g, %G, %h and %H",
            )
            .into());
        }
        match specifier {
            b's' => {
                let text = args.string_arg(argnum)?;
                let truncate_to = has_precision.then_some(precision as usize);
                append_padded(&mut out, &text, layout, truncate_to, None, args)?;
            }
            b'd' => {
                let value = args.int_arg(argnum)?;
                let sign = if value < 0 {
                    Some(b'-')
                } else {
                    always_sign.then_some(b'+')
                };
                let mut text: Vec<u8> = sign.into_iter().collect();
                text.extend_from_slice(value.unsigned_abs().to_string().as_bytes());
                append_padded(&mut out, &text, int_layout(layout), None, sign, args)?;
            }
            b'u' => {
                let value = args.int_arg(argnum)? as u64;
                let text = value.to_string();
                append_padded(
                    &mut out,
                    text.as_bytes(),
                    int_layout(layout),
                    None,
                    None,
                    args,
                )?;
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'h' | b'H' => {
                let value = args.float_arg(argnum)?;
                let precision = if !has_precision {
                    DEFAULT_FLOAT_PRECISION
                } else if precision > MAX_FLOAT_PRECISION {
                    args.notice(&format!(
                        "Requested precision of {precision} digits was truncated to PHP maximum of {MAX_FLOAT_PRECISION} digits"
                    ))?;
                    MAX_FLOAT_PRECISION
                } else {
                    precision
                };
                append_float(
                    &mut out,
                    value,
                    specifier,
                    precision,
                    layout,
                    always_sign,
                    args,
                )?;
            }
            b'c' => out.push(args.int_arg(argnum)? as u8),
            b'o' | b'x' | b'X' | b'b' => {
                let value = args.int_arg(argnum)? as u64;
                let text = match specifier {
                    b'o' => format!("{value:o}"),
                    b'x' => format!("{value:x}"),
                    b'X' => format!("{value:X}"),
                    _ => format!("{value:b}"),
                };
                // A precision here keeps zero digits: only padding remains.
                let truncate_to = has_precision.then_some(0);
                append_padded(&mut out, text.as_bytes(), layout, truncate_to, None, args)?;
            }
            b'%' => out.push(b'%'),
            0 if cursor.remaining() == 0 => {
                return Err(
                    SprintfError::value_error("Missing format specifier at end of string").into(),
                )
            }
            other => {
                let mut message = b"Unknown format specifier \"".to_vec();
                message.push(other);
                message.push(b'"');
                return Err(SprintfError::value_error(message).into());
            }
        }
        cursor.pos += 1;
    }

    if let Some(missing) = max_missing_arg {
        let error = match origin {
            ArgsOrigin::Array => SprintfError::value_error(format!(
                "The arguments array must contain {} items, {argc} given",
                missing + 1
            )),
            ArgsOrigin::Variadic { params_before } => SprintfError {
                kind: SprintfErrorKind::ArgumentCountError,
                message: format!(
                    "{} arguments are required, {} given",
                    missing + 1 + params_before,
                    argc + params_before
                )
                .into_bytes(),
            },
        };
        return Err(error.into());
    }
    Ok(out)
}

/// Integers cannot be padded with zeros on the right: left-justified `%d`
/// and `%u` pad with spaces instead.
fn int_layout(layout: Layout) -> Layout {
    if layout.left_align && layout.padding == b'0' {
        Layout {
            padding: b' ',
            ..layout
        }
    } else {
        layout
    }
}

/// Appends one float conversion (`php_sprintf_appenddouble`).
fn append_float<A: FormatArgs>(
    out: &mut Vec<u8>,
    value: f64,
    specifier: u8,
    precision: i64,
    layout: Layout,
    always_sign: bool,
    args: &mut A,
) -> Result<(), A::Error> {
    let mut layout = layout;
    let (text, negative) = match specifier {
        _ if !value.is_finite() => {
            // PHP pads these to a width of 3, whatever was asked, and with `0`
            // padding puts the sign *over* the first letter (`%+05f` of NAN
            // is `+aN`); otherwise no sign is shown, even for -INF.
            layout.width = 3;
            let text = if value.is_nan() { "NaN" } else { "INF" };
            (text.to_string(), value < 0.0)
        }
        b'e' | b'E' | b'f' | b'F' => {
            let (digits, negative) = if matches!(specifier, b'e' | b'E') {
                exponential_digits(value, precision as usize, specifier)
            } else {
                fixed_digits(value, precision as usize)
            };
            let mut text = String::with_capacity(digits.len() + 1);
            if negative {
                text.push('-');
            } else if always_sign {
                text.push('+');
            }
            text.push_str(&digits);
            (text, negative)
        }
        _ => {
            let exponent_char = if matches!(specifier, b'G' | b'H') {
                b'E'
            } else {
                b'e'
            };
            let precision = if precision == 0 { 1 } else { precision as i32 };
            let mut text = gcvt(value, precision, exponent_char);
            let negative = text.starts_with('-');
            if !negative && always_sign {
                text.insert(0, '+');
            }
            (text, negative)
        }
    };
    let sign = (negative || always_sign).then_some(sign_byte(negative));
    append_padded(out, text.as_bytes(), layout, None, sign, args)
}

fn sign_byte(negative: bool) -> u8 {
    if negative {
        b'-'
    } else {
        b'+'
    }
}

/// Appends `text` padded to the layout's width (`php_sprintf_appendstring`).
/// `truncate_to` keeps at most that many bytes (a precision); `sign` is the
/// sign byte that `text` starts with, if any: with right alignment and `0`
/// padding it is written before the padding, replacing `text`'s first byte.
fn append_padded<A: FormatArgs>(
    out: &mut Vec<u8>,
    text: &[u8],
    layout: Layout,
    truncate_to: Option<usize>,
    sign: Option<u8>,
    args: &mut A,
) -> Result<(), A::Error> {
    let mut text = &text[..truncate_to.map_or(text.len(), |limit| limit.min(text.len()))];
    let padding_len = layout.width.saturating_sub(text.len());
    let field_len = layout.width.max(text.len());
    if field_len as u64 > (INT_MAX as u64).saturating_sub(out.len() as u64 + 1) {
        return Err(SprintfError {
            kind: SprintfErrorKind::FatalError,
            message: format!("Field width {field_len} is too long").into_bytes(),
        }
        .into());
    }
    if padding_len > 0 {
        args.reserve_output(out.len() + field_len)?;
    }
    if !layout.left_align {
        if let (Some(sign), b'0') = (sign, layout.padding) {
            out.push(sign);
            text = text.get(1..).unwrap_or_default();
        }
        out.resize(out.len() + padding_len, layout.padding);
    }
    out.extend_from_slice(text);
    if layout.left_align {
        out.resize(out.len() + padding_len, layout.padding);
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::approx_constant)] // 3.14159 is sample input, not π
mod tests {
    use super::*;

    /// Test arguments: PHP values reduced to what the engine asks.
    #[derive(Clone)]
    enum Arg {
        Int(i64),
        Float(f64),
        Str(&'static str),
    }

    struct TestArgs {
        values: Vec<Arg>,
        notices: Vec<String>,
    }

    impl FormatArgs for TestArgs {
        type Error = SprintfError;
        fn count(&self) -> usize {
            self.values.len()
        }
        fn int_arg(&mut self, index: usize) -> Result<i64, SprintfError> {
            Ok(match &self.values[index] {
                Arg::Int(value) => *value,
                Arg::Float(value) => crate::numeric::float_to_int(*value),
                Arg::Str(text) => crate::numeric::str_to_int(text.as_bytes()),
            })
        }
        fn float_arg(&mut self, index: usize) -> Result<f64, SprintfError> {
            Ok(match &self.values[index] {
                Arg::Int(value) => *value as f64,
                Arg::Float(value) => *value,
                Arg::Str(text) => crate::numeric::str_to_float(text.as_bytes()),
            })
        }
        fn string_arg(&mut self, index: usize) -> Result<Vec<u8>, SprintfError> {
            Ok(match &self.values[index] {
                Arg::Int(value) => value.to_string().into_bytes(),
                Arg::Float(value) => crate::numeric::format_float(*value, 14).into_bytes(),
                Arg::Str(text) => text.as_bytes().to_vec(),
            })
        }
        fn exact_int_arg(&mut self, index: usize) -> Option<i64> {
            match self.values[index] {
                Arg::Int(value) => Some(value),
                _ => None,
            }
        }
        fn notice(&mut self, message: &str) -> Result<(), SprintfError> {
            self.notices.push(message.to_string());
            Ok(())
        }
    }

    fn run(format_text: &[u8], values: &[Arg]) -> Result<Vec<u8>, SprintfError> {
        let mut args = TestArgs {
            values: values.to_vec(),
            notices: Vec::new(),
        };
        sprintf(
            format_text,
            &mut args,
            ArgsOrigin::Variadic { params_before: 1 },
        )
    }

    fn ok(format_text: &str, values: &[Arg]) -> String {
        let bytes = run(format_text.as_bytes(), values).unwrap_or_else(|error| {
            panic!(
                "{format_text}: {:?}",
                String::from_utf8_lossy(&error.message)
            )
        });
        String::from_utf8(bytes).unwrap()
    }

    fn err(format_text: &[u8], values: &[Arg]) -> (SprintfErrorKind, String) {
        let error = run(format_text, values).expect_err("expected an error");
        (
            error.kind,
            String::from_utf8_lossy(&error.message).into_owned(),
        )
    }

    use Arg::*;

    #[test]
    fn float_conversions_round_like_php() {
        // One row per value: %.0f|%.2f|%.1f|%e|%.0e|%.3e|%g|%G|%.3g
        let rows: &[(f64, &str)] = &[
            (0.5, "0|0.50|0.5|5.000000e-1|5e-1|5.000e-1|0.5|0.5|0.5"),
            (1.5, "2|1.50|1.5|1.500000e+0|2e+0|1.500e+0|1.5|1.5|1.5"),
            (2.5, "2|2.50|2.5|2.500000e+0|2e+0|2.500e+0|2.5|2.5|2.5"),
            (-0.5, "-0|-0.50|-0.5|-5.000000e-1|-5e-1|-5.000e-1|-0.5|-0.5|-0.5"),
            (0.125, "0|0.12|0.1|1.250000e-1|1e-1|1.250e-1|0.125|0.125|0.125"),
            (0.375, "0|0.38|0.4|3.750000e-1|4e-1|3.750e-1|0.375|0.375|0.375"),
            (1.005, "1|1.00|1.0|1.005000e+0|1e+0|1.005e+0|1.005|1.005|1"),
            (2.675, "3|2.67|2.7|2.675000e+0|3e+0|2.675e+0|2.675|2.675|2.67"),
            (
                1e20,
                "100000000000000000000|100000000000000000000.00|100000000000000000000.0|1.000000e+20|1e+20|1.000e+20|1.0e+20|1.0E+20|1.0e+20",
            ),
            (-0.0, "0|0.00|0.0|0.000000e+0|0e+0|0.000e+0|-0|-0|-0"),
            (0.0, "0|0.00|0.0|0.000000e+0|0e+0|0.000e+0|0|0|0"),
            (1e-10, "0|0.00|0.0|1.000000e-10|1e-10|1.000e-10|1.0e-10|1.0E-10|1.0e-10"),
            (123.456, "123|123.46|123.5|1.234560e+2|1e+2|1.235e+2|123.456|123.456|123"),
        ];
        let pattern = "%.0f|%.2f|%.1f|%e|%.0e|%.3e|%g|%G|%.3g";
        for &(value, expected) in rows {
            assert_eq!(ok(pattern, &vec![Float(value); 9]), expected, "{value}");
        }
    }

    #[test]
    fn padding_and_sign_quirks() {
        let nan = f64::NAN;
        let inf = f64::INFINITY;
        assert_eq!(
            ok(
                "[%+05f][%+05d][%05d][%-05d][%-05.1f][%05.1f][%'x8.2f][%-'x8.2f]",
                &[
                    Float(nan),
                    Int(3),
                    Int(-3),
                    Int(-3),
                    Float(1.5),
                    Float(-1.5),
                    Float(1.5),
                    Float(-1.5)
                ]
            ),
            "[+aN][+0003][-0003][-3   ][1.500][-01.5][xxxx1.50][-1.50xxx]"
        );
        assert_eq!(
            ok(
                "[%010f][%-10f][%+f][%+f][% d]",
                &[Float(-inf), Float(inf), Float(inf), Float(-inf), Int(5)]
            ),
            "[-NF][INF][INF][INF][5]"
        );
        assert_eq!(
            ok(
                "[%.2x][%5.1x][%.3s][%5.1s][%-5s][%05s][%c%c]",
                &[
                    Int(255),
                    Int(255),
                    Str("abcdef"),
                    Str("abc"),
                    Str("ab"),
                    Str("ab"),
                    Int(65),
                    Int(256 + 66)
                ]
            ),
            "[][     ][abc][    a][ab   ][000ab][AB]"
        );
        assert_eq!(
            ok(
                "[%u][%u][%x][%o][%b][%X]",
                &[Int(-1), Int(3), Int(-1), Int(-1), Int(5), Int(255)]
            ),
            "[18446744073709551615][3][ffffffffffffffff][1777777777777777777777][101][FF]"
        );
        assert_eq!(
            ok(
                "[%5.2e][%-12.3E][%+.1e]",
                &[Float(12345.678), Float(0.000123), Int(5)]
            ),
            "[1.23e+4][1.230E-4    ][+5.0e+0]"
        );
        assert_eq!(
            ok(
                "[%-08x][%08b][%-'#6s][%+d][%+d][%+s]",
                &[Int(255), Int(5), Str("ab"), Int(0), Int(-7), Str("x")]
            ),
            "[ff000000][00000101][ab####][+0][-7][x]"
        );
        assert_eq!(
            ok(
                "[%+08.2f][%+-8.2f][% 8.2f][%08.2e][%+g][%010.3g]",
                &[
                    Float(3.14159),
                    Float(3.14159),
                    Float(-3.14159),
                    Float(-1234.5),
                    Float(2.0),
                    Float(-1234.5)
                ]
            ),
            "[+0003.14][+3.14   ][   -3.14][-1.23e+3][+2][-001.23e+3]"
        );
        assert_eq!(ok("%d", &[Int(i64::MIN)]), "-9223372036854775808");
        assert_eq!(
            ok("%05d|%5d|%-5d|", &[Int(123456), Int(-12), Int(7)]),
            "123456|  -12|7    |"
        );
    }

    #[test]
    fn argnum_width_and_precision_arguments() {
        assert_eq!(ok("%2$s %s", &[Str("a"), Str("b")]), "b a");
        assert_eq!(ok("%1$s-%1$s-%s", &[Str("x")]), "x-x-x");
        assert_eq!(
            ok(
                "%*d|%.*f|%-*s|",
                &[Int(5), Int(42), Int(2), Float(3.14159), Int(4), Str("ab")]
            ),
            "   42|3.14|ab  |"
        );
        assert_eq!(ok("%.*s", &[Int(2), Str("abc")]), "ab");
        assert_eq!(ok("%1$*2$d", &[Int(7), Int(4)]), "   7");
        assert_eq!(
            ok(
                "%.*H|%.*h|%.*g",
                &[
                    Int(-1),
                    Float(0.1),
                    Int(-1),
                    Float(1e25),
                    Int(-1),
                    Float(1e-5)
                ]
            ),
            "0.1|1.0e+25|1.0e-5"
        );
        assert_eq!(ok("%h %H", &[Float(1e20), Float(0.1)]), "1.0e+20 0.1");
        assert_eq!(ok("%ld|%5.1s|", &[Int(3), Str("xyz")]), "3|    x|");
        assert_eq!(ok("100%%|%%d", &[]), "100%|%d");
        assert_eq!(ok("%d", &[Str("12abc")]), "12");
        assert_eq!(ok("%d", &[Float(1.9e30)]), "2267562412381044736");
        assert_eq!(ok("%d", &[Str("1e30")]), "9223372036854775807");
        assert_eq!(ok("%f", &[Str("abc")]), "0.000000");
        assert_eq!(ok("%s|%s", &[Float(1.0), Float(0.1 + 0.2)]), "1|0.3");
        assert_eq!(
            ok("%'.10d|%'010d", &[Int(42), Int(42)]),
            "........42|0000000042"
        );
        assert_eq!(ok("%5%|", &[Int(1)]), "%|");
    }

    #[test]
    fn long_precisions() {
        let mut args = TestArgs {
            values: vec![Float(0.1), Float(1.0)],
            notices: Vec::new(),
        };
        let result = sprintf(
            b"%.60f|%.*e",
            &mut args,
            ArgsOrigin::Variadic { params_before: 1 },
        );
        // The second conversion takes its precision (1.0, not an int) from args.
        assert_eq!(
            result.unwrap_err().message,
            b"Precision must be an integer".to_vec()
        );
        assert_eq!(
            args.notices,
            vec!["Requested precision of 60 digits was truncated to PHP maximum of 53 digits"]
        );
        assert_eq!(
            ok("%.60f", &[Float(0.1)]),
            "0.10000000000000000555111512312578270211815834045410156"
        );
        assert_eq!(
            ok("%.*e", &[Int(100), Float(1.0)]),
            "1.00000000000000000000000000000000000000000000000000000e+0"
        );
    }

    #[test]
    fn errors_match_php() {
        use SprintfErrorKind::*;
        let argnum = "Argument number specifier must be greater than zero and less than 2147483647";
        let width = "Width must be greater than zero and less than 2147483647";
        let cases: &[(&[u8], &[Arg], SprintfErrorKind, &str)] = &[
            (b"%0$s", &[Int(1)], ValueError, argnum),
            (b"%$s", &[Int(1)], ValueError, argnum),
            (
                b"%3$s",
                &[Int(1)],
                ArgumentCountError,
                "4 arguments are required, 2 given",
            ),
            (
                b"%5$s %y",
                &[Int(1)],
                ValueError,
                "Unknown format specifier \"y\"",
            ),
            (
                b"%y",
                &[Int(1)],
                ValueError,
                "Unknown format specifier \"y\"",
            ),
            (b"%'", &[Int(1)], ValueError, "Missing padding character"),
            (
                b"%'x",
                &[Int(1)],
                ValueError,
                "Missing format specifier at end of string",
            ),
            (
                b"%-",
                &[Int(1)],
                ValueError,
                "Missing format specifier at end of string",
            ),
            (
                b"%",
                &[Int(1)],
                ValueError,
                "Missing format specifier at end of string",
            ),
            (b"%99999999999d", &[Int(1)], ValueError, width),
            (b"%2147483647d", &[Int(1)], ValueError, width),
            (
                b"%.99999999999f",
                &[Int(1)],
                ValueError,
                "Precision must be greater than zero and less than 2147483647",
            ),
            (
                b"%*d",
                &[Str("5"), Int(1)],
                ValueError,
                "Width must be an integer",
            ),
            (b"%*d", &[Int(-1), Int(1)], ValueError, width),
            (
                b"%.*f",
                &[Int(-2), Float(1.0)],
                ValueError,
                "Precision must be between -1 and 2147483647",
            ),
            (
                b"%.*f",
                &[Int(-1), Float(1.0)],
                ValueError,
                "Precision -1 is only supported for %g, %G, %h and %H",
            ),
            (
                b"%*d",
                &[Int(5)],
                ArgumentCountError,
                "3 arguments are required, 2 given",
            ),
            (
                b"a%",
                &[],
                ArgumentCountError,
                "2 arguments are required, 1 given",
            ),
            (
                b"%2$%d",
                &[Int(1)],
                ArgumentCountError,
                "3 arguments are required, 2 given",
            ),
            (
                b"abc\0%\0d",
                &[Int(1)],
                ValueError,
                "Unknown format specifier \"\0\"",
            ),
            (
                b"%s %s %s",
                &[Int(1)],
                ArgumentCountError,
                "4 arguments are required, 2 given",
            ),
            (
                b"%d %d",
                &[Int(1)],
                ArgumentCountError,
                "3 arguments are required, 2 given",
            ),
            (
                b"%l5d",
                &[Int(1)],
                ValueError,
                "Unknown format specifier \"5\"",
            ),
            (
                b"%\xff",
                &[Int(1)],
                ValueError,
                "Unknown format specifier \"\u{fffd}\"",
            ),
        ];
        for (format_text, values, kind, message) in cases {
            assert_eq!(
                err(format_text, values),
                (*kind, message.to_string()),
                "{:?}",
                String::from_utf8_lossy(format_text)
            );
        }
        let mut args = TestArgs {
            values: vec![Int(1)],
            notices: Vec::new(),
        };
        let error = sprintf(b"%3$s", &mut args, ArgsOrigin::Array).unwrap_err();
        assert_eq!(
            error.message,
            b"The arguments array must contain 3 items, 1 given".to_vec()
        );
        let error = sprintf(
            b"%3$s",
            &mut args,
            ArgsOrigin::Variadic { params_before: 2 },
        )
        .unwrap_err();
        assert_eq!(error.message, b"5 arguments are required, 3 given".to_vec());
    }
}
