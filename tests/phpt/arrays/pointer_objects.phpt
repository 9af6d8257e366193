--TEST--
Internal pointer functions on objects (deprecated in PHP 8.1)
--FILE--
<?php
$o = new stdClass;
$o->a = 1; $o->b = 2; $o->c = 3;
var_dump(current($o), next($o), key($o), next($o), prev($o), end($o), key($o), reset($o), key($o));
$e = new stdClass;
var_dump(current($e), key($e), next($e), end($e));
class P { public $x = 1; public $y = 2; }
$p = new P;
var_dump(current($p), key($p));
--EXPECTF--
Deprecated: current(): Calling current() on an object is deprecated in %s/pointer_objects.php on line 4

Deprecated: next(): Calling next() on an object is deprecated in %s/pointer_objects.php on line 4

Deprecated: key(): Calling key() on an object is deprecated in %s/pointer_objects.php on line 4

Deprecated: next(): Calling next() on an object is deprecated in %s/pointer_objects.php on line 4

Deprecated: prev(): Calling prev() on an object is deprecated in %s/pointer_objects.php on line 4

Deprecated: end(): Calling end() on an object is deprecated in %s/pointer_objects.php on line 4

Deprecated: key(): Calling key() on an object is deprecated in %s/pointer_objects.php on line 4

Deprecated: reset(): Calling reset() on an object is deprecated in %s/pointer_objects.php on line 4

Deprecated: key(): Calling key() on an object is deprecated in %s/pointer_objects.php on line 4
int(1)
int(2)
string(1) "b"
int(3)
int(2)
int(3)
string(1) "c"
int(1)
string(1) "a"

Deprecated: current(): Calling current() on an object is deprecated in %s/pointer_objects.php on line 6

Deprecated: key(): Calling key() on an object is deprecated in %s/pointer_objects.php on line 6

Deprecated: next(): Calling next() on an object is deprecated in %s/pointer_objects.php on line 6

Deprecated: end(): Calling end() on an object is deprecated in %s/pointer_objects.php on line 6
bool(false)
NULL
bool(false)
bool(false)

Deprecated: current(): Calling current() on an object is deprecated in %s/pointer_objects.php on line 9

Deprecated: key(): Calling key() on an object is deprecated in %s/pointer_objects.php on line 9
int(1)
string(1) "x"
