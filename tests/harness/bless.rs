//! Blessing a golden test: rewriting its expected section with the output
//! of the binary under test, which `scripts/phpt-bless` makes real PHP.
//!
//! - A test whose current expectation already matches is left alone, so
//!   placeholders written by hand survive.
//! - Output without the temporary directory's path becomes `--EXPECT--`;
//!   output with it becomes `--EXPECTF--`, the directory replaced by `%s`
//!   (and a `%` that would read as a placeholder written `%r%%r`, a
//!   regular-expression span matching a literal `%`). Memory figures and
//!   object ids are left for the author to turn into placeholders.
//! - Every other section is kept byte for byte; a test without an
//!   expectation gets one at its end.

use std::path::Path;

use super::expectation::{normalize_output, Expectation};
use super::expectf::is_placeholder_letter;
use super::runner::{Outcome, Runner};
use super::test_file::{split_sections, TestFile, EXPECTATION_SECTIONS};

/// Rewrites one test's expected section with the binary's output; says
/// what it did.
pub fn bless(runner: &Runner, path: &Path) -> Result<String, String> {
    let contents = std::fs::read(path).map_err(|error| error.to_string())?;
    let mut test = TestFile::load(path)?;
    if [
        "EXPECT_EXTERNAL",
        "EXPECTF_EXTERNAL",
        "EXPECTREGEX_EXTERNAL",
    ]
    .iter()
    .any(|name| test.has(name))
    {
        return Err("its expectation is in an external file; update that by hand".to_string());
    }
    let execution = runner.execute(&mut test).map_err(|outcome| match outcome {
        Outcome::Skipped(reason) => format!("skipped by its SKIPIF ({reason})"),
        Outcome::Borked(reason) => reason,
        other => format!("{other:?}"),
    })?;
    if let Some(end) = &execution.abnormal_end {
        return Err(format!("the run {end}"));
    }
    let output = normalize_output(&execution.output);
    if Expectation::of(&test).is_ok_and(|current| current.matches(&output) == Ok(true)) {
        return Ok("unchanged".to_string());
    }
    let (section, expected) = expectation_for(&output, &execution.script_directory);
    if section == "EXPECTF" && Expectation::Format(expected.clone()).matches(&output) != Ok(true) {
        return Err(
            "the output cannot be written as --EXPECTF--; write the section by hand".to_string(),
        );
    }
    let rewritten = replace_expectation(&contents, section, &expected)?;
    std::fs::write(path, rewritten).map_err(|error| error.to_string())?;
    Ok(format!("blessed (--{section}--)"))
}

/// The expected section for `output`: `--EXPECT--` with the output as it
/// is, or `--EXPECTF--` with `script_directory` replaced by `%s`.
fn expectation_for(output: &[u8], script_directory: &Path) -> (&'static str, Vec<u8>) {
    let directory = script_directory.to_string_lossy();
    let directory = directory.as_bytes();
    if !output
        .windows(directory.len())
        .any(|window| window == directory)
    {
        return ("EXPECT", output.to_vec());
    }
    let mut expected = Vec::with_capacity(output.len());
    let mut index = 0;
    while index < output.len() {
        if output[index..].starts_with(directory) {
            expected.extend_from_slice(b"%s");
            index += directory.len();
            continue;
        }
        let byte = output[index];
        if byte == b'%'
            && output
                .get(index + 1)
                .is_some_and(|&next| is_placeholder_letter(next))
        {
            expected.extend_from_slice(b"%r%%r");
        } else {
            expected.push(byte);
        }
        index += 1;
    }
    ("EXPECTF", expected)
}

/// The file with its (first) expectation section replaced by `--NAME--`
/// and `expected`, other expectation sections dropped, everything else
/// kept byte for byte; without one, the section is appended. The new lines
/// end as the replaced header did (or the `--TEST--` line), `\n` or `\r\n`.
fn replace_expectation(contents: &[u8], name: &str, expected: &[u8]) -> Result<Vec<u8>, String> {
    let sections = split_sections(contents)?;
    let is_expectation = |name: &str| EXPECTATION_SECTIONS.contains(&name);
    let model_header = sections
        .iter()
        .find(|raw| is_expectation(&raw.name))
        .unwrap_or(&sections[0])
        .header
        .as_slice();
    let line_end: &[u8] = if model_header.ends_with(b"\r\n") {
        b"\r\n"
    } else {
        b"\n"
    };
    let mut section = format!("--{name}--").into_bytes();
    section.extend_from_slice(line_end);
    if !expected.is_empty() {
        for line in expected.split(|&byte| byte == b'\n') {
            section.extend_from_slice(line);
            section.extend_from_slice(line_end);
        }
    }
    let mut rewritten = Vec::with_capacity(contents.len() + section.len());
    let mut replaced = false;
    for raw in &sections {
        if !is_expectation(&raw.name) {
            rewritten.extend_from_slice(&raw.header);
            rewritten.extend_from_slice(&raw.body);
        } else if !replaced {
            rewritten.extend_from_slice(&section);
            replaced = true;
        }
    }
    if !replaced {
        if !rewritten.ends_with(b"\n") {
            rewritten.extend_from_slice(line_end);
        }
        rewritten.extend_from_slice(&section);
    }
    Ok(rewritten)
}

#[cfg(test)]
mod tests {
    use super::{expectation_for, replace_expectation};
    use std::path::Path;

    #[test]
    fn paths_of_the_script_directory_become_placeholders() {
        let directory = Path::new("/tmp/phpi-phpt-1-2");
        assert_eq!(
            expectation_for(b"plain 100%", directory),
            ("EXPECT", b"plain 100%".to_vec())
        );
        assert_eq!(
            expectation_for(b"in /tmp/phpi-phpt-1-2/x.php: 5%d", directory),
            ("EXPECTF", b"in %s/x.php: 5%r%%rd".to_vec())
        );
    }

    #[test]
    fn replaces_only_the_expectation() {
        let test =
            b"--TEST--\r\nt\r\n--FILE--\n<?php\n--EXPECTF--\nold\n--EXPECT--\nx\n--CLEAN--\nc";
        assert_eq!(
            replace_expectation(test, "EXPECT", b"new").unwrap(),
            b"--TEST--\r\nt\r\n--FILE--\n<?php\n--EXPECT--\nnew\n--CLEAN--\nc"
        );
        assert_eq!(
            replace_expectation(
                b"--TEST--\r\nt\r\n--FILE--\r\nx\r\n--EXPECT--\r\n",
                "EXPECT",
                b"a\nb"
            )
            .unwrap(),
            b"--TEST--\r\nt\r\n--FILE--\r\nx\r\n--EXPECT--\r\na\r\nb\r\n"
        );
        assert_eq!(
            replace_expectation(b"--TEST--\nt\n--FILE--\n<?php", "EXPECT", b"").unwrap(),
            b"--TEST--\nt\n--FILE--\n<?php\n--EXPECT--\n"
        );
    }
}
