--TEST--
Generators in iterator_to_array, spread, iterator_count and other Traversable consumers
--FILE--
<?php
function nums() { yield 1; yield 2; yield 3; }
function kv() { yield 'a' => 1; yield 'b' => 2; yield 'a' => 3; }
var_dump(iterator_to_array(nums()));
var_dump(iterator_to_array(kv()), iterator_to_array(kv(), false));
var_dump(iterator_count(nums()));
function add(...$n) { return array_sum($n); }
var_dump(add(...nums()));
var_dump([...nums(), ...nums()]);
function named() { yield 'b' => 2; yield 'a' => 1; }
function ab($a, $b) { return "$a-$b"; }
var_dump(ab(...named()));
var_dump(array_map(fn($x) => $x * 2, iterator_to_array(nums())));
var_dump(implode(',', [...(function () { yield from ['x', 'y']; })()]));
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(3)
int(6)
array(6) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(1)
  [4]=>
  int(2)
  [5]=>
  int(3)
}
string(3) "1-2"
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  int(6)
}
string(3) "x,y"
