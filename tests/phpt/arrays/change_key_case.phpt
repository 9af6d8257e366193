--TEST--
array_change_key_case()
--FILE--
<?php
$a = ['Ab' => 1, 'aB' => 2, 5 => 'five', 'ÉtÉ' => 3];
var_dump(array_change_key_case($a), array_change_key_case($a, CASE_UPPER), array_change_key_case($a, 7));
var_dump(array_change_key_case([]), CASE_LOWER, CASE_UPPER);
--EXPECT--
array(3) {
  ["ab"]=>
  int(2)
  [5]=>
  string(4) "five"
  ["ÉtÉ"]=>
  int(3)
}
array(3) {
  ["AB"]=>
  int(2)
  [5]=>
  string(4) "five"
  ["ÉTÉ"]=>
  int(3)
}
array(3) {
  ["AB"]=>
  int(2)
  [5]=>
  string(4) "five"
  ["ÉTÉ"]=>
  int(3)
}
array(0) {
}
int(0)
int(1)
