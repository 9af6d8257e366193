//! Differential tests against tables that real PHP 8.2 produced from
//! pseudo-random inputs (`scripts/numeric_oracle.php` regenerates them into
//! `testdata/`). Each test reports every mismatching row, not just the first.

use super::*;

fn float_from_bits(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).expect("float bits"))
}

fn bytes_from_hex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex byte"))
        .collect()
}

/// The data rows of a table: tab-separated fields, header lines skipped.
fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| line.split('\t').collect())
}

fn assert_no_mismatches(table: &str, mismatches: Vec<String>) {
    assert!(
        mismatches.is_empty(),
        "{} mismatches with PHP in {table}:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[test]
fn floats_print_like_php() {
    let mut mismatches = Vec::new();
    for row in rows(include_str!("testdata/floats.tsv")) {
        let value = float_from_bits(row[0]);
        let ours = [
            format_float(value, 14),
            format_float(value, 17),
            format_float(value, 5),
            format_float_repr(value, -1),
            format_float_export(value, -1),
            gcvt(value, -1, b'e'),
        ];
        for (column, (php, ours)) in row[1..].iter().zip(&ours).enumerate() {
            if php != ours {
                mismatches.push(format!(
                    "{value:e} column {}: php {php} ours {ours}",
                    column + 1
                ));
            }
        }
    }
    assert_no_mismatches("floats.tsv", mismatches);
}

/// One float argument, converted the only ways a float conversion asks.
struct OneFloat(f64);

impl FormatArgs for OneFloat {
    type Error = SprintfError;
    fn count(&self) -> usize {
        1
    }
    fn int_arg(&mut self, _: usize) -> Result<i64, SprintfError> {
        Ok(float_to_int(self.0))
    }
    fn float_arg(&mut self, _: usize) -> Result<f64, SprintfError> {
        Ok(self.0)
    }
    fn string_arg(&mut self, _: usize) -> Result<Vec<u8>, SprintfError> {
        Ok(format_float(self.0, 14).into_bytes())
    }
    fn exact_int_arg(&mut self, _: usize) -> Option<i64> {
        None
    }
    fn notice(&mut self, _: &str) -> Result<(), SprintfError> {
        Ok(())
    }
}

#[test]
fn printf_floats_like_php() {
    let mut mismatches = Vec::new();
    for row in rows(include_str!("testdata/printf.tsv")) {
        let value = float_from_bits(row[1]);
        let origin = ArgsOrigin::Variadic { params_before: 1 };
        let ours = sprintf(row[0].as_bytes(), &mut OneFloat(value), origin)
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_else(|error| String::from_utf8_lossy(&error.message).into_owned());
        if ours != row[2] {
            mismatches.push(format!(
                "{} of {value:e}: php {} ours {ours}",
                row[0], row[2]
            ));
        }
    }
    assert_no_mismatches("printf.tsv", mismatches);
}

/// One int or string argument, converted with PHP's rules.
enum IntOrString {
    Int(i64),
    Bytes(Vec<u8>),
}

impl FormatArgs for IntOrString {
    type Error = SprintfError;
    fn count(&self) -> usize {
        1
    }
    fn int_arg(&mut self, _: usize) -> Result<i64, SprintfError> {
        Ok(match self {
            IntOrString::Int(value) => *value,
            IntOrString::Bytes(bytes) => str_to_int(bytes),
        })
    }
    fn float_arg(&mut self, _: usize) -> Result<f64, SprintfError> {
        Ok(match self {
            IntOrString::Int(value) => *value as f64,
            IntOrString::Bytes(bytes) => str_to_float(bytes),
        })
    }
    fn string_arg(&mut self, _: usize) -> Result<Vec<u8>, SprintfError> {
        Ok(match self {
            IntOrString::Int(value) => value.to_string().into_bytes(),
            IntOrString::Bytes(bytes) => bytes.clone(),
        })
    }
    fn exact_int_arg(&mut self, _: usize) -> Option<i64> {
        match self {
            IntOrString::Int(value) => Some(*value),
            IntOrString::Bytes(_) => None,
        }
    }
    fn notice(&mut self, _: &str) -> Result<(), SprintfError> {
        Ok(())
    }
}

#[test]
fn printf_ints_and_strings_like_php() {
    let mut mismatches = Vec::new();
    for row in rows(include_str!("testdata/printf_int_string.tsv")) {
        let mut argument = match row[1].split_once(':') {
            Some(("i", value)) => IntOrString::Int(value.parse().expect("int")),
            Some((_, hex)) => IntOrString::Bytes(bytes_from_hex(hex)),
            None => panic!("bad argument column {}", row[1]),
        };
        let origin = ArgsOrigin::Variadic { params_before: 1 };
        let ours =
            sprintf(row[0].as_bytes(), &mut argument, origin).unwrap_or_else(|error| error.message);
        if ours != bytes_from_hex(row[2]) {
            mismatches.push(format!(
                "{} of {}: php {:?} ours {:?}",
                row[0],
                row[1],
                String::from_utf8_lossy(&bytes_from_hex(row[2])),
                String::from_utf8_lossy(&ours)
            ));
        }
    }
    assert_no_mismatches("printf_int_string.tsv", mismatches);
}

#[test]
fn round_and_number_format_like_php() {
    let mut mismatches = Vec::new();
    for row in rows(include_str!("testdata/round.tsv")) {
        let value = float_from_bits(row[0]);
        let places: i64 = row[1].parse().expect("places");
        let expected = float_from_bits(row[2]);
        let ours = round(value, places, RoundMode::HalfUp);
        if ours.to_bits() != expected.to_bits() {
            mismatches.push(format!(
                "round({value:e}, {places}): php {expected:e} ours {ours:e}"
            ));
        }
        let mode: i64 = row[4].parse().expect("mode");
        let expected = float_from_bits(row[5]);
        let ours = round(value, places, RoundMode::from_php(mode));
        if ours.to_bits() != expected.to_bits() {
            mismatches.push(format!(
                "round({value:e}, {places}, {mode}): php {expected:e} ours {ours:e}"
            ));
        }
        let decimals = places.clamp(0, 12) as i32;
        let ours = number_format(value, decimals, b".", b",");
        if ours != row[3].as_bytes() {
            mismatches.push(format!(
                "number_format({value:e}, {decimals}): php {} ours {}",
                row[3],
                String::from_utf8_lossy(&ours)
            ));
        }
    }
    assert_no_mismatches("round.tsv", mismatches);
}

/// What `$string + 0` gives, written as the table writes it.
fn plus_zero(bytes: &[u8]) -> String {
    let describe = |number: Number| match number {
        Number::Int(value) => format!("int:{value}"),
        // Adding int 0 turns -0.0 into 0.0.
        Number::Float(value) => format!("float:{:016x}", (value + 0.0).to_bits()),
    };
    match parse_numeric(bytes) {
        NumericParse::Numeric(number) => describe(number),
        NumericParse::LeadingNumeric(number) => describe(number) + "!",
        NumericParse::NonNumeric => "TypeError".into(),
    }
}

#[test]
fn numeric_strings_like_php() {
    let mut mismatches = Vec::new();
    for row in rows(include_str!("testdata/strings.tsv")) {
        let bytes = bytes_from_hex(row[0]);
        let shown = format!("{:?}", String::from_utf8_lossy(&bytes));
        let expected_numeric = row[1] == "1";
        if is_numeric(&bytes) != expected_numeric {
            mismatches.push(format!("is_numeric({shown}): php {expected_numeric}"));
        }
        let expected_int: i64 = row[2].parse().expect("int");
        if str_to_int(&bytes) != expected_int {
            mismatches.push(format!(
                "(int){shown}: php {expected_int} ours {}",
                str_to_int(&bytes)
            ));
        }
        let expected_float = float_from_bits(row[3]);
        if str_to_float(&bytes).to_bits() != expected_float.to_bits() {
            mismatches.push(format!("(float){shown}: php {expected_float:e}"));
        }
        if plus_zero(&bytes) != row[4] {
            mismatches.push(format!(
                "{shown} + 0: php {} ours {}",
                row[4],
                plus_zero(&bytes)
            ));
        }
        let key = canonical_int_key(&bytes).map_or("-".to_string(), |key| key.to_string());
        if key != row[5] {
            mismatches.push(format!("[{shown} => 1] key: php {} ours {key}", row[5]));
        }
        if row[6] != "-" && increment_string(&bytes) != bytes_from_hex(row[6]) {
            mismatches.push(format!("{shown}++: php {:?}", bytes_from_hex(row[6])));
        }
        let (base, expected) = row[7].split_once(':').expect("BASE:VALUE");
        let base: i64 = base.parse().expect("base");
        let ours = str_to_int_radix(&bytes, base);
        if ours.to_string() != expected {
            mismatches.push(format!(
                "intval({shown}, {base}): php {expected} ours {ours}"
            ));
        }
    }
    assert_no_mismatches("strings.tsv", mismatches);
}

#[test]
fn string_comparisons_like_php() {
    let mut mismatches = Vec::new();
    for row in rows(include_str!("testdata/compare.tsv")) {
        let (left, right) = (bytes_from_hex(row[0]), bytes_from_hex(row[1]));
        let ours = [
            compare_strings(&left, &right),
            compare_int_with_string(str_to_int(&left), &right),
            compare_float_with_string(str_to_float(&left), &right, 14),
        ];
        for (column, (php, ours)) in row[2..].iter().zip(ours).enumerate() {
            if *php != (ours as i8).to_string() {
                mismatches.push(format!(
                    "{:?} <=> {:?} (column {}): php {php} ours {ours:?}",
                    String::from_utf8_lossy(&left),
                    String::from_utf8_lossy(&right),
                    column + 3
                ));
            }
        }
    }
    assert_no_mismatches("compare.tsv", mismatches);
}
