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
            return;
        }
        self.write_unbuffered(bytes);
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
        while let Some(b) = self.out.buffers.pop() {
            let data = match &b.callback {
                Some(cb) => {
                    let cb = cb.clone();
                    let arg = crate::value::Value::Str(crate::value::Str::new(&b.data));
                    match self.call_value(&cb, vec![arg, crate::value::Value::Int(8)]) {
                        Ok(crate::value::Value::Str(s)) => s.as_bytes().to_vec(),
                        Ok(crate::value::Value::Bool(false)) => b.data.clone(),
                        Ok(other) => match self.to_str(&other) {
                            Ok(s) => s.as_bytes().to_vec(),
                            Err(_) => Vec::new(),
                        },
                        Err(_) => Vec::new(),
                    }
                }
                None => b.data.clone(),
            };
            self.out.write(&data);
        }
    }
}
