--TEST--
natsort(), natcasesort() and array_multisort()
--FILE--
<?php
$files = ['img12.png', 'img10.png', 'IMG2.png', 'img1.png', 'img 3', 'img  3', 'img03', '0.5', '0.25', ''];
$n = $files;
natsort($n);
var_dump($n);
$n = $files;
natcasesort($n);
var_dump($n);
$data = [3, 1, 2, 1];
$other = ['c', 'a', 'b', 'z'];
var_dump(array_multisort($data, $other), $data, $other);
$d1 = [10, 100, 100, 0];
$d2 = [1, 3, 2, 4];
array_multisort($d1, SORT_DESC, $d2, SORT_ASC);
var_dump($d1, $d2);
$ar = ['10', 11, 100, 100, 'a'];
array_multisort($ar, SORT_STRING);
var_dump($ar);
$keys = ['x' => 3, 5 => 1, 'y' => 2];
array_multisort($keys);
var_dump($keys);
$num = ['10', '9', '2'];
array_multisort($num, SORT_DESC, SORT_NUMERIC);
var_dump($num);
$e1 = [];
$e2 = [];
var_dump(array_multisort($e1, $e2));
foreach ([
    function () { $a = [1]; $b = [1, 2]; array_multisort($a, $b); },
    function () { $a = [1]; array_multisort($a, SORT_ASC, SORT_DESC); },
    function () { $a = [1]; array_multisort($a, 99); },
    function () { $a = [1]; array_multisort($a, 'x'); },
    function () { $x = 5; array_multisort($x); },
    function () { array_multisort(SORT_ASC); },
] as $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo $e::class, ': ', $e->getMessage(), "\n";
    }
}
--EXPECT--
array(10) {
  [9]=>
  string(0) ""
  [7]=>
  string(3) "0.5"
  [8]=>
  string(4) "0.25"
  [2]=>
  string(8) "IMG2.png"
  [6]=>
  string(5) "img03"
  [3]=>
  string(8) "img1.png"
  [4]=>
  string(5) "img 3"
  [5]=>
  string(6) "img  3"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
}
array(10) {
  [9]=>
  string(0) ""
  [7]=>
  string(3) "0.5"
  [8]=>
  string(4) "0.25"
  [6]=>
  string(5) "img03"
  [3]=>
  string(8) "img1.png"
  [2]=>
  string(8) "IMG2.png"
  [4]=>
  string(5) "img 3"
  [5]=>
  string(6) "img  3"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
}
bool(true)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "z"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
}
array(4) {
  [0]=>
  int(100)
  [1]=>
  int(100)
  [2]=>
  int(10)
  [3]=>
  int(0)
}
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  int(1)
  [3]=>
  int(4)
}
array(5) {
  [0]=>
  string(2) "10"
  [1]=>
  int(100)
  [2]=>
  int(100)
  [3]=>
  int(11)
  [4]=>
  string(1) "a"
}
array(3) {
  [0]=>
  int(1)
  ["y"]=>
  int(2)
  ["x"]=>
  int(3)
}
array(3) {
  [0]=>
  string(2) "10"
  [1]=>
  string(1) "9"
  [2]=>
  string(1) "2"
}
bool(true)
ValueError: Array sizes are inconsistent
TypeError: array_multisort(): Argument #3 must be an array or a sort flag that has not already been specified
ValueError: array_multisort(): Argument #2 must be a valid sort flag
TypeError: array_multisort(): Argument #2 must be an array or a sort flag
TypeError: array_multisort(): Argument #1 ($array) must be an array or a sort flag that has not already been specified
TypeError: array_multisort(): Argument #1 ($array) must be an array or a sort flag that has not already been specified
