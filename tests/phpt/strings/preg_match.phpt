--TEST--
preg_match: groups, named groups, flags, offsets
--FILE--
<?php
var_dump(preg_match('/(\d+)-(?<word>\w+)/', 'x 12-abc y', $m), $m);
var_dump(preg_match('/(a)(b)?(c)?/', 'a', $m), $m);
var_dump(preg_match('/(a)(b)?(c)/', 'ac', $m), $m);
var_dump(preg_match('/(a)(b)?(c)?/', 'a', $m, PREG_UNMATCHED_AS_NULL), $m);
var_dump(preg_match('/(a)(?<x>b)?/', 'za', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match('/(a)(b)?/', 'a', $m, PREG_OFFSET_CAPTURE | PREG_UNMATCHED_AS_NULL), $m);
var_dump(preg_match('/b/', 'abcb', $m, 0, 2), $m, preg_match('/^b/', 'ab', $m, 0, 1), preg_match('/\Gb/', 'ab', $m, 0, 1), preg_match('/b/', 'abc', $m, 0, -1), preg_match('/c/', 'abc', $m, 0, -1));
var_dump(preg_match('/x/', 'abc', $m), $m, preg_match('/x/', 'abc'));
var_dump(preg_match('/HELLO/i', 'hello'), preg_match('/^b$/m', "a\nb\nc"), preg_match('/a.c/s', "a\nc"), preg_match('/a.c/', "a\nc"), preg_match('/a b c/x', 'abc'), preg_match('/a+?/U', 'aaa', $m), $m);
var_dump(preg_match('/b/A', 'ab'), preg_match('/a/A', 'ab'), preg_match('/(?<x>a)|(?<x>b)/J', 'b', $m), $m, preg_match('/(a)(?:b)(c)/n', 'abc', $m), $m);
var_dump(preg_match('/\w+/u', 'héllo wörld', $m), $m, preg_match('/^.$/u', 'é'), preg_match('/^.$/', 'é'), preg_match('/é/i', 'É'), preg_match('/é/iu', 'É'));
var_dump(preg_match('{a{2}}', 'aa'), preg_match('(a(b)c)', 'abc', $m), $m, preg_match('[a\]b]', 'a]b'), preg_match("/a\0b/", "a\0b"), preg_match('/\d/', 12345));
try { preg_match('/a/', 'a', $m, PREG_SET_ORDER); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(1)
array(4) {
  [0]=>
  string(6) "12-abc"
  [1]=>
  string(2) "12"
  ["word"]=>
  string(3) "abc"
  [2]=>
  string(3) "abc"
}
int(1)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "a"
}
int(1)
array(4) {
  [0]=>
  string(2) "ac"
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
int(1)
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "a"
  [2]=>
  NULL
  [3]=>
  NULL
}
int(1)
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(1)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(1)
  }
}
int(1)
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [2]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    int(-1)
  }
}
int(1)
array(1) {
  [0]=>
  string(1) "b"
}
int(0)
int(1)
int(0)
int(1)
int(0)
array(0) {
}
int(0)
int(1)
int(1)
int(1)
int(0)
int(1)
int(1)
array(1) {
  [0]=>
  string(3) "aaa"
}
int(0)
int(1)
int(1)
array(4) {
  [0]=>
  string(1) "b"
  ["x"]=>
  string(1) "b"
  [1]=>
  string(0) ""
  [2]=>
  string(1) "b"
}
int(1)
array(1) {
  [0]=>
  string(3) "abc"
}
int(1)
array(1) {
  [0]=>
  string(6) "héllo"
}
int(1)
int(0)
int(0)
int(1)
int(1)
int(1)
array(2) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(1) "b"
}
int(1)
int(1)
int(1)
preg_match(): Argument #4 ($flags) must be a PREG_* constant
