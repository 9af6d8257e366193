--TEST--
array_replace() and array_replace_recursive()
--FILE--
<?php
$base = ['citrus' => ['orange'], 'berries' => ['blackberry', 'raspberry'], 3 => 'three'];
$rep = ['citrus' => ['pineapple'], 'berries' => ['blueberry'], 3 => 'THREE', 4 => 'four'];
var_dump(array_replace($base, $rep));
var_dump(array_replace_recursive($base, $rep));
var_dump(array_replace([1, 2, 3], [1 => 'b'], [3 => 'd']));
var_dump(array_replace(['a' => 1]));
var_dump(array_replace_recursive(['a' => [1, 2]], ['a' => 'scalar']), array_replace_recursive(['a' => 'scalar'], ['a' => [1]]));
try {
    array_replace([], 1);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    array_replace(1);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
array(4) {
  ["citrus"]=>
  array(1) {
    [0]=>
    string(9) "pineapple"
  }
  ["berries"]=>
  array(1) {
    [0]=>
    string(9) "blueberry"
  }
  [3]=>
  string(5) "THREE"
  [4]=>
  string(4) "four"
}
array(4) {
  ["citrus"]=>
  array(1) {
    [0]=>
    string(9) "pineapple"
  }
  ["berries"]=>
  array(2) {
    [0]=>
    string(9) "blueberry"
    [1]=>
    string(9) "raspberry"
  }
  [3]=>
  string(5) "THREE"
  [4]=>
  string(4) "four"
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "b"
  [2]=>
  int(3)
  [3]=>
  string(1) "d"
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  ["a"]=>
  string(6) "scalar"
}
array(1) {
  ["a"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array_replace(): Argument #2 must be of type array, int given
array_replace(): Argument #1 ($array) must be of type array, int given
