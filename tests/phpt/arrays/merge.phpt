--TEST--
array_merge() and array_merge_recursive(): renumbering, string keys, errors
--FILE--
<?php
var_dump(array_merge());
var_dump(array_merge([5 => 'a', 'k' => 'b'], [5 => 'c', 'k' => 'd', '9' => 'e']));
var_dump(array_merge(['a' => 1], []), array_merge([], [3 => 'x']), array_merge([1, 2], [3]));
var_dump(array_merge(['-5' => 'neg', '05' => 'str']));
$x = 1;
$r = [&$x, 2];
$m = array_merge($r, ['z']);
$x = 99;
var_dump($m);
var_dump(array_merge_recursive(['a' => [1, 2], 'b' => 'x', 5 => 'five'], ['a' => [3], 'b' => 'y', 5 => 'six']));
var_dump(array_merge_recursive(['k' => null], ['k' => 'v']));
var_dump(array_merge_recursive(['k' => 'v'], ['k' => ['w', 'z' => 1]]));
var_dump(array_merge_recursive(['k' => ['z' => 1]], ['k' => ['z' => 2]]));
var_dump(array_merge_recursive(['o' => 1], ['o' => (object) ['p' => 2]]));
try {
    array_merge([], 5);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    array_merge_recursive('a');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
array(0) {
}
array(4) {
  [0]=>
  string(1) "a"
  ["k"]=>
  string(1) "d"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "e"
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  [0]=>
  string(1) "x"
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
  string(3) "neg"
  ["05"]=>
  string(3) "str"
}
array(3) {
  [0]=>
  &int(99)
  [1]=>
  int(2)
  [2]=>
  string(1) "z"
}
array(4) {
  ["a"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
  ["b"]=>
  array(2) {
    [0]=>
    string(1) "x"
    [1]=>
    string(1) "y"
  }
  [0]=>
  string(4) "five"
  [1]=>
  string(3) "six"
}
array(1) {
  ["k"]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    string(1) "v"
  }
}
array(1) {
  ["k"]=>
  array(3) {
    [0]=>
    string(1) "v"
    [1]=>
    string(1) "w"
    ["z"]=>
    int(1)
  }
}
array(1) {
  ["k"]=>
  array(1) {
    ["z"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
}
array(1) {
  ["o"]=>
  array(2) {
    [0]=>
    int(1)
    ["p"]=>
    int(2)
  }
}
array_merge(): Argument #2 must be of type array, int given
array_merge_recursive(): Argument #1 must be of type array, string given
