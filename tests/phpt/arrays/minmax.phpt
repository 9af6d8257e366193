--TEST--
min() and max(): arrays and argument lists, PHP 8 comparison, errors
--FILE--
<?php
var_dump(min(2, 8), max(2, 8), min([4, 2, 8]), max([4, 2, 8]));
var_dump(min('apple', 'banana'), max('10', '9'), max('10', '9a'), min('abc', 0), max('abc', 0));
var_dump(min([1, 2], [1, 3]), max([1, 2], [1, 3]), max([1, 2, 3], [4, 5]), min('x', [1]));
var_dump(min(1, 1.0), min(1.0, 1), max(0, -0.0), max('1', 1), max(1, '1'));
var_dump(max(null, false), min(null, false), max(true, 2), max([0 => 'a'], [1 => 'b']));
var_dump(min([PHP_INT_MAX, PHP_INT_MAX - 1]), max(['a' => 5, 'b' => 7]), max(NAN, 1), max(1, NAN));
try {
    min([]);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    max(5);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    max();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
int(2)
int(8)
int(2)
int(8)
string(5) "apple"
string(2) "10"
string(2) "9a"
int(0)
string(3) "abc"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
string(1) "x"
int(1)
float(1)
int(0)
string(1) "1"
int(1)
NULL
NULL
bool(true)
array(1) {
  [1]=>
  string(1) "b"
}
int(9223372036854775806)
int(7)
int(1)
float(NAN)
min(): Argument #1 ($value) must contain at least one element
max(): Argument #1 ($value) must be of type array, int given
max() expects at least 1 argument, 0 given
