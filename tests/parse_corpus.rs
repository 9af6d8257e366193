//! Parses a corpus of real PHP code: the `--FILE--` section of every
//! `.phpt` under `../shared/php-tests`, plus `../shared/php-tests/bench/*.php`
//! and `../shared/seed-examples/*.php`.
//!
//! Every file PHP accepts must parse. For a test whose expected output is a
//! `Parse error`, we must fail too, and the message is compared with PHP's
//! (mismatches are listed; they do not fail the run). Skipped with a
//! message when the shared folder is absent.

use std::path::{Path, PathBuf};

use phpi::syntax::{parse_with, ParseOptions};

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

fn files_with_extension(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_with_extension(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// The text of a `--NAME--` section of a .phpt file.
fn section<'a>(phpt: &'a [u8], names: &[&str]) -> Option<&'a [u8]> {
    let mut lines = phpt.split_inclusive(|&b| b == b'\n');
    let mut start = None;
    let mut offset = 0;
    for line in lines.by_ref() {
        let trimmed = line.strip_suffix(b"\n").unwrap_or(line);
        let trimmed = trimmed.strip_suffix(b"\r").unwrap_or(trimmed);
        offset += line.len();
        if let Some(begin) = start {
            if trimmed.starts_with(b"--") && trimmed.ends_with(b"--") && trimmed.len() > 4 {
                return Some(&phpt[begin..offset - line.len()]);
            }
        } else if names
            .iter()
            .any(|n| trimmed == format!("--{n}--").as_bytes())
        {
            start = Some(offset);
        }
    }
    start.map(|begin| &phpt[begin..])
}

struct Case {
    path: PathBuf,
    source: Vec<u8>,
    /// PHP's expected output, for .phpt files.
    expect: Option<String>,
    options: ParseOptions,
}

fn corpus() -> Vec<Case> {
    let root = shared();
    let mut cases = Vec::new();
    let mut phpts = Vec::new();
    files_with_extension(&root.join("php-tests"), "phpt", &mut phpts);
    for path in phpts {
        let Ok(text) = std::fs::read(&path) else {
            continue;
        };
        let Some(source) = section(&text, &["FILE"]) else {
            continue;
        };
        let expect = section(&text, &["EXPECT", "EXPECTF", "EXPECTREGEX"])
            .map(|e| String::from_utf8_lossy(e).into_owned());
        // php-src's test runner turns short_open_tag off.
        let options = ParseOptions {
            short_open_tag: false,
        };
        cases.push(Case {
            path,
            source: source.to_vec(),
            expect,
            options,
        });
    }
    let mut scripts = Vec::new();
    files_with_extension(&root.join("php-tests/bench"), "php", &mut scripts);
    files_with_extension(&root.join("seed-examples"), "php", &mut scripts);
    for path in scripts {
        if let Ok(source) = std::fs::read(&path) {
            cases.push(Case {
                path,
                source,
                expect: None,
                options: ParseOptions::default(),
            });
        }
    }
    cases
}

#[test]
fn corpus_parses_like_php() {
    if !shared().join("php-tests").is_dir() {
        println!(
            "skipped: {} not found",
            shared().join("php-tests").display()
        );
        return;
    }
    // The interpreter parses on a thread with a large stack; so do we.
    let report = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run_corpus)
        .expect("thread")
        .join()
        .expect("corpus run panicked");
    println!("{report}");
}

fn run_corpus() -> String {
    let cases = corpus();
    let mut parsed = 0;
    let mut failures = Vec::new();
    let mut rejected_as_php = 0;
    let mut message_mismatches = Vec::new();
    let mut parsed_with_error_expected = Vec::new();
    for case in &cases {
        let result = parse_with(&case.source, case.options);
        // PHP rejects the file at compile time: a parse error, or a fatal
        // error our parser also raises (e.g. a reference foreach key).
        let php_rejects = case.expect.as_deref().is_some_and(|e| {
            e.contains("Parse error")
                || matches!(&result, Err(err) if err.fatal && e.contains(&err.message))
        });
        match (result, php_rejects) {
            (Ok(_), false) => parsed += 1,
            (Err(e), false) => failures.push(format!(
                "{}: {} on line {}",
                case.path.display(),
                e.message,
                e.line
            )),
            // The parse error PHP shows may come from eval()'d code.
            (Ok(_), true) => parsed_with_error_expected.push(case.path.display().to_string()),
            (Err(e), true) => {
                let kind = if e.fatal {
                    "Fatal error"
                } else {
                    "Parse error"
                };
                let file = case.path.with_extension("php");
                let file = file.file_name().unwrap_or_default().to_string_lossy();
                let ours = format!("{kind}: {} in /{file} on line {}", e.message, e.line);
                let expect = case.expect.as_deref().unwrap_or_default();
                if expect
                    .lines()
                    .any(|line| wildcard_match(line.trim(), &ours))
                {
                    rejected_as_php += 1;
                } else {
                    message_mismatches.push(format!("{}: {}", case.path.display(), ours));
                }
            }
        }
    }
    let expected_to_parse =
        cases.len() - rejected_as_php - message_mismatches.len() - parsed_with_error_expected.len();
    assert!(
        failures.is_empty(),
        "{} of {} files PHP accepts failed to parse:\n{}",
        failures.len(),
        expected_to_parse,
        failures.join("\n")
    );
    let list = |items: &[String]| items.iter().map(|m| format!("\n  {m}")).collect::<String>();
    format!(
        "corpus: {parsed} files parsed; {rejected_as_php} rejected with PHP's message; \
         {} rejected with another message{}\n\
         {} parsed though PHP's output shows a parse error (from eval()'d code){}",
        message_mismatches.len(),
        list(&message_mismatches),
        parsed_with_error_expected.len(),
        list(&parsed_with_error_expected),
    )
}

/// Whether `text` matches a line of an EXPECT/EXPECTF section, where `%s`,
/// `%d`, `%a` match any run of characters.
fn wildcard_match(pattern: &str, text: &str) -> bool {
    let normalized = pattern
        .replace("%d", "%s")
        .replace("%a", "%s")
        .replace("%A", "%s");
    let parts: Vec<&str> = normalized.split("%s").collect();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if parts.len() == 1 {
        return text == first;
    }
    if !text.starts_with(first) || !text[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}
