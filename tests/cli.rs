//! The `phpi` command line as `php`'s: where the script and its arguments
//! come from, exit statuses, lint. Expected outputs and statuses are those
//! of `php -n` on the same command lines (PHP 8.2).

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs phpi with `args`, feeding `stdin`; returns (stdout, exit status).
fn phpi(args: &[&str], stdin: &str) -> (String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_phpi"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("phpi runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("phpi ends");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().expect("an exit status, not a signal"),
    )
}

/// A script file in a fresh temporary directory.
fn script(name: &str, source: &str) -> (tempfile_dir::Dir, String) {
    let dir = tempfile_dir::Dir::new(name);
    let path = dir.path.join(name);
    std::fs::write(&path, source).expect("write script");
    let path = path.to_string_lossy().into_owned();
    (dir, path)
}

mod tempfile_dir {
    /// A directory removed when dropped.
    pub struct Dir {
        pub path: std::path::PathBuf,
    }
    impl Dir {
        pub fn new(tag: &str) -> Dir {
            let path = std::env::temp_dir().join(format!(
                "phpi-cli-{}-{}-{:?}",
                tag,
                std::process::id(),
                std::thread::current().id()
            ));
            std::fs::create_dir_all(&path).expect("temp dir");
            Dir { path }
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

const SHOW_ARGV: &str = "<?php echo implode(',', $argv), \"\\n\";";

#[test]
fn stdin_runs_with_the_arguments_after_double_dash() {
    // echo '<?php ...' | php -n -- x y
    let (out, status) = phpi(&["--", "x", "y"], SHOW_ARGV);
    assert_eq!((out.as_str(), status), ("Standard input code,x,y\n", 0));
}

#[test]
fn double_dash_after_the_script_is_an_argument() {
    let (_dir, path) = script("argv.php", SHOW_ARGV);
    // php -n argv.php -- q  =>  argv.php,--,q
    let (out, _) = phpi(&[&path, "--", "q"], "");
    assert_eq!(out, format!("{path},--,q\n"));
    // php -n -f argv.php -- q  =>  argv.php,q
    let (out, _) = phpi(&["-f", &path, "--", "q"], "");
    assert_eq!(out, format!("{path},q\n"));
    // php -n -r '...' -- q
    let (out, _) = phpi(&["-r", "echo implode(',', $argv), \"\\n\";", "--", "q"], "");
    assert_eq!(out, "Standard input code,q\n");
}

#[test]
fn exit_statuses() {
    assert_eq!(phpi(&["-r", "exit(3);"], "").1, 3);
    assert_eq!(phpi(&["-r", "throw new Exception('x');"], "").1, 255);
    assert_eq!(
        phpi(&["no-such-file.php"], ""),
        (
            "Could not open input file: no-such-file.php\n".to_string(),
            1
        )
    );
}

#[test]
fn an_exception_handler_ends_the_script_normally() {
    let source = "<?php set_exception_handler(function ($e) { echo 'handled ', $e->getMessage(), \"\\n\"; });\nthrow new Exception('x');\n";
    let (_dir, path) = script("handler.php", source);
    assert_eq!(phpi(&[&path], ""), ("handled x\n".to_string(), 0));
}

#[test]
fn command_line_code_reports_exceptions_without_the_handler() {
    // php -n -r 'set_exception_handler(...); throw new Exception("x");'
    let (out, status) = phpi(
        &[
            "-r",
            "set_exception_handler(function ($e) { echo 'handled'; }); throw new Exception('x');",
        ],
        "",
    );
    assert_eq!(status, 255);
    assert_eq!(
        out,
        "\nFatal error: Uncaught Exception: x in Command line code:1\nStack trace:\n#0 {main}\n  thrown in Command line code on line 1\n"
    );
}

#[test]
fn parse_errors_and_lint() {
    let (_dir, path) = script("perr.php", "<?php\necho \"a\"\necho \"b\";\n");
    let message = format!("\nParse error: syntax error, unexpected token \"echo\", expecting \",\" or \";\" in {path} on line 3\n");
    assert_eq!(phpi(&[&path], ""), (message.clone(), 255));
    let (out, status) = phpi(&["-l", &path], "");
    assert_eq!(
        (out, status),
        (format!("{message}Errors parsing {path}\n"), 255)
    );
    let (_dir2, good) = script("good.php", "<?php echo 1;\n");
    assert_eq!(
        phpi(&["-l", &good], ""),
        (format!("No syntax errors detected in {good}\n"), 0)
    );
}

#[test]
fn a_directory_is_an_empty_script() {
    // php -n /tmp prints nothing and exits 0; php -l says no syntax errors.
    let dir = tempfile_dir::Dir::new("dir");
    let path = dir.path.to_string_lossy().into_owned();
    assert_eq!(phpi(&[&path], ""), (String::new(), 0));
    assert_eq!(
        phpi(&["-l", &path], ""),
        (format!("No syntax errors detected in {path}\n"), 0)
    );
}
