--TEST--
array_map(): one or several arrays, null callback, keys, errors
--FILE--
<?php
var_dump(array_map(fn($x) => $x * 2, ['a' => 1, 5 => 2, 3]));
var_dump(array_map(null, ['a' => 1, 'b' => 2]));
var_dump(array_map(fn($x, $y) => [$x, $y], ['a' => 1, 'b' => 2], [10]));
var_dump(array_map(null, [1, 2, 3], ['x' => 'a'], []));
var_dump(array_map(fn() => 1, []), array_map(null, [], []));
var_dump(array_map('intval', ['1', '2x', 'abc']));
function triple(int $n): int { return $n * 3; }
var_dump(array_map('triple', [1, 2]));
class M { static function up($v) { return "<$v>"; } function inst($v) { return "[$v]"; } }
var_dump(array_map('M::up', [1]), array_map([new M, 'inst'], [2]), array_map([M::class, 'up'], [3]));
try {
    array_map(function ($v) { throw new Exception("stop at $v"); }, [1, 2]);
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
foreach ([fn() => array_map('nope', [1]), fn() => array_map(null, 1), fn() => array_map(null, [], 'x')] as $f) {
    try {
        $f();
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
array(3) {
  ["a"]=>
  int(2)
  [5]=>
  int(4)
  [6]=>
  int(6)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(10)
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    NULL
  }
}
array(3) {
  [0]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    string(1) "a"
    [2]=>
    NULL
  }
  [1]=>
  array(3) {
    [0]=>
    int(2)
    [1]=>
    NULL
    [2]=>
    NULL
  }
  [2]=>
  array(3) {
    [0]=>
    int(3)
    [1]=>
    NULL
    [2]=>
    NULL
  }
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
  int(0)
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(6)
}
array(1) {
  [0]=>
  string(3) "<1>"
}
array(1) {
  [0]=>
  string(3) "[2]"
}
array(1) {
  [0]=>
  string(3) "<3>"
}
stop at 1
array_map(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
array_map(): Argument #2 ($array) must be of type array, int given
array_map(): Argument #3 must be of type array, string given
