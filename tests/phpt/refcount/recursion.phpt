--TEST--
debug_zval_dump of structures that contain themselves: objects, arrays through references, and a shared object seen twice
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
debug_zval_dump($o);
$a = [1];
$a[] = &$a;
debug_zval_dump($a);
$shared = new stdClass;
$pair = [$shared, $shared];
debug_zval_dump($pair);
$o->self = null;
$a = null;
--EXPECT--
object(stdClass)#1 (1) refcount(3){
  ["self"]=>
  *RECURSION*
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  reference refcount(2) {
    *RECURSION*
  }
}
array(2) refcount(2){
  [0]=>
  object(stdClass)#2 (0) refcount(3){
  }
  [1]=>
  object(stdClass)#2 (0) refcount(3){
  }
}
