--TEST--
array_walk() and array_walk_recursive(): references, keys, extra argument
--FILE--
<?php
$a = ['x' => 1, 'y' => 2, 3];
var_dump(array_walk($a, function (&$v, $k, $extra) { $v = "$k:$v:$extra"; }, 'E'));
var_dump($a);
$a = [1, 2, 3];
array_walk($a, function ($v, $k) { echo "$k => $v\n"; });
$n = ['a' => [1, 2], 'b' => 3, 'c' => ['d' => [4]]];
array_walk_recursive($n, function (&$v, $k) { echo "$k\n"; $v *= 10; });
var_dump($n);
$a = [1, 2, 3];
array_walk($a, function ($v, $k) use (&$a) {
    echo "visit $k\n";
    if ($k === 0) {
        unset($a[1]);
        $a[] = 4;
    }
});
var_dump($a);
$o = new stdClass;
$o->p = 1;
$o->q = 2;
array_walk($o, function (&$v, $k) { $v = $k . $v; });
var_dump($o);
try {
    array_walk($a, 'nope');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    array_walk($a, function () { throw new Exception("thrown"); });
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
$r = [1];
$r[] = &$r;
try {
    array_walk_recursive($r, function () {});
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bool(true)
array(3) {
  ["x"]=>
  string(5) "x:1:E"
  ["y"]=>
  string(5) "y:2:E"
  [0]=>
  string(5) "0:3:E"
}
0 => 1
1 => 2
2 => 3
0
1
b
0
array(3) {
  ["a"]=>
  array(2) {
    [0]=>
    int(10)
    [1]=>
    int(20)
  }
  ["b"]=>
  int(30)
  ["c"]=>
  array(1) {
    ["d"]=>
    array(1) {
      [0]=>
      int(40)
    }
  }
}
visit 0
visit 2
visit 3
array(3) {
  [0]=>
  int(1)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
object(stdClass)#1 (2) {
  ["p"]=>
  string(2) "p1"
  ["q"]=>
  string(2) "q2"
}
array_walk(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
thrown
Recursion detected
