--TEST--
properties: assigning a variable to a property that is a reference to that variable, as a statement and for its value
--FILE--
<?php
// The property and the variable share one reference: the assignment
// replaces the value the right-hand side is read from, so the value of
// the assignment must be taken before the write.
class C { public $p; }
$o = new C;
$x = "abc" . str_repeat("d", 3);
$o->p = &$x;
$y = ($o->p = $x);
var_dump($y, $x, $o->p);
$x = [1, 2, 3];
$z = ($o->p = $x);
var_dump($z);
$o->p = $x;
debug_zval_dump($x);
$w = new C;
$o->p = &$w;
$v = ($o->p = $w);
debug_zval_dump($v);
--EXPECT--
string(6) "abcddd"
string(6) "abcddd"
string(6) "abcddd"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) refcount(4){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
object(C)#2 (1) refcount(3){
  ["p"]=>
  NULL
}
