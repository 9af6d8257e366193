--TEST--
(object) of an array with string keys shares the array as the property table: nested values keep their counts
--XFAIL--
phpi copies the array into the object's dynamic property table (Zend shares it until a write), so nested values count one more
--FILE--
<?php
$arr = ['p' => 1, 'q' => [2]];
$o = (object) $arr;
debug_zval_dump($o);
$lit = (object) ['r' => [3]];
debug_zval_dump($lit);
$o->p = 5;
debug_zval_dump($arr, $o);
--EXPECT--
object(stdClass)#1 (2) refcount(2){
  ["p"]=>
  int(1)
  ["q"]=>
  array(1) refcount(1){
    [0]=>
    int(2)
  }
}
object(stdClass)#2 (1) refcount(2){
  ["r"]=>
  array(1) refcount(1){
    [0]=>
    int(3)
  }
}
array(2) refcount(3){
  ["p"]=>
  int(1)
  ["q"]=>
  array(1) refcount(2){
    [0]=>
    int(2)
  }
}
object(stdClass)#1 (2) refcount(2){
  ["p"]=>
  int(5)
  ["q"]=>
  array(1) refcount(2){
    [0]=>
    int(2)
  }
}
