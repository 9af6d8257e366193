--TEST--
array_filter() modes and array_reduce()
--FILE--
<?php
$a = ['a' => 1, 'b' => 0, 'c' => 2, 3 => null, 4 => '0', 5 => [], 6 => 'x'];
var_dump(array_filter($a));
var_dump(array_filter($a, fn($v) => is_int($v)));
var_dump(array_filter($a, fn($k) => is_string($k), ARRAY_FILTER_USE_KEY));
var_dump(array_filter($a, fn($v, $k) => $v && $k !== 'a', ARRAY_FILTER_USE_BOTH));
var_dump(array_filter([1, 2], null), array_filter([]), array_filter([0, false]));
var_dump(array_reduce([1, 2, 3], fn($c, $i) => $c + $i));
var_dump(array_reduce([], fn($c, $i) => $c + $i), array_reduce([], fn($c, $i) => 0, 'init'));
var_dump(array_reduce(['a', 'b'], fn($c, $i) => $c . $i, '>'));
try {
    array_filter([1], 'nope');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    array_reduce([1], 'nope');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
array(3) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(2)
  [6]=>
  string(1) "x"
}
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(0)
  ["c"]=>
  int(2)
}
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(0)
  ["c"]=>
  int(2)
}
array(2) {
  ["c"]=>
  int(2)
  [6]=>
  string(1) "x"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(0) {
}
array(0) {
}
int(6)
NULL
string(4) "init"
string(3) ">ab"
array_filter(): Argument #2 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
array_reduce(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
