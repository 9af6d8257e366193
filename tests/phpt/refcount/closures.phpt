--TEST--
debug_zval_dump of values captured by closures (by value and by reference) and of the closures' bound variables
--FILE--
<?php
$arr = ['c' . mt_rand(1, 1)];
$str = 'cap' . mt_rand(1, 1);
$obj = new stdClass;
$byVal = function () use ($arr, $str, $obj) { debug_zval_dump($arr, $str, $obj); };
debug_zval_dump($arr, $str, $obj);
$byVal();
$byRef = function () use (&$arr) { $arr[] = 'more'; debug_zval_dump($arr); };
$byRef();
debug_zval_dump($arr);
$arrow = fn() => debug_zval_dump($str, $obj);
$arrow();
debug_zval_dump($str);
unset($byVal, $arrow);
debug_zval_dump($str, $obj);
$counter = function () { static $n = 0; return ++$n; };
$counter(); $counter();
debug_zval_dump($counter());
--EXPECT--
array(1) refcount(3){
  [0]=>
  string(2) "c1" refcount(1)
}
string(4) "cap1" refcount(3)
object(stdClass)#1 (0) refcount(3){
}
array(1) refcount(4){
  [0]=>
  string(2) "c1" refcount(1)
}
string(4) "cap1" refcount(4)
object(stdClass)#1 (0) refcount(4){
}
array(2) refcount(2){
  [0]=>
  string(2) "c1" refcount(2)
  [1]=>
  string(4) "more" interned
}
array(2) refcount(2){
  [0]=>
  string(2) "c1" refcount(2)
  [1]=>
  string(4) "more" interned
}
string(4) "cap1" refcount(5)
object(stdClass)#1 (0) refcount(5){
}
string(4) "cap1" refcount(4)
string(4) "cap1" refcount(2)
object(stdClass)#1 (0) refcount(2){
}
int(3)
