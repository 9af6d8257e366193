//! Golden tests: each `tests/phpt/<area>/<name>.phpt` is one test case,
//! named `<area>/<name>`, run against phpi by the shared harness exactly as
//! php-src's run-tests.php runs PHP (`cargo test --test phpt -- basic/`
//! runs one area). A test fails with a unified diff of expected against
//! actual output; one whose `--XFAIL--` section is out of date (it passes)
//! fails too, so that the section gets removed. phpi must also end each
//! test with no string, array, object or reference still allocated
//! (`harness/leaks.rs`).
//!
//! With `PHPI_BLESS` set to a list of `.phpt` paths (one a line), this
//! binary blesses them instead (see `harness/bless.rs`): that is what
//! `scripts/phpt-bless` runs, with real PHP as `PHPI_TEST_BINARY`.

// Cargo builds `harness = false` targets with `cfg(test)` but without the
// test runner, so the harness's unit-test modules are compiled here without
// their tests (they run in tests/harness_self_test.rs): hence `unused`.
#[allow(unused)]
mod harness;

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use harness::bless::bless;
use harness::runner::{Outcome, Runner};
use libtest_mimic::{Arguments, Completion, Failed, Trial};

/// Generous: the slowest golden test takes milliseconds under PHP.
const TIMEOUT: Duration = Duration::from_secs(30);

fn main() -> ExitCode {
    let runner = match Runner::from_environment(TIMEOUT) {
        Ok(runner) => runner,
        Err(error) => {
            eprintln!("phpt: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(files) = std::env::var_os("PHPI_BLESS") {
        return bless_files(&runner, &files.to_string_lossy());
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/phpt");
    let tests = match harness::find_tests(&root) {
        Ok(tests) => tests,
        Err(error) => {
            eprintln!("phpt: cannot list {}: {error}", root.display());
            return ExitCode::FAILURE;
        }
    };
    // Our own tests must free everything they allocate; real PHP (checking
    // the harness) prints no leak report.
    let runner = if runner.binary() == Path::new(env!("CARGO_BIN_EXE_phpi")) {
        runner.check_leaks()
    } else {
        runner
    };
    let runner = Arc::new(runner);
    let trials = tests
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(&root).unwrap_or(&path).with_extension("");
            let runner = Arc::clone(&runner);
            Trial::ignorable_test(name.to_string_lossy(), move || judge(runner.run(&path)))
        })
        .collect();
    libtest_mimic::run(&Arguments::from_args(), trials).exit_code()
}

fn judge(outcome: Outcome) -> Result<Completion, Failed> {
    match outcome {
        Outcome::Passed => Ok(Completion::Completed),
        Outcome::Skipped(reason) => Ok(Completion::ignored_with(format!("skipped: {reason}"))),
        Outcome::ExpectedFailure(reason) => {
            Ok(Completion::ignored_with(format!("XFAIL: {reason}")))
        }
        Outcome::PassedDespiteXfail => {
            Err("passes although its --XFAIL-- section says it fails: remove the section".into())
        }
        Outcome::Failed(report) => Err(report.into()),
        Outcome::Borked(reason) => Err(format!("broken test: {reason}").into()),
    }
}

/// Blesses each file named on a line of `files`; fails if any could not be.
fn bless_files(runner: &Runner, files: &str) -> ExitCode {
    if std::env::var_os("PHPI_TEST_BINARY").is_none() {
        eprintln!(
            "phpt: PHPI_BLESS needs PHPI_TEST_BINARY naming real PHP (use scripts/phpt-bless)"
        );
        return ExitCode::FAILURE;
    }
    let mut failed = false;
    for file in files.lines().filter(|line| !line.is_empty()) {
        match bless(runner, Path::new(file)) {
            Ok(result) => println!("{result}: {file}"),
            Err(error) => {
                println!("NOT BLESSED: {file}: {error}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
