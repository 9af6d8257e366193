//! The `phpi` command: PHP's CLI flags and exit statuses.

use clap::Parser;
use std::ffi::OsString;
use std::io::{IsTerminal, Read};
use std::os::unix::ffi::OsStrExt;

/// Every allocation is counted for `memory_get_usage()` and `memory_limit`.
#[global_allocator]
static ALLOCATOR: phpi::memory::CountingAllocator = phpi::memory::CountingAllocator;

#[derive(Parser, Debug)]
#[command(
    name = "phpi",
    disable_version_flag = true,
    disable_help_flag = true,
    about = "A PHP 8.2 interpreter with observable memory management"
)]
struct Cli {
    /// Define INI entry foo with value 'bar'
    #[arg(short = 'd', value_name = "foo[=bar]")]
    define: Vec<OsString>,
    /// No configuration (ini) files will be used
    #[arg(short = 'n')]
    no_ini: bool,
    /// Look for php.ini file in this directory / use this file
    #[arg(short = 'c', value_name = "path|file")]
    config: Option<OsString>,
    /// Run PHP <code> without using script tags <?..?>
    #[arg(short = 'r', value_name = "code")]
    code: Option<OsString>,
    /// Parse and execute <file>
    #[arg(short = 'f', value_name = "file")]
    file: Option<OsString>,
    /// Syntax check only (lint)
    #[arg(short = 'l')]
    lint: bool,
    /// Run as interactive shell
    #[arg(short = 'a')]
    interactive: bool,
    /// Version number
    #[arg(short = 'v')]
    version: bool,
    /// This help
    #[arg(short = 'h', short_alias = '?')]
    help: bool,
    /// Quiet mode (accepted for compatibility)
    #[arg(short = 'q')]
    quiet: bool,
    /// Script file and its arguments
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<OsString>,
}

fn main() {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            std::process::exit(1);
        }
    };
    std::process::exit(run(cli));
}

fn usage() -> String {
    "Usage: phpi [options] [-f] <file> [--] [args...]\n   phpi [options] -r <code> [--] [args...]\n   phpi [options] -a\n\n  -a               Run as interactive shell\n  -c <path>|<file> Look for php.ini file in this directory\n  -n               No configuration (ini) files will be used\n  -d foo[=bar]     Define INI entry foo with value 'bar'\n  -f <file>        Parse and execute <file>.\n  -h               This help\n  -l               Syntax check only (lint)\n  -r <code>        Run PHP <code> without using script tags <?..?>\n  -v               Version number\n\n  args...          Arguments passed to script. Use -- args when first argument\n                   starts with - or script is read from stdin\n".to_string()
}

fn run(cli: Cli) -> i32 {
    if cli.help {
        print!("{}", usage());
        return 0;
    }
    if cli.version {
        println!(
            "PHP {} (cli) (phpi {})\nCopyright (c) The PHP Group\nZend Engine v4.2 compatible (phpi)",
            phpi::builtins::constants::PHP_VERSION,
            env!("CARGO_PKG_VERSION")
        );
        return 0;
    }
    let mut ini: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    if let Some(c) = &cli.config {
        ini.extend(phpi::cli::read_ini_file(c.as_bytes()));
    }
    for d in &cli.define {
        let b = d.as_bytes();
        match b.iter().position(|&c| c == b'=') {
            Some(i) => ini.push((b[..i].to_vec(), b[i + 1..].to_vec())),
            None => ini.push((b.to_vec(), b"1".to_vec())),
        }
    }
    let _ = (cli.no_ini, cli.quiet);
    let mut rest: Vec<Vec<u8>> = cli.rest.iter().map(|a| a.as_bytes().to_vec()).collect();
    if rest.first().map(|a| a.as_slice()) == Some(b"--") {
        rest.remove(0);
    }

    if cli.interactive {
        return phpi::cli::run_repl(ini);
    }

    if let Some(code) = &cli.code {
        if rest.first().map(|a| a.as_slice()) == Some(b"--") {
            rest.remove(0);
        }
        let mut argv = vec![b"Standard input code".to_vec()];
        argv.extend(rest);
        let mut source = b"<?php ".to_vec();
        source.extend_from_slice(code.as_bytes());
        return phpi::cli::run_in_big_stack(source, b"Command line code".to_vec(), argv, ini, true);
    }

    // `phpi -- args` runs standard input with the arguments: every
    // positional argument came after the `--` (which clap consumed).
    let raw: Vec<OsString> = std::env::args_os().skip(1).collect();
    let stdin_with_args = raw
        .iter()
        .position(|a| a.as_bytes() == b"--")
        .is_some_and(|p| raw.len() - p - 1 == rest.len());
    let (script, args) = match &cli.file {
        Some(f) => (Some(f.as_bytes().to_vec()), rest),
        None if stdin_with_args => (None, rest),
        None => {
            if rest.is_empty() {
                (None, rest)
            } else {
                let s = rest.remove(0);
                if s == b"--" {
                    (None, rest)
                } else {
                    (Some(s), rest)
                }
            }
        }
    };
    // After `-f FILE` a `--` only ends the options; after a script named
    // as the first argument it is one of the script's arguments.
    let args: Vec<Vec<u8>> =
        if cli.file.is_some() && args.first().map(|a| a.as_slice()) == Some(b"--") {
            args[1..].to_vec()
        } else {
            args
        };

    let (source, path) = match script {
        Some(path) => match std::fs::read(std::ffi::OsStr::from_bytes(&path)) {
            Ok(s) => (s, path),
            // PHP opens a directory and reads an empty script from it.
            Err(_) if std::path::Path::new(std::ffi::OsStr::from_bytes(&path)).is_dir() => {
                (Vec::new(), path)
            }
            Err(_) => {
                println!(
                    "Could not open input file: {}",
                    String::from_utf8_lossy(&path)
                );
                return 1;
            }
        },
        None => {
            if std::io::stdin().is_terminal() && !cli.lint {
                return phpi::cli::run_repl(ini);
            }
            let mut s = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut s);
            (s, b"Standard input code".to_vec())
        }
    };

    if cli.lint {
        return phpi::cli::lint(&source, &path);
    }
    let mut argv = vec![path.clone()];
    argv.extend(args);
    phpi::cli::run_in_big_stack(source, path, argv, ini, false)
}
