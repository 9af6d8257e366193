--TEST--
var_dump of every kind of value, nested
--FILE--
<?php
class Point { public $x = 1; protected $y = 2; private $z = 3; public ?Point $next = null; }
$p = new Point;
$p->next = new Point;
$r = [1];
$r[] = &$r[0];
var_dump(null, true, false, 0, -1, 1.0, 0.1, -1.5e-9, NAN, INF, "", "str", [], [1, 'a' => [true]], $p, $r);
var_dump(1, "two", 3.0);
--EXPECT--
NULL
bool(true)
bool(false)
int(0)
int(-1)
float(1)
float(0.1)
float(-1.5E-9)
float(NAN)
float(INF)
string(0) ""
string(3) "str"
array(0) {
}
array(2) {
  [0]=>
  int(1)
  ["a"]=>
  array(1) {
    [0]=>
    bool(true)
  }
}
object(Point)#1 (4) {
  ["x"]=>
  int(1)
  ["y":protected]=>
  int(2)
  ["z":"Point":private]=>
  int(3)
  ["next"]=>
  object(Point)#2 (4) {
    ["x"]=>
    int(1)
    ["y":protected]=>
    int(2)
    ["z":"Point":private]=>
    int(3)
    ["next"]=>
    NULL
  }
}
array(2) {
  [0]=>
  &int(1)
  [1]=>
  &int(1)
}
int(1)
string(3) "two"
float(3)
