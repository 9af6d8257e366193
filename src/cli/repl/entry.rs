//! What the shell makes of the text typed so far: an entry still waiting
//! for more lines, a syntax error, or a program ready to run — and whether
//! its value is shown (`=> ` and the `var_dump` form, as PsySH does).
//!
//! An entry is complete when it parses as PHP code. When the parser only
//! failed because the text ended too early, the entry may still be a
//! statement whose final `;` was left out (`$a`, `1 + 2`): it is tried
//! again with a `;` on a line of its own. If that fails too, the shell asks
//! for a continuation line (open brace, bracket, string, heredoc, comment or
//! a trailing operator).

use crate::syntax::ast::{ExprKind, Program, StmtKind};
use crate::syntax::ParseError;

/// The result of reading an entry.
#[derive(Debug)]
pub enum Parsed {
    /// The text ends inside a construct: read another line.
    Incomplete,
    /// A syntax error (or a compile-time error PHP reports while parsing).
    Invalid(ParseError),
    /// A complete program.
    Ready(Entry),
}

#[derive(Debug)]
pub struct Entry {
    /// The program; when the value is shown, its final expression
    /// statement has become `return (expr);`.
    pub program: Program,
    pub show: ShowValue,
}

/// Whether the value the entry returns is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShowValue {
    Never,
    Always,
    /// Calls: a `null` result is what procedures such as `var_dump()`
    /// return, so it is not shown.
    UnlessNull,
}

/// Removes an opening `<?php` tag the user may type out of habit.
pub fn strip_open_tag(source: &[u8]) -> &[u8] {
    let start = source
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(source.len());
    let rest = &source[start..];
    if rest.len() >= 5
        && rest[..5].eq_ignore_ascii_case(b"<?php")
        && rest.get(5).is_none_or(|b| b.is_ascii_whitespace())
    {
        &rest[5..]
    } else {
        source
    }
}

/// Reads `source` as an entry. `at_end` says no more input will come: an
/// incomplete entry is then reported as the syntax error it is.
pub fn parse_entry(source: &[u8], at_end: bool) -> Parsed {
    let program = match crate::syntax::parse_code(source) {
        Ok(p) => p,
        Err(e) if e.incomplete => {
            let mut terminated = source.to_vec();
            terminated.extend_from_slice(b"\n;");
            match crate::syntax::parse_code(&terminated) {
                Ok(p) => p,
                Err(_) if !at_end => return Parsed::Incomplete,
                Err(_) => return Parsed::Invalid(e),
            }
        }
        Err(e) => return Parsed::Invalid(e),
    };
    Parsed::Ready(returning_last_value(program))
}

/// Turns a final expression statement into `return (expr);` so that
/// running the entry yields its value.
fn returning_last_value(mut program: Program) -> Entry {
    let show = match program.stmts.last().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => shown_kind(&e.kind),
        _ => ShowValue::Never,
    };
    if show != ShowValue::Never {
        if let Some(last) = program.stmts.last_mut() {
            let kind = std::mem::replace(&mut last.kind, StmtKind::Nop);
            if let StmtKind::Expr(e) = kind {
                last.kind = StmtKind::Return(Some(e));
            }
        }
    }
    Entry { program, show }
}

/// Assignments, increments and `print` read as statements: their value is
/// not shown.
fn shown_kind(kind: &ExprKind) -> ShowValue {
    match kind {
        ExprKind::Assign { .. }
        | ExprKind::AssignRef { .. }
        | ExprKind::AssignOp { .. }
        | ExprKind::IncDec { .. }
        | ExprKind::Print(_) => ShowValue::Never,
        ExprKind::Call { .. } | ExprKind::MethodCall { .. } | ExprKind::StaticCall { .. } => {
            ShowValue::UnlessNull
        }
        _ => ShowValue::Always,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classify(src: &str) -> &'static str {
        match parse_entry(src.as_bytes(), false) {
            Parsed::Incomplete => "incomplete",
            Parsed::Invalid(_) => "invalid",
            Parsed::Ready(e) => match e.show {
                ShowValue::Never => "statement",
                ShowValue::Always => "value",
                ShowValue::UnlessNull => "call",
            },
        }
    }

    #[test]
    fn complete_entries() {
        assert_eq!(classify("$a = [1];"), "statement");
        assert_eq!(classify("$a = [1]"), "statement");
        assert_eq!(classify("echo 1;"), "statement");
        assert_eq!(classify("$i++;"), "statement");
        assert_eq!(classify("$a"), "value");
        assert_eq!(classify("$a;"), "value");
        assert_eq!(classify("1 + 2"), "value");
        assert_eq!(classify("$a = [1]; $a"), "value");
        assert_eq!(classify("strlen('abc')"), "call");
        assert_eq!(classify("$o->m();"), "call");
        assert_eq!(classify("function f() { return 1; }"), "statement");
        assert_eq!(classify("if (true) { echo 1; }"), "statement");
        assert_eq!(classify("// only a comment\n"), "statement");
        assert_eq!(classify("$x = <<<EOT\nabc\nEOT;\n"), "statement");
    }

    #[test]
    fn incomplete_entries() {
        assert_eq!(classify("function f() {"), "incomplete");
        assert_eq!(classify("$a = [1,"), "incomplete");
        assert_eq!(classify("$a = (1 +"), "incomplete");
        assert_eq!(classify("$a = 1 +"), "incomplete");
        assert_eq!(classify("echo 'abc"), "incomplete");
        assert_eq!(classify("echo \"abc"), "incomplete");
        assert_eq!(classify("$x = <<<EOT\nabc\n"), "incomplete");
        assert_eq!(classify("/* comment"), "incomplete");
        assert_eq!(classify("$a = 1 // note"), "statement");
        assert_eq!(classify("foo("), "incomplete");
    }

    #[test]
    fn errors() {
        assert_eq!(classify("echo 1 +;"), "invalid");
        assert_eq!(classify("$a = );"), "invalid");
        // php -n -r $'function f() {\n': Unclosed '{' on line 1 ... on line 2
        match parse_entry(b"function f() {\n", true) {
            Parsed::Invalid(e) => assert_eq!(e.message, "Unclosed '{' on line 1"),
            other => panic!("{:?}", other),
        }
    }

    #[test]
    fn the_value_is_returned() {
        let Parsed::Ready(e) = parse_entry(b"$a = 1; $a", false) else {
            panic!()
        };
        assert!(matches!(
            e.program.stmts.last().map(|s| &s.kind),
            Some(StmtKind::Return(Some(_)))
        ));
    }

    #[test]
    fn open_tag() {
        assert_eq!(strip_open_tag(b"<?php echo 1;"), b" echo 1;");
        assert_eq!(strip_open_tag(b"  <?PHP\n1"), b"\n1");
        assert_eq!(strip_open_tag(b"<?phpx"), b"<?phpx");
        assert_eq!(strip_open_tag(b"echo 1;"), b"echo 1;");
    }
}
