//! Where `echo` goes: a stack of output buffers (`ob_start()` and friends)
//! over standard output.
//!
//! Standard output is written in large chunks and flushed at the end of the
//! run, when the REPL finishes an entry, and before anything is read from
//! standard input; PHP's CLI writes unbuffered, but nothing a script can
//! observe differs.

use std::io::Write;

/// One `ob_start()` level.
pub struct OutputBuffer {
    pub data: Vec<u8>,
    /// The callback given to `ob_start`, if any.
    pub callback: Option<crate::value::Value>,
    pub chunk_size: usize,
    pub name: Vec<u8>,
    /// PHP's `PHP_OUTPUT_HANDLER_*` flags: what `ob_start` allowed
    /// (clean, flush, remove), whether the handler is a user callback, and
    /// what happened since (started, disabled, processed). See
    /// `builtins::output_control`.
    pub flags: i64,
}

pub struct Output {
    pub buffers: Vec<OutputBuffer>,
    stdout: std::io::BufWriter<std::io::Stdout>,
    /// Captures everything written to stdout instead (tests, REPL).
    capture: Option<Vec<u8>>,
    /// Set once anything was written (for the REPL's newline logic).
    pub wrote_anything: bool,
    pub last_byte: u8,
}

impl Default for Output {
    fn default() -> Self {
        Output::new()
    }
}

impl Output {
    pub fn new() -> Output {
        Output {
            buffers: Vec::new(),
            stdout: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()),
            capture: None,
            wrote_anything: false,
            last_byte: b'\n',
        }
    }

    /// Sends all further output to an in-memory buffer.
    pub fn start_capture(&mut self) {
        self.capture = Some(Vec::new());
    }

    pub fn take_capture(&mut self) -> Vec<u8> {
        self.capture.take().unwrap_or_default()
    }

    #[inline]
    pub fn write(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        if let Some(top) = self.buffers.last_mut() {
            top.data.extend_from_slice(bytes);
            if top.chunk_size > 0 && top.data.len() >= top.chunk_size && top.callback.is_none() {
                self.flush_full_chunk();
            }
            return;
        }
        self.write_unbuffered(bytes);
    }

    /// Passes the top buffer's content down once it holds a whole chunk
    /// (`ob_start(null, $chunk_size)`); buffers with a callback keep
    /// theirs until flushed.
    #[cold]
    fn flush_full_chunk(&mut self) {
        let Some(top) = self.buffers.last_mut() else {
            return;
        };
        let data = std::mem::take(&mut top.data);
        top.flags |=
            crate::builtins::output_control::STARTED | crate::builtins::output_control::PROCESSED;
        let n = self.buffers.len();
        if n >= 2 {
            self.buffers[n - 2].data.extend_from_slice(&data);
        } else {
            self.write_unbuffered(&data);
        }
    }

    /// Writes past every output buffer.
    pub fn write_unbuffered(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        self.wrote_anything = true;
        self.last_byte = bytes[bytes.len() - 1];
        match &mut self.capture {
            Some(c) => c.extend_from_slice(bytes),
            None => {
                let _ = self.stdout.write_all(bytes);
            }
        }
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
    }
}

impl super::Interp {
    /// Flushes every output buffer at the end of the run (PHP's
    /// `php_output_end_all`), passing each through its callback.
    pub fn end_output_buffers(&mut self) {
        crate::builtins::output_control::end_all(self);
    }
}
