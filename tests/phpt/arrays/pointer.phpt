--TEST--
current(), key(), next(), prev(), reset(), end(), pos(): the internal pointer
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 'c' => 3];
var_dump(current($a), key($a), next($a), key($a), next($a), next($a), key($a), current($a));
var_dump(prev($a), key($a), reset($a), key($a), prev($a), key($a), current($a));
var_dump(end($a), key($a), pos($a), prev($a), prev($a), prev($a), key($a));
$e = [];
var_dump(current($e), key($e), next($e), prev($e), reset($e), end($e));
$b = [1, 2, 3];
next($b);
unset($b[1]);
var_dump(current($b), key($b));
$c = $b;
next($c);
var_dump(current($b), current($c));
$f = [false, 0];
var_dump(current($f), next($f), next($f));
$r = [1, 2];
function advance(array $arr) { next($arr); return current($arr); }
var_dump(advance($r), current($r));
foreach ($r as $v) {}
var_dump(current($r));
$obj = new stdClass;
$obj->a = 1;
var_dump(current($obj), key($obj));
--EXPECTF--
int(1)
string(1) "a"
int(2)
string(1) "b"
int(3)
bool(false)
NULL
bool(false)
bool(false)
NULL
int(1)
string(1) "a"
bool(false)
NULL
bool(false)
int(3)
string(1) "c"
int(3)
int(2)
int(1)
bool(false)
NULL
bool(false)
NULL
bool(false)
bool(false)
bool(false)
bool(false)
int(3)
int(2)
int(3)
bool(false)
bool(false)
int(0)
bool(false)
int(2)
int(1)
int(1)

Deprecated: current(): Calling current() on an object is deprecated in %s/pointer.php on line 24

Deprecated: key(): Calling key() on an object is deprecated in %s/pointer.php on line 24
int(1)
string(1) "a"
