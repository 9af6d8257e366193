//! The interactive shell on a terminal: `phpi -a` driven through a
//! pseudo-terminal (rexpect), as a person would use it — prompts,
//! continuation lines, errors that keep the session, Ctrl-C, Ctrl-D, tab
//! completion and the history file.
//!
//! Expected PHP texts were recorded from PHP 8.2 (`php -n -r`, noted next
//! to each).

use rexpect::session::{spawn_command, PtySession};
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

const PROMPT: &str = "php > ";
const CONTINUATION: &str = "... > ";

/// A home directory of its own for each test (the history file goes there).
struct Home(PathBuf);

impl Home {
    fn new(test: &str) -> Home {
        let dir = std::env::temp_dir().join(format!("phpi-repl-{}-{}", test, std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temporary home");
        Home(dir)
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn start(home: &Home) -> PtySession {
    start_with(home, &["-a"])
}

fn start_with(home: &Home, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_phpi"));
    cmd.args(args).env("HOME", &home.0).env("TERM", "xterm");
    let mut p = spawn_command(cmd, Some(30_000)).expect("phpi starts on a pseudo-terminal");
    p.exp_string(PROMPT).expect("first prompt");
    p
}

/// Sends a line and returns what the shell printed up to its next prompt,
/// with the terminal's line ends made plain.
fn enter(p: &mut PtySession, line: &str) -> String {
    p.send_line(line).expect("line sent");
    p.exp_string(PROMPT)
        .expect("prompt after the entry")
        .replace("\r\n", "\n")
}

#[test]
fn entries_values_and_errors() {
    let home = Home::new("entries");
    let mut p = start(&home);
    // A multi-line entry: the continuation prompt until the bracket closes.
    p.send_line("$a = [1,").unwrap();
    p.exp_string(CONTINUATION).expect("continuation prompt");
    assert!(!enter(&mut p, "2];").contains("=>"));
    // php -n -r 'var_dump([1, 2]);'
    assert!(
        enter(&mut p, "$a").contains("=> array(2) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n}\n")
    );
    // php -n -r 'throw new Exception("boom");'
    let out = enter(&mut p, "throw new Exception('boom');");
    assert!(
        out.contains("\nFatal error: Uncaught Exception: boom in php shell code:1\nStack trace:\n#0 {main}\n  thrown in php shell code on line 1\n"),
        "{out}"
    );
    assert!(enter(&mut p, "echo count2($a);").contains("Call to undefined function count2()"));
    // The session is intact.
    assert!(enter(&mut p, "$a[1] + 40").contains("=> int(42)"));
    // php -n -r '$a = [1, 2]; $b = $a; $a[] = 3; $c = $a; debug_zval_dump($a);'
    enter(&mut p, "$b = $a; $a[] = 3; $c = $a;");
    let out = enter(&mut p, ":refs $a");
    assert!(
        out.contains(
            "array(3) refcount(3){\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [2]=>\n  int(3)\n}\n"
        ),
        "{out}"
    );
    p.send_control('d').unwrap();
    p.exp_eof().expect("Ctrl-D leaves");
}

#[test]
fn ctrl_c_abandons_the_entry_and_stops_loops() {
    let home = Home::new("ctrl-c");
    let mut p = start(&home);
    // Ctrl-C on a half-typed line, and in the middle of a multi-line entry.
    p.send("$b = 1").unwrap();
    p.flush().unwrap();
    p.send_control('c').unwrap();
    p.exp_string(PROMPT).expect("prompt after Ctrl-C");
    p.send_line("function g() {").unwrap();
    p.exp_string(CONTINUATION).unwrap();
    p.send_control('c').unwrap();
    p.exp_string(PROMPT)
        .expect("prompt after Ctrl-C in a continuation");
    assert!(enter(&mut p, "isset($b) || function_exists2()")
        .contains("undefined function function_exists2()"));
    // Ctrl-C while a loop runs stops the loop, not the shell.
    p.send_line("$n = 0; while (true) { $n++; }").unwrap();
    std::thread::sleep(Duration::from_millis(500));
    p.send_control('c').unwrap();
    p.exp_string("Interrupted")
        .expect("the loop is interrupted");
    p.exp_string(PROMPT).unwrap();
    p.send_line("echo 'after' . 'wards';").unwrap();
    p.exp_string("afterwards").expect("the shell goes on");
    p.exp_string(PROMPT).unwrap();
    assert!(enter(&mut p, "$n > 0").contains("=> bool(true)"));
    p.send_line(":quit").unwrap();
    p.exp_eof().expect(":quit leaves");
}

#[test]
fn history_file_and_completion() {
    let home = Home::new("history");
    let mut p = start(&home);
    enter(&mut p, "$longvariable = 42;");
    enter(&mut p, "function shout($s) {\n}");
    // Tab completes the variable name.
    p.send("$longv\t").unwrap();
    p.flush().unwrap();
    p.exp_string("$longvariable").expect("completed name shown");
    p.send_line("").unwrap();
    p.exp_string("=> int(42)")
        .expect("the completed entry runs");
    p.exp_string(PROMPT).unwrap();
    p.send_line("exit(7);").unwrap();
    p.exp_eof().expect("exit leaves");
    match p.process_mut().wait().expect("exit status") {
        rexpect::process::WaitStatus::Exited(_, code) => assert_eq!(code, 7),
        other => panic!("phpi ended with {:?}", other),
    }

    let path = home.0.join(".phpi_history");
    let text = std::fs::read_to_string(&path).expect("history file written");
    assert!(text.contains("$longvariable = 42;"), "{text}");
    assert!(text.contains("exit(7);"), "{text}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    // The next session (`phpi` alone on a terminal) recalls the history.
    let mut p = start_with(&home, &[]);
    p.send_line(":history").unwrap();
    let out = p.exp_string(PROMPT).unwrap();
    assert!(out.contains("$longvariable = 42;"), "{out}");
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}
