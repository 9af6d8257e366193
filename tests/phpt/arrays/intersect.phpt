--TEST--
The array_intersect family: values, keys, both, with user callbacks
--FILE--
<?php
$a = ['a' => 'green', 'red', 'blue', 'red', 5 => 1];
$b = ['b' => 'green', 'yellow', 'red', '1'];
var_dump(array_intersect($a, $b), array_intersect($a), array_intersect($a, []), array_intersect([], $b));
var_dump(array_intersect([1, 2, 2, 3, '3'], [3, 2], ['2', 3, 4]));
var_dump(array_intersect_key(['a' => 1, 'b' => 2, 0 => 3, 1 => 4], ['a' => 9, '0' => 9, 1 => 0], [1 => 0, 'a' => 0]));
var_dump(array_intersect_key(['x' => 1]), array_intersect_assoc(['a' => 'g', 'b' => 'r', 0 => '1'], ['a' => 'g', 'b' => 'x', 0 => 1]));
$cmp = function ($x, $y) { echo "cmp($x, $y)\n"; return $x <=> $y; };
var_dump(array_uintersect([3, 1, 2, 5], [2, 5, 4], $cmp));
var_dump(array_intersect_ukey(['a' => 1, 'b' => 2, 'c' => 3], ['b' => 0, 'c' => 0, 'd' => 0], fn($x, $y) => $x <=> $y));
var_dump(array_uintersect_assoc(['a' => 'A', 'b' => 'B'], ['a' => 'a', 'b' => 'x'], fn($x, $y) => ($x == "A" || $x == "a") && ($y == "a" || $y == "A") ? 0 : $x <=> $y));
var_dump(array_intersect_uassoc(['a' => 1, 'b' => 2, 'c' => 3], ['a' => 1, 'b' => 5, 'C' => 3], fn($x, $y) => $x <=> $y));
var_dump(array_uintersect_uassoc(['a' => 1, 'b' => 2], ['a' => 1, 'b' => 3], fn($x, $y) => $x <=> $y, fn($x, $y) => $x <=> $y));
var_dump(array_uintersect([1, 5, 3], [1, 3], fn($x, $y) => $x === $y ? 0 : 1));
foreach ([fn() => array_intersect([], 5), fn() => array_uintersect([1], [2], 'nope'), fn() => array_intersect_key([1], 'x'), fn() => array_intersect_ukey([1])] as $f) {
    try {
        $f();
    } catch (TypeError $e) {
        echo $e::class, ": ", $e->getMessage(), "\n";
    }
}
--EXPECT--
array(4) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  [2]=>
  string(3) "red"
  [5]=>
  int(1)
}
array(5) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  [1]=>
  string(4) "blue"
  [2]=>
  string(3) "red"
  [5]=>
  int(1)
}
array(0) {
}
array(0) {
}
array(4) {
  [1]=>
  int(2)
  [2]=>
  int(2)
  [3]=>
  int(3)
  [4]=>
  string(1) "3"
}
array(2) {
  ["a"]=>
  int(1)
  [1]=>
  int(4)
}
array(1) {
  ["x"]=>
  int(1)
}
array(2) {
  ["a"]=>
  string(1) "g"
  [0]=>
  string(1) "1"
}
cmp(3, 1)
cmp(2, 1)
cmp(3, 2)
cmp(3, 5)
cmp(2, 5)
cmp(5, 4)
cmp(2, 4)
cmp(1, 2)
cmp(2, 2)
cmp(2, 2)
cmp(2, 3)
cmp(3, 4)
cmp(5, 4)
cmp(5, 4)
cmp(5, 5)
array(2) {
  [2]=>
  int(2)
  [3]=>
  int(5)
}
array(2) {
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
}
array(1) {
  ["a"]=>
  string(1) "A"
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  ["a"]=>
  int(1)
}
array(0) {
}
TypeError: array_intersect(): Argument #2 must be of type array, int given
TypeError: array_uintersect(): Argument #3 must be a valid callback, function "nope" not found or invalid function name
TypeError: array_intersect_key(): Argument #2 must be of type array, string given
ArgumentCountError: array_intersect_ukey() expects at least 2 arguments, 1 given
