--TEST--
array_splice(): removal, replacement, renumbering, string keys
--FILE--
<?php
$a = ['a' => 'A', 5 => 'five', 6 => 'six', 'b' => 'B', 9 => 'nine'];
$r = array_splice($a, 1, 2);
var_dump($r, $a);
$a = [1, 2, 3, 4, 5];
var_dump(array_splice($a, -2, 1, 'x'), $a);
$a = [1, 2, 3];
var_dump(array_splice($a, 1, 0, ['p', 'q']), $a);
$a = [1, 2, 3];
var_dump(array_splice($a, 5, 2, [9]), $a);
$a = [1, 2, 3, 4];
var_dump(array_splice($a, 1, -1), $a);
$a = [1, 2, 3, 4];
var_dump(array_splice($a, 1), $a);
$a = [1, 2, 3, 4];
var_dump(array_splice($a, -10, 1, null), $a);
$a = [1, 2, 3];
var_dump(array_splice($a, 0, 3, ['k' => 'v', 7 => 'w']), $a);
$a = [1, 2, 3];
next($a);
next($a);
array_splice($a, 0, 1);
var_dump(current($a));
$a[] = 'appended';
var_dump($a);
$x = 'ref';
$a = [&$x, 2];
$removed = array_splice($a, 0, 1);
$x = 'changed';
var_dump($removed);
try {
    $s = 'str';
    array_splice($s, 0);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
array(2) {
  [0]=>
  string(4) "five"
  [1]=>
  string(3) "six"
}
array(3) {
  ["a"]=>
  string(1) "A"
  ["b"]=>
  string(1) "B"
  [0]=>
  string(4) "nine"
}
array(1) {
  [0]=>
  int(4)
}
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  string(1) "x"
  [4]=>
  int(5)
}
array(0) {
}
array(5) {
  [0]=>
  int(1)
  [1]=>
  string(1) "p"
  [2]=>
  string(1) "q"
  [3]=>
  int(2)
  [4]=>
  int(3)
}
array(0) {
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(9)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(4)
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  int(4)
}
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  int(1)
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  int(4)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  [0]=>
  string(1) "v"
  [1]=>
  string(1) "w"
}
int(2)
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  string(8) "appended"
}
array(1) {
  [0]=>
  &string(7) "changed"
}
array_splice(): Argument #1 ($array) must be of type array, string given
