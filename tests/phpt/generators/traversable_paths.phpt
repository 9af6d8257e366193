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
