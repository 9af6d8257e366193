--TEST--
usort(), uasort(), uksort(): the order of callback calls, bool results, exceptions
--FILE--
<?php
$calls = 0;
$cmp = function ($a, $b) use (&$calls) { $calls++; echo "($a,$b)"; return $a <=> $b; };
$a = [5, 3, 8, 1, 9, 2];
usort($a, $cmp);
echo "\n";
var_dump($a);
$big = [];
for ($i = 0; $i < 20; $i++) {
    $big[] = ($i * 7) % 20;
}
$calls = 0;
usort($big, $cmp);
echo "\ncalls: $calls\n";
var_dump($big === range(0, 19));
$h = ['x' => 3, 'y' => 1, 'z' => 2];
uasort($h, fn($a, $b) => $b <=> $a);
var_dump($h);
uksort($h, fn($a, $b) => strcmp_lite($a, $b));
var_dump($h);
function strcmp_lite($a, $b) { return $a < $b ? -1 : ($a > $b ? 1 : 0); }
$b = [3, 1, 2];
usort($b, fn($x, $y) => $x > $y);
var_dump($b);
$c = [3, 1, 2, 1];
usort($c, fn($x, $y) => $x < $y);
var_dump($c);
$e = [3, 1, 2];
try {
    usort($e, function ($x, $y) { throw new Exception("cmp failed"); });
} catch (Exception $ex) {
    echo $ex->getMessage(), "\n";
}
var_dump($e);
$s = ['b' => 1, 'a' => 1];
usort($s, fn($x, $y) => 0);
var_dump($s);
$empty = [];
var_dump(usort($empty, 'nope_not_checked_for_empty'));
try {
    $one = [1];
    usort($one, 'nope');
} catch (TypeError $ex) {
    echo $ex->getMessage(), "\n";
}
$m = [3, 2, 1];
usort($m, function ($x, $y) use (&$m) { return $x <=> $y; });
var_dump($m);
--EXPECTF--
(5,3)(5,8)(8,1)(5,1)(3,1)(8,9)(9,2)(8,2)(5,2)(3,2)(1,2)
array(6) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(5)
  [4]=>
  int(8)
  [5]=>
  int(9)
}
(0,10)(10,13)(10,14)(6,10)(10,1)(10,8)(10,15)(19,10)(12,10)(5,10)(10,2)(10,9)(10,16)(18,10)(11,10)(4,10)(10,3)(10,7)(10,17)(17,16)(17,11)(16,11)(17,18)(18,15)(17,15)(16,15)(11,15)(18,12)(17,12)(16,12)(15,12)(11,12)(18,19)(19,14)(17,14)(15,14)(11,14)(12,14)(19,13)(17,13)(15,13)(12,13)(14,13)(0,7)(7,6)(0,6)(7,1)(6,1)(0,1)(7,8)(8,5)(7,5)(6,5)(1,5)(8,2)(6,2)(1,2)(5,2)(8,9)(9,4)(7,4)(5,4)(1,4)(2,4)(9,3)(7,3)(5,3)(2,3)(4,3)
calls: 69
bool(true)
array(3) {
  ["x"]=>
  int(3)
  ["z"]=>
  int(2)
  ["y"]=>
  int(1)
}
array(3) {
  ["x"]=>
  int(3)
  ["y"]=>
  int(1)
  ["z"]=>
  int(2)
}

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s/usort.php on line 23
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s/usort.php on line 26
array(4) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
  [3]=>
  int(1)
}
cmp failed
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(1)
}

Fatal error: Uncaught TypeError: usort(): Argument #2 ($callback) must be a valid callback, function "nope_not_checked_for_empty" not found or invalid function name in %s/usort.php:39
Stack trace:
#0 %s/usort.php(39): usort(Array, 'nope_not_checke...')
#1 {main}
  thrown in %s/usort.php on line 39
