--TEST--
Array property defaults: each class's default table holds one count, the declaration itself none
--XFAIL--
phpi's declaration keeps a count of an array default, and a subclass's default table is built at its first instantiation rather than when it is declared
--FILE--
<?php
class Foo { public $c = [1]; }
$f = new Foo;
debug_zval_dump($f->c);
$g = new Foo;
debug_zval_dump($f->c);
class Sub extends Foo {}
$h = new Sub;
debug_zval_dump($h->c);
--EXPECT--
array(1) refcount(4){
  [0]=>
  int(1)
}
array(1) refcount(5){
  [0]=>
  int(1)
}
array(1) refcount(6){
  [0]=>
  int(1)
}
