//! The golden-test harness shared by `tests/phpt.rs` (our own `.phpt` tests)
//! and `tests/conformance.rs` (PHP's own tests): it reads `.phpt` files,
//! runs them against a binary as php-src's run-tests.php runs them, and
//! judges the output as run-tests.php does.
//!
//! - `test_file`: the `.phpt` format, its sections and their checks.
//! - `runner`: running a test (SKIPIF, INI, ARGS, STDIN, ENV, CLEAN, ...).
//! - `expectation`: `--EXPECT--` / `--EXPECTF--` / `--EXPECTREGEX--`.
//! - `expectf`: the `--EXPECTF--` placeholders as a regular expression.
//! - `pcre`: the regular-expression matcher those need.
//! - `diff`: unified diffs for failure reports.
//! - `leaks`: phpi's report of values still allocated at exit.
//! - `bless`: rewriting a test's expectation with real PHP's output.
//!
//! The binary under test is the crate's `phpi` unless `PHPI_TEST_BINARY`
//! names another (`PHPI_TEST_BINARY=php` checks the harness against PHP).

pub mod bless;
pub mod diff;
pub mod expectation;
pub mod expectf;
pub mod leaks;
pub mod pcre;
pub mod runner;
pub mod test_file;

use std::path::{Path, PathBuf};

/// Every `.phpt` file under `directory`, recursively, sorted by path.
pub fn find_tests(directory: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut tests = Vec::new();
    let mut pending = vec![directory.to_path_buf()];
    while let Some(directory) = pending.pop() {
        for entry in std::fs::read_dir(&directory)? {
            let path = entry?.path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if path.is_dir() {
                pending.push(path);
            } else if name.ends_with(".phpt") && !name.starts_with('.') {
                tests.push(path);
            }
        }
    }
    tests.sort();
    Ok(tests)
}
