--TEST--
array_slice(): offsets, lengths, preserved keys and string keys
--FILE--
<?php
$a = ['a' => 1, 5 => 2, 3, 'b' => 4, 9 => 5];
var_dump(array_slice($a, 1), array_slice($a, 1, 2), array_slice($a, -2), array_slice($a, -2, 1, true));
var_dump(array_slice($a, 1, -1, true), array_slice($a, 0, null, true), array_slice($a, 10), array_slice($a, 5));
var_dump(array_slice($a, -10, 2), array_slice($a, 2, 0), array_slice($a, 1, -10), array_slice([], 0));
var_dump(array_slice([1, 2, 3], 0, PHP_INT_MAX), array_slice([1, 2, 3], PHP_INT_MIN, 1));
var_dump(array_slice([1, 2, 3], '1'), array_slice([1, 2, 3], 1, true));
try {
    array_slice([1], 'x');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  ["b"]=>
  int(4)
  [2]=>
  int(5)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(2) {
  ["b"]=>
  int(4)
  [0]=>
  int(5)
}
array(1) {
  ["b"]=>
  int(4)
}
array(3) {
  [5]=>
  int(2)
  [6]=>
  int(3)
  ["b"]=>
  int(4)
}
array(5) {
  ["a"]=>
  int(1)
  [5]=>
  int(2)
  [6]=>
  int(3)
  ["b"]=>
  int(4)
  [9]=>
  int(5)
}
array(0) {
}
array(0) {
}
array(2) {
  ["a"]=>
  int(1)
  [0]=>
  int(2)
}
array(0) {
}
array(0) {
}
array(0) {
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(1) {
  [0]=>
  int(1)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(1) {
  [0]=>
  int(2)
}
array_slice(): Argument #2 ($offset) must be of type int, string given
