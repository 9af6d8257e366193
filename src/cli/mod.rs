//! Running phpi from the command line: the interpreter thread with a large
//! stack, `-l` linting, ini files, and the interactive shell.

pub mod repl;

use crate::interp::{Interp, RunOptions};

/// Native stack for the interpreter thread. A tree-walking evaluator
/// recurses on the native stack for PHP calls; PHP allows recursion as deep
/// as `memory_limit` permits (hundreds of thousands of calls), so the thread
/// reserves plenty (memory is only committed as it is touched), and the
/// evaluator stops cleanly before the end (`Interp::check_stack`).
pub const STACK_SIZE: usize = 4 << 30;
/// Room kept free at the end of the stack for the error path.
const STACK_MARGIN: usize = 1 << 20;

/// Runs a script on the interpreter thread; returns the exit status.
pub fn run_in_big_stack(
    source: Vec<u8>,
    path: Vec<u8>,
    argv: Vec<Vec<u8>>,
    ini: Vec<(Vec<u8>, Vec<u8>)>,
    is_code: bool,
) -> i32 {
    let handle = std::thread::Builder::new()
        .name("php".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let opts = RunOptions {
                script_path: path,
                argv,
                ini,
            };
            let mut it = Interp::new();
            mark_stack(&mut it);
            it.script_path = opts.script_path.clone();
            it.argv = opts.argv.clone();
            it.command_line_code = is_code;
            for (k, v) in &opts.ini {
                it.ini_set_startup(k, v);
            }
            it.setup_globals();
            let file = if is_code {
                opts.script_path.clone()
            } else {
                display_path(&opts.script_path)
            };
            let status = it.run_main(&source, &file);
            it.out.flush();
            if std::env::var_os("PHPI_LEAK_REPORT").is_some() {
                let live = crate::gc::heap_stats::live();
                eprintln!(
                    "phpi-leaks: strings={} arrays={} objects={} references={}",
                    live.strings, live.arrays, live.objects, live.references
                );
            }
            status
        });
    match handle {
        Ok(h) => h.join().unwrap_or(255),
        Err(_) => {
            eprintln!("phpi: cannot start the interpreter thread");
            255
        }
    }
}

/// The name PHP gives a script file in messages: its resolved full path.
pub fn display_path(path: &[u8]) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    if path == b"Standard input code" {
        return path.to_vec();
    }
    match std::fs::canonicalize(std::ffi::OsStr::from_bytes(path)) {
        Ok(p) => p.as_os_str().as_bytes().to_vec(),
        Err(_) => path.to_vec(),
    }
}

/// Records where the interpreter thread's stack starts and ends.
pub fn mark_stack(it: &mut Interp) {
    let here = 0u8;
    let base = &here as *const u8 as usize;
    it.stack_base = base;
    it.stack_limit = base.saturating_sub(STACK_SIZE - STACK_MARGIN);
}

/// `phpi -l`: syntax check.
pub fn lint(source: &[u8], path: &[u8]) -> i32 {
    let shown = String::from_utf8_lossy(path).into_owned();
    let src = source.to_vec();
    let r = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            crate::syntax::parse(&src).map(|p| {
                for (line, message) in &p.deprecations {
                    println!("\nDeprecated: {message} in {shown} on line {line}");
                }
                crate::compile::compile_file(&p, path_bytes(&shown).as_slice()).err()
            })
        })
        .ok()
        .and_then(|h| h.join().ok());
    let shown = String::from_utf8_lossy(path).into_owned();
    match r {
        Some(Ok(None)) => {
            println!("No syntax errors detected in {}", shown);
            0
        }
        Some(Ok(Some(e))) => {
            println!(
                "\nFatal error: {} in {} on line {}",
                e.message, shown, e.line
            );
            println!("Errors parsing {}", shown);
            255
        }
        Some(Err(e)) => {
            println!(
                "\nParse error: {} in {} on line {}",
                e.message, shown, e.line
            );
            println!("Errors parsing {}", shown);
            255
        }
        None => 255,
    }
}

fn path_bytes(s: &str) -> Vec<u8> {
    s.as_bytes().to_vec()
}

/// Reads the directives of a `php.ini`-style file (`-c`).
pub fn read_ini_file(path: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
    use std::os::unix::ffi::OsStrExt;
    let mut p = std::path::PathBuf::from(std::ffi::OsStr::from_bytes(path));
    if p.is_dir() {
        p.push("php.ini");
    }
    let Ok(text) = std::fs::read(&p) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for line in text.split(|&b| b == b'\n') {
        let line = line.trim_ascii();
        if line.is_empty() || line[0] == b';' || line[0] == b'[' || line[0] == b'#' {
            continue;
        }
        if let Some(i) = line.iter().position(|&b| b == b'=') {
            let k = line[..i].trim_ascii().to_vec();
            let mut v = line[i + 1..].trim_ascii().to_vec();
            if v.len() >= 2 && v[0] == b'"' && v[v.len() - 1] == b'"' {
                v = v[1..v.len() - 1].to_vec();
            }
            out.push((k, v));
        }
    }
    out
}

/// `phpi -a`: the interactive shell (`repl`); returns the exit status.
pub fn run_repl(ini: Vec<(Vec<u8>, Vec<u8>)>) -> i32 {
    repl::run(ini)
}
