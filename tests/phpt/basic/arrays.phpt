--TEST--
Arrays: literals, keys, iteration order, copy on assignment, common functions
--FILE--
<?php
$a = [3 => 'c', 'x' => 'y', 'd', "5" => 'five', true => 'one', 1.7 => 'float key', null => 'null key'];
var_dump($a);
$b = $a;
$b[] = 'appended';
echo count($a), " ", count($b), "\n";
foreach ([10, 20, 30] as $k => $v) {
    echo "$k=$v ";
}
echo "\n";
$nums = [5, 3, 8, 1];
sort($nums);
print_r($nums);
print_r(array_map(fn($x) => $x * 2, array_filter($nums, fn($x) => $x > 2)));
var_dump(array_keys(['a' => 1, 'b' => 2]), in_array("3", $nums), in_array("3", $nums, true), array_sum($nums));
[$first, , $third] = [1, 2, 3];
['k' => $k] = ['k' => 'keyed'];
var_dump($first, $third, $k);
--EXPECTF--
Deprecated: Implicit conversion from float 1.7 to int loses precision in %s/arrays.php on line 2
array(6) {
  [3]=>
  string(1) "c"
  ["x"]=>
  string(1) "y"
  [4]=>
  string(1) "d"
  [5]=>
  string(4) "five"
  [1]=>
  string(9) "float key"
  [""]=>
  string(8) "null key"
}
6 7
0=10 1=20 2=30 
Array
(
    [0] => 1
    [1] => 3
    [2] => 5
    [3] => 8
)
Array
(
    [1] => 6
    [2] => 10
    [3] => 16
)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
bool(true)
bool(false)
int(17)
int(1)
int(3)
string(5) "keyed"
