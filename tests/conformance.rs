//! Conformance: PHP's own tests (php-src 8.2's `tests/lang`, the `Zend/tests`
//! collector tests and weak references) read in place from
//! `../shared/php-tests`, run against phpi by the shared harness, in
//! parallel, as php-src's run-tests.php runs them.
//!
//! Only the tests in `EXPECTED-PHP.txt` count (the ones real PHP passes run
//! this way); the others are skipped without running. The target prints
//! `N passed, N failed, N skipped` for each area and in total, and enforces
//! a ratchet: every test listed in `tests/conformance/passing.txt` must
//! pass, or the target fails with the test's diff. Tests passing without
//! being listed are printed; `PHPI_UPDATE_PASSING=1` adds them to the list.
//! Failures of unlisted tests do not fail the target; name a test (cargo's
//! usual filter, `cargo test --test conformance -- gc_017`) to see its diff.
//!
//! Without `../shared/php-tests` the target says so and passes.

// Cargo builds `harness = false` targets with `cfg(test)` but without the
// test runner, so the harness's unit-test modules are compiled here without
// their tests (they run in tests/harness_self_test.rs): hence `unused`.
#[allow(unused)]
mod harness;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Duration;

use harness::runner::{Outcome, Runner};
use libtest_mimic::Arguments;

/// PHP runs each of these tests in well under a second; this leaves room
/// for an unoptimized phpi while bounding a run where every test hangs.
const TIMEOUT: Duration = Duration::from_secs(10);

/// A test's result, in the terms of the summary.
enum Verdict {
    Passed,
    Failed(String),
    Skipped,
}

fn main() -> ExitCode {
    let arguments = Arguments::from_args();
    let crate_root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let suite = crate_root.join("../shared/php-tests");
    if !suite.is_dir() {
        println!(
            "conformance: {} not found: PHP's tests not run",
            suite.display()
        );
        return ExitCode::SUCCESS;
    }
    let suite = suite.canonicalize().unwrap_or(suite);
    match run(
        &arguments,
        &suite,
        &crate_root.join("tests/conformance/passing.txt"),
    ) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("conformance: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the selected tests, prints the summary and applies the ratchet;
/// `Ok(false)` when a listed test does not pass.
fn run(arguments: &Arguments, suite: &Path, passing_file: &Path) -> Result<bool, String> {
    let runner = Runner::from_environment(TIMEOUT)?;
    let expected_to_pass: HashSet<String> = read_list(&suite.join("EXPECTED-PHP.txt"))?
        .into_iter()
        .collect();
    let passing_text = std::fs::read_to_string(passing_file)
        .map_err(|error| format!("cannot read {}: {error}", passing_file.display()))?;
    let listed: BTreeSet<String> = list_entries(&passing_text).collect();

    let all_tests: Vec<String> = harness::find_tests(suite)
        .map_err(|error| format!("cannot list {}: {error}", suite.display()))?
        .iter()
        .filter_map(|path| path.strip_prefix(suite).ok())
        .map(|path| path.to_string_lossy().into_owned())
        .collect();
    let selected: Vec<&String> = all_tests
        .iter()
        .filter(|name| is_selected(arguments, name))
        .collect();
    if arguments.list {
        selected.iter().for_each(|name| println!("{name}: test"));
        return Ok(true);
    }
    let is_filtered = selected.len() < all_tests.len();
    let threads = arguments
        .test_threads
        .or_else(|| std::thread::available_parallelism().ok().map(Into::into))
        .unwrap_or(1);
    println!(
        "conformance: {} of PHP's tests against {} ({threads} at a time, {:?} each at most)",
        selected.len(),
        runner.binary().display(),
        runner.timeout()
    );
    let verdicts = run_in_parallel(&runner, suite, &selected, &expected_to_pass, threads);

    let mut regressions = Vec::new();
    let mut newly_passing = Vec::new();
    for (name, verdict) in &verdicts {
        let is_listed = listed.contains(*name);
        match verdict {
            Verdict::Passed if !is_listed => newly_passing.push(*name),
            Verdict::Passed => {}
            Verdict::Failed(report) if is_listed || is_filtered => {
                println!("\n---- {name} ----\n{report}");
                if is_listed {
                    regressions.push(*name);
                }
            }
            Verdict::Skipped if is_listed => regressions.push(*name),
            _ => {}
        }
    }
    let known: HashSet<&str> = all_tests.iter().map(String::as_str).collect();
    let stale: Vec<&String> = listed
        .iter()
        .filter(|name| !known.contains(name.as_str()))
        .collect();

    if !newly_passing.is_empty() {
        println!("\npassing but not in tests/conformance/passing.txt:");
        newly_passing.iter().for_each(|name| println!("  {name}"));
        if std::env::var("PHPI_UPDATE_PASSING").is_ok_and(|value| value == "1") {
            let updated: BTreeSet<&str> = listed
                .iter()
                .map(String::as_str)
                .chain(newly_passing.iter().copied())
                .collect();
            write_passing_list(passing_file, &passing_text, &updated)?;
            println!("added them to {}", passing_file.display());
        } else {
            println!("add them with: PHPI_UPDATE_PASSING=1 cargo test --test conformance");
        }
    }
    if !regressions.is_empty() {
        println!("\nlisted in tests/conformance/passing.txt but not passing:");
        regressions.iter().for_each(|name| println!("  {name}"));
    }
    if !stale.is_empty() {
        println!(
            "\nlisted in tests/conformance/passing.txt but not a test in {}:",
            suite.display()
        );
        stale.iter().for_each(|name| println!("  {name}"));
    }
    print_summary(&verdicts);
    Ok(regressions.is_empty() && stale.is_empty())
}

/// Runs each test (those PHP does not pass are skipped unrun) on `threads`
/// threads, printing a progress mark per test; verdicts by test name.
fn run_in_parallel<'a>(
    runner: &Runner,
    suite: &Path,
    tests: &[&'a String],
    expected_to_pass: &HashSet<String>,
    threads: usize,
) -> BTreeMap<&'a str, Verdict> {
    let queue = Mutex::new(tests.iter());
    let verdicts = Mutex::new(BTreeMap::new());
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| loop {
                let Some(name) = queue
                    .lock()
                    .unwrap_or_else(|poison| poison.into_inner())
                    .next()
                else {
                    break;
                };
                let verdict = if expected_to_pass.contains(name.as_str()) {
                    verdict_of(runner.run(&suite.join(name)))
                } else {
                    Verdict::Skipped
                };
                let mark = match verdict {
                    Verdict::Passed => ".",
                    Verdict::Failed(_) => "F",
                    Verdict::Skipped => "s",
                };
                let mut verdicts = verdicts.lock().unwrap_or_else(|poison| poison.into_inner());
                verdicts.insert(name.as_str(), verdict);
                let mut out = std::io::stdout().lock();
                let _ = write!(out, "{mark}");
                if verdicts.len() % 100 == 0 || verdicts.len() == tests.len() {
                    let _ = writeln!(out, " {}/{}", verdicts.len(), tests.len());
                }
                let _ = out.flush();
            });
        }
    });
    verdicts
        .into_inner()
        .unwrap_or_else(|poison| poison.into_inner())
}

fn verdict_of(outcome: Outcome) -> Verdict {
    match outcome {
        Outcome::Passed | Outcome::PassedDespiteXfail => Verdict::Passed,
        Outcome::Skipped(_) => Verdict::Skipped,
        Outcome::Failed(report) => Verdict::Failed(report),
        Outcome::Borked(reason) => Verdict::Failed(format!("broken test: {reason}")),
        Outcome::ExpectedFailure(reason) => {
            Verdict::Failed(format!("fails as its XFAIL says: {reason}"))
        }
    }
}

/// Prints `N passed, N failed, N skipped` per area, then in total.
fn print_summary(verdicts: &BTreeMap<&str, Verdict>) {
    const AREAS: [&str; 3] = ["tests/lang", "Zend gc", "weakrefs"];
    let mut counts: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    for (name, verdict) in verdicts {
        let area = area_of(name);
        let column = match verdict {
            Verdict::Passed => 0,
            Verdict::Failed(_) => 1,
            Verdict::Skipped => 2,
        };
        counts.entry(area.clone()).or_default()[column] += 1;
        counts.entry(String::new()).or_default()[column] += 1;
    }
    let total = counts.remove("").unwrap_or_default();
    let line = |[passed, failed, skipped]: [usize; 3]| {
        format!("{passed} passed, {failed} failed, {skipped} skipped")
    };
    println!();
    for area in AREAS {
        if let Some(count) = counts.remove(area) {
            println!("{area}: {}", line(count));
        }
    }
    for (area, count) in counts {
        println!("{area}: {}", line(count));
    }
    println!("{}", line(total));
}

/// The summary area of a test path.
fn area_of(name: &str) -> String {
    if name.starts_with("tests/lang/") {
        "tests/lang".to_string()
    } else if name.starts_with("Zend/tests/weakrefs/") {
        "weakrefs".to_string()
    } else if name.starts_with("Zend/tests/gc_") {
        "Zend gc".to_string()
    } else {
        Path::new(name)
            .parent()
            .unwrap_or(Path::new(""))
            .to_string_lossy()
            .into_owned()
    }
}

/// libtest's selection: the filter (a substring, or the whole name with
/// `--exact`) and `--skip` patterns.
fn is_selected(arguments: &Arguments, name: &str) -> bool {
    let matches = |pattern: &str| {
        if arguments.exact {
            name == pattern
        } else {
            name.contains(pattern)
        }
    };
    arguments.filter.as_deref().is_none_or(matches)
        && !arguments.skip.iter().any(|pattern| matches(pattern))
}

/// The entries of a list file: one per line, `#` comments and blank lines
/// ignored.
fn list_entries(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_string)
}

fn read_list(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    Ok(list_entries(&text).collect())
}

/// Writes the ratchet list below the file's leading comment lines.
fn write_passing_list(path: &Path, current: &str, tests: &BTreeSet<&str>) -> Result<(), String> {
    let mut text: String = current
        .lines()
        .take_while(|line| line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect();
    for test in tests {
        text.push_str(test);
        text.push('\n');
    }
    std::fs::write(path, text).map_err(|error| format!("cannot write {}: {error}", path.display()))
}
