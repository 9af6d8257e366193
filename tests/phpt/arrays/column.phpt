--TEST--
array_column(): arrays and objects, index keys, whole rows
--FILE--
<?php
$rows = [
    ['id' => 3, 'name' => 'c', 'tag' => 'x'],
    ['id' => 1, 'name' => 'a'],
    ['id' => 2, 'name' => 'b', 'tag' => null],
    'scalar',
    [5 => 'five'],
];
var_dump(array_column($rows, 'name'), array_column($rows, 'name', 'id'), array_column($rows, 'tag', 'name'));
var_dump(array_column($rows, null, 'id'), array_column($rows, 5), array_column([], 'x'));
class P { public $name; private $secret = 's'; public function __construct($n) { $this->name = $n; } }
$objs = [new P('p1'), new P('p2'), (object) ['name' => 'dyn', 'id' => 7]];
var_dump(array_column($objs, 'name'), array_column($objs, 'secret'), array_column($objs, 'name', 'id'));
var_dump(array_column([['k' => 1.5, 'v' => 'a'], ['k' => true, 'v' => 'b'], ['k' => null, 'v' => 'c']], 'v', 'k'));
try {
    array_column([['k' => [1], 'v' => 1]], 'v', 'k');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    array_column([], []);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
array(3) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
array(3) {
  [3]=>
  string(1) "c"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
array(2) {
  ["c"]=>
  string(1) "x"
  ["b"]=>
  NULL
}
array(5) {
  [3]=>
  array(3) {
    ["id"]=>
    int(3)
    ["name"]=>
    string(1) "c"
    ["tag"]=>
    string(1) "x"
  }
  [1]=>
  array(2) {
    ["id"]=>
    int(1)
    ["name"]=>
    string(1) "a"
  }
  [2]=>
  array(3) {
    ["id"]=>
    int(2)
    ["name"]=>
    string(1) "b"
    ["tag"]=>
    NULL
  }
  [4]=>
  string(6) "scalar"
  [5]=>
  array(1) {
    [5]=>
    string(4) "five"
  }
}
array(1) {
  [0]=>
  string(4) "five"
}
array(0) {
}
array(3) {
  [0]=>
  string(2) "p1"
  [1]=>
  string(2) "p2"
  [2]=>
  string(3) "dyn"
}
array(0) {
}
array(3) {
  [0]=>
  string(2) "p1"
  [1]=>
  string(2) "p2"
  [7]=>
  string(3) "dyn"
}

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/column.php on line 14
array(2) {
  [1]=>
  string(1) "b"
  [""]=>
  string(1) "c"
}
Illegal offset type
array_column(): Argument #2 ($column_key) must be of type string|int|null, array given
