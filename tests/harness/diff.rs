//! Unified diffs of expected against actual output, for failure reports.
//!
//! Lines are compared through a caller-supplied predicate, so an
//! `--EXPECTF--` line can match an output line through its placeholders, as
//! in run-tests.php's own diffs.

/// Context lines shown around each change.
const CONTEXT: usize = 3;

/// Above this many line pairs the changed middle is shown as replaced
/// wholesale instead of being aligned (the table would be too large).
const MAX_ALIGNED_PAIRS: usize = 4_000_000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Edit {
    Same { expected: usize, actual: usize },
    Removed { expected: usize },
    Added { actual: usize },
}

/// A unified diff (`--- expected` / `+++ actual`) between two texts split at
/// `\n`; `lines_equal(i, j)` says whether expected line `i` matches actual
/// line `j`. Returns an empty string when every line matches.
pub fn unified_diff(
    expected: &[&[u8]],
    actual: &[&[u8]],
    lines_equal: &dyn Fn(usize, usize) -> bool,
) -> String {
    let edits = align(expected.len(), actual.len(), lines_equal);
    if edits.iter().all(|edit| matches!(edit, Edit::Same { .. })) {
        return String::new();
    }
    // Lines of each text that come before each edit.
    let mut before = Vec::with_capacity(edits.len());
    let (mut expected_seen, mut actual_seen) = (0, 0);
    for edit in &edits {
        before.push((expected_seen, actual_seen));
        match edit {
            Edit::Same { .. } => {
                expected_seen += 1;
                actual_seen += 1;
            }
            Edit::Removed { .. } => expected_seen += 1,
            Edit::Added { .. } => actual_seen += 1,
        }
    }
    before.push((expected_seen, actual_seen));
    let changed: Vec<usize> = (0..edits.len())
        .filter(|&index| !matches!(edits[index], Edit::Same { .. }))
        .collect();
    let mut out = String::from("--- expected\n+++ actual\n");
    // Changes whose context windows touch share a hunk.
    let mut hunk_start = 0;
    while hunk_start < changed.len() {
        let mut hunk_end = hunk_start;
        while hunk_end + 1 < changed.len()
            && changed[hunk_end + 1] - changed[hunk_end] <= 2 * CONTEXT
        {
            hunk_end += 1;
        }
        let first = changed[hunk_start].saturating_sub(CONTEXT);
        let last = (changed[hunk_end] + CONTEXT).min(edits.len() - 1);
        let (expected_from, actual_from) = before[first];
        let (expected_to, actual_to) = before[last + 1];
        out.push_str(&format!(
            "@@ -{} +{} @@\n",
            hunk_range(expected_from, expected_to - expected_from),
            hunk_range(actual_from, actual_to - actual_from)
        ));
        for edit in &edits[first..=last] {
            let (marker, line) = match *edit {
                Edit::Same {
                    expected: index, ..
                } => (' ', expected[index]),
                Edit::Removed { expected: index } => ('-', expected[index]),
                Edit::Added { actual: index } => ('+', actual[index]),
            };
            out.push(marker);
            out.push_str(&String::from_utf8_lossy(line));
            out.push('\n');
        }
        hunk_start = hunk_end + 1;
    }
    out
}

/// A hunk header's range as GNU diff writes it, from the count of lines
/// before the hunk and the count of lines in it.
fn hunk_range(lines_before: usize, count: usize) -> String {
    match count {
        0 => format!("{lines_before},0"),
        1 => format!("{}", lines_before + 1),
        _ => format!("{},{count}", lines_before + 1),
    }
}

/// An alignment of the two line sequences with as many matched lines as
/// possible (a longest common subsequence), within `MAX_ALIGNED_PAIRS`.
fn align(expected: usize, actual: usize, lines_equal: &dyn Fn(usize, usize) -> bool) -> Vec<Edit> {
    let mut prefix = 0;
    while prefix < expected.min(actual) && lines_equal(prefix, prefix) {
        prefix += 1;
    }
    let mut suffix = 0;
    while suffix < (expected - prefix).min(actual - prefix)
        && lines_equal(expected - 1 - suffix, actual - 1 - suffix)
    {
        suffix += 1;
    }
    let (rows, columns) = (expected - prefix - suffix, actual - prefix - suffix);
    let mut edits: Vec<Edit> = (0..prefix)
        .map(|index| Edit::Same {
            expected: index,
            actual: index,
        })
        .collect();
    if rows.saturating_mul(columns) <= MAX_ALIGNED_PAIRS {
        // common[i][j]: longest common subsequence of the middles' tails from i and j.
        let width = columns + 1;
        let mut common = vec![0u32; (rows + 1) * width];
        for i in (0..rows).rev() {
            for j in (0..columns).rev() {
                common[i * width + j] = if lines_equal(prefix + i, prefix + j) {
                    common[(i + 1) * width + j + 1] + 1
                } else {
                    common[(i + 1) * width + j].max(common[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < rows || j < columns {
            if i < rows
                && j < columns
                && lines_equal(prefix + i, prefix + j)
                && common[i * width + j] == common[(i + 1) * width + j + 1] + 1
            {
                edits.push(Edit::Same {
                    expected: prefix + i,
                    actual: prefix + j,
                });
                i += 1;
                j += 1;
            } else if j == columns
                || (i < rows && common[(i + 1) * width + j] >= common[i * width + j + 1])
            {
                edits.push(Edit::Removed {
                    expected: prefix + i,
                });
                i += 1;
            } else {
                edits.push(Edit::Added { actual: prefix + j });
                j += 1;
            }
        }
    } else {
        edits.extend((prefix..prefix + rows).map(|expected| Edit::Removed { expected }));
        edits.extend((prefix..prefix + columns).map(|actual| Edit::Added { actual }));
    }
    edits.extend((0..suffix).map(|offset| Edit::Same {
        expected: expected - suffix + offset,
        actual: actual - suffix + offset,
    }));
    edits
}

#[cfg(test)]
mod tests {
    use super::unified_diff;

    fn diff(expected: &str, actual: &str) -> String {
        let expected: Vec<&[u8]> = expected.split('\n').map(str::as_bytes).collect();
        let actual: Vec<&[u8]> = actual.split('\n').map(str::as_bytes).collect();
        unified_diff(&expected, &actual, &|i, j| expected[i] == actual[j])
    }

    // Expected texts are what GNU `diff -U3` prints for the same inputs.
    #[test]
    fn shows_changes_with_three_lines_of_context() {
        assert_eq!(
            diff("1\n2\n3\n4\n5\n6\n7\n8", "1\n2\n3\n4\nfive\n6\n7\n8"),
            "--- expected\n+++ actual\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn separates_distant_changes_into_hunks() {
        assert_eq!(
            diff("a\n1\n2\n3\n4\n5\n6\n7\n8\nb", "A\n1\n2\n3\n4\n5\n6\n7\n8\nB"),
            "--- expected\n+++ actual\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n"
        );
    }

    #[test]
    fn numbers_ranges_like_gnu_diff() {
        assert_eq!(
            diff("a\nb", "a\nx\nb"),
            "--- expected\n+++ actual\n@@ -1,2 +1,3 @@\n a\n+x\n b\n"
        );
        assert_eq!(
            diff("x", "x\ny"),
            "--- expected\n+++ actual\n@@ -1 +1,2 @@\n x\n+y\n"
        );
        assert_eq!(
            diff("x", "y\nx"),
            "--- expected\n+++ actual\n@@ -1 +1,2 @@\n+y\n x\n"
        );
        assert_eq!(
            diff("", "y"),
            "--- expected\n+++ actual\n@@ -1 +1 @@\n-\n+y\n"
        );
        assert_eq!(
            diff("1\n2\n3\n4\n5", "1\n5"),
            "--- expected\n+++ actual\n@@ -1,5 +1,2 @@\n 1\n-2\n-3\n-4\n 5\n"
        );
    }

    #[test]
    fn identical_texts_have_no_diff() {
        assert_eq!(diff("same\ntext", "same\ntext"), "");
    }
}
