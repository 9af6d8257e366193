--TEST--
shuffle() and array_rand() draw from the seeded Mersenne Twister
--FILE--
<?php
mt_srand(7);
$a = range(1, 10);
var_dump(shuffle($a));
print_r($a);
$h = ['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4, 5 => 'e'];
shuffle($h);
print_r($h);
mt_srand(12345);
var_dump(array_rand(['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4], 2), array_rand(range(0, 20)), array_rand([7 => 'x']));
var_dump(array_rand(range(1, 10), 9), array_rand(['x' => 1, 'y' => 2], 2));
$holes = range(0, 9);
unset($holes[0], $holes[2], $holes[4], $holes[6], $holes[8], $holes[9], $holes[7]);
var_dump(array_rand($holes));
$e = [];
var_dump(shuffle($e), $e);
try {
    array_rand([]);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
foreach ([0, 3, -1] as $n) {
    try {
        array_rand([1, 2], $n);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
bool(true)
Array
(
    [0] => 10
    [1] => 1
    [2] => 9
    [3] => 4
    [4] => 3
    [5] => 7
    [6] => 8
    [7] => 2
    [8] => 5
    [9] => 6
)
Array
(
    [0] => 4
    [1] => 1
    [2] => e
    [3] => 3
    [4] => 2
)
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
int(3)
int(7)
array(9) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
  [4]=>
  int(5)
  [5]=>
  int(6)
  [6]=>
  int(7)
  [7]=>
  int(8)
  [8]=>
  int(9)
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
int(1)
bool(true)
array(0) {
}
array_rand(): Argument #1 ($array) cannot be empty
array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)
array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)
array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)
