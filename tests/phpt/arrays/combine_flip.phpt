--TEST--
array_combine(), array_flip() and array_fill_keys(): key conversions and warnings
--FILE--
<?php
var_dump(array_combine(['a', 'b', 'a'], [1, 2, 3]));
var_dump(array_combine([1.5, true, null, '08', '8'], ['f', 't', 'n', 's', 'i']));
var_dump(array_combine([], []));
try {
    array_combine([1], []);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(array_flip(['a', 'b', 'a']), array_flip(['x' => '1', 'y' => 'z']));
var_dump(array_flip([1.5, true, null, [1], 'ok']));
var_dump(array_fill_keys(['a', 5, '5', 1.5, true], 0));
var_dump(array_fill_keys([[1]], 'arr'));
var_dump(array_fill_keys([], 1));
--EXPECTF--
array(2) {
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
}
array(5) {
  ["1.5"]=>
  string(1) "f"
  [1]=>
  string(1) "t"
  [""]=>
  string(1) "n"
  ["08"]=>
  string(1) "s"
  [8]=>
  string(1) "i"
}
array(0) {
}
array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
}
array(2) {
  [1]=>
  string(1) "x"
  ["z"]=>
  string(1) "y"
}

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s/combine_flip.php on line 11

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s/combine_flip.php on line 11

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s/combine_flip.php on line 11

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s/combine_flip.php on line 11
array(1) {
  ["ok"]=>
  int(4)
}
array(4) {
  ["a"]=>
  int(0)
  [5]=>
  int(0)
  ["1.5"]=>
  int(0)
  [1]=>
  int(0)
}

Warning: Array to string conversion in %s/combine_flip.php on line 13
array(1) {
  ["Array"]=>
  string(3) "arr"
}
array(0) {
}
