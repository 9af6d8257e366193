--TEST--
Reference counts of values held by a suspended generator
--FILE--
<?php
$arr = ['a' => str_repeat('x', 3)];
function holder($a) { yield 1; }
$h = holder($arr);
debug_zval_dump($arr);
$h->current();
debug_zval_dump($arr);
$o = new stdClass;
function holdo($o) { $copy = $o; yield 1; yield 2; }
$h2 = holdo($o);
debug_zval_dump($o);
$h2->current();
debug_zval_dump($o);
$h2->next();
debug_zval_dump($o);
unset($h2);
debug_zval_dump($o);
function yields($o) { yield $o; }
$y = yields($o);
$y->current();
debug_zval_dump($o);
foreach ($y as $_);
debug_zval_dump($o);
unset($y);
debug_zval_dump($o);
--EXPECT--
array(1) refcount(3){
  ["a"]=>
  string(3) "xxx" refcount(1)
}
array(1) refcount(3){
  ["a"]=>
  string(3) "xxx" refcount(1)
}
object(stdClass)#2 (0) refcount(3){
}
object(stdClass)#2 (0) refcount(4){
}
object(stdClass)#2 (0) refcount(4){
}
object(stdClass)#2 (0) refcount(2){
}
object(stdClass)#2 (0) refcount(4){
}
object(stdClass)#2 (0) refcount(4){
}
object(stdClass)#2 (0) refcount(3){
}
