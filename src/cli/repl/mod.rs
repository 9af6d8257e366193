//! The interactive shell, `phpi -a` (and `phpi` alone on a terminal).
//!
//! - `mod.rs` (this file): the loop — read lines until they make a complete
//!   entry, run it, handle the shell's commands;
//! - `entry`: when an entry is complete, and whether its value is shown;
//! - `session`: the interpreter whose state persists across entries, and
//!   the commands that look inside it;
//! - `worker`: the thread the session runs on;
//! - `input`, `complete`: the terminal (rustyline, history, completion) or
//!   plain standard input;
//! - `interrupt`: Ctrl-C stopping running code;
//! - `command`: the `:` commands and the help text.

pub mod command;
pub mod complete;
pub mod entry;
pub mod input;
pub mod interrupt;
pub mod session;
pub mod worker;

use command::Command;
use input::{Line, LineSource};
use session::Outcome;
use std::io::{IsTerminal, Write};
use worker::{Request, Worker};

/// The prompt for a new entry, as `php -a` shows it.
pub const PROMPT: &str = "php > ";
/// The prompt for the following lines of an unfinished entry.
pub const CONTINUATION_PROMPT: &str = "... > ";

/// Runs the shell until Ctrl-D, `:quit` or `exit`; returns the exit status.
pub fn run(ini: Vec<(Vec<u8>, Vec<u8>)>) -> i32 {
    let interactive = std::io::stdin().is_terminal();
    let mut source: Box<dyn LineSource> = if interactive {
        interrupt::install();
        match input::Terminal::new() {
            Ok(t) => Box::new(t),
            Err(e) => {
                eprintln!("phpi: cannot use the terminal: {}", e);
                return 1;
            }
        }
    } else {
        Box::new(input::Piped::default())
    };
    if interactive {
        println!(
            "Interactive shell (phpi {}): :help for commands, Ctrl-D to leave\n",
            env!("CARGO_PKG_VERSION")
        );
    }
    Shell {
        ini,
        source: source.as_mut(),
        worker: None,
    }
    .run()
}

struct Shell<'a> {
    ini: Vec<(Vec<u8>, Vec<u8>)>,
    source: &'a mut dyn LineSource,
    worker: Option<Worker>,
}

impl Shell<'_> {
    fn run(&mut self) -> i32 {
        let mut entry: Vec<u8> = Vec::new();
        loop {
            if self.worker.is_none() && !self.start_session() {
                return 255;
            }
            let prompt = if entry.is_empty() {
                PROMPT
            } else {
                CONTINUATION_PROMPT
            };
            let line = match self.source.read_line(prompt) {
                Line::Text(line) => {
                    interrupt::clear();
                    line
                }
                Line::Interrupted => {
                    entry.clear();
                    continue;
                }
                Line::Eof => {
                    if !entry.is_empty() {
                        if let Some(status) = self.send(Request::Entry {
                            source: entry,
                            at_end: true,
                        }) {
                            return status;
                        }
                    }
                    return self.end_session();
                }
            };
            if entry.is_empty() {
                if let Some(cmd) = std::str::from_utf8(&line).ok().and_then(command::parse) {
                    self.source.remember(&line);
                    if let Some(status) = self.command(cmd) {
                        return status;
                    }
                    continue;
                }
                if line.trim_ascii().is_empty() {
                    continue;
                }
            }
            entry.extend_from_slice(&line);
            entry.push(b'\n');
            let request = Request::Entry {
                source: entry.clone(),
                at_end: false,
            };
            match self.ask(request) {
                Some(Outcome::Incomplete) => continue,
                Some(Outcome::Ended(status)) => {
                    self.source.remember(&entry);
                    return status;
                }
                _ => {
                    self.source.remember(&entry);
                    entry.clear();
                }
            }
        }
    }

    /// Runs a shell command; `Some(status)` when the shell should end.
    fn command(&mut self, cmd: Command) -> Option<i32> {
        match cmd {
            Command::Help => say(command::HELP),
            Command::History => {
                let history = self.source.history();
                let mut text = String::new();
                for (i, e) in history.iter().enumerate() {
                    text.push_str(&format!("{:>4}  {}\n", i + 1, e.replace('\n', "\n      ")));
                }
                say(&text);
            }
            Command::Quit => return Some(self.end_session()),
            Command::Reset => {
                self.end_session();
                if self.start_session() {
                    say("a fresh session started\n");
                }
            }
            Command::Usage(text) => say(&format!("{}\n", text)),
            Command::Unknown(name) => {
                say(&format!("unknown command :{} (:help lists them)\n", name))
            }
            Command::Inspect(what) => return self.send(Request::Inspect(what)),
        }
        None
    }

    /// Sends a request; `Some(status)` when the session ended with it.
    fn send(&mut self, request: Request) -> Option<i32> {
        match self.ask(request)? {
            Outcome::Ended(status) => Some(status),
            _ => None,
        }
    }

    /// Sends a request to the session and takes its new names. `None` when
    /// the session's thread died (it is started again for the next entry).
    fn ask(&mut self, request: Request) -> Option<Outcome> {
        let reply = self.worker.as_mut()?.ask(request);
        match reply {
            Some(reply) => {
                if matches!(reply.outcome, Outcome::Ended(_)) {
                    self.worker = None;
                } else {
                    self.source.set_names(reply.names);
                }
                Some(reply.outcome)
            }
            None => {
                self.worker = None;
                say("phpi: internal error: the session was lost; a fresh one starts\n");
                None
            }
        }
    }

    fn start_session(&mut self) -> bool {
        match Worker::start(&self.ini) {
            Ok((worker, names)) => {
                self.worker = Some(worker);
                self.source.set_names(names);
                true
            }
            Err(e) => {
                eprintln!("phpi: cannot start the interpreter thread: {}", e);
                false
            }
        }
    }

    /// Ends the session (destructors run); returns its exit status.
    fn end_session(&mut self) -> i32 {
        self.send(Request::Finish).unwrap_or(0)
    }
}

/// Prints the shell's own text.
fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}
