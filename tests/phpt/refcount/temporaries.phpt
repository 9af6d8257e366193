--TEST--
debug_zval_dump of temporaries: results of expressions, calls and constructors passed straight in
--FILE--
<?php
class Foo { public $a = 1; }
function make() { return [1, 2, 'x' . mt_rand(1, 1)]; }
debug_zval_dump(new Foo);
debug_zval_dump([1, 2, 3]);
debug_zval_dump([1, 2, 3 + mt_rand(0, 0)]);
debug_zval_dump(make());
debug_zval_dump(str_repeat('ab', 2));
debug_zval_dump(1 + 2.5);
debug_zval_dump((string) 42);
debug_zval_dump((array) new Foo);
debug_zval_dump(array_merge([1], [2]));
--EXPECT--
object(Foo)#1 (1) refcount(1){
  ["a"]=>
  int(1)
}
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) refcount(1){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) refcount(1){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(2) "x1" refcount(1)
}
string(4) "abab" refcount(1)
float(3.5)
string(2) "42" refcount(1)
array(1) refcount(1){
  ["a"]=>
  int(1)
}
array(2) refcount(1){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
