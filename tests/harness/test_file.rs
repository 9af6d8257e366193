//! Reading `.phpt` files: their sections, checked as run-tests.php checks
//! them, and the raw layout that `scripts/phpt-bless` rewrites.
//!
//! A `.phpt` file is a sequence of sections, each opened by a line that
//! starts with `--NAME--` (anything after the marker on that line is
//! ignored) and holding every line up to the next such line. The file must
//! open with `--TEST--`. In `FILE` sections, lines after one that reads
//! `===DONE===` are dropped.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The sections run-tests.php accepts; any other name makes a test "borked".
const KNOWN_SECTIONS: &[&str] = &[
    "EXPECT",
    "EXPECTF",
    "EXPECTREGEX",
    "EXPECTREGEX_EXTERNAL",
    "EXPECT_EXTERNAL",
    "EXPECTF_EXTERNAL",
    "EXPECTHEADERS",
    "POST",
    "POST_RAW",
    "GZIP_POST",
    "DEFLATE_POST",
    "PUT",
    "GET",
    "COOKIE",
    "ARGS",
    "FILE",
    "FILEEOF",
    "FILE_EXTERNAL",
    "REDIRECTTEST",
    "CAPTURE_STDIO",
    "STDIN",
    "CGI",
    "PHPDBG",
    "INI",
    "ENV",
    "EXTENSIONS",
    "SKIPIF",
    "XFAIL",
    "XLEAK",
    "CLEAN",
    "CREDITS",
    "DESCRIPTION",
    "CONFLICTS",
    "WHITESPACE_SENSITIVE",
    "FLAKY",
];

/// The three ways a test states its expected output.
pub const EXPECTATION_SECTIONS: [&str; 3] = ["EXPECT", "EXPECTF", "EXPECTREGEX"];

/// One section exactly as it appears in the file: concatenating every
/// section's `header` and `body` gives back the file byte for byte.
#[derive(Debug, PartialEq, Eq)]
pub struct RawSection {
    pub name: String,
    /// The `--NAME--` line, with its line ending.
    pub header: Vec<u8>,
    /// The lines up to the next section, with their line endings.
    pub body: Vec<u8>,
}

/// Splits a `.phpt` file into its sections, without judging them.
pub fn split_sections(contents: &[u8]) -> Result<Vec<RawSection>, String> {
    let mut sections: Vec<RawSection> = Vec::new();
    for line in contents.split_inclusive(|&byte| byte == b'\n') {
        match section_marker(line) {
            Some(name) => {
                if sections.is_empty() && !line.starts_with(b"--TEST--") {
                    return Err("tests must start with --TEST--".to_string());
                }
                sections.push(RawSection {
                    name,
                    header: line.to_vec(),
                    body: Vec::new(),
                });
            }
            _ => match sections.last_mut() {
                Some(section) => section.body.extend_from_slice(line),
                None => return Err("tests must start with --TEST--".to_string()),
            },
        }
    }
    if sections.is_empty() {
        return Err("empty test".to_string());
    }
    Ok(sections)
}

/// The name in a `--NAME--` section line (`^--([_A-Z]+)--`), if it is one.
fn section_marker(line: &[u8]) -> Option<String> {
    let rest = line.strip_prefix(b"--")?;
    let length = rest
        .iter()
        .take_while(|&&byte| byte == b'_' || byte.is_ascii_uppercase())
        .count();
    (length > 0 && rest[length..].starts_with(b"--"))
        .then(|| String::from_utf8_lossy(&rest[..length]).into_owned())
}

/// A parsed test, its sections processed as run-tests.php processes them.
pub struct TestFile {
    pub path: PathBuf,
    sections: HashMap<String, Vec<u8>>,
}

impl TestFile {
    /// Reads and checks a test; an `Err` is what run-tests.php reports as BORK.
    /// The path is made absolute, since the test runs from elsewhere.
    pub fn load(path: &Path) -> Result<TestFile, String> {
        let cannot_read = |error| format!("cannot read {}: {error}", path.display());
        let path = path.canonicalize().map_err(cannot_read)?;
        let contents = std::fs::read(&path).map_err(cannot_read)?;
        TestFile::parse(&path, &contents)
    }

    pub fn parse(path: &Path, contents: &[u8]) -> Result<TestFile, String> {
        let mut sections: HashMap<String, Vec<u8>> = HashMap::new();
        for raw in split_sections(contents)? {
            // The opening `--TEST--` is the one section not checked.
            if !sections.is_empty() {
                if sections.get(&raw.name).is_some_and(|body| !body.is_empty()) {
                    return Err(format!("duplicated {} section", raw.name));
                }
                if !KNOWN_SECTIONS.contains(&raw.name.as_str()) {
                    return Err(format!("Unknown section \"{}\"", raw.name));
                }
            }
            let body = if matches!(raw.name.as_str(), "FILE" | "FILEEOF" | "FILE_EXTERNAL") {
                cut_after_done_marker(raw.body)
            } else {
                raw.body
            };
            sections.insert(raw.name, body);
        }
        let mut test = TestFile {
            path: path.to_path_buf(),
            sections,
        };
        test.resolve_file_sections()?;
        Ok(test)
    }

    /// The checks and rewrites run-tests.php applies after reading: one
    /// script section, `FILEEOF` without its final line break, and
    /// `*_EXTERNAL` sections loaded from files beside the test.
    fn resolve_file_sections(&mut self) -> Result<(), String> {
        let script_sections = ["FILE", "FILEEOF", "FILE_EXTERNAL"]
            .iter()
            .filter(|name| self.has(name))
            .count();
        if !self.has("PHPDBG") && script_sections != 1 {
            return Err("missing section --FILE--".to_string());
        }
        if let Some(mut script) = self.sections.remove("FILEEOF") {
            while script
                .last()
                .is_some_and(|&byte| byte == b'\n' || byte == b'\r')
            {
                script.pop();
            }
            self.sections.insert("FILE".to_string(), script);
        }
        for prefix in ["FILE", "EXPECT", "EXPECTF", "EXPECTREGEX"] {
            let Some(reference) = self.sections.get(&format!("{prefix}_EXTERNAL")) else {
                continue;
            };
            // Only files inside the test's directory: `..` is removed.
            let name = String::from_utf8_lossy(reference).replace("..", "");
            let external = self.directory().join(name.trim());
            let contents = std::fs::read(&external).map_err(|_| {
                format!(
                    "could not load --{prefix}_EXTERNAL-- {}",
                    external.display()
                )
            })?;
            self.sections.insert(prefix.to_string(), contents);
        }
        Ok(())
    }

    /// The directory holding the `.phpt` file.
    pub fn directory(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// The file name without `.phpt`, which names the files a run writes.
    pub fn stem(&self) -> String {
        self.path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The test's title: its `--TEST--` section, trimmed.
    pub fn title(&self) -> String {
        String::from_utf8_lossy(php_trim(self.section("TEST").unwrap_or_default())).into_owned()
    }

    pub fn has(&self, name: &str) -> bool {
        self.sections.contains_key(name)
    }

    pub fn section(&self, name: &str) -> Option<&[u8]> {
        self.sections.get(name).map(Vec::as_slice)
    }

    /// The section's text, if present and not what PHP's `empty()` calls
    /// empty (`""` or `"0"`).
    pub fn non_empty_section(&self, name: &str) -> Option<&[u8]> {
        self.section(name)
            .filter(|body| !body.is_empty() && *body != b"0")
    }

    pub fn set_section(&mut self, name: &str, body: Vec<u8>) {
        self.sections.insert(name.to_string(), body);
    }
}

/// The body up to and including a `===DONE===` line, if it has one.
fn cut_after_done_marker(body: Vec<u8>) -> Vec<u8> {
    let mut kept = 0;
    for line in body.split_inclusive(|&byte| byte == b'\n') {
        kept += line.len();
        let rest = line.strip_prefix(b"===DONE===");
        if rest.is_some_and(|rest| rest.iter().all(u8::is_ascii_whitespace)) {
            let mut body = body;
            body.truncate(kept);
            return body;
        }
    }
    body
}

/// PHP's `trim()`: strips `" \t\n\r\0\x0B"` from both ends.
pub fn php_trim(text: &[u8]) -> &[u8] {
    let is_trimmed = |byte: &u8| matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0 | 0x0b);
    let start = text
        .iter()
        .position(|byte| !is_trimmed(byte))
        .unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|byte| !is_trimmed(byte))
        .map_or(start, |last| last + 1);
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::{php_trim, split_sections, TestFile};
    use std::path::Path;

    const SAMPLE: &[u8] = b"--TEST--\nname\n--FILE-- trailing text\n<?php echo 1;\n===DONE===\nignored\n--EXPECT--\n1\r\n";

    #[test]
    fn raw_sections_give_back_the_file() {
        let sections = split_sections(SAMPLE).unwrap();
        let names: Vec<&str> = sections
            .iter()
            .map(|section| section.name.as_str())
            .collect();
        assert_eq!(names, ["TEST", "FILE", "EXPECT"]);
        let joined: Vec<u8> = sections
            .iter()
            .flat_map(|section| [section.header.clone(), section.body.clone()].concat())
            .collect();
        assert_eq!(joined, SAMPLE);
    }

    #[test]
    fn parses_like_run_tests() {
        let test = TestFile::parse(Path::new("/t/x.phpt"), SAMPLE).unwrap();
        assert_eq!(test.title(), "name");
        assert_eq!(
            test.section("FILE").unwrap(),
            b"<?php echo 1;\n===DONE===\n"
        );
        assert_eq!(test.section("EXPECT").unwrap(), b"1\r\n");
        assert_eq!(test.stem(), "x");
    }

    #[test]
    fn fileeof_loses_its_final_line_breaks() {
        let test = TestFile::parse(
            Path::new("x.phpt"),
            b"--TEST--\nt\n--FILEEOF--\n<?php\r\n\n--EXPECT--\n",
        )
        .unwrap();
        assert_eq!(test.section("FILE").unwrap(), b"<?php");
    }

    #[test]
    fn rejects_what_run_tests_borks() {
        let cases: &[(&[u8], &str)] = &[
            (b"--FILE--\n", "tests must start with --TEST--"),
            (b"--TEST--\nt\n--EXPECT--\n", "missing section --FILE--"),
            (
                b"--TEST--\nt\n--FILE--\nx\n--FILE--\ny\n--EXPECT--\n",
                "duplicated FILE section",
            ),
            (
                b"--TEST--\nt\n--FILE--\nx\n--NOPE--\n",
                "Unknown section \"NOPE\"",
            ),
        ];
        for &(contents, error) in cases {
            assert_eq!(
                TestFile::parse(Path::new("x.phpt"), contents)
                    .err()
                    .as_deref(),
                Some(error)
            );
        }
    }

    #[test]
    fn trims_like_php() {
        assert_eq!(php_trim(b" \t\0\x0bab c\r\n"), b"ab c");
        assert_eq!(php_trim(b" \n "), b"");
    }
}
