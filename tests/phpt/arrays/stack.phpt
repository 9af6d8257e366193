--TEST--
array_push(), array_pop(), array_shift(), array_unshift(): indexes and the internal pointer
--FILE--
<?php
$a = [5 => 'a', 'k' => 'b', 9 => 'c'];
var_dump(array_push($a, 'd', 'e'), $a);
var_dump(array_pop($a), array_pop($a));
$a[] = 'next';
var_dump($a);
var_dump(array_shift($a), $a);
$a[] = 'after shift';
var_dump($a);
var_dump(array_unshift($a, 'u1', 'u2'), $a);
$e = [];
var_dump(array_pop($e), array_shift($e), array_push($e), array_unshift($e), $e);
$p = [1, 2, 3];
end($p);
array_pop($p);
var_dump(current($p));
$p = [1, 2, 3];
end($p);
array_shift($p);
var_dump(current($p), key($p));
$q = [1, 2, 3];
$copy = $q;
array_push($q, 4);
array_pop($copy);
var_dump($q, $copy);
$m = [PHP_INT_MAX => 'max'];
try {
    array_push($m, 'over');
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$n = [-5 => 'neg'];
array_push($n, 'x');
var_dump($n);
$x = 1;
$refs = [&$x];
var_dump(array_pop($refs));
--EXPECT--
int(5)
array(5) {
  [5]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
  [9]=>
  string(1) "c"
  [10]=>
  string(1) "d"
  [11]=>
  string(1) "e"
}
string(1) "e"
string(1) "d"
array(4) {
  [5]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
  [9]=>
  string(1) "c"
  [10]=>
  string(4) "next"
}
string(1) "a"
array(3) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  [1]=>
  string(4) "next"
}
array(4) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  [1]=>
  string(4) "next"
  [2]=>
  string(11) "after shift"
}
int(6)
array(6) {
  [0]=>
  string(2) "u1"
  [1]=>
  string(2) "u2"
  ["k"]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(4) "next"
  [4]=>
  string(11) "after shift"
}
NULL
NULL
int(0)
int(0)
array(0) {
}
int(1)
int(2)
int(0)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
Cannot add element to the array as the next element is already occupied
array(2) {
  [-5]=>
  string(3) "neg"
  [-4]=>
  string(1) "x"
}
int(1)
