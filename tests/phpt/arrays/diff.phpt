--TEST--
The array_diff family: values, keys, both, with user callbacks
--FILE--
<?php
$a = ['a' => 'green', 'red', 'blue', 'red', 5 => 1, 6 => '1'];
$b = ['b' => 'green', 'yellow', 'red', 1];
var_dump(array_diff($a, $b), array_diff($a), array_diff([], $b), array_diff(['x'], ['x']), array_diff(['x'], ['y']), array_diff($a, []));
var_dump(array_diff([1, '1', 1.0, true, null, ''], ['1']));
var_dump(array_diff_key(['a' => 1, 'b' => 2, 0 => 3, 1 => 4], ['a' => 9, '0' => 9], [1 => 9]));
var_dump(array_diff_assoc(['a' => 'green', 'b' => 'brown', 'c' => 'blue', 'red'], ['a' => 'green', 'yellow', 'red']));
var_dump(array_diff_assoc([0 => '1', 1 => 1], [0 => 1, 1 => '01']));
$cmp = function ($x, $y) { echo "cmp($x, $y)\n"; return $x <=> $y; };
var_dump(array_udiff([3, 1, 2, 5], [2, 4], [5], $cmp));
var_dump(array_diff_ukey(['a' => 1, 'b' => 2, 'c' => 3], ['A' => 1, 'b' => 5], fn($x, $y) => (is_string($x) ? $x : "") <=> (is_string($y) ? $y : "")));
var_dump(array_udiff_assoc(['a' => 1, 'b' => 2, 'c' => 3], ['a' => '1', 'b' => 3], fn($x, $y) => $x <=> $y));
var_dump(array_diff_uassoc(['a' => 1, 'b' => 2, 0 => 3], ['a' => 1, 'B' => 2, 1 => 3], fn($x, $y) => $x <=> $y));
var_dump(array_udiff_uassoc(['a' => 1, 'b' => 2], ['a' => 2, 'b' => 2], fn($x, $y) => $x <=> $y, fn($x, $y) => $x <=> $y));
var_dump(array_udiff([1, 5, 3], [1, 3], fn($x, $y) => $x === $y ? 0 : 1));
var_dump(array_udiff([[1], [2]], [[2]], fn($x, $y) => $x[0] <=> $y[0]));
var_dump(array_diff([[1]], ['Array']));
foreach ([fn() => array_diff([], 5), fn() => array_diff(5), fn() => array_udiff([1], [2], 'nope'), fn() => array_udiff([1]), fn() => array_diff_key([1], 'x'), fn() => array_udiff_uassoc([1], [2], fn() => 0)] as $f) {
    try {
        $f();
    } catch (TypeError $e) {
        echo $e::class, ": ", $e->getMessage(), "\n";
    }
}
--EXPECTF--
array(1) {
  [1]=>
  string(4) "blue"
}
array(6) {
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
  [6]=>
  string(1) "1"
}
array(0) {
}
array(0) {
}
array(1) {
  [0]=>
  string(1) "x"
}
array(6) {
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
  [6]=>
  string(1) "1"
}
array(2) {
  [4]=>
  NULL
  [5]=>
  string(0) ""
}
array(1) {
  ["b"]=>
  int(2)
}
array(3) {
  ["b"]=>
  string(5) "brown"
  ["c"]=>
  string(4) "blue"
  [0]=>
  string(3) "red"
}
array(1) {
  [1]=>
  int(1)
}
cmp(3, 1)
cmp(2, 1)
cmp(3, 2)
cmp(3, 5)
cmp(2, 4)
cmp(1, 2)
cmp(1, 5)
cmp(1, 2)
cmp(2, 2)
cmp(2, 3)
cmp(3, 4)
cmp(3, 5)
cmp(3, 5)
cmp(5, 4)
cmp(5, 5)
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(1)
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(2) {
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
}
array(2) {
  ["b"]=>
  int(2)
  [0]=>
  int(3)
}
array(1) {
  ["a"]=>
  int(1)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(5)
  [2]=>
  int(3)
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}

Warning: Array to string conversion in %s/diff.php on line 17
array(0) {
}
TypeError: array_diff(): Argument #2 must be of type array, int given
TypeError: array_diff(): Argument #1 ($array) must be of type array, int given
TypeError: array_udiff(): Argument #3 must be a valid callback, function "nope" not found or invalid function name
ArgumentCountError: array_udiff() expects at least 2 arguments, 1 given
TypeError: array_diff_key(): Argument #2 must be of type array, string given
TypeError: array_udiff_uassoc(): Argument #2 must be a valid callback, array callback must have exactly two members
