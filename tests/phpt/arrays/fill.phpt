--TEST--
array_fill(): start index rules and errors
--FILE--
<?php
var_dump(array_fill(5, 3, 'v'), array_fill(-3, 3, 'n'), array_fill(0, 0, 'x'), array_fill(2, 1, [1]));
$f = array_fill(-10, 2, 0);
$f[] = 'next';
var_dump($f);
try {
    array_fill(0, -1, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    array_fill(PHP_INT_MAX, 2, 0);
} catch (Error $e) {
    echo $e::class, ": ", $e->getMessage(), "\n";
}
try {
    array_fill(0, PHP_INT_MAX, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(count(array_fill(PHP_INT_MAX, 1, 'last')));
--EXPECT--
array(3) {
  [5]=>
  string(1) "v"
  [6]=>
  string(1) "v"
  [7]=>
  string(1) "v"
}
array(3) {
  [-3]=>
  string(1) "n"
  [-2]=>
  string(1) "n"
  [-1]=>
  string(1) "n"
}
array(0) {
}
array(1) {
  [2]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(3) {
  [-10]=>
  int(0)
  [-9]=>
  int(0)
  [-8]=>
  string(4) "next"
}
array_fill(): Argument #2 ($count) must be greater than or equal to 0
Error: Cannot add element to the array as the next element is already occupied
array_fill(): Argument #2 ($count) is too large
int(1)
