//! The shell's own commands (`:help`, `:gc`, `:refs $a`, ...): recognising
//! them in a line, and the help text.

/// A shell command typed at the start of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help,
    /// Starts a fresh session.
    Reset,
    Quit,
    History,
    /// A look inside the session, answered by the interpreter's thread.
    Inspect(Inspect),
    /// A command with a missing or wrong argument: the message to print.
    Usage(&'static str),
    Unknown(String),
}

/// Commands that look inside the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inspect {
    /// `gc_status()` and the possible roots in the collector's buffer.
    Gc,
    /// Current and peak memory.
    Mem,
    /// `debug_zval_dump` of an expression.
    Refs(String),
    /// Turns the collector trace on or off.
    Trace(bool),
    /// Defined variables with type and refcount.
    Ls,
    /// The last uncaught exception and its trace.
    Wtf,
    /// The source of a user function or class.
    Show(String),
}

/// Every command name, for completion.
pub const NAMES: &[&str] = &[
    ":help", ":gc", ":mem", ":refs", ":trace", ":reset", ":quit", ":ls", ":wtf", ":show",
    ":history",
];

pub const HELP: &str = "\
Type PHP code; `<?php` is not needed. An entry may span lines: the shell
keeps reading while braces, brackets, strings or heredocs are open.
An expression's value is shown as `=> ` and its var_dump form.
Ctrl-C abandons the entry (or stops a running loop), Ctrl-D leaves.

  :help          this text
  :gc            gc_status() and the possible roots in the collector's buffer
  :mem           current and peak memory
  :refs EXPR     debug_zval_dump(EXPR): refcounts as PHP shows them
  :trace on|off  print a line for every collector run
  :ls            defined variables with type and refcount
  :wtf           the last uncaught exception and its stack trace
  :show NAME     the source of a user-defined function or class
  :history       the entries typed so far
  :reset         start a fresh session (destructors run first)
  :quit          leave (also: exit, Ctrl-D)
";

/// The command in `line`, if the line is one (it starts with `:`; no PHP
/// statement does).
pub fn parse(line: &str) -> Option<Command> {
    let line = line.trim();
    let rest = line.strip_prefix(':')?;
    let (name, arg) = match rest.find(char::is_whitespace) {
        Some(i) => (&rest[..i], rest[i..].trim()),
        None => (rest, ""),
    };
    Some(match name {
        "help" | "h" | "?" => Command::Help,
        "gc" => Command::Inspect(Inspect::Gc),
        "mem" => Command::Inspect(Inspect::Mem),
        "refs" if arg.is_empty() => Command::Usage("usage: :refs EXPR   (for example :refs $a)"),
        "refs" => Command::Inspect(Inspect::Refs(
            arg.trim_end_matches(';').trim_end().to_string(),
        )),
        "trace" => match arg {
            "on" => Command::Inspect(Inspect::Trace(true)),
            "off" => Command::Inspect(Inspect::Trace(false)),
            _ => Command::Usage("usage: :trace on|off"),
        },
        "reset" => Command::Reset,
        "quit" | "q" | "exit" => Command::Quit,
        "ls" => Command::Inspect(Inspect::Ls),
        "wtf" => Command::Inspect(Inspect::Wtf),
        "show" if arg.is_empty() => Command::Usage("usage: :show NAME   (a function or class)"),
        "show" => Command::Inspect(Inspect::Show(arg.to_string())),
        "history" | "hist" => Command::History,
        _ => Command::Unknown(name.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands() {
        assert_eq!(parse(":help"), Some(Command::Help));
        assert_eq!(
            parse("  :refs $a->b[1] ;"),
            Some(Command::Inspect(Inspect::Refs("$a->b[1]".to_string())))
        );
        assert_eq!(
            parse(":refs"),
            Some(Command::Usage("usage: :refs EXPR   (for example :refs $a)"))
        );
        assert_eq!(
            parse(":trace on"),
            Some(Command::Inspect(Inspect::Trace(true)))
        );
        assert_eq!(
            parse(":trace off"),
            Some(Command::Inspect(Inspect::Trace(false)))
        );
        assert_eq!(
            parse(":show Foo"),
            Some(Command::Inspect(Inspect::Show("Foo".to_string())))
        );
        assert_eq!(parse(":nope"), Some(Command::Unknown("nope".to_string())));
        assert_eq!(parse("$a = 1;"), None);
        assert_eq!(parse("echo ':x';"), None);
    }

    #[test]
    fn every_command_is_listed_and_parsed() {
        for name in NAMES {
            assert!(
                !matches!(parse(name), None | Some(Command::Unknown(_))),
                "{name}"
            );
            assert!(HELP.contains(name), "{name}");
        }
    }
}
