//! Running one `.phpt` test the way php-src's run-tests.php runs it with
//! `-n`, against the binary under test (phpi, or real PHP to check the
//! harness itself).
//!
//! For each test: tests needing the CGI or phpdbg SAPI are skipped; the
//! `--EXTENSIONS--` must be loaded in the binary or the test is skipped;
//! `--SKIPIF--` runs first and output starting with `skip` skips the test.
//! The `--FILE--` section is written to `<name>.php` in a fresh temporary
//! directory that also holds symbolic links to every file beside the
//! `.phpt` (other tests aside), so includes of sibling files work, and runs as
//!
//! ```text
//! BINARY -n -d <run-tests.php's settings> -d <--INI-- lines> -f <dir>/<name>.php [-- <--ARGS-->]
//! ```
//!
//! with the test's directory as working directory, `--STDIN--` as standard
//! input, `--ENV--` added to the environment and stdout and stderr read
//! through one pipe (run-tests.php's `2>&1`). A run is killed after the
//! timeout. `--CLEAN--` runs last. The output is then compared with the
//! expectation (see `expectation.rs`).

use std::ffi::OsString;
use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use super::expectation::{normalize_output, Expectation};
use super::leaks::{self, LeakReport};
use super::test_file::{php_trim, TestFile};

/// The INI settings run-tests.php passes to every run (its `$ini_overwrites`).
const RUN_TESTS_INI: &[(&str, &str)] = &[
    ("output_handler", ""),
    ("open_basedir", ""),
    ("disable_functions", ""),
    ("output_buffering", "Off"),
    ("error_reporting", "32767"), // E_ALL
    ("display_errors", "1"),
    ("display_startup_errors", "1"),
    ("log_errors", "0"),
    ("html_errors", "0"),
    ("track_errors", "0"),
    ("report_memleaks", "1"),
    ("report_zend_debug", "0"),
    ("docref_root", ""),
    ("docref_ext", ".html"),
    ("error_prepend_string", ""),
    ("error_append_string", ""),
    ("auto_prepend_file", ""),
    ("auto_append_file", ""),
    ("ignore_repeated_errors", "0"),
    ("precision", "14"),
    ("serialize_precision", "-1"),
    ("memory_limit", "128M"),
    ("opcache.fast_shutdown", "0"),
    ("opcache.file_update_protection", "0"),
    ("opcache.revalidate_freq", "0"),
    ("opcache.jit_hot_loop", "1"),
    ("opcache.jit_hot_func", "1"),
    ("opcache.jit_hot_return", "1"),
    ("opcache.jit_hot_side_exit", "1"),
    ("opcache.jit_max_root_traces", "100000"),
    ("opcache.jit_max_side_traces", "100000"),
    ("opcache.jit_max_exit_counters", "100000"),
    ("opcache.protect_memory", "1"),
    ("zend.assertions", "1"),
    ("zend.exception_ignore_args", "0"),
    ("zend.exception_string_param_max_len", "15"),
    ("short_open_tag", "0"),
];

/// Settings run-tests.php adds for `--SKIPIF--` and `--CLEAN--` runs.
const NO_FILE_CACHE: &[(&str, &str)] =
    &[("opcache.file_cache", ""), ("opcache.file_cache_only", "0")];

/// What run-tests.php appends to the output of a run it had to kill.
const TIMEOUT_NOTE: &str = "\n ** ERROR: process timed out **\n";

/// How a test ended, in run-tests.php's terms.
#[derive(Debug)]
pub enum Outcome {
    /// PASS (perhaps on a retry, as run-tests.php retries flaky tests).
    Passed,
    /// Passed although its `--XFAIL--` section says it fails (run-tests.php
    /// warns: the section is out of date).
    PassedDespiteXfail,
    /// FAIL, with a report: the diff and how to rerun the test.
    Failed(String),
    /// SKIP, with the reason.
    Skipped(String),
    /// BORK: the test itself is broken or unsupported.
    Borked(String),
    /// XFAIL: failed as its `--XFAIL--` section says it will.
    ExpectedFailure(String),
}

/// What one run of a test's script produced.
pub struct Execution {
    /// Everything printed (stdout and stderr interleaved), plus
    /// run-tests.php's note when the run was killed or died of a signal.
    pub output: Vec<u8>,
    /// The temporary directory the script ran from (canonical path).
    pub script_directory: PathBuf,
    /// The command line, quoted for a shell, to rerun the script by hand.
    pub command: String,
    /// How the run ended, if not by exiting.
    pub abnormal_end: Option<AbnormalEnd>,
    clean_output: Vec<u8>,
    _directory: ScriptDirectory,
}

/// How a run ended other than by the process exiting.
#[derive(Debug, Clone, Copy)]
pub enum AbnormalEnd {
    TimedOut(Duration),
    Signal(i32),
    NotStarted,
}

impl std::fmt::Display for AbnormalEnd {
    fn fmt(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            AbnormalEnd::TimedOut(timeout) => write!(formatter, "timed out after {timeout:?}"),
            AbnormalEnd::Signal(signal) => write!(formatter, "was killed by signal {signal}"),
            AbnormalEnd::NotStarted => write!(formatter, "could not be started"),
        }
    }
}

/// Runs tests against one binary.
pub struct Runner {
    binary: PathBuf,
    timeout: Duration,
    keep_directories: bool,
    /// Run scripts with phpi's leak report and fail those that leak.
    check_leaks: bool,
    loaded_extensions: OnceLock<Vec<String>>,
}

impl Runner {
    /// The binary is `PHPI_TEST_BINARY` (a path, or a name looked up in
    /// `PATH`) or else the crate's `phpi`; `PHPI_TEST_TIMEOUT` (seconds)
    /// overrides `default_timeout`; `PHPI_KEEP_TEMP=1` keeps the temporary
    /// directories for inspection.
    pub fn from_environment(default_timeout: Duration) -> Result<Runner, String> {
        let binary = match std::env::var_os("PHPI_TEST_BINARY") {
            Some(binary) if !binary.is_empty() => find_program(Path::new(&binary))
                .ok_or_else(|| format!("PHPI_TEST_BINARY: no executable {binary:?}"))?,
            _ => PathBuf::from(env!("CARGO_BIN_EXE_phpi")),
        };
        let timeout = match std::env::var("PHPI_TEST_TIMEOUT") {
            Ok(seconds) => seconds
                .parse::<f64>()
                .ok()
                .filter(|seconds| *seconds > 0.0)
                .map(Duration::from_secs_f64)
                .ok_or_else(|| {
                    format!("PHPI_TEST_TIMEOUT: not a number of seconds: {seconds:?}")
                })?,
            Err(_) => default_timeout,
        };
        let keep_directories = std::env::var("PHPI_KEEP_TEMP").is_ok_and(|value| value == "1");
        Ok(Runner {
            binary,
            timeout,
            keep_directories,
            check_leaks: false,
            loaded_extensions: OnceLock::new(),
        })
    }

    /// Runs each script with `PHPI_LEAK_REPORT=1` (see `leaks.rs`): the
    /// report is cut off the output, and a test that leaves strings,
    /// arrays, objects or references allocated at exit fails.
    pub fn check_leaks(mut self) -> Runner {
        self.check_leaks = true;
        self
    }

    pub fn binary(&self) -> &Path {
        &self.binary
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Runs the test at `path` and judges it.
    pub fn run(&self, path: &Path) -> Outcome {
        let mut test = match TestFile::load(path) {
            Ok(test) => test,
            Err(reason) => return Outcome::Borked(reason),
        };
        let expectation = match Expectation::of(&test) {
            Ok(expectation) => expectation,
            Err(reason) => return Outcome::Borked(reason),
        };
        let mut retried = false;
        loop {
            let mut execution = match self.execute(&mut test) {
                Ok(execution) => execution,
                Err(outcome) => return outcome,
            };
            let leak_report = leaks::take_report(&mut execution.output);
            let output = normalize_output(&execution.output);
            let passed = match expectation.matches(&output) {
                Ok(passed) => passed,
                Err(reason) => return Outcome::Borked(reason),
            };
            // run-tests.php retries flaky tests once. Departure: not after a
            // timeout, which would double the worst-case time of a suite.
            let timed_out = matches!(execution.abnormal_end, Some(AbnormalEnd::TimedOut(_)));
            if !passed && !retried && !timed_out && may_be_flaky(&test, &output) {
                retried = true;
                continue;
            }
            if !passed {
                return match test.section("XFAIL") {
                    Some(reason) => Outcome::ExpectedFailure(trimmed_text(reason)),
                    None => {
                        Outcome::Failed(failure_report(&test, &expectation, &output, &execution))
                    }
                };
            }
            if let Some(failure) = self.leak_failure(leak_report.as_ref(), &execution) {
                return Outcome::Failed(format!(
                    "{} [{}]\n{failure}",
                    test.title(),
                    test.path.display()
                ));
            }
            if !execution.clean_output.is_empty() {
                return Outcome::Borked(format!(
                    "invalid output from CLEAN: {}",
                    String::from_utf8_lossy(&execution.clean_output)
                ));
            }
            return if test.has("XFAIL") {
                Outcome::PassedDespiteXfail
            } else {
                Outcome::Passed
            };
        }
    }

    /// Why a run that printed the expected output fails the leak check.
    fn leak_failure(&self, report: Option<&LeakReport>, execution: &Execution) -> Option<String> {
        if !self.check_leaks || execution.abnormal_end.is_some() {
            return None;
        }
        let problem = match report {
            Some(report) if report.is_clean() => return None,
            Some(report) => format!("values left allocated at exit: {report}"),
            None => "phpi printed no leak report".to_string(),
        };
        Some(format!(
            "{problem}\nrerun with {}=1 in the environment: {}\n",
            leaks::VARIABLE,
            execution.command
        ))
    }

    /// Runs the test's script (after its checks and `--SKIPIF--`, and
    /// followed by its `--CLEAN--`) and returns what it printed. `Err`
    /// holds the outcome when the script did not run: skipped or borked.
    /// A `--SKIPIF--` printing `xfail` adds an `--XFAIL--` section to `test`.
    pub fn execute(&self, test: &mut TestFile) -> Result<Execution, Outcome> {
        if is_cgi_test(test) {
            return Err(Outcome::Skipped("CGI not available".to_string()));
        }
        if test.has("PHPDBG") {
            return Err(Outcome::Skipped("phpdbg not available".to_string()));
        }
        if test.has("REDIRECTTEST") {
            return Err(Outcome::Borked(
                "--REDIRECTTEST-- is not supported".to_string(),
            ));
        }
        let mut environment = self.base_environment(test);
        self.check_extensions(test)?;

        let defaults = Settings::from_pairs(RUN_TESTS_INI);
        let mut settings = defaults.clone();
        if let Some(ini) = test.section("INI") {
            let ini = expand_ini_placeholders(&String::from_utf8_lossy(ini), test.directory())
                .map_err(Outcome::Skipped)?;
            settings.merge_lines(&ini);
        }
        environment.push((
            "TEST_PHP_EXTRA_ARGS".into(),
            Some(format!(" -n {}", settings.as_shell_text())),
        ));

        let directory =
            ScriptDirectory::create(test.directory(), self.keep_directories).map_err(|error| {
                Outcome::Borked(format!("cannot prepare a temporary directory: {error}"))
            })?;
        let stem = test.stem();
        let mut helper_arguments = vec![OsString::from("-n"), OsString::from("-q")];
        helper_arguments.extend(defaults.as_arguments());
        helper_arguments.extend(Settings::from_pairs(NO_FILE_CACHE).as_arguments());

        if let Some(code) = test.non_empty_section("SKIPIF") {
            let skip_file = directory
                .write(&format!("{stem}.skip.php"), code)
                .map_err(borked_io)?;
            let mut arguments = helper_arguments.clone();
            arguments.extend(
                Settings::from_pairs(&[("display_errors", "1"), ("display_startup_errors", "0")])
                    .as_arguments(),
            );
            arguments.push(skip_file.into());
            let skip_environment = without_request_variables(&environment);
            let run = self.spawn(
                &arguments,
                test.directory(),
                &skip_environment,
                Some(b""),
                Capture::Both,
            );
            let output = String::from_utf8_lossy(php_trim(&run.output)).into_owned();
            self.judge_skipif_output(test, &output)?;
        }

        let script = directory
            .write(
                &format!("{stem}.php"),
                test.section("FILE").unwrap_or_default(),
            )
            .map_err(borked_io)?;
        let mut arguments = vec![OsString::from("-n")];
        arguments.extend(settings.as_arguments());
        arguments.push("-f".into());
        arguments.push(script.clone().into());
        if let Some(args) = test.section("ARGS") {
            // run-tests.php appends ` -- ARGS` to a shell command line; the
            // section's first line is what the shell passes on.
            let first_line = args.split(|&byte| byte == b'\n').next().unwrap_or_default();
            arguments.push("--".into());
            arguments.extend(
                shell_words(&String::from_utf8_lossy(first_line))
                    .into_iter()
                    .map(OsString::from),
            );
        }
        add_request_variables(&mut environment, &script.to_string_lossy());
        let mut script_environment = environment.clone();
        if self.check_leaks {
            script_environment.push((leaks::VARIABLE.to_string(), Some("1".to_string())));
        }
        let capture = CapturedStreams::from_section(test.section("CAPTURE_STDIO"));
        let stdin = capture
            .stdin
            .then(|| test.section("STDIN").unwrap_or_default());
        let run = self.spawn(
            &arguments,
            test.directory(),
            &script_environment,
            stdin,
            capture.output,
        );

        let mut clean_output = Vec::new();
        if let Some(code) = test.non_empty_section("CLEAN") {
            let clean_file = directory
                .write(&format!("{stem}.clean.php"), php_trim(code))
                .map_err(borked_io)?;
            let mut arguments = helper_arguments;
            arguments.push(clean_file.into());
            let clean_environment = without_request_variables(&environment);
            clean_output = self
                .spawn(
                    &arguments,
                    test.directory(),
                    &clean_environment,
                    Some(b""),
                    Capture::Both,
                )
                .output;
        }
        Ok(Execution {
            output: run.output,
            script_directory: directory.path.clone(),
            command: shell_command(test.directory(), &self.binary, &arguments),
            abnormal_end: run.abnormal_end,
            clean_output,
            _directory: directory,
        })
    }

    /// Acts on what `--SKIPIF--` printed (trimmed), as run-tests.php does.
    fn judge_skipif_output(&self, test: &mut TestFile, output: &str) -> Result<(), Outcome> {
        let starts_with = |prefix: &str| {
            output
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
        };
        // Text after a keyword, as `/^keyword\s*(.+)/i` captures it.
        let after = |length: usize| output[length..].trim_start();
        if starts_with("skip") {
            return Err(Outcome::Skipped(after(4).to_string()));
        }
        let is_info = starts_with("info") && !after(4).is_empty();
        let is_warning = starts_with("warn")
            && output[4..].starts_with(char::is_whitespace)
            && !after(4).is_empty();
        if starts_with("xfail") {
            test.set_section("XFAIL", after(5).as_bytes().to_vec());
        } else if !output.is_empty() && !is_info && !is_warning && !starts_with("xleak") {
            return Err(Outcome::Borked(format!(
                "invalid output from SKIPIF: {output}"
            )));
        }
        Ok(())
    }

    /// Skips the test unless the binary has loaded every extension in
    /// `--EXTENSIONS--` (run-tests.php would also try loading shared ones,
    /// which `-n` runs of phpi cannot do).
    fn check_extensions(&self, test: &TestFile) -> Result<(), Outcome> {
        let Some(section) = test.section("EXTENSIONS") else {
            return Ok(());
        };
        let loaded = self
            .loaded_extensions
            .get_or_init(|| self.query_loaded_extensions());
        let missing: Vec<String> = String::from_utf8_lossy(php_trim(section))
            .split(['\n', '\r'])
            .filter(|name| !name.is_empty() && !loaded.iter().any(|loaded| loaded == name))
            .map(str::to_string)
            .collect();
        match missing.len() {
            0 => Ok(()),
            1 => Err(Outcome::Skipped(format!(
                "Required extension missing: {}",
                missing[0]
            ))),
            _ => Err(Outcome::Skipped(format!(
                "Required extensions missing: {}",
                missing.join(", ")
            ))),
        }
    }

    /// The binary's extensions, named as run-tests.php names them.
    fn query_loaded_extensions(&self) -> Vec<String> {
        let mut arguments = vec![OsString::from("-n")];
        arguments.extend(Settings::from_pairs(RUN_TESTS_INI).as_arguments());
        arguments.extend(Settings::from_pairs(NO_FILE_CACHE).as_arguments());
        arguments.extend(Settings::from_pairs(&[("display_errors", "0")]).as_arguments());
        arguments.push("-r".into());
        arguments.push("echo implode(',', get_loaded_extensions());".into());
        let run = self.spawn(&arguments, Path::new("."), &[], Some(b""), Capture::Stdout);
        String::from_utf8_lossy(&run.output)
            .split(',')
            .filter(|name| *name != "Core")
            .map(|name| match name {
                "Zend OPcache" => "opcache".to_string(),
                name => name.to_lowercase(),
            })
            .collect()
    }

    /// The environment run-tests.php gives every run of a test: its own
    /// variables, the request variables reset, then `--ENV--`.
    fn base_environment(&self, test: &TestFile) -> Vec<(String, Option<String>)> {
        let binary = self.binary.to_string_lossy().into_owned();
        let mut environment = vec![
            ("TEST_PHP_EXECUTABLE".to_string(), Some(binary.clone())),
            (
                "TEST_PHP_EXECUTABLE_ESCAPED".to_string(),
                Some(shell_quote(&binary)),
            ),
        ];
        for name in [
            "REDIRECT_STATUS",
            "QUERY_STRING",
            "PATH_TRANSLATED",
            "SCRIPT_FILENAME",
            "REQUEST_METHOD",
            "CONTENT_TYPE",
            "CONTENT_LENGTH",
            "TZ",
        ] {
            environment.push((name.to_string(), Some(String::new())));
        }
        if let Some(section) = test.non_empty_section("ENV") {
            let directory = test.directory().to_string_lossy();
            let text = String::from_utf8_lossy(section).replace("{PWD}", &directory);
            for line in text.split('\n') {
                if let Some((name, value)) = line.trim().split_once('=') {
                    if !name.is_empty() && name != "0" {
                        environment.push((name.to_string(), Some(value.to_string())));
                    }
                }
            }
        }
        environment
    }

    /// Runs the binary and collects its output, killing it at the timeout.
    fn spawn(
        &self,
        arguments: &[OsString],
        directory: &Path,
        environment: &[(String, Option<String>)],
        stdin: Option<&[u8]>,
        capture: Capture,
    ) -> Run {
        match self.try_spawn(arguments, directory, environment, stdin, capture) {
            Ok(run) => run,
            Err(error) => Run {
                output: format!("harness: cannot run {}: {error}", self.binary.display())
                    .into_bytes(),
                abnormal_end: Some(AbnormalEnd::NotStarted),
            },
        }
    }

    fn try_spawn(
        &self,
        arguments: &[OsString],
        directory: &Path,
        environment: &[(String, Option<String>)],
        stdin: Option<&[u8]>,
        capture: Capture,
    ) -> std::io::Result<Run> {
        let mut command = Command::new(&self.binary);
        command.args(arguments).current_dir(directory);
        // A group of its own, so that a timeout kills whatever it started.
        command.process_group(0);
        for (name, value) in environment {
            match value {
                Some(value) => command.env(name, value),
                None => command.env_remove(name),
            };
        }
        command.stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        let (mut reader, writer) = std::io::pipe()?;
        match capture {
            Capture::Both => {
                command.stdout(writer.try_clone()?).stderr(writer);
            }
            Capture::Stdout => {
                command.stdout(writer).stderr(Stdio::null());
            }
            Capture::Stderr => {
                command.stdout(Stdio::null()).stderr(writer);
            }
            Capture::Nothing => {
                command.stdout(Stdio::null()).stderr(Stdio::null());
            }
        }
        let mut child = command.spawn()?;
        // The command holds the pipe's write end until dropped; the reader
        // sees the end of output only once every write end is closed.
        drop(command);
        if let (Some(input), Some(mut pipe)) = (stdin, child.stdin.take()) {
            let input = input.to_vec();
            thread::spawn(move || pipe.write_all(&input));
        }
        let (sender, receiver) = mpsc::channel();
        thread::spawn(move || {
            let mut buffer = vec![0; 1 << 16];
            loop {
                match reader.read(&mut buffer) {
                    Ok(0) => break,
                    Ok(count) => {
                        if sender.send(buffer[..count].to_vec()).is_err() {
                            break;
                        }
                    }
                    Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
        });

        let deadline = Instant::now() + self.timeout;
        let mut output = Vec::new();
        let mut timed_out = false;
        loop {
            match receiver.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(chunk) => output.extend_from_slice(&chunk),
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    timed_out = true;
                    break;
                }
            }
        }
        // The output can end before the process does.
        let mut status = None;
        let mut pause = Duration::from_micros(100);
        while !timed_out {
            match child.try_wait()? {
                Some(exit) => {
                    status = Some(exit);
                    break;
                }
                None if Instant::now() >= deadline => timed_out = true,
                None => {
                    thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(20));
                }
            }
        }
        if timed_out {
            kill_process_group(child.id());
            let _ = child.kill();
            let _ = child.wait();
            output.extend_from_slice(TIMEOUT_NOTE.as_bytes());
            return Ok(Run {
                output,
                abnormal_end: Some(AbnormalEnd::TimedOut(self.timeout)),
            });
        }
        let abnormal_end = status.and_then(termination_signal).map(|signal| {
            output.extend_from_slice(format!("\nTermsig={signal}\n").as_bytes());
            AbnormalEnd::Signal(signal)
        });
        Ok(Run {
            output,
            abnormal_end,
        })
    }
}

/// The output of one process.
struct Run {
    output: Vec<u8>,
    abnormal_end: Option<AbnormalEnd>,
}

/// Which output streams a run reads; run-tests.php merges the two.
#[derive(Clone, Copy)]
enum Capture {
    Both,
    Stdout,
    Stderr,
    Nothing,
}

/// What `--CAPTURE_STDIO--` asks for (by default: everything).
struct CapturedStreams {
    stdin: bool,
    output: Capture,
}

impl CapturedStreams {
    fn from_section(section: Option<&[u8]>) -> CapturedStreams {
        let Some(section) = section else {
            return CapturedStreams {
                stdin: true,
                output: Capture::Both,
            };
        };
        let text = String::from_utf8_lossy(section).to_uppercase();
        let (stdout, stderr) = (text.contains("STDOUT"), text.contains("STDERR"));
        CapturedStreams {
            stdin: text.contains("STDIN"),
            output: match (stdout, stderr) {
                (true, true) => Capture::Both,
                (true, false) => Capture::Stdout,
                (false, true) => Capture::Stderr,
                (false, false) => Capture::Nothing,
            },
        }
    }
}

/// INI settings in the order first set, later values replacing earlier
/// ones in place (run-tests.php keeps them in a PHP array).
#[derive(Clone)]
struct Settings(Vec<(String, String)>);

impl Settings {
    fn from_pairs(pairs: &[(&str, &str)]) -> Settings {
        let mut settings = Settings(Vec::new());
        for (name, value) in pairs {
            settings.set(name, value);
        }
        settings
    }

    fn set(&mut self, name: &str, value: &str) {
        match self.0.iter_mut().find(|(existing, _)| existing == name) {
            Some(entry) => entry.1 = value.to_string(),
            None => self.0.push((name.to_string(), value.to_string())),
        }
    }

    /// Adds `name=value` lines; lines without `=` are ignored.
    fn merge_lines(&mut self, text: &str) {
        for line in text.split(['\n', '\r']) {
            if let Some((name, value)) = line.split_once('=') {
                self.set(name.trim(), value.trim());
            }
        }
    }

    /// `-d name=value` arguments as PHP receives them from run-tests.php's
    /// shell command `-d "name=addslashes(value)"`: inside double quotes the
    /// shell keeps the backslash addslashes() puts before a `'`.
    fn as_arguments(&self) -> Vec<OsString> {
        self.0
            .iter()
            .flat_map(|(name, value)| {
                [
                    "-d".into(),
                    format!("{name}={}", value.replace('\'', "\\'")).into(),
                ]
            })
            .collect()
    }

    /// The settings as run-tests.php writes them into a shell command line.
    fn as_shell_text(&self) -> String {
        self.0
            .iter()
            .map(|(name, value)| {
                let escaped = value
                    .replace('\\', "\\\\")
                    .replace('\'', "\\'")
                    .replace('"', "\\\"");
                format!(" -d \"{name}={escaped}\"")
            })
            .collect()
    }
}

/// Replaces run-tests.php's `--INI--` placeholders: `{PWD}` (the test's
/// directory), `{TMP}`, `{MAIL:file}` and `{ENV:NAME}`; `Err` is the reason
/// to skip the test when a named variable is not set.
fn expand_ini_placeholders(ini: &str, test_directory: &Path) -> Result<String, String> {
    let temporary = std::env::temp_dir()
        .to_string_lossy()
        .trim_end_matches('/')
        .to_string();
    let ini = ini
        .replace("{PWD}", &test_directory.to_string_lossy())
        .replace("{TMP}", &temporary);
    let ini = replace_braced(&ini, "{MAIL:", |file| Ok(format!("tee {file} >/dev/null")))?;
    replace_braced(&ini, "{ENV:", |name| {
        std::env::var(name).map_err(|_| format!("Environment variable {name} is not set"))
    })
}

/// Replaces each `{PREFIX:argument}` (the argument: non-space characters,
/// as run-tests.php's `\S+`) with `replacement(argument)`.
fn replace_braced(
    text: &str,
    prefix: &str,
    mut replacement: impl FnMut(&str) -> Result<String, String>,
) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(prefix) {
        let after = &rest[start + prefix.len()..];
        let run_length = after.find(char::is_whitespace).unwrap_or(after.len());
        // The greedy `\S+` backs off to the last `}` of the run.
        match after[..run_length].rfind('}').filter(|&close| close > 0) {
            Some(close) => {
                out.push_str(&rest[..start]);
                out.push_str(&replacement(&after[..close])?);
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[..start + prefix.len()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// run-tests.php runs tests with request sections through php-cgi.
fn is_cgi_test(test: &TestFile) -> bool {
    test.has("CGI")
        || [
            "GET",
            "POST",
            "GZIP_POST",
            "DEFLATE_POST",
            "POST_RAW",
            "PUT",
            "COOKIE",
            "EXPECTHEADERS",
        ]
        .iter()
        .any(|name| test.non_empty_section(name).is_some())
}

/// The request variables run-tests.php sets for the script's run; `--ENV--`
/// may have set the ones it only sets when empty.
fn add_request_variables(environment: &mut Vec<(String, Option<String>)>, script: &str) {
    for (name, value, only_if_empty) in [
        ("REDIRECT_STATUS", "1", false),
        ("QUERY_STRING", "", true),
        ("PATH_TRANSLATED", script, true),
        ("SCRIPT_FILENAME", script, true),
        ("HTTP_COOKIE", "", false),
        ("REQUEST_METHOD", "GET", false),
        ("CONTENT_TYPE", "", false),
        ("CONTENT_LENGTH", "", false),
    ] {
        let current = environment
            .iter()
            .rev()
            .find(|(existing, _)| existing == name);
        let is_empty = current.is_none_or(|(_, value)| {
            value
                .as_deref()
                .is_none_or(|value| value.is_empty() || value == "0")
        });
        if !only_if_empty || is_empty {
            environment.push((name.to_string(), Some(value.to_string())));
        }
    }
}

/// run-tests.php's `unset REQUEST_METHOD; unset QUERY_STRING; ...` before
/// the `--SKIPIF--` and `--CLEAN--` commands.
fn without_request_variables(
    environment: &[(String, Option<String>)],
) -> Vec<(String, Option<String>)> {
    let mut environment = environment.to_vec();
    for name in [
        "REQUEST_METHOD",
        "QUERY_STRING",
        "PATH_TRANSLATED",
        "SCRIPT_FILENAME",
    ] {
        environment.push((name.to_string(), None));
    }
    environment
}

/// run-tests.php retries a failed test once when its script uses timing
/// functions, it has a `--FLAKY--` section, or its output looks like a
/// transient failure.
fn may_be_flaky(test: &TestFile, output: &[u8]) -> bool {
    const TIMING_FUNCTIONS: [&str; 5] =
        ["disk_free_space", "hrtime", "microtime", "sleep", "usleep"];
    const TRANSIENT_MESSAGES: [&str; 6] = [
        "404: page not found",
        "address already in use",
        "connection refused",
        "deadlock",
        "mailbox already exists",
        "timed out",
    ];
    let script = test
        .section("FILE")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let output = output.to_ascii_lowercase();
    test.has("FLAKY")
        || TIMING_FUNCTIONS
            .iter()
            .any(|name| contains_word(&script, format!("{name}(").as_bytes(), false))
        || TRANSIENT_MESSAGES
            .iter()
            .any(|message| contains_word(&output, message.as_bytes(), true))
}

/// Whether `needle` occurs in `haystack` after a word boundary (`\b`), and
/// before one too if `bounded_after`.
fn contains_word(haystack: &[u8], needle: &[u8], bounded_after: bool) -> bool {
    let is_word = |byte: &u8| byte.is_ascii_alphanumeric() || *byte == b'_';
    haystack
        .windows(needle.len())
        .enumerate()
        .any(|(start, window)| {
            window == needle
                && (start == 0 || !is_word(&haystack[start - 1]))
                && (!bounded_after
                    || haystack
                        .get(start + needle.len())
                        .is_none_or(|byte| !is_word(byte)))
        })
}

/// The signal that ended a process, as run-tests.php reports it: a signal,
/// or an exit status of 129 to 159 from a shell whose child was killed.
fn termination_signal(status: ExitStatus) -> Option<i32> {
    status.signal().or_else(|| {
        status
            .code()
            .filter(|code| (129..160).contains(code))
            .map(|code| code - 128)
    })
}

/// Kills a process group; std has no call for it, `kill(1)` does.
fn kill_process_group(group: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{group}")])
        .stderr(Stdio::null())
        .status();
}

/// Splits a command-line fragment into words as a POSIX shell would, with
/// quotes and backslashes but without expansions.
pub fn shell_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut characters = text.chars();
    while let Some(character) = characters.next() {
        match character {
            ' ' | '\t' | '\n' => {
                words.extend(word.take());
            }
            '\'' => {
                let word = word.get_or_insert_with(String::new);
                word.extend(characters.by_ref().take_while(|&c| c != '\''));
            }
            '"' => {
                let word = word.get_or_insert_with(String::new);
                while let Some(character) = characters.next() {
                    match character {
                        '"' => break,
                        '\\' => match characters.next() {
                            Some(escaped @ ('$' | '`' | '"' | '\\')) => word.push(escaped),
                            Some('\n') | None => {}
                            Some(other) => {
                                word.push('\\');
                                word.push(other);
                            }
                        },
                        other => word.push(other),
                    }
                }
            }
            '\\' => {
                let word = word.get_or_insert_with(String::new);
                match characters.next() {
                    Some('\n') | None => {}
                    Some(escaped) => word.push(escaped),
                }
            }
            other => word.get_or_insert_with(String::new).push(other),
        }
    }
    words.extend(word);
    words
}

/// `text` quoted for a POSIX shell.
pub fn shell_quote(text: &str) -> String {
    let is_plain = |c: char| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c);
    if !text.is_empty() && text.chars().all(is_plain) {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

fn shell_command(directory: &Path, binary: &Path, arguments: &[OsString]) -> String {
    let mut command = format!(
        "cd {} && {}",
        shell_quote(&directory.to_string_lossy()),
        shell_quote(&binary.to_string_lossy())
    );
    for argument in arguments {
        command.push(' ');
        command.push_str(&shell_quote(&argument.to_string_lossy()));
    }
    command
}

/// A program path as given, or looked up in `PATH` when it is a bare name.
fn find_program(program: &Path) -> Option<PathBuf> {
    let is_file = |path: &Path| path.is_file().then(|| path.to_path_buf());
    if program.components().count() > 1 {
        return is_file(program);
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .find_map(|directory| is_file(&directory.join(program)))
}

fn trimmed_text(text: &[u8]) -> String {
    String::from_utf8_lossy(php_trim(text)).into_owned()
}

fn borked_io(error: std::io::Error) -> Outcome {
    Outcome::Borked(format!("cannot write the test's files: {error}"))
}

/// The report of a failed test: what differs, and how to rerun it.
fn failure_report(
    test: &TestFile,
    expectation: &Expectation,
    output: &[u8],
    execution: &Execution,
) -> String {
    let mut report = format!("{} [{}]\n", test.title(), test.path.display());
    if let Some(end) = &execution.abnormal_end {
        report.push_str(&format!("the run {end}\n"));
    }
    report.push_str(&expectation.diff(output));
    report.push_str(&format!(
        "command (PHPI_KEEP_TEMP=1 keeps its directory): {}\n",
        execution.command
    ));
    report
}

/// A temporary directory for one test's files, holding symbolic links to
/// everything beside the `.phpt` except other `.phpt` files; removed when
/// dropped unless kept.
struct ScriptDirectory {
    path: PathBuf,
    keep: bool,
}

impl ScriptDirectory {
    fn create(test_directory: &Path, keep: bool) -> std::io::Result<ScriptDirectory> {
        static CREATED: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "phpi-phpt-{}-{}",
            std::process::id(),
            CREATED.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(name);
        std::fs::create_dir(&path)?;
        // Canonical, so that the paths PHP reports are the ones we know.
        let directory = ScriptDirectory {
            path: path.canonicalize()?,
            keep,
        };
        let test_directory = test_directory.canonicalize()?;
        for entry in std::fs::read_dir(&test_directory)? {
            let name = entry?.file_name();
            // Other tests are no script's input, and linking hundreds of them
            // per test would cost more than running it.
            if !name.to_string_lossy().ends_with(".phpt") {
                std::os::unix::fs::symlink(test_directory.join(&name), directory.path.join(&name))?;
            }
        }
        Ok(directory)
    }

    /// Writes a file (replacing any link of that name); returns its path.
    fn write(&self, name: &str, contents: &[u8]) -> std::io::Result<PathBuf> {
        let path = self.path.join(name);
        if path.symlink_metadata().is_ok() {
            std::fs::remove_file(&path)?;
        }
        std::fs::write(&path, contents)?;
        Ok(path)
    }
}

impl Drop for ScriptDirectory {
    fn drop(&mut self) {
        if self.keep {
            eprintln!("kept {}", self.path.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{contains_word, replace_braced, shell_words, Settings};

    #[test]
    fn splits_words_like_sh() {
        // Each expected list is what `sh -c 'printf "[%s]" ARGS'` printed.
        let cases: &[(&str, &[&str])] = &[
            ("a  b\tc", &["a", "b", "c"]),
            ("'a b' \"c d\" e\\ f", &["a b", "c d", "e f"]),
            ("\"\\$x \\q\" ''", &["$x \\q", ""]),
            ("x'y'\"z\"", &["xyz"]),
        ];
        for &(text, words) in cases {
            assert_eq!(shell_words(text), words, "{text}");
        }
    }

    #[test]
    fn later_ini_lines_replace_earlier_values_in_place() {
        let mut settings = Settings::from_pairs(&[("a", "1"), ("b", "2")]);
        settings.merge_lines(" a = 3 \r\nno equals sign\nc=x=y\n");
        assert_eq!(
            settings.0,
            [
                ("a".into(), "3".into()),
                ("b".into(), "2".into()),
                ("c".into(), "x=y".into())
            ]
        );
        assert_eq!(
            settings.as_arguments(),
            ["-d", "a=3", "-d", "b=2", "-d", "c=x=y"].map(std::ffi::OsString::from)
        );
    }

    #[test]
    fn replaces_braced_placeholders_like_run_tests() {
        let upper = |text: &str| Ok(text.to_uppercase());
        assert_eq!(
            replace_braced("x={ENV:ab} y={ENV:c}}", "{ENV:", upper),
            Ok("x=AB y=C}".to_string())
        );
        assert_eq!(
            replace_braced("{ENV:} {ENV:a b}", "{ENV:", upper),
            Ok("{ENV:} {ENV:a b}".to_string())
        );
    }

    #[test]
    fn finds_words_at_boundaries() {
        assert!(contains_word(b"x = usleep(1);", b"usleep(", false));
        assert!(!contains_word(b"x = my_usleep(1);", b"usleep(", false));
        assert!(contains_word(b"it timed out.", b"timed out", true));
        assert!(!contains_word(b"it timed outside", b"timed out", true));
    }
}
