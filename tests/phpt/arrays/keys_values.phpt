--TEST--
array_keys(), array_values(), array_key_first/last(), array_is_list(), array_key_exists()
--FILE--
<?php
$a = ['x' => 1, 5 => 2, '7' => 1, 'y' => '1'];
var_dump(array_keys($a), array_keys($a, 1), array_keys($a, '1', true), array_keys([]), array_keys($a, 99));
var_dump(array_values($a), array_values([]), array_values([3 => 'a', 1 => 'b']));
var_dump(array_key_first($a), array_key_last($a), array_key_first([]), array_key_last([]));
$b = [1, 2, 3];
unset($b[2]);
var_dump(array_key_last($b), array_is_list($b), array_is_list([]), array_is_list([1 => 1]), array_is_list(['a' => 1]));
unset($b[0]);
var_dump(array_is_list($b), array_values($b));
var_dump(array_key_exists('x', $a), array_key_exists(5, $a), array_key_exists('5', $a), array_key_exists(7, $a));
var_dump(key_exists('nope', $a), array_key_exists(null, ['' => 1]), array_key_exists(true, [1 => 0]), array_key_exists(false, [0 => 0]));
var_dump(array_key_exists(1.7, [1 => 0]));
var_dump(array_key_exists('n', ['n' => null]));
try {
    array_key_exists([], []);
} catch (TypeError $e) {
    echo $e::class, ": ", $e->getMessage(), "\n";
}
try {
    array_key_exists('a', new stdClass);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
array(4) {
  [0]=>
  string(1) "x"
  [1]=>
  int(5)
  [2]=>
  int(7)
  [3]=>
  string(1) "y"
}
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  int(7)
  [2]=>
  string(1) "y"
}
array(1) {
  [0]=>
  string(1) "y"
}
array(0) {
}
array(0) {
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(1)
  [3]=>
  string(1) "1"
}
array(0) {
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
string(1) "x"
string(1) "y"
NULL
NULL
int(1)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
array(1) {
  [0]=>
  int(2)
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s/keys_values.php on line 13
bool(true)
bool(true)
TypeError: Illegal offset type
array_key_exists(): Argument #2 ($array) must be of type array, stdClass given
