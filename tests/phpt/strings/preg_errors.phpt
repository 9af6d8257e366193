--TEST--
preg_*: delimiter, modifier and compilation warnings, preg_last_error
--FILE--
<?php
foreach (["abc", "/abc", "(abc", "{abc", "/abc/q", "/(abc/", "", "   ", "/a/e", "\\a\\", "/a/ i\n", "#a#imsxuUDAJn", "[a]", "<a>", "/[a-/", "/a{2,1}/", "/(?<n>a)(?<n>b)/", "/\\/"] as $p) {
    var_dump($p, preg_match($p, "a"));
    echo preg_last_error(), " ", preg_last_error_msg(), "\n";
}
var_dump(preg_match("/abc/q", "x"), preg_replace("/(/", "x", "y"), preg_replace("/(/", "x", ["y"]), preg_split("/(/", "x"), preg_match_all("/(/", "x"), preg_grep("/(/", ["x"]), preg_replace_callback("/(/", fn($m) => "", "x"));
var_dump(preg_match('/./u', "\xff"), preg_last_error(), preg_last_error_msg(), preg_match('/./u', "é", $m, 0, 1), preg_last_error_msg(), preg_match('/a/', "a"), preg_last_error_msg());
var_dump(preg_match('/a/', 'abc', $m, 0, 4), $m, preg_last_error());
--EXPECTF--
Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s/preg_errors.php on line 3
string(3) "abc"
bool(false)
1 Internal error

Warning: preg_match(): No ending delimiter '/' found in %s/preg_errors.php on line 3
string(4) "/abc"
bool(false)
1 Internal error

Warning: preg_match(): No ending matching delimiter ')' found in %s/preg_errors.php on line 3
string(4) "(abc"
bool(false)
1 Internal error

Warning: preg_match(): No ending matching delimiter '}' found in %s/preg_errors.php on line 3
string(4) "{abc"
bool(false)
1 Internal error

Warning: preg_match(): Unknown modifier 'q' in %s/preg_errors.php on line 3
string(6) "/abc/q"
bool(false)
1 Internal error

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 4 in %s/preg_errors.php on line 3
string(6) "/(abc/"
bool(false)
1 Internal error

Warning: preg_match(): Empty regular expression in %s/preg_errors.php on line 3
string(0) ""
bool(false)
1 Internal error

Warning: preg_match(): Empty regular expression in %s/preg_errors.php on line 3
string(3) "   "
bool(false)
1 Internal error

Warning: preg_match(): The /e modifier is no longer supported, use preg_replace_callback instead in %s/preg_errors.php on line 3
string(4) "/a/e"
bool(false)
1 Internal error

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s/preg_errors.php on line 3
string(3) "\a\"
bool(false)
1 Internal error
string(6) "/a/ i
"
int(1)
0 No error
string(13) "#a#imsxuUDAJn"
int(1)
0 No error
string(3) "[a]"
int(1)
0 No error
string(3) "<a>"
int(1)
0 No error

Warning: preg_match(): Compilation failed: missing terminating ] for character class at offset 3 in %s/preg_errors.php on line 3
string(5) "/[a-/"
bool(false)
1 Internal error

Warning: preg_match(): Compilation failed: numbers out of order in {} quantifier at offset 5 in %s/preg_errors.php on line 3
string(8) "/a{2,1}/"
bool(false)
1 Internal error

Warning: preg_match(): Compilation failed: two named subpatterns have the same name (PCRE2_DUPNAMES not set) at offset 12 in %s/preg_errors.php on line 3
string(16) "/(?<n>a)(?<n>b)/"
bool(false)
1 Internal error

Warning: preg_match(): No ending delimiter '/' found in %s/preg_errors.php on line 3
string(3) "/\/"
bool(false)
1 Internal error

Warning: preg_match(): Unknown modifier 'q' in %s/preg_errors.php on line 6

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s/preg_errors.php on line 6

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s/preg_errors.php on line 6

Warning: preg_split(): Compilation failed: missing closing parenthesis at offset 1 in %s/preg_errors.php on line 6

Warning: preg_match_all(): Compilation failed: missing closing parenthesis at offset 1 in %s/preg_errors.php on line 6

Warning: preg_grep(): Compilation failed: missing closing parenthesis at offset 1 in %s/preg_errors.php on line 6

Warning: preg_replace_callback(): Compilation failed: missing closing parenthesis at offset 1 in %s/preg_errors.php on line 6
bool(false)
NULL
array(0) {
}
bool(false)
bool(false)
bool(false)
NULL
bool(false)
int(4)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
bool(false)
string(74) "The offset did not correspond to the beginning of a valid UTF-8 code point"
int(1)
string(8) "No error"
bool(false)
array(0) {
}
int(1)
