--TEST--
debug_zval_dump of objects: object(Foo)#N (k) refcount(N), declared and dynamic properties, shared handles
--FILE--
<?php
class Foo { public $a = 1; public $b = 'two'; protected $c = 3.5; private $d; }
#[AllowDynamicProperties]
class Bar {}
$f = new Foo;
debug_zval_dump($f);
$g = $f;
debug_zval_dump($f);
$arr = [$f, $f];
debug_zval_dump($f);
unset($arr);
$bar = new Bar;
$bar->dyn = 'x' . mt_rand(1, 1);
$bar->obj = $f;
$bar->arr = [1, 2];
debug_zval_dump($bar);
$f->a = $bar;
debug_zval_dump($f);
$f->a = null;
debug_zval_dump(new Foo, new stdClass);
$std = (object) ['p' => 1, 'q' => 2.5];
debug_zval_dump($std);
$clone = clone $f;
debug_zval_dump($clone);
--EXPECT--
object(Foo)#1 (4) refcount(2){
  ["a"]=>
  int(1)
  ["b"]=>
  string(3) "two" interned
  ["c":protected]=>
  float(3.5)
  ["d":"Foo":private]=>
  NULL
}
object(Foo)#1 (4) refcount(3){
  ["a"]=>
  int(1)
  ["b"]=>
  string(3) "two" interned
  ["c":protected]=>
  float(3.5)
  ["d":"Foo":private]=>
  NULL
}
object(Foo)#1 (4) refcount(5){
  ["a"]=>
  int(1)
  ["b"]=>
  string(3) "two" interned
  ["c":protected]=>
  float(3.5)
  ["d":"Foo":private]=>
  NULL
}
object(Bar)#2 (3) refcount(2){
  ["dyn"]=>
  string(2) "x1" refcount(1)
  ["obj"]=>
  object(Foo)#1 (4) refcount(3){
    ["a"]=>
    int(1)
    ["b"]=>
    string(3) "two" interned
    ["c":protected]=>
    float(3.5)
    ["d":"Foo":private]=>
    NULL
  }
  ["arr"]=>
  array(2) refcount(2){
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
object(Foo)#1 (4) refcount(4){
  ["a"]=>
  object(Bar)#2 (3) refcount(2){
    ["dyn"]=>
    string(2) "x1" refcount(1)
    ["obj"]=>
    *RECURSION*
    ["arr"]=>
    array(2) refcount(2){
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
  ["b"]=>
  string(3) "two" interned
  ["c":protected]=>
  float(3.5)
  ["d":"Foo":private]=>
  NULL
}
object(Foo)#3 (4) refcount(1){
  ["a"]=>
  int(1)
  ["b"]=>
  string(3) "two" interned
  ["c":protected]=>
  float(3.5)
  ["d":"Foo":private]=>
  NULL
}
object(stdClass)#4 (0) refcount(1){
}
object(stdClass)#4 (2) refcount(2){
  ["p"]=>
  int(1)
  ["q"]=>
  float(2.5)
}
object(Foo)#3 (4) refcount(2){
  ["a"]=>
  NULL
  ["b"]=>
  string(3) "two" interned
  ["c":protected]=>
  float(3.5)
  ["d":"Foo":private]=>
  NULL
}
