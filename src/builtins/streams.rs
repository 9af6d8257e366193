//! Streams: the `stream` resources behind `fopen`, `tmpfile`, `STDIN`,
//! `STDOUT`, `STDERR` and the `php://` wrappers (`stdin`, `stdout`,
//! `stderr`, `output`, `input`, `memory`, `temp`), directory handles
//! (`opendir`), and the functions that work on an open stream (`fread`,
//! `fgets`, `fwrite`, `fseek`, `fgetcsv`, `stream_get_contents`...).
//!
//! A [`Stream`] reads through a buffer the way PHP's streams do: reads fill
//! it a chunk (8 KiB) at a time, `ftell` is the logical position, a write or
//! seek drops what is left of it, and end-of-file is set when a read of the
//! underlying file returns nothing (which decides when `feof` turns true).
//! Writes are not buffered. Writes to `STDOUT`/`php://stdout` go to standard
//! output past `ob_start()` buffers, as PHP's do; `php://output` goes
//! through them as `echo` does.
//!
//! Resource numbers follow PHP's CLI: the standard streams are 1 to 3, and
//! the default stream context that `fopen` and friends create on first use
//! takes the next number (see [`use_default_context`]).

use super::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::output::Output;
use crate::interp::{Interp, Unwind, R};
use crate::numeric::{self, ArgsOrigin, FormatArgs, SprintfError, SprintfErrorKind};
use crate::value::{resource, Arr, Key, Res, Str, Value};
use std::cell::RefCell;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::ffi::OsStrExt;

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!(
        "fopen",
        fopen,
        "$filename, $mode, $use_include_path=, $context="
    ),
    f!("fclose", fclose, "$stream"),
    f!("fread", fread, "$stream, $length"),
    f!("fwrite", fwrite, "$stream, $data, $length="),
    f!("fputs", fwrite, "$stream, $data, $length="),
    f!("fgets", fgets, "$stream, $length="),
    f!("fgetc", fgetc, "$stream"),
    f!("feof", feof, "$stream"),
    f!("fflush", fflush, "$stream"),
    f!("ftell", ftell, "$stream"),
    f!("fseek", fseek, "$stream, $offset, $whence="),
    f!("rewind", rewind, "$stream"),
    f!("ftruncate", ftruncate, "$stream, $size"),
    f!("fstat", fstat, "$stream"),
    f!("flock", flock, "$stream, $operation, &$would_block="),
    f!("fpassthru", fpassthru, "$stream"),
    f!("fprintf", fprintf, "$stream, $format, ...$values"),
    f!("vfprintf", vfprintf, "$stream, $format, $values"),
    f!(
        "fputcsv",
        fputcsv,
        "$stream, $fields, $separator=, $enclosure=, $escape=, $eol="
    ),
    f!(
        "fgetcsv",
        fgetcsv,
        "$stream, $length=, $separator=, $enclosure=, $escape="
    ),
    f!("tmpfile", tmpfile, ""),
    f!(
        "stream_get_contents",
        stream_get_contents,
        "$stream, $length=, $offset="
    ),
    f!("stream_get_meta_data", stream_get_meta_data, "$stream"),
    f!(
        "stream_context_create",
        stream_context_create,
        "$options=, $params="
    ),
    f!("opendir", opendir, "$directory, $context="),
    f!("readdir", readdir, "$dir_handle="),
    f!("rewinddir", rewinddir, "$dir_handle="),
    f!("closedir", closedir, "$dir_handle="),
    f!("is_resource", is_resource, "$value"),
    f!("get_resource_type", get_resource_type, "$resource"),
    f!("get_resource_id", get_resource_id, "$resource"),
];

/// How much a read fills the buffer with at a time (PHP's chunk size).
const CHUNK_SIZE: usize = 8192;

pub const SEEK_SET: i64 = 0;
pub const SEEK_CUR: i64 = 1;
pub const SEEK_END: i64 = 2;

/// Registers `STDIN`, `STDOUT`, `STDERR` (resources 1 to 3) and the
/// stream constants.
pub fn register_constants(it: &mut Interp) {
    resource::reset_ids(1);
    DEFAULT_CONTEXT.with(|c| c.borrow_mut().take());
    LAST_DIR.with(|d| d.borrow_mut().take());
    let standard = [
        ("STDIN", Backend::Stdin, "php://stdin", "rb"),
        ("STDOUT", Backend::Stdout, "php://stdout", "wb"),
        ("STDERR", Backend::Stderr, "php://stderr", "wb"),
    ];
    for (name, backend, uri, mode) in standard {
        let stream = Stream::new(backend, Some("PHP"), mode.as_bytes(), uri.as_bytes());
        it.constants.insert(
            Str::interned(name.as_bytes()),
            Value::Res(stream.into_resource()),
        );
    }
    for (name, v) in [
        ("SEEK_SET", SEEK_SET),
        ("SEEK_CUR", SEEK_CUR),
        ("SEEK_END", SEEK_END),
        ("LOCK_SH", 1),
        ("LOCK_EX", 2),
        ("LOCK_UN", 3),
        ("LOCK_NB", 4),
    ] {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Int(v));
    }
}

// ---- the stream type ----------------------------------------------------------

/// A `php://memory` (or `php://temp`) file.
pub struct MemoryFile {
    data: Vec<u8>,
    pos: usize,
    writable: bool,
    append: bool,
    /// `php://temp` rather than `php://memory` (only the metadata differs).
    temp: bool,
}

/// Where a stream's bytes come from and go to.
pub enum Backend {
    File(File),
    Memory(MemoryFile),
    Stdin,
    Stdout,
    Stderr,
    /// `php://output`: the script's output, through output buffers.
    Output,
    /// `php://input`: the request body, empty on the command line.
    Input,
}

/// An open stream (the payload of a `stream` resource).
pub struct Stream {
    backend: Backend,
    /// Read-ahead: the unread bytes are `read_buf[read_pos..]`.
    read_buf: Vec<u8>,
    read_pos: usize,
    /// The position `ftell` reports; -1 once a memory stream failed to seek.
    position: i64,
    eof: bool,
    /// `stream_get_meta_data`'s `wrapper_type` (none for `tmpfile()`).
    wrapper: Option<&'static str>,
    mode: Vec<u8>,
    uri: Vec<u8>,
    /// A `tmpfile()` is removed when closed.
    remove_on_close: Option<std::path::PathBuf>,
}

impl Drop for Stream {
    fn drop(&mut self) {
        if let Some(path) = self.remove_on_close.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// An I/O failure without an `errno`: the call fails without a notice
/// (a write to a read-only memory stream).
fn silent_failure() -> io::Error {
    io::Error::other("operation failed")
}

impl Stream {
    pub fn new(backend: Backend, wrapper: Option<&'static str>, mode: &[u8], uri: &[u8]) -> Stream {
        Stream {
            backend,
            read_buf: Vec::new(),
            read_pos: 0,
            position: 0,
            eof: false,
            wrapper,
            mode: mode.to_vec(),
            uri: uri.to_vec(),
            remove_on_close: None,
        }
    }

    /// A new `stream` resource holding this stream.
    pub fn into_resource(self) -> Res {
        let holds_inner_stream = matches!(&self.backend, Backend::Memory(m) if m.temp);
        let res = Res::new("stream", Box::new(self));
        if holds_inner_stream {
            // A temp stream holds a memory stream of its own, numbered next.
            resource::skip_id();
        }
        res
    }

    /// Plain files and memory streams read as much as asked for; pipes and
    /// terminals return what one read gives.
    fn reads_greedily(&self) -> bool {
        matches!(self.backend, Backend::File(_) | Backend::Memory(_))
    }

    fn is_seekable(&self) -> bool {
        matches!(self.backend, Backend::File(_) | Backend::Memory(_))
    }

    fn unread(&self) -> &[u8] {
        &self.read_buf[self.read_pos..]
    }

    fn raw_read(&mut self, out: &mut Output, buf: &mut [u8]) -> io::Result<usize> {
        match &mut self.backend {
            Backend::File(f) => f.read(buf),
            Backend::Memory(m) => {
                let n = buf.len().min(m.data.len().saturating_sub(m.pos));
                buf[..n].copy_from_slice(&m.data[m.pos..m.pos + n]);
                m.pos += n;
                Ok(n)
            }
            Backend::Stdin => {
                out.flush();
                io::stdin().read(buf)
            }
            Backend::Input => Ok(0),
            Backend::Stdout | Backend::Stderr | Backend::Output => {
                Err(io::Error::from_raw_os_error(9))
            }
        }
    }

    fn raw_write(&mut self, out: &mut Output, data: &[u8]) -> io::Result<usize> {
        match &mut self.backend {
            Backend::File(f) => f.write(data),
            Backend::Memory(m) => {
                if !m.writable {
                    return Err(silent_failure());
                }
                if m.append {
                    m.pos = m.data.len();
                }
                let end = m.pos + data.len();
                if end > m.data.len() {
                    m.data.resize(end, 0);
                }
                m.data[m.pos..end].copy_from_slice(data);
                m.pos = end;
                Ok(data.len())
            }
            Backend::Stdout => {
                out.write_unbuffered(data);
                Ok(data.len())
            }
            Backend::Output => {
                out.write(data);
                Ok(data.len())
            }
            Backend::Stderr => {
                out.flush();
                io::stderr().write_all(data)?;
                Ok(data.len())
            }
            Backend::Stdin | Backend::Input => Err(io::Error::from_raw_os_error(9)),
        }
    }

    /// Drops the read-ahead, moving the underlying position back to the
    /// logical one (before a write or a seek).
    fn drop_read_ahead(&mut self) {
        if self.read_pos == self.read_buf.len() {
            return;
        }
        self.read_buf.clear();
        self.read_pos = 0;
        if self.position < 0 {
            return;
        }
        match &mut self.backend {
            Backend::File(f) => {
                let _ = f.seek(SeekFrom::Start(self.position as u64));
            }
            Backend::Memory(m) => m.pos = self.position as usize,
            _ => {}
        }
    }

    /// One read of the underlying file into the read-ahead; 0 at the end.
    fn fill(&mut self, out: &mut Output) -> io::Result<usize> {
        if self.read_pos == self.read_buf.len() {
            self.read_buf.clear();
            self.read_pos = 0;
        }
        let start = self.read_buf.len();
        self.read_buf.resize(start + CHUNK_SIZE, 0);
        let mut chunk = std::mem::take(&mut self.read_buf);
        let r = self.raw_read(out, &mut chunk[start..]);
        chunk.truncate(start + *r.as_ref().unwrap_or(&0));
        self.read_buf = chunk;
        if matches!(r, Ok(0)) {
            self.eof = true;
        }
        r
    }

    /// Moves up to `n` bytes of the read-ahead to `into`.
    fn take_unread(&mut self, n: usize, into: &mut Vec<u8>) {
        let n = n.min(self.read_buf.len() - self.read_pos);
        into.extend_from_slice(&self.read_buf[self.read_pos..self.read_pos + n]);
        self.read_pos += n;
        if self.position >= 0 {
            self.position += n as i64;
        }
    }

    /// `fread`: up to `n` bytes. An error only when nothing could be read.
    pub fn read(&mut self, out: &mut Output, n: usize) -> io::Result<Vec<u8>> {
        let mut got = Vec::new();
        while got.len() < n {
            if self.read_pos < self.read_buf.len() {
                self.take_unread(n - got.len(), &mut got);
                continue;
            }
            match self.fill(out) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if got.is_empty() => return Err(e),
                Err(_) => break,
            }
            if !self.reads_greedily() {
                self.take_unread(n - got.len(), &mut got);
                break;
            }
        }
        Ok(got)
    }

    /// `fgets`: a line with its newline, at most `max` bytes; `None` at the
    /// end of the stream.
    pub fn read_line(
        &mut self,
        out: &mut Output,
        max: Option<usize>,
    ) -> io::Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        loop {
            let room = max.map_or(usize::MAX, |m| m - line.len());
            if room == 0 {
                break;
            }
            let unread = self.unread();
            if !unread.is_empty() {
                let limit = unread.len().min(room);
                let newline = unread[..limit].iter().position(|&b| b == b'\n');
                self.take_unread(newline.map_or(limit, |p| p + 1), &mut line);
                if newline.is_some() {
                    break;
                }
                continue;
            }
            match self.fill(out) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if line.is_empty() => return Err(e),
                Err(_) => break,
            }
        }
        Ok((!line.is_empty()).then_some(line))
    }

    /// Everything up to the end of the stream (or `max` bytes).
    pub fn read_to_end(&mut self, out: &mut Output, max: Option<usize>) -> io::Result<Vec<u8>> {
        let mut all = Vec::new();
        loop {
            let room = max.map_or(usize::MAX, |m| m - all.len());
            if room == 0 {
                break;
            }
            if self.read_pos < self.read_buf.len() {
                self.take_unread(room, &mut all);
                continue;
            }
            match self.fill(out) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if all.is_empty() => return Err(e),
                Err(_) => break,
            }
        }
        Ok(all)
    }

    /// `fwrite`: all of `data` (or an error if nothing was written).
    pub fn write(&mut self, out: &mut Output, data: &[u8]) -> io::Result<usize> {
        self.drop_read_ahead();
        let mut done = 0;
        while done < data.len() {
            match self.raw_write(out, &data[done..]) {
                Ok(0) => break,
                Ok(n) => done += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if done == 0 => return Err(e),
                Err(_) => break,
            }
        }
        // An unknown position (-1) counts on from there, as in PHP.
        self.position += done as i64;
        Ok(done)
    }

    /// `fseek`; false when the position cannot be set.
    pub fn seek(&mut self, offset: i64, whence: i64) -> bool {
        self.drop_read_ahead();
        let ok = match &mut self.backend {
            Backend::File(f) => {
                let target = match whence {
                    SEEK_SET => u64::try_from(offset).ok().map(SeekFrom::Start),
                    SEEK_CUR => u64::try_from(self.position.saturating_add(offset))
                        .ok()
                        .map(SeekFrom::Start),
                    SEEK_END => Some(SeekFrom::End(offset)),
                    _ => None,
                };
                match target.map(|t| f.seek(t)) {
                    Some(Ok(p)) => {
                        self.position = p as i64;
                        true
                    }
                    _ => false,
                }
            }
            Backend::Memory(m) => {
                let len = m.data.len() as i64;
                let base = match whence {
                    SEEK_SET => Some(0),
                    // Relative seeks fail once the position is unknown.
                    SEEK_CUR if self.position >= 0 => Some(self.position),
                    SEEK_END => Some(len),
                    _ => None,
                };
                match base.map(|b| b.saturating_add(offset)) {
                    Some(target) if (0..=len).contains(&target) => {
                        m.pos = target as usize;
                        self.position = target;
                        true
                    }
                    Some(target) => {
                        // PHP leaves the memory stream at one end (the start
                        // only for a seek before it from the end), its
                        // position unknown.
                        let before_start_from_end = whence == SEEK_END && target < 0;
                        m.pos = if before_start_from_end {
                            0
                        } else {
                            len as usize
                        };
                        self.position = -1;
                        false
                    }
                    None => false,
                }
            }
            _ => false,
        };
        if ok {
            self.eof = false;
        }
        ok
    }

    /// `ftell`: `None` when the position is unknown.
    pub fn tell(&self) -> Option<i64> {
        (self.position >= 0).then_some(self.position)
    }

    pub fn truncate(&mut self, size: u64) -> io::Result<()> {
        self.drop_read_ahead();
        match &mut self.backend {
            Backend::File(f) => f.set_len(size),
            Backend::Memory(m) if m.writable => {
                m.data.resize(size as usize, 0);
                m.pos = m.pos.min(m.data.len());
                Ok(())
            }
            _ => Err(silent_failure()),
        }
    }

    pub fn flush(&mut self, out: &mut Output) {
        match &mut self.backend {
            Backend::File(f) => {
                let _ = f.flush();
            }
            Backend::Stdout => out.flush(),
            _ => {}
        }
    }

    /// The file status behind the stream (`fstat`).
    fn status(&self) -> Option<FileStatus> {
        let fd_status = |fd: u8| fd_metadata(fd).map(FileStatus::Os);
        match &self.backend {
            Backend::File(f) => f.metadata().ok().map(FileStatus::Os),
            Backend::Memory(m) => Some(FileStatus::Memory {
                size: m.data.len() as i64,
                writable: m.writable,
            }),
            Backend::Stdin => fd_status(0),
            Backend::Stdout => fd_status(1),
            Backend::Stderr => fd_status(2),
            Backend::Output | Backend::Input => None,
        }
    }

    /// The size of the file behind the stream, if it has one.
    pub fn status_size(&self) -> Option<i64> {
        match self.status()? {
            FileStatus::Os(m) => Some(m.len() as i64),
            FileStatus::Memory { size, .. } => Some(size),
        }
    }

    /// `stream_get_meta_data`.
    fn meta_data(&self) -> Arr {
        let (stream_type, seekable) = match &self.backend {
            Backend::File(_) => ("STDIO", true),
            Backend::Memory(m) if m.temp => ("TEMP", true),
            Backend::Memory(_) => ("MEMORY", true),
            Backend::Stdin => ("STDIO", fd_is_seekable(0)),
            Backend::Stdout => ("STDIO", fd_is_seekable(1)),
            Backend::Stderr => ("STDIO", fd_is_seekable(2)),
            Backend::Output => ("Output", false),
            Backend::Input => ("Input", true),
        };
        let mut a = Arr::new();
        let mut put = |k: &str, v: Value| {
            a.table_mut()
                .insert(Key::Str(Str::interned(k.as_bytes())), v);
        };
        // PHP's temp streams report only what their wrapper adds.
        if stream_type != "TEMP" {
            put("timed_out", Value::Bool(false));
            put("blocked", Value::Bool(true));
            put("eof", Value::Bool(self.eof));
        }
        if let Some(w) = self.wrapper {
            put("wrapper_type", Value::from(w));
        }
        put("stream_type", Value::from(stream_type));
        put("mode", Value::from_bytes(&self.mode));
        put("unread_bytes", Value::Int(self.unread().len() as i64));
        put("seekable", Value::Bool(seekable));
        put("uri", Value::from_bytes(&self.uri));
        a
    }
}

// ---- file status ---------------------------------------------------------------

/// The status of what a standard file descriptor is open on.
fn fd_metadata(fd: u8) -> Option<std::fs::Metadata> {
    std::fs::metadata(format!("/proc/self/fd/{}", fd)).ok()
}

/// Whether a standard stream can seek: it is redirected to a file.
fn fd_is_seekable(fd: u8) -> bool {
    fd_metadata(fd).is_some_and(|m| m.is_file())
}

/// What `fstat`/`stat` report: the system's status, or the one PHP makes
/// up for memory streams.
pub enum FileStatus {
    Os(std::fs::Metadata),
    Memory { size: i64, writable: bool },
}

impl FileStatus {
    /// PHP's 26-entry `stat` array (13 numbered, then the same by name).
    pub fn to_array(&self) -> Arr {
        use std::os::unix::fs::MetadataExt;
        let fields: [i64; 13] = match self {
            FileStatus::Os(m) => [
                m.dev() as i64,
                m.ino() as i64,
                m.mode() as i64,
                m.nlink() as i64,
                m.uid() as i64,
                m.gid() as i64,
                m.rdev() as i64,
                m.size() as i64,
                m.atime(),
                m.mtime(),
                m.ctime(),
                m.blksize() as i64,
                m.blocks() as i64,
            ],
            FileStatus::Memory { size, writable } => {
                let mode = if *writable { 0o100666 } else { 0o100444 };
                [12, 0, mode, 1, 0, 0, -1, *size, 0, 0, 0, -1, -1]
            }
        };
        const NAMES: [&str; 13] = [
            "dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "size", "atime", "mtime", "ctime",
            "blksize", "blocks",
        ];
        let mut a = Arr::new();
        for v in fields {
            a.table_mut().push(Value::Int(v));
        }
        for (name, v) in NAMES.iter().zip(fields) {
            a.table_mut()
                .insert(Key::Str(Str::interned(name.as_bytes())), Value::Int(v));
        }
        a
    }
}

// ---- opening -------------------------------------------------------------------

thread_local! {
    static DEFAULT_CONTEXT: RefCell<Option<Res>> = const { RefCell::new(None) };
    /// The directory handle `readdir()` and friends use when given none.
    static LAST_DIR: RefCell<Option<Res>> = const { RefCell::new(None) };
}

/// The payload of a `stream-context` resource (options are not kept).
struct StreamContext;

/// Creates the default stream context on first use, as the functions that
/// take a context do in PHP (it takes a resource number).
pub fn use_default_context() {
    DEFAULT_CONTEXT.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = Some(Res::new("stream-context", Box::new(StreamContext)));
        }
    });
}

/// How `fopen`'s mode opens a file.
struct OpenMode {
    read: bool,
    write: bool,
    append: bool,
    create: bool,
    truncate: bool,
    exclusive: bool,
}

fn parse_mode(mode: &[u8]) -> Option<OpenMode> {
    let plus = mode.contains(&b'+');
    let first = *mode.first()?;
    let (append, create, truncate, exclusive) = match first {
        b'r' => (false, false, false, false),
        b'w' => (false, true, true, false),
        b'a' => (true, true, false, false),
        b'x' => (false, true, false, true),
        b'c' => (false, true, false, false),
        _ => return None,
    };
    Some(OpenMode {
        read: first == b'r' || plus,
        write: first != b'r' || plus,
        append,
        create,
        truncate,
        exclusive,
    })
}

/// The text of a system error as PHP shows it (C's `strerror`).
pub fn os_error_text(e: &io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Path parameters (`Z_PARAM_PATH`): strings without NUL bytes.
pub fn path_arg(it: &mut Interp, a: &CallArgs, i: usize) -> R<Str> {
    let s = a.string(it, i)?;
    if s.as_bytes().contains(&0) {
        return Err(a.value_error(it, i, "must not contain any null bytes"));
    }
    Ok(s)
}

pub fn os_path(path: &[u8]) -> &std::path::Path {
    std::path::Path::new(std::ffi::OsStr::from_bytes(path))
}

/// Opens `path` as `fopen` does, with PHP's warnings (prefixed with the
/// calling function's name); `None` when it failed.
pub fn open_stream(it: &mut Interp, a: &CallArgs, path: &[u8], mode: &[u8]) -> R<Option<Stream>> {
    let fname = a.func.name;
    if path.is_empty() {
        return Err(it.throw_error("ValueError", "Path cannot be empty"));
    }
    let shown = String::from_utf8_lossy(path).into_owned();
    let fail = |it: &mut Interp, reason: &str| -> R<Option<Stream>> {
        it.warn(
            a.line,
            &format!("{}({}): Failed to open stream: {}", fname, shown, reason),
        )?;
        Ok(None)
    };
    let mut file_path = path;
    if let Some(scheme_end) = scheme_length(path) {
        let scheme = path[..scheme_end].to_ascii_lowercase();
        let rest = &path[scheme_end + 3..];
        match &scheme[..] {
            b"php" => {
                let Some(backend) = php_wrapper_backend(rest, mode) else {
                    it.warn(
                        a.line,
                        &format!("{}(): Invalid php:// URL specified", fname),
                    )?;
                    return fail(it, "operation failed");
                };
                let meta_mode: &[u8] = match &backend {
                    Backend::Memory(m) if !m.writable => b"rb",
                    Backend::Memory(m) if m.append => b"a+b",
                    Backend::Memory(_) => b"w+b",
                    Backend::Output => b"wb",
                    Backend::Input => b"rb",
                    _ => mode,
                };
                return Ok(Some(Stream::new(backend, Some("PHP"), meta_mode, path)));
            }
            b"file" => file_path = rest,
            _ => {
                let msg = format!(
                    "{}(): Unable to find the wrapper \"{}\" - did you forget to enable it when you configured PHP?",
                    fname,
                    String::from_utf8_lossy(&path[..scheme_end])
                );
                it.warn(a.line, &msg)?;
            }
        }
    }
    let Some(m) = parse_mode(mode) else {
        let reason = format!(
            "`{}' is not a valid mode for fopen",
            String::from_utf8_lossy(mode)
        );
        return fail(it, &reason);
    };
    let mut options = std::fs::OpenOptions::new();
    options
        .read(m.read)
        .write(m.write && !m.append)
        .append(m.append)
        .truncate(m.truncate);
    if m.exclusive {
        options.create_new(true);
    } else {
        options.create(m.create);
    }
    match options.open(os_path(file_path)) {
        Ok(f) => Ok(Some(Stream::new(
            Backend::File(f),
            Some("plainfile"),
            mode,
            path,
        ))),
        Err(e) => fail(it, &os_error_text(&e)),
    }
}

/// The length of a URL scheme (`php` in `php://memory`), if `path` has one.
fn scheme_length(path: &[u8]) -> Option<usize> {
    let end = path.windows(3).position(|w| w == b"://")?;
    let valid = end > 0
        && path[..end]
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    valid.then_some(end)
}

/// The stream a `php://` URL names (`rest` is what follows `php://`).
fn php_wrapper_backend(rest: &[u8], mode: &[u8]) -> Option<Backend> {
    let name = rest.to_ascii_lowercase();
    let memory = |temp| {
        let writable = mode.iter().any(|b| matches!(b, b'w' | b'a' | b'+'));
        Backend::Memory(MemoryFile {
            data: Vec::new(),
            pos: 0,
            writable,
            append: mode.first() == Some(&b'a'),
            temp,
        })
    };
    Some(match &name[..] {
        b"stdin" => Backend::Stdin,
        b"stdout" => Backend::Stdout,
        b"stderr" => Backend::Stderr,
        b"output" => Backend::Output,
        b"input" => Backend::Input,
        b"memory" => memory(false),
        b"temp" => memory(true),
        _ if name.starts_with(b"temp/maxmemory:") => memory(true),
        _ => return None,
    })
}

/// Opens `path` for a function that reads or writes a whole file
/// (`file_get_contents`...): a short-lived stream resource, as in PHP.
pub fn open_internal(it: &mut Interp, a: &CallArgs, path: &[u8], mode: &[u8]) -> R<Option<Stream>> {
    use_default_context();
    let stream = open_stream(it, a, path, mode)?;
    if stream.is_some() {
        resource::skip_id();
    }
    Ok(stream)
}

// ---- stream arguments ------------------------------------------------------------

/// The stream resource passed as argument `i`.
fn stream_arg(it: &mut Interp, a: &CallArgs, i: usize) -> R<Res> {
    match a.get(i) {
        Some(Value::Res(r)) if r.holds::<Stream>() => Ok(r.clone()),
        Some(Value::Res(_)) => Err(invalid_stream(it, a)),
        _ => {
            let v = a.value(i);
            Err(a.type_error(it, i, "resource", &v))
        }
    }
}

fn invalid_stream(it: &mut Interp, a: &CallArgs) -> Unwind {
    let msg = format!(
        "{}(): supplied resource is not a valid stream resource",
        a.func.name
    );
    it.throw_error("TypeError", &msg)
}

/// Runs `f` on the stream passed as argument `i`.
fn with_stream<X>(
    it: &mut Interp,
    a: &CallArgs,
    i: usize,
    f: impl FnOnce(&mut Stream, &mut Output) -> X,
) -> R<X> {
    let res = stream_arg(it, a, i)?;
    let out = &mut it.out;
    match res.with_payload(|s: &mut Stream| f(s, out)) {
        Some(x) => Ok(x),
        None => Err(invalid_stream(it, a)),
    }
}

/// The notice PHP gives when a read or write (`what`) of `size` bytes
/// failed with a system error.
pub fn io_failed(it: &mut Interp, a: &CallArgs, what: &str, e: &io::Error, size: usize) -> R<()> {
    let Some(errno) = e.raw_os_error() else {
        return Ok(());
    };
    let msg = format!(
        "{}(): {} of {} bytes failed with errno={} {}",
        a.func.name,
        what,
        size,
        errno,
        os_error_text(e)
    );
    it.notice(a.line, &msg)
}

/// A read as PHP returns it: the bytes, or false at the end of the stream
/// (`None`) or when the read failed (with PHP's notice).
fn read_result(it: &mut Interp, a: &CallArgs, r: io::Result<Option<Vec<u8>>>) -> R<Value> {
    match r {
        Ok(Some(bytes)) => Ok(Value::from_bytes(&bytes)),
        Ok(None) => Ok(Value::Bool(false)),
        Err(e) => {
            io_failed(it, a, "Read", &e, CHUNK_SIZE)?;
            Ok(Value::Bool(false))
        }
    }
}

/// Writes `data` to the stream of argument `i`: the byte count, or false
/// (with PHP's notice) when nothing could be written.
fn write_to(it: &mut Interp, a: &CallArgs, i: usize, data: &[u8]) -> R<Value> {
    if data.is_empty() {
        stream_arg(it, a, i)?;
        return Ok(Value::Int(0));
    }
    match with_stream(it, a, i, |s, out| s.write(out, data))? {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => {
            io_failed(it, a, "Write", &e, data.len())?;
            Ok(Value::Bool(false))
        }
    }
}

// ---- stream functions --------------------------------------------------------

fn fopen(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let path = path_arg(it, a, 0)?;
    let mode = a.string(it, 1)?;
    use_default_context();
    Ok(
        match open_stream(it, a, path.as_bytes(), mode.as_bytes())? {
            Some(s) => Value::Res(s.into_resource()),
            None => Value::Bool(false),
        },
    )
}

fn fclose(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    if let Some(Value::Res(r)) = a.get(0) {
        if r.holds::<DirHandle>() {
            let msg = format!("fclose(): {} is not a valid stream resource", r.id());
            it.warn(a.line, &msg)?;
            return Ok(Value::Bool(false));
        }
    }
    let res = stream_arg(it, a, 0)?;
    res.close();
    Ok(Value::Bool(true))
}

/// A `$length` that must be positive.
fn positive_length(it: &mut Interp, a: &CallArgs, i: usize) -> R<usize> {
    let n = a.int(it, i)?;
    if n <= 0 {
        return Err(a.value_error(it, i, "must be greater than 0"));
    }
    Ok(n as usize)
}

fn fread(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let n = positive_length(it, a, 1)?;
    let r = with_stream(it, a, 0, |s, out| s.read(out, n))?;
    read_result(it, a, r.map(Some))
}

fn fwrite(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let data = a.string(it, 1)?;
    let len = match a.nullable_int(it, 2)? {
        None => data.len(),
        Some(n) => n.clamp(0, data.len() as i64) as usize,
    };
    write_to(it, a, 0, &data.as_bytes()[..len])
}

fn fgets(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let max = match a.nullable_int(it, 1)? {
        None => None,
        Some(n) if n <= 0 => return Err(a.value_error(it, 1, "must be greater than 0")),
        // The length counts a terminating NUL, as in C's fgets.
        Some(n) => Some(n as usize - 1),
    };
    if max == Some(0) {
        stream_arg(it, a, 0)?;
        return Ok(Value::Bool(false));
    }
    let r = with_stream(it, a, 0, |s, out| s.read_line(out, max))?;
    read_result(it, a, r)
}

fn fgetc(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let r = with_stream(it, a, 0, |s, out| s.read(out, 1))?;
    read_result(it, a, r.map(|b| (!b.is_empty()).then_some(b)))
}

fn feof(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let eof = with_stream(it, a, 0, |s, _| s.eof && s.unread().is_empty())?;
    Ok(Value::Bool(eof))
}

fn fflush(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    with_stream(it, a, 0, |s, out| s.flush(out))?;
    Ok(Value::Bool(true))
}

fn ftell(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(match with_stream(it, a, 0, |s, _| s.tell())? {
        Some(p) => Value::Int(p),
        None => Value::Bool(false),
    })
}

/// Seeks, or reports that the stream cannot (a warning naming `a`'s
/// function); a forward relative seek reads and drops, as PHP does.
fn seek_stream(it: &mut Interp, a: &CallArgs, offset: i64, whence: i64) -> R<bool> {
    let done = with_stream(it, a, 0, |s, out| {
        if s.is_seekable() {
            return Some(s.seek(offset, whence));
        }
        if whence == SEEK_CUR && offset >= 0 {
            let _ = s.read(out, offset as usize);
            s.eof = false;
            return Some(true);
        }
        None
    })?;
    match done {
        Some(ok) => Ok(ok),
        None => {
            it.warn(
                a.line,
                &format!("{}(): Stream does not support seeking", a.func.name),
            )?;
            Ok(false)
        }
    }
}

fn fseek(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let offset = a.int(it, 1)?;
    let whence = a.opt_int(it, 2)?.unwrap_or(SEEK_SET);
    let ok = seek_stream(it, a, offset, whence)?;
    Ok(Value::Int(if ok { 0 } else { -1 }))
}

fn rewind(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let ok = seek_stream(it, a, 0, SEEK_SET)?;
    Ok(Value::Bool(ok))
}

fn ftruncate(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let size = a.int(it, 1)?;
    if size < 0 {
        return Err(a.value_error(it, 1, "must be greater than or equal to 0"));
    }
    let seekable = with_stream(it, a, 0, |s, _| s.is_seekable())?;
    if !seekable {
        it.warn(a.line, "ftruncate(): Can't truncate this stream!")?;
        return Ok(Value::Bool(false));
    }
    let r = with_stream(it, a, 0, |s, _| s.truncate(size as u64))?;
    Ok(Value::Bool(r.is_ok()))
}

fn fstat(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(match with_stream(it, a, 0, |s, _| s.status())? {
        Some(st) => Value::Arr(st.to_array()),
        None => Value::Bool(false),
    })
}

/// `flock`: locking is not needed by one process; it always succeeds.
fn flock(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    stream_arg(it, a, 0)?;
    let op = a.int(it, 1)?;
    if !(1..=3).contains(&(op & 3)) {
        return Err(a.value_error(it, 1, "must be one of LOCK_SH, LOCK_EX, or LOCK_UN"));
    }
    a.set_ref(2, Value::Int(0));
    Ok(Value::Bool(true))
}

fn fpassthru(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let rest = with_stream(it, a, 0, |s, out| s.read_to_end(out, None))?.unwrap_or_default();
    it.out.write(&rest);
    Ok(Value::Int(rest.len() as i64))
}

fn stream_get_contents(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let max = match a.nullable_int(it, 1)? {
        None | Some(-1) => None,
        Some(n) if n < 0 => {
            return Err(a.value_error(it, 1, "must be greater than or equal to -1"));
        }
        Some(n) => Some(n as usize),
    };
    let offset = a.opt_int(it, 2)?.unwrap_or(-1);
    if offset >= 0 {
        // Forward by a relative seek, which streams that cannot seek emulate.
        let at = with_stream(it, a, 0, |s, _| s.tell())?.unwrap_or(-1);
        let moved = if at >= 0 && offset > at {
            seek_stream(it, a, offset - at, SEEK_CUR)?
        } else {
            offset == at || seek_stream(it, a, offset, SEEK_SET)?
        };
        if !moved {
            let msg = format!(
                "stream_get_contents(): Failed to seek to position {} in the stream",
                offset
            );
            it.warn(a.line, &msg)?;
            return Ok(Value::Bool(false));
        }
    }
    let r = with_stream(it, a, 0, |s, out| s.read_to_end(out, max))?;
    Ok(Value::from_bytes(&r.unwrap_or_default()))
}

fn stream_get_meta_data(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    if let Some(Value::Res(r)) = a.get(0) {
        if let Some(meta) = r.with_payload(|d: &mut DirHandle| d.meta_data()) {
            return Ok(Value::Arr(meta));
        }
    }
    Ok(Value::Arr(with_stream(it, a, 0, |s, _| s.meta_data())?))
}

fn stream_context_create(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(Value::Res(Res::new(
        "stream-context",
        Box::new(StreamContext),
    )))
}

/// A unique name for a new file in `dir`: `prefix` and six random
/// characters.
fn unique_name(dir: &[u8], prefix: &[u8]) -> Vec<u8> {
    use std::hash::{BuildHasher, Hasher};
    const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    let mut bits = hasher.finish();
    let mut name = dir.to_vec();
    if !name.ends_with(b"/") {
        name.push(b'/');
    }
    name.extend_from_slice(prefix);
    for _ in 0..6 {
        name.push(CHARS[(bits % CHARS.len() as u64) as usize]);
        bits /= CHARS.len() as u64;
    }
    name
}

/// Creates a new file in `dir` named `prefix` and six random characters.
pub fn create_unique_file(dir: &[u8], prefix: &[u8]) -> io::Result<(File, Vec<u8>)> {
    loop {
        let path = unique_name(dir, prefix);
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create_new(true);
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(os_path(&path)) {
            Ok(f) => return Ok((f, path)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

fn tmpfile(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let dir = super::info::temp_dir(it);
    match create_unique_file(&dir, b"php") {
        Ok((f, path)) => {
            let mut s = Stream::new(Backend::File(f), Some("plainfile"), b"r+b", &path);
            s.remove_on_close = Some(os_path(&path).to_path_buf());
            Ok(Value::Res(s.into_resource()))
        }
        Err(_) => Ok(Value::Bool(false)),
    }
}

// ---- formatted output ------------------------------------------------------------

/// `fprintf`'s arguments, converted as PHP converts them.
struct FormatValues<'a> {
    it: &'a mut Interp,
    values: Vec<Value>,
    func: &'static str,
    line: u32,
}

/// A format stopped by the format itself or by an exception.
enum FormatFailure {
    Format(SprintfError),
    Unwind(Unwind),
}

impl From<SprintfError> for FormatFailure {
    fn from(e: SprintfError) -> Self {
        FormatFailure::Format(e)
    }
}

impl FormatArgs for FormatValues<'_> {
    type Error = FormatFailure;

    fn count(&self) -> usize {
        self.values.len()
    }
    fn int_arg(&mut self, index: usize) -> Result<i64, FormatFailure> {
        Ok(crate::interp::convert::to_int_scalar(
            self.values[index].deref(),
        ))
    }
    fn float_arg(&mut self, index: usize) -> Result<f64, FormatFailure> {
        Ok(crate::interp::convert::to_float_scalar(
            self.values[index].deref(),
        ))
    }
    fn string_arg(&mut self, index: usize) -> Result<Vec<u8>, FormatFailure> {
        let v = self.values[index].deref_clone();
        self.it
            .to_str(&v)
            .map(|s| s.as_bytes().to_vec())
            .map_err(FormatFailure::Unwind)
    }
    fn exact_int_arg(&mut self, index: usize) -> Option<i64> {
        match self.values[index].deref() {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }
    fn notice(&mut self, message: &str) -> Result<(), FormatFailure> {
        let msg = format!("{}(): {}", self.func, message);
        self.it
            .notice(self.line, &msg)
            .map_err(FormatFailure::Unwind)
    }
}

fn format_to_stream(
    it: &mut Interp,
    a: &CallArgs,
    values: Vec<Value>,
    origin: ArgsOrigin,
) -> R<Value> {
    stream_arg(it, a, 0)?;
    let format = a.string(it, 1)?;
    let mut args = FormatValues {
        it,
        values,
        func: a.func.name,
        line: a.line,
    };
    let text = match numeric::sprintf(format.as_bytes(), &mut args, origin) {
        Ok(text) => text,
        Err(FormatFailure::Unwind(u)) => return Err(u),
        Err(FormatFailure::Format(e)) => {
            let msg = String::from_utf8_lossy(&e.message).into_owned();
            return Err(match e.kind {
                SprintfErrorKind::ValueError => it.throw_error("ValueError", &msg),
                SprintfErrorKind::ArgumentCountError => it.throw_error("ArgumentCountError", &msg),
                SprintfErrorKind::FatalError => it.fatal_at(&msg, a.line),
            });
        }
    };
    // The length of the text, whether or not it could be written.
    write_to(it, a, 0, &text)?;
    Ok(Value::Int(text.len() as i64))
}

fn fprintf(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let values = a.rest(2);
    format_to_stream(it, a, values, ArgsOrigin::Variadic { params_before: 2 })
}

fn vfprintf(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let values = a.array(it, 2)?;
    let values = values.table().values().map(|v| v.deref_clone()).collect();
    format_to_stream(it, a, values, ArgsOrigin::Array)
}

// ---- CSV -------------------------------------------------------------------------

/// A one-character CSV option (`$separator`, `$enclosure`); `$escape` may
/// also be empty (no escape character).
fn csv_char(
    it: &mut Interp,
    a: &CallArgs,
    i: usize,
    default: u8,
    may_be_empty: bool,
) -> R<Option<u8>> {
    let Some(s) = a.opt_string(it, i)? else {
        return Ok(Some(default));
    };
    match s.as_bytes() {
        [c] => Ok(Some(*c)),
        [] if may_be_empty => Ok(None),
        _ if may_be_empty => Err(a.value_error(it, i, "must be empty or a single character")),
        _ => Err(a.value_error(it, i, "must be a single character")),
    }
}

/// The CSV options of `fgetcsv`/`fputcsv` starting at argument `first`.
fn csv_options(it: &mut Interp, a: &CallArgs, first: usize) -> R<(u8, u8, Option<u8>)> {
    let separator = csv_char(it, a, first, b',', false)?.unwrap_or(b',');
    let enclosure = csv_char(it, a, first + 1, b'"', false)?.unwrap_or(b'"');
    let escape = csv_char(it, a, first + 2, b'\\', true)?;
    Ok((separator, enclosure, escape))
}

/// One CSV record as `fputcsv` writes it.
pub fn csv_record(
    fields: &[Vec<u8>],
    separator: u8,
    enclosure: u8,
    escape: Option<u8>,
    eol: &[u8],
) -> Vec<u8> {
    let mut line = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            line.push(separator);
        }
        let needs_enclosure = field.iter().any(|&c| {
            c == separator
                || c == enclosure
                || Some(c) == escape
                || matches!(c, b'\n' | b'\r' | b'\t' | b' ')
        });
        if !needs_enclosure {
            line.extend_from_slice(field);
            continue;
        }
        line.push(enclosure);
        let mut escaped = false;
        for &c in field {
            if Some(c) == escape {
                escaped = true;
            } else if !escaped && c == enclosure {
                line.push(enclosure);
            } else {
                escaped = false;
            }
            line.push(c);
        }
        line.push(enclosure);
    }
    line.extend_from_slice(eol);
    line
}

fn fputcsv(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    stream_arg(it, a, 0)?;
    let fields = a.array(it, 1)?;
    let (separator, enclosure, escape) = csv_options(it, a, 2)?;
    let eol = match a.nullable_string(it, 5)? {
        Some(s) => s.as_bytes().to_vec(),
        None => b"\n".to_vec(),
    };
    let mut texts = Vec::with_capacity(fields.len());
    for v in fields
        .table()
        .values()
        .map(|v| v.deref_clone())
        .collect::<Vec<_>>()
    {
        texts.push(it.to_str(&v)?.as_bytes().to_vec());
    }
    let line = csv_record(&texts, separator, enclosure, escape, &eol);
    write_to(it, a, 0, &line)
}

/// The end of `line` without one line ending (`\n`, `\r\n` or `\r`).
fn without_line_end(line: &[u8]) -> usize {
    match line {
        [.., b'\r', b'\n'] => line.len() - 2,
        [.., b'\n' | b'\r'] => line.len() - 1,
        _ => line.len(),
    }
}

/// Splits a CSV record the way PHP's `fgetcsv` does, reading further lines
/// (with `next_line`) while an enclosed field is still open; a blank line is
/// one null field.
pub fn parse_csv(
    first_line: Vec<u8>,
    separator: u8,
    enclosure: u8,
    escape: Option<u8>,
    mut next_line: impl FnMut() -> Option<Vec<u8>>,
) -> Vec<Option<Vec<u8>>> {
    let mut line = first_line;
    let mut limit = without_line_end(&line);
    let mut fields = Vec::new();
    let mut pos = 0;
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    loop {
        // Whitespace before an opening enclosure is skipped.
        if pos < limit {
            let mut t = pos;
            while t < line.len() && line[t] != separator && is_space(line[t]) {
                t += 1;
            }
            if t < line.len() && line[t] == enclosure {
                pos = t;
            }
        }
        if fields.is_empty() && pos >= limit {
            return vec![None];
        }
        let mut field = Vec::new();
        if pos < limit && line[pos] == enclosure {
            pos += 1;
            // Inside the enclosure: an escape keeps the next byte, a doubled
            // enclosure stands for one, a line end continues the field on
            // the next line.
            loop {
                if pos >= limit {
                    field.extend_from_slice(&line[limit..]);
                    let Some(next) = next_line() else { break };
                    line = next;
                    limit = without_line_end(&line);
                    pos = 0;
                    continue;
                }
                let c = line[pos];
                if c == enclosure {
                    if pos + 1 < limit && line[pos + 1] == enclosure {
                        field.push(enclosure);
                        pos += 2;
                        continue;
                    }
                    pos += 1;
                    break;
                }
                if Some(c) == escape && pos + 1 < limit {
                    field.extend_from_slice(&line[pos..pos + 2]);
                    pos += 2;
                    continue;
                }
                field.push(c);
                pos += 1;
            }
            // Text after the closing enclosure belongs to the field.
            let end = line[pos.min(limit)..limit]
                .iter()
                .position(|&c| c == separator)
                .map_or(limit, |p| pos + p);
            if pos < end {
                field.extend_from_slice(&line[pos..end]);
            }
            pos = end;
        } else {
            let start = pos.min(limit);
            let end = line[start..limit]
                .iter()
                .position(|&c| c == separator)
                .map_or(limit, |p| start + p);
            field.extend_from_slice(&line[start..end]);
            field.truncate(without_line_end(&field));
            pos = end;
        }
        fields.push(Some(field));
        if pos < limit && line[pos] == separator {
            pos += 1;
            continue;
        }
        return fields;
    }
}

fn fgetcsv(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let max = match a.nullable_int(it, 1)? {
        None | Some(0) => None,
        Some(n) if n < 0 => {
            return Err(a.value_error(it, 1, "must be between 0 and 9223372036854775806"))
        }
        Some(n) => Some(n as usize),
    };
    let (separator, enclosure, escape) = csv_options(it, a, 2)?;
    let record = with_stream(it, a, 0, |s, out| {
        let first = s.read_line(out, max).ok().flatten()?;
        Some(parse_csv(first, separator, enclosure, escape, || {
            s.read_line(out, None).ok().flatten()
        }))
    })?;
    let Some(fields) = record else {
        return Ok(Value::Bool(false));
    };
    let mut arr = Arr::new();
    for f in fields {
        arr.table_mut()
            .push(f.map_or(Value::Null, |f| Value::from_bytes(&f)));
    }
    Ok(Value::Arr(arr))
}

// ---- directories -------------------------------------------------------------------

/// An open directory (`opendir`): its entries, read when opened.
pub struct DirHandle {
    entries: Vec<Vec<u8>>,
    next: usize,
}

impl DirHandle {
    /// Lists `path` as the system does: `.` and `..` first, then the
    /// entries in directory order.
    pub fn open(path: &[u8]) -> io::Result<DirHandle> {
        let mut entries = vec![b".".to_vec(), b"..".to_vec()];
        for entry in std::fs::read_dir(os_path(path))? {
            entries.push(entry?.file_name().as_bytes().to_vec());
        }
        Ok(DirHandle { entries, next: 0 })
    }

    pub fn into_entries(self) -> Vec<Vec<u8>> {
        self.entries
    }

    fn meta_data(&self) -> Arr {
        let mut a = Arr::new();
        for (k, v) in [
            ("timed_out", Value::Bool(false)),
            ("blocked", Value::Bool(true)),
            ("eof", Value::Bool(self.next >= self.entries.len())),
            ("wrapper_type", Value::from("plainfile")),
            ("stream_type", Value::from("dir")),
            ("mode", Value::from("r")),
            ("unread_bytes", Value::Int(0)),
            ("seekable", Value::Bool(true)),
        ] {
            a.table_mut()
                .insert(Key::Str(Str::interned(k.as_bytes())), v);
        }
        a
    }
}

/// The warnings PHP gives when a directory cannot be opened.
pub fn open_dir_failed(it: &mut Interp, a: &CallArgs, path: &[u8], e: &io::Error) -> R<()> {
    let msg = format!(
        "{}({}): Failed to open directory: {}",
        a.func.name,
        String::from_utf8_lossy(path),
        os_error_text(e)
    );
    it.warn(a.line, &msg)
}

fn opendir(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let path = path_arg(it, a, 0)?;
    use_default_context();
    match DirHandle::open(path.as_bytes()) {
        Ok(d) => {
            let res = Res::new("stream", Box::new(d));
            LAST_DIR.with(|l| *l.borrow_mut() = Some(res.clone()));
            Ok(Value::Res(res))
        }
        Err(e) => {
            open_dir_failed(it, a, path.as_bytes(), &e)?;
            Ok(Value::Bool(false))
        }
    }
}

/// The directory handle given as argument 0, or the last one opened.
fn dir_arg(it: &mut Interp, a: &CallArgs) -> R<Res> {
    let res = match a.get(0) {
        None | Some(Value::Null) => LAST_DIR.with(|l| l.borrow().clone()),
        Some(Value::Res(r)) => Some(r.clone()),
        Some(other) => {
            let other = other.clone();
            return Err(a.type_error(it, 0, "resource|null", &other));
        }
    };
    match res {
        Some(r) if r.holds::<DirHandle>() => Ok(r),
        Some(_) => {
            let msg = format!(
                "{}(): Argument #1 ($dir_handle) must be a valid Directory resource",
                a.func.name
            );
            Err(it.throw_error("TypeError", &msg))
        }
        None => Err(it.throw_error("TypeError", "No resource supplied")),
    }
}

fn readdir(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let res = dir_arg(it, a)?;
    let entry = res.with_payload(|d: &mut DirHandle| {
        let e = d.entries.get(d.next).cloned();
        d.next += 1;
        e
    });
    Ok(match entry.flatten() {
        Some(name) => Value::from_bytes(&name),
        None => Value::Bool(false),
    })
}

fn rewinddir(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let res = dir_arg(it, a)?;
    res.with_payload(|d: &mut DirHandle| d.next = 0);
    Ok(Value::Null)
}

fn closedir(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let res = dir_arg(it, a)?;
    res.close();
    LAST_DIR.with(|l| {
        let mut l = l.borrow_mut();
        if l.as_ref().is_some_and(|d| d.ptr_eq(&res)) {
            *l = None;
        }
    });
    Ok(Value::Null)
}

// ---- resources -----------------------------------------------------------------------

fn is_resource(_it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    Ok(Value::Bool(
        matches!(a.get(0), Some(Value::Res(r)) if !r.is_closed()),
    ))
}

fn resource_arg(it: &mut Interp, a: &CallArgs) -> R<Res> {
    match a.get(0) {
        Some(Value::Res(r)) => Ok(r.clone()),
        _ => {
            let v = a.value(0);
            Err(a.type_error(it, 0, "resource", &v))
        }
    }
}

fn get_resource_type(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let r = resource_arg(it, a)?;
    Ok(Value::from(r.type_name()))
}

fn get_resource_id(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let r = resource_arg(it, a)?;
    Ok(Value::Int(r.id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory(data: &[u8]) -> Stream {
        let m = MemoryFile {
            data: data.to_vec(),
            pos: 0,
            writable: true,
            append: false,
            temp: false,
        };
        Stream::new(Backend::Memory(m), Some("PHP"), b"w+b", b"php://memory")
    }

    fn csv(text: &[u8]) -> Vec<Option<Vec<u8>>> {
        let mut lines: Vec<Vec<u8>> = text
            .split_inclusive(|&b| b == b'\n')
            .map(|l| l.to_vec())
            .collect();
        lines.reverse();
        let first = lines.pop().unwrap_or_default();
        parse_csv(first, b',', b'"', Some(b'\\'), || lines.pop())
    }

    fn fields(list: &[&str]) -> Vec<Option<Vec<u8>>> {
        list.iter().map(|f| Some(f.as_bytes().to_vec())).collect()
    }

    #[test]
    fn end_of_file_is_seen_by_the_read_that_finds_nothing() {
        // php -r: fgets twice on "ab\ncd": feof is false after the first
        // line and true after the second (which had no newline).
        let mut out = Output::new();
        let mut s = memory(b"ab\ncd");
        assert_eq!(s.read_line(&mut out, None).unwrap(), Some(b"ab\n".to_vec()));
        assert!(!s.eof);
        assert_eq!(s.tell(), Some(3));
        assert_eq!(s.read_line(&mut out, None).unwrap(), Some(b"cd".to_vec()));
        assert!(s.eof);
        assert!(s.seek(0, SEEK_SET));
        assert_eq!(s.read(&mut out, 5).unwrap(), b"ab\ncd");
        assert!(!s.eof);
    }

    #[test]
    fn memory_seeks_past_the_end_fail_and_lose_the_position() {
        // php -r: fseek($m, 10) on "abc" gives -1, ftell false; a write
        // then appends and ftell counts from -1.
        let mut out = Output::new();
        let mut s = memory(b"abc");
        assert!(!s.seek(10, SEEK_SET));
        assert_eq!(s.tell(), None);
        assert_eq!(s.write(&mut out, b"x").unwrap(), 1);
        assert_eq!(s.tell(), Some(0));
        assert!(s.seek(-1, SEEK_END));
        assert_eq!(s.tell(), Some(3));
    }

    #[test]
    fn a_write_after_a_read_goes_to_the_logical_position() {
        let mut out = Output::new();
        let mut s = memory(b"hello");
        assert_eq!(s.read(&mut out, 2).unwrap(), b"he");
        s.write(&mut out, b"__").unwrap();
        assert_eq!(s.read(&mut out, 10).unwrap(), b"o");
        let Backend::Memory(m) = &s.backend else {
            unreachable!()
        };
        assert_eq!(m.data, b"he__o");
    }

    #[test]
    fn csv_records_split_as_php_splits_them() {
        // Expected values from fgetcsv on a php://memory stream holding
        // the same text.
        assert_eq!(csv(b"a,b,c\n"), fields(&["a", "b", "c"]));
        assert_eq!(csv(b"\n"), vec![None]);
        assert_eq!(csv(b"a,\"b,c\",d\n"), fields(&["a", "b,c", "d"]));
        assert_eq!(csv(b"\"x\"\"y\",z\n"), fields(&["x\"y", "z"]));
        assert_eq!(csv(b"  \"q\"  ,r\n"), fields(&["q  ", "r"]));
        assert_eq!(csv(b" a , b\n"), fields(&[" a ", " b"]));
        assert_eq!(csv(b"\"a\\\"b\",c\n"), fields(&["a\\\"b", "c"]));
        assert_eq!(
            csv(b"\"multi\nline\",end\n"),
            fields(&["multi\nline", "end"])
        );
        assert_eq!(csv(b"a,\n"), fields(&["a", ""]));
        assert_eq!(csv(b"\"open\n"), fields(&["open\n"]));
        assert_eq!(csv(b"\"open"), fields(&["open"]));
        assert_eq!(csv(b"a\r,b\r\n"), fields(&["a", "b"]));
        assert_eq!(csv(b"x,\"y\"z,w\n"), fields(&["x", "yz", "w"]));
        assert_eq!(csv(b"\"a\"\"\n"), fields(&["a\"\n"]));
        assert_eq!(csv(b",\n"), fields(&["", ""]));
        assert_eq!(csv(b"\"\"\n"), fields(&[""]));
        assert_eq!(csv(b"a,\"b\n\nc\"\n"), fields(&["a", "b\n\nc"]));
    }

    #[test]
    fn csv_fields_are_enclosed_when_they_need_it() {
        let line = csv_record(
            &[
                b"a".to_vec(),
                b"b c".to_vec(),
                b"q\"q".to_vec(),
                b"e\\\"x".to_vec(),
            ],
            b',',
            b'"',
            Some(b'\\'),
            b"\n",
        );
        assert_eq!(line, b"a,\"b c\",\"q\"\"q\",\"e\\\"x\"\n");
    }
}
