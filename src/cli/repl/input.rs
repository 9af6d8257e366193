//! Where the shell's lines come from: a terminal (rustyline: line editing,
//! tab completion, history kept in `~/.phpi_history`) or anything else
//! (standard input read line by line, without prompts).

use super::complete;
use super::session::Names;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};
use std::io::{BufRead, Write};
use std::path::PathBuf;

/// The history file, in the home directory.
pub const HISTORY_FILE: &str = ".phpi_history";

pub enum Line {
    Text(Vec<u8>),
    /// Ctrl-C: abandon the entry.
    Interrupted,
    /// Ctrl-D or the end of the input.
    Eof,
}

pub trait LineSource {
    fn read_line(&mut self, prompt: &str) -> Line;
    /// Records a finished entry (or command) in the history.
    fn remember(&mut self, entry: &[u8]);
    fn history(&self) -> Vec<String>;
    /// The names tab completion offers from now on.
    fn set_names(&mut self, names: Names);
}

/// A terminal, through rustyline.
pub struct Terminal {
    editor: Editor<CompletionHelper, FileHistory>,
    history_path: Option<PathBuf>,
}

impl Terminal {
    pub fn new() -> rustyline::Result<Terminal> {
        let mut editor = Editor::new()?;
        editor.set_helper(Some(CompletionHelper::default()));
        let history_path =
            std::env::var_os("HOME").map(|home| PathBuf::from(home).join(HISTORY_FILE));
        if let Some(path) = &history_path {
            if open_private(path).is_ok() {
                let _ = editor.load_history(path);
            }
        }
        Ok(Terminal {
            editor,
            history_path,
        })
    }
}

/// Opens the history file, creating it readable by its owner only.
fn open_private(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .mode(0o600)
        .open(path)
}

impl LineSource for Terminal {
    fn read_line(&mut self, prompt: &str) -> Line {
        let _ = std::io::stdout().flush();
        match self.editor.readline(prompt) {
            Ok(text) => Line::Text(text.into_bytes()),
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            Err(ReadlineError::Eof) => Line::Eof,
            Err(e) => {
                eprintln!("phpi: cannot read the terminal: {}", e);
                Line::Eof
            }
        }
    }

    fn remember(&mut self, entry: &[u8]) {
        let text = String::from_utf8_lossy(entry);
        let _ = self.editor.add_history_entry(text.trim_end());
        if let Some(path) = &self.history_path {
            if let Err(e) = self.editor.append_history(path) {
                eprintln!("phpi: cannot write {}: {}", path.display(), e);
                self.history_path = None;
            }
        }
    }

    fn history(&self) -> Vec<String> {
        self.editor.history().iter().cloned().collect()
    }

    fn set_names(&mut self, names: Names) {
        if let Some(h) = self.editor.helper_mut() {
            h.names = names;
        }
    }
}

/// rustyline's hooks: only completion is used.
#[derive(Default)]
pub struct CompletionHelper {
    names: Names,
}

impl Completer for CompletionHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(complete::complete(&self.names, line, pos))
    }
}

impl Hinter for CompletionHelper {
    type Hint = String;
}
impl Highlighter for CompletionHelper {}
impl Validator for CompletionHelper {}
impl Helper for CompletionHelper {}

/// Standard input that is not a terminal: one line at a time, no prompt.
/// The input stays unlocked between lines, so that the code run can read
/// the lines after its own (`fgets(STDIN)`).
#[derive(Default)]
pub struct Piped {
    entries: Vec<String>,
}

impl LineSource for Piped {
    fn read_line(&mut self, _prompt: &str) -> Line {
        let mut line = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => Line::Eof,
            Ok(_) => {
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                Line::Text(line)
            }
        }
    }

    fn remember(&mut self, entry: &[u8]) {
        self.entries
            .push(String::from_utf8_lossy(entry).trim_end().to_string());
    }

    fn history(&self) -> Vec<String> {
        self.entries.clone()
    }

    fn set_names(&mut self, _names: Names) {}
}
