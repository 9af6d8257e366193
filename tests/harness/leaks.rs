//! The leak check of the golden tests: phpi run with `PHPI_LEAK_REPORT=1`
//! prints, after everything else, one line on stderr with the strings,
//! arrays, objects and references still allocated when it exits
//! (`src/gc/heap_stats.rs`):
//!
//! ```text
//! phpi-leaks: strings=0 arrays=0 objects=0 references=0
//! ```
//!
//! The harness reads stdout and stderr through one pipe, so the line ends
//! the output; [`take_report`] cuts it off before the output is compared,
//! and a test whose counts are not all zero fails.

/// The environment variable asking phpi for the report.
pub const VARIABLE: &str = "PHPI_LEAK_REPORT";

const PREFIX: &[u8] = b"phpi-leaks: ";

/// The live counts phpi reported at exit, as `name=count` pairs in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeakReport(pub Vec<(String, i64)>);

impl LeakReport {
    /// True when nothing was left allocated.
    pub fn is_clean(&self) -> bool {
        self.0.iter().all(|(_, count)| *count == 0)
    }
}

impl std::fmt::Display for LeakReport {
    fn fmt(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        let counts: Vec<String> = self
            .0
            .iter()
            .map(|(name, count)| format!("{name}={count}"))
            .collect();
        write!(formatter, "{}", counts.join(" "))
    }
}

/// Removes the report line from the end of `output` and returns it; `None`
/// (output untouched) when the output does not end with one. The line may
/// follow output that does not end with a newline.
pub fn take_report(output: &mut Vec<u8>) -> Option<LeakReport> {
    let start = output
        .windows(PREFIX.len())
        .rposition(|window| window == PREFIX)?;
    let line = output[start + PREFIX.len()..].strip_suffix(b"\n")?;
    let mut counts = Vec::new();
    for pair in std::str::from_utf8(line).ok()?.split(' ') {
        let (name, count) = pair.split_once('=')?;
        counts.push((name.to_string(), count.parse().ok()?));
    }
    if counts.is_empty() {
        return None;
    }
    output.truncate(start);
    Some(LeakReport(counts))
}

#[cfg(test)]
mod tests {
    use super::{take_report, LeakReport};

    fn report(pairs: &[(&str, i64)]) -> LeakReport {
        LeakReport(
            pairs
                .iter()
                .map(|(name, count)| (name.to_string(), *count))
                .collect(),
        )
    }

    #[test]
    fn cuts_the_report_off_the_output() {
        let mut output = b"hello\nphpi-leaks: strings=0 arrays=2\n".to_vec();
        assert_eq!(
            take_report(&mut output),
            Some(report(&[("strings", 0), ("arrays", 2)]))
        );
        assert_eq!(output, b"hello\n");
        assert!(!report(&[("strings", 0), ("arrays", 2)]).is_clean());
        assert!(report(&[("strings", 0)]).is_clean());
    }

    #[test]
    fn finds_the_report_after_an_unterminated_line() {
        let mut output = b"no newline phpi-leaks: strings=0\nphpi-leaks: objects=1\n".to_vec();
        assert_eq!(take_report(&mut output), Some(report(&[("objects", 1)])));
        assert_eq!(output, b"no newline phpi-leaks: strings=0\n");
    }

    #[test]
    fn leaves_output_without_a_report_alone() {
        for text in [
            &b"plain\n"[..],
            b"phpi-leaks: strings=0",
            b"phpi-leaks: strings=x\n",
            b"phpi-leaks: \n",
        ] {
            let mut output = text.to_vec();
            assert_eq!(take_report(&mut output), None);
            assert_eq!(output, text);
        }
    }
}
