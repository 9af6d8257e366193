//! A test's expected output and how run-tests.php compares output with it.
//!
//! Both sides are trimmed (PHP's `trim()`) and have `\r\n` turned into `\n`.
//! `--EXPECT--` must then be equal byte for byte; `--EXPECTF--` and
//! `--EXPECTREGEX--` are regular expressions matched against the whole
//! output with PCRE's `s` modifier.

use super::diff::unified_diff;
use super::expectf::{crlf_to_lf, expectf_to_regex};
use super::pcre::Regex;
use super::test_file::{php_trim, TestFile, EXPECTATION_SECTIONS};

/// The expected output of a test, trimmed and with `\n` line ends.
pub enum Expectation {
    /// `--EXPECT--`: the exact output.
    Exact(Vec<u8>),
    /// `--EXPECTF--`: output with placeholders.
    Format(Vec<u8>),
    /// `--EXPECTREGEX--`: a regular expression.
    Regex(Vec<u8>),
}

impl Expectation {
    /// The test's one expectation section; run-tests.php borks a test that
    /// has none or several.
    pub fn of(test: &TestFile) -> Result<Expectation, String> {
        let present: Vec<&str> = EXPECTATION_SECTIONS
            .into_iter()
            .filter(|name| test.has(name))
            .collect();
        let [name] = present[..] else {
            return Err("missing section --EXPECT--, --EXPECTF-- or --EXPECTREGEX--".to_string());
        };
        let text = normalize_output(test.section(name).unwrap_or_default());
        Ok(match name {
            "EXPECT" => Expectation::Exact(text),
            "EXPECTF" => Expectation::Format(text),
            _ => Expectation::Regex(text),
        })
    }

    /// Whether `output` (already normalized) is what the test expects; an
    /// error when the expectation is not a valid pattern.
    pub fn matches(&self, output: &[u8]) -> Result<bool, String> {
        Ok(match self {
            Expectation::Exact(text) => text == output,
            Expectation::Format(text) => {
                whole_output_regex(&expectf_to_regex(text))?.is_match(output)
            }
            Expectation::Regex(text) => {
                check_delimiter(text)?;
                whole_output_regex(text)?.is_match(output)
            }
        })
    }

    /// A unified diff from the expectation to `output`; with `--EXPECTF--`
    /// an output line matching its expected line's placeholders counts as
    /// unchanged.
    pub fn diff(&self, output: &[u8]) -> String {
        let text = match self {
            Expectation::Exact(text) | Expectation::Format(text) | Expectation::Regex(text) => text,
        };
        let expected: Vec<&[u8]> = text.split(|&byte| byte == b'\n').collect();
        let actual: Vec<&[u8]> = output.split(|&byte| byte == b'\n').collect();
        let line_patterns: Vec<Option<Regex>> = match self {
            Expectation::Format(_) => expected
                .iter()
                .map(|line| whole_output_regex(&expectf_to_regex(line)).ok())
                .collect(),
            _ => Vec::new(),
        };
        unified_diff(&expected, &actual, &|i, j| match line_patterns.get(i) {
            Some(Some(pattern)) => pattern.is_match(actual[j]),
            _ => expected[i] == actual[j],
        })
    }
}

/// Trims and turns `\r\n` into `\n`, as run-tests.php does to both the
/// output and the expectation before comparing them.
pub fn normalize_output(raw: &[u8]) -> Vec<u8> {
    crlf_to_lf(php_trim(raw))
}

/// `^pattern$` with the `s` modifier, as run-tests.php hands a pattern to
/// `preg_match`.
fn whole_output_regex(pattern: &[u8]) -> Result<Regex, String> {
    let mut anchored = Vec::with_capacity(pattern.len() + 2);
    anchored.push(b'^');
    anchored.extend_from_slice(pattern);
    anchored.push(b'$');
    Regex::new(&anchored, true)
}

/// run-tests.php delimits the pattern with `/`; an unescaped `/` inside
/// ends it early and `preg_match` fails, so such a test cannot pass.
fn check_delimiter(pattern: &[u8]) -> Result<(), String> {
    let mut index = 0;
    while index < pattern.len() {
        match pattern[index] {
            b'\\' => index += 2,
            b'/' => {
                return Err(
                    "--EXPECTREGEX-- has an unescaped '/', which ends preg_match's pattern"
                        .to_string(),
                )
            }
            _ => index += 1,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{normalize_output, Expectation};

    #[test]
    fn compares_after_trimming_and_newline_normalization() {
        let expectation = Expectation::Exact(normalize_output(b"\na\r\nb  \n"));
        assert_eq!(
            expectation.matches(&normalize_output(b"a\nb\n\n")),
            Ok(true)
        );
        assert_eq!(expectation.matches(&normalize_output(b"a\nc")), Ok(false));
    }

    #[test]
    fn regex_expectations_need_escaped_delimiters() {
        assert_eq!(
            Expectation::Regex(b"a\\/b".to_vec()).matches(b"a/b"),
            Ok(true)
        );
        assert!(Expectation::Regex(b"a/b".to_vec()).matches(b"a/b").is_err());
    }

    #[test]
    fn format_diffs_match_lines_through_placeholders() {
        let expectation = Expectation::Format(b"line %d\nsame\nend".to_vec());
        assert_eq!(
            expectation.diff(b"line 7\nsame\nEND"),
            "--- expected\n+++ actual\n@@ -1,3 +1,3 @@\n line %d\n same\n-end\n+END\n"
        );
    }
}
