--TEST--
array_unique() with its flags and array_count_values()
--FILE--
<?php
$a = [4 => 'a', 1 => 'b', 2 => 'a', 'x' => 1, 'y' => '1', 'z' => 1.0, 'w' => true];
var_dump(array_unique($a));
var_dump(array_unique(['10', '1e1', 10, 'abc', 'ABC'], SORT_NUMERIC));
var_dump(array_unique(['10', '1e1', 10, 'abc', 'ABC'], SORT_REGULAR));
var_dump(array_unique(['b', 'B', 'a', 'A', 'b'], SORT_STRING | SORT_FLAG_CASE));
var_dump(array_unique(['img12', 'img10', 'IMG12', 'img12'], SORT_NATURAL));
var_dump(array_unique([3, '3', 1, '1', 2], SORT_LOCALE_STRING));
var_dump(array_unique([]), array_unique(['only']), array_unique([[1], [1], [2]], SORT_REGULAR));
var_dump(array_count_values(['a', 'b', 'a', 1, '1', 'A']));
var_dump(array_count_values([1.5, true, null, 'ok', [1]]));
--EXPECTF--
array(3) {
  [4]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  ["x"]=>
  int(1)
}
array(2) {
  [0]=>
  string(2) "10"
  [3]=>
  string(3) "abc"
}
array(3) {
  [0]=>
  string(2) "10"
  [3]=>
  string(3) "abc"
  [4]=>
  string(3) "ABC"
}
array(2) {
  [0]=>
  string(1) "b"
  [2]=>
  string(1) "a"
}
array(3) {
  [0]=>
  string(5) "img12"
  [1]=>
  string(5) "img10"
  [2]=>
  string(5) "IMG12"
}
array(3) {
  [0]=>
  int(3)
  [2]=>
  int(1)
  [4]=>
  int(2)
}
array(0) {
}
array(1) {
  [0]=>
  string(4) "only"
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [2]=>
  array(1) {
    [0]=>
    int(2)
  }
}
array(4) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [1]=>
  int(2)
  ["A"]=>
  int(1)
}

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s/unique_count_values.php on line 11

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s/unique_count_values.php on line 11

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s/unique_count_values.php on line 11

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s/unique_count_values.php on line 11
array(1) {
  ["ok"]=>
  int(1)
}
