//! Numbers and their text forms, exactly as PHP 8.2 converts them.
//!
//! Pure functions over bytes, `i64` and `f64`, with no knowledge of the
//! interpreter's values, so every rule can be tested on its own:
//!
//! - [`parse`]: numeric strings (`"1e3"`, `" 12 "`, `"12abc"`), the `(int)`
//!   and `(float)` casts of strings, float-to-int conversion, and PHP 8's
//!   comparisons of strings with strings and numbers;
//! - [`format`]: floats as `echo`, `var_dump`, `var_export`, `json_encode`
//!   and `serialize` print them, and `number_format()`;
//! - [`sprintf`]: the `sprintf`/`printf`/`vsprintf` family's format language;
//! - [`round`]: `round()` with PHP's pre-rounding;
//! - [`increment`]: `$s++` on non-numeric strings;
//! - [`base`]: `dechex`, `hexdec`, `base_convert` and their kin.
//!
//! Warnings and deprecations are reported as data (a flag or a callback),
//! never printed here; errors are values, and nothing panics on any input.

pub mod base;
pub mod format;
pub mod increment;
pub mod parse;
pub mod round;
pub mod sprintf;

pub use base::{int_to_base, number_to_base, parse_base, BaseParse};
pub use format::{format_float, format_float_export, format_float_repr, gcvt, number_format};
pub use increment::increment_string;
pub use parse::{
    canonical_int_key, compare_float_with_string, compare_floats, compare_int_with_string,
    compare_numeric_strings, compare_strings, float_is_int_compatible, float_to_int,
    float_to_int_saturating, is_numeric, parse_numeric, str_to_float, str_to_int, str_to_int_radix,
    strings_equal, strtod, Number, NumericParse,
};
pub use round::{round, RoundMode};
pub use sprintf::{sprintf, ArgsOrigin, FormatArgs, SprintfError, SprintfErrorKind};

#[cfg(test)]
mod oracle_tests;
