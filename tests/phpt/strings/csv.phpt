--TEST--
str_getcsv quoting, escapes and separators
--FILE--
<?php
var_dump(str_getcsv('a,"b ""c""",d'), str_getcsv('x;y;"z;w"', ";"), str_getcsv(''), str_getcsv('a,,b,'), str_getcsv('  "q" ,b'), str_getcsv('"a\"b",c'), str_getcsv("'a','b'", ",", "'"), str_getcsv('"unterminated,x'), str_getcsv("a,b\n"), str_getcsv('"a"x,b'));
foreach ([fn() => str_getcsv("a", ""), fn() => str_getcsv("a", ",", "ab"), fn() => str_getcsv("a", ",", '"', "xy")] as $f) {
    try { $f(); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(str_getcsv('a\\",b', ",", '"', ""));
--EXPECT--
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(5) "b "c""
  [2]=>
  string(1) "d"
}
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(3) "z;w"
}
array(1) {
  [0]=>
  NULL
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(0) ""
  [2]=>
  string(1) "b"
  [3]=>
  string(0) ""
}
array(2) {
  [0]=>
  string(2) "q "
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(4) "a\"b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(14) "unterminated,x"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(2) "ax"
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(3) "a\""
  [1]=>
  string(1) "b"
}
