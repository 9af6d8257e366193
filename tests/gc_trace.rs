//! `gc.trace=1`, phpi's own directive (PHP has none like it): one line on
//! stderr for each collector run, automatic or asked for by
//! `gc_collect_cycles()`, in the format of `src/gc/collector.rs`:
//!
//! ```text
//! gc: run 1 (threshold): roots=10000 freed=10000 destructors=0 threshold=10001->10001 time=812us
//! ```
//!
//! The run numbers, counts and thresholds checked here are the ones real
//! PHP 8.2 reports through `gc_status()` and `gc_collect_cycles()` for the
//! same scripts (`php -n -r '...'`, printing those instead of the trace).

use std::process::Command;

/// Runs `phpi -n <args> -r <code>`; returns stdout and stderr.
fn phpi(args: &[&str], code: &str) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_phpi"))
        .arg("-n")
        .args(args)
        .arg("-r")
        .arg(code)
        .output()
        .expect("phpi runs");
    assert!(out.status.success(), "phpi failed: {out:?}");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// One parsed trace line.
#[derive(Debug, PartialEq, Eq)]
struct TraceLine {
    run: u32,
    trigger: String,
    roots: u32,
    freed: u32,
    destructors: u32,
    threshold_before: u32,
    threshold_after: u32,
}

/// Parses a trace line, checking every part of its format; `None` when
/// the line does not have it.
fn parse(line: &str) -> Option<TraceLine> {
    let rest = line.strip_prefix("gc: run ")?;
    let (run, rest) = rest.split_once(" (")?;
    let (trigger, rest) = rest.split_once("): ")?;
    let fields: Vec<&str> = rest.split(' ').collect();
    let [roots, freed, destructors, threshold, time] = fields.as_slice() else {
        return None;
    };
    let number = |field: &str, name: &str| -> Option<u32> {
        field.strip_prefix(name)?.strip_prefix('=')?.parse().ok()
    };
    let (before, after) = threshold.strip_prefix("threshold=")?.split_once("->")?;
    let micros = time.strip_prefix("time=")?.strip_suffix("us")?;
    micros.parse::<u64>().ok()?;
    Some(TraceLine {
        run: run.parse().ok()?,
        trigger: trigger.to_string(),
        roots: number(roots, "roots")?,
        freed: number(freed, "freed")?,
        destructors: number(destructors, "destructors")?,
        threshold_before: before.parse().ok()?,
        threshold_after: after.parse().ok()?,
    })
}

/// The trace lines of a run's stderr (all of it must be trace lines).
fn trace(stderr: &str) -> Vec<TraceLine> {
    stderr
        .lines()
        .map(|line| parse(line).unwrap_or_else(|| panic!("not a gc.trace line: {line:?}")))
        .collect()
}

fn line(
    run: u32,
    trigger: &str,
    roots: u32,
    freed: u32,
    destructors: u32,
    threshold: (u32, u32),
) -> TraceLine {
    TraceLine {
        run,
        trigger: trigger.to_string(),
        roots,
        freed,
        destructors,
        threshold_before: threshold.0,
        threshold_after: threshold.1,
    }
}

/// Makes `$n` self-referencing objects and drops them: `$n` garbage roots.
fn garbage(n: u32) -> String {
    format!("for ($i = 0; $i < {n}; $i++) {{ $o = new stdClass; $o->self = $o; unset($o); }}")
}

#[test]
fn the_line_format_is_what_the_parser_reads() {
    let parsed = parse("gc: run 3 (threshold): roots=10001 freed=10000 destructors=0 threshold=10001->20001 time=812us");
    assert_eq!(
        parsed,
        Some(line(3, "threshold", 10001, 10000, 0, (10001, 20001)))
    );
    assert_eq!(parse("gc: run 3 (threshold): roots=1"), None);
    assert_eq!(parse("Warning: something"), None);
}

#[test]
fn off_by_default() {
    let code = format!("{} var_dump(gc_collect_cycles());", garbage(10_500));
    let (stdout, stderr) = phpi(&[], &code);
    // php -n -r: int(500)
    assert_eq!(stdout, "int(500)\n");
    assert_eq!(stderr, "");
}

#[test]
fn an_automatic_run_and_an_explicit_one() {
    // php -n -r '<garbage(10500)> $s = gc_status(); var_dump($s["runs"],
    //   $s["collected"], gc_collect_cycles(), gc_status()["runs"]);'
    //   => int(1) int(10000) int(500) int(2)
    let code = format!("{} var_dump(gc_collect_cycles());", garbage(10_500));
    let (stdout, stderr) = phpi(&["-d", "gc.trace=1"], &code);
    assert_eq!(stdout, "int(500)\n", "the trace stays off stdout");
    assert_eq!(
        trace(&stderr),
        [
            line(1, "threshold", 10_000, 10_000, 0, (10_001, 10_001)),
            line(2, "gc_collect_cycles", 500, 500, 0, (10_001, 10_001)),
        ]
    );
}

#[test]
fn destructors_and_the_second_pass_they_cause() {
    // A garbage object with a destructor makes the collector run twice in
    // one call (gc_status()["runs"] goes from 0 to 2 in PHP); a call that
    // finds no roots is no run and prints nothing.
    let code = "class D { public $self; function __destruct() { echo \"destruct\\n\"; } }
        $d = new D; $d->self = $d; unset($d);
        var_dump(gc_collect_cycles(), gc_collect_cycles(), gc_status()['runs']);";
    let (stdout, stderr) = phpi(&["-d", "gc.trace=1"], code);
    // php -n -r: destruct int(1) int(0) int(2)
    assert_eq!(stdout, "destruct\nint(1)\nint(0)\nint(2)\n");
    assert_eq!(
        trace(&stderr),
        [line(2, "gc_collect_cycles", 1, 1, 1, (10_001, 10_001))]
    );
}

#[test]
fn the_threshold_moving_up_and_down() {
    // 10,000 live objects released to a non-zero count fill the buffer with
    // roots that are not garbage: the automatic run frees nothing and the
    // threshold rises by 10,000; the next run, over garbage, brings it back.
    let code = format!(
        "$live = []; for ($i = 0; $i < 10000; $i++) {{ $o = new stdClass; $live[] = $o; $c = $o; unset($c); }}
         {} $s = gc_status(); echo \"$s[runs] $s[threshold] $s[collected] $s[roots]\\n\";",
        garbage(25_000)
    );
    let (stdout, stderr) = phpi(&["-d", "gc.trace=1"], &code);
    // php -n -r (the same script): 2 10001 20000 5000
    assert_eq!(stdout, "2 10001 20000 5000\n");
    assert_eq!(
        trace(&stderr),
        [
            line(1, "threshold", 10_000, 0, 0, (10_001, 20_001)),
            line(2, "threshold", 20_000, 20_000, 0, (20_001, 10_001)),
        ]
    );
}

#[test]
fn switched_by_ini_set_at_run_time() {
    let one_cycle = "$a = new stdClass; $a->self = $a; unset($a); gc_collect_cycles();";
    let code = format!(
        "{one_cycle} ini_set('gc.trace', '1'); {one_cycle} ini_set('gc.trace', '0'); {one_cycle}"
    );
    let (_, stderr) = phpi(&[], &code);
    assert_eq!(
        trace(&stderr),
        [line(2, "gc_collect_cycles", 1, 1, 0, (10_001, 10_001))]
    );
}
