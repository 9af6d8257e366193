--TEST--
sscanf with arrays and by-reference results
--FILE--
<?php
var_dump(sscanf("12 apples", "%d %s"), sscanf("age: 25", "age: %d%n"), sscanf("abc", "%d"), sscanf("12", "%d %d"), sscanf("0x1A 077 -5", "%i %i %u"), sscanf("hello world", "%5c%[^o]"), sscanf("3.5e2x", "%f%s"), sscanf("", "%d"));
$x = $y = "untouched";
var_dump(sscanf("1 2", "%d %d", $a, $b), $a, $b, sscanf("", "%d", $x), sscanf("1", "%d %d", $x, $y), $y);
var_dump(sscanf("2024-01-15", "%4d-%2d-%2d"), sscanf("#ff8800", "#%2x%2x%2x"), sscanf("key=value", "%[^=]=%s"), sscanf("a,b", "%*[^,],%s"));
try { sscanf("1", "%d", $a, $b); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(2) {
  [0]=>
  int(12)
  [1]=>
  string(6) "apples"
}
array(2) {
  [0]=>
  int(25)
  [1]=>
  int(7)
}
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  int(12)
  [1]=>
  NULL
}
array(3) {
  [0]=>
  int(26)
  [1]=>
  int(63)
  [2]=>
  string(20) "18446744073709551611"
}
array(2) {
  [0]=>
  string(5) "hello"
  [1]=>
  string(2) " w"
}
array(2) {
  [0]=>
  float(350)
  [1]=>
  string(1) "x"
}
NULL
int(2)
int(1)
int(2)
int(-1)
int(1)
string(9) "untouched"
array(3) {
  [0]=>
  int(2024)
  [1]=>
  int(1)
  [2]=>
  int(15)
}
array(3) {
  [0]=>
  int(255)
  [1]=>
  int(136)
  [2]=>
  int(0)
}
array(2) {
  [0]=>
  string(3) "key"
  [1]=>
  string(5) "value"
}
array(1) {
  [0]=>
  string(1) "b"
}
Variable is not assigned by any conversion specifiers
