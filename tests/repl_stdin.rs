//! The interactive shell fed through standard input (not a terminal):
//! `echo '...' | phpi -a` reads the lines as entries, without prompts.
//!
//! Expected PHP texts were recorded from PHP 8.2 (`php -n -r`, command
//! noted next to each); `php -a` names entries `php shell code`.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `phpi -a` on `input`; returns its standard output and exit status.
fn shell(input: &str) -> (String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_phpi"))
        .arg("-a")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("phpi starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("input written");
    let out = child.wait_with_output().expect("phpi ends");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn the_issue_example() {
    // php -n -r 'var_dump([1]);'
    assert_eq!(
        shell("$a = [1]; $a\n"),
        ("=> array(1) {\n  [0]=>\n  int(1)\n}\n".to_string(), 0)
    );
}

#[test]
fn statements_print_only_their_output() {
    assert_eq!(
        shell("$x = 2;\necho $x * 3;\n$x++;\nprint 'p';\n").0,
        "6\np\n"
    );
}

#[test]
fn multi_line_entries() {
    let input = "function f() {\n  return 1 +\n    2;\n}\n$list = [\n  'a',\n  'b',\n];\n$text = <<<EOT\nline\nEOT;\nf()\n$list[1]\necho $text, \"\\n\";\n";
    // php -n -r 'var_dump(3); var_dump("b");' and the heredoc's text
    assert_eq!(shell(input).0, "=> int(3)\n=> string(1) \"b\"\nline\n");
}

#[test]
fn errors_do_not_end_the_session() {
    let input = "echo 1 +;\n$kept = 'still here';\nthrow new RuntimeException('boom');\nnope();\necho $kept;\n";
    // php -n -r 'echo 1 +;'; php -n -r 'throw new RuntimeException("boom");'; php -n -r 'nope();'
    let expected = "\nParse error: syntax error, unexpected token \";\" in php shell code on line 1\n\
        \nFatal error: Uncaught RuntimeException: boom in php shell code:1\nStack trace:\n#0 {main}\n  thrown in php shell code on line 1\n\
        \nFatal error: Uncaught Error: Call to undefined function nope() in php shell code:1\nStack trace:\n#0 {main}\n  thrown in php shell code on line 1\n\
        still here\n";
    assert_eq!(shell(input), (expected.to_string(), 0));
}

#[test]
fn refs_equal_debug_zval_dump() {
    // php -n -r '$o = new stdClass; $p = $o; debug_zval_dump($o);'
    let (out, _) = shell("$o = new stdClass; $p = $o;\n:refs $o\n");
    assert_eq!(out, "object(stdClass)#1 (0) refcount(3){\n}\n");
    // php -n -r '$a = ["x" => 1]; $a["y"] = 2; $b = $a; debug_zval_dump($a);'
    let (out, _) = shell("$a = ['x' => 1]; $a['y'] = 2; $b = $a;\n:refs $a\n");
    assert_eq!(
        out,
        "array(2) refcount(3){\n  [\"x\"]=>\n  int(1)\n  [\"y\"]=>\n  int(2)\n}\n"
    );
}

#[test]
fn exit_leaves_with_its_status() {
    assert_eq!(
        shell("echo 'a';\nexit(3);\necho 'b';\n"),
        ("a\n".to_string(), 3)
    );
}

#[test]
fn destructors_run_when_the_session_ends() {
    let input =
        "class D { function __destruct() { echo \"bye\\n\"; } }\n$d = new D;\necho \"end\\n\";\n";
    assert_eq!(shell(input).0, "end\nbye\n");
}

#[test]
fn an_unfinished_entry_at_the_end_is_a_syntax_error() {
    // php -n -r $'if (true) {\n  echo 1;\n'
    let (out, status) = shell("if (true) {\n  echo 1;\n");
    assert_eq!(
        out,
        "\nParse error: Unclosed '{' on line 1 in php shell code on line 3\n"
    );
    assert_eq!(status, 0);
}

#[test]
fn commands() {
    let (out, _) = shell(":help\n");
    assert!(out.contains(":refs EXPR"), "{out}");
    let (out, _) = shell("function twice($n) {\n  return 2 * $n;\n}\n:show twice\n");
    assert_eq!(out, "function twice($n) {\n  return 2 * $n;\n}\n");
    let (out, _) = shell("$n = 1;\n:ls\n");
    assert!(out.ends_with("$n     int(1)\n"), "{out}");
    let (out, _) = shell(":what\n");
    assert_eq!(out, "unknown command :what (:help lists them)\n");
    let (out, status) = shell(":quit\necho 'not run';\n");
    assert_eq!((out.as_str(), status), ("", 0));
}

#[test]
fn reset_starts_a_fresh_session() {
    let input = "$o = new stdClass;\nfunction f() {}\n:reset\nisset($o)\nis_callable('f')\n$p = new stdClass; $p\n";
    assert_eq!(
        shell(input).0,
        "a fresh session started\n=> bool(false)\n=> bool(false)\n=> object(stdClass)#1 (0) {\n}\n"
    );
}

#[test]
fn gc_shows_buffered_roots() {
    let input = "$a = [1]; $a[] = 2; $b = $a; unset($b);\n$o = new stdClass; $o->self = $o; unset($o);\n:gc\ngc_collect_cycles()\n:gc\n";
    let (out, _) = shell(input);
    let expected = "\
gc_status(): runs=0 collected=0 threshold=10001 roots=2
possible roots reachable from global variables:
  $a  array(2)  refcount=1
1 root not reachable from global variables: garbage if only cycles hold it
=> int(1)
gc_status(): runs=1 collected=1 threshold=10001 roots=0
";
    assert_eq!(out, expected);
}
