--TEST--
debug_zval_dump inside functions: arguments by value and by reference, defaults, variadics, return values
--FILE--
<?php
function by_value($v) { debug_zval_dump($v); }
function by_ref(&$v) { debug_zval_dump($v); $v[] = 'added'; }
function with_default($v = [1, 2]) { debug_zval_dump($v); }
function variadic(...$vs) { debug_zval_dump($vs); }
function ret() { $local = ['r' . mt_rand(1, 1)]; return $local; }
$a = ['x' . mt_rand(1, 1), 2];
$s = 'str' . mt_rand(1, 1);
$o = new stdClass;
by_value($a);
by_value($s);
by_value($o);
by_value(42);
by_value('literal');
by_value([1, 2]);
by_ref($a);
debug_zval_dump($a);
with_default();
with_default($a);
variadic($a, $s, $o);
debug_zval_dump(ret());
$kept = ret();
debug_zval_dump($kept);
function nested_call($v) { by_value($v); inner_ref($v); debug_zval_dump($v); }
function inner_ref(&$v) { debug_zval_dump($v); }
nested_call($a);
debug_zval_dump($a);
--EXPECT--
array(2) refcount(3){
  [0]=>
  string(2) "x1" refcount(1)
  [1]=>
  int(2)
}
string(4) "str1" refcount(3)
object(stdClass)#1 (0) refcount(3){
}
int(42)
string(7) "literal" interned
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) refcount(2){
  [0]=>
  string(2) "x1" refcount(1)
  [1]=>
  int(2)
}
array(3) refcount(2){
  [0]=>
  string(2) "x1" refcount(1)
  [1]=>
  int(2)
  [2]=>
  string(5) "added" interned
}
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(3) refcount(3){
  [0]=>
  string(2) "x1" refcount(1)
  [1]=>
  int(2)
  [2]=>
  string(5) "added" interned
}
array(3) refcount(2){
  [0]=>
  array(3) refcount(3){
    [0]=>
    string(2) "x1" refcount(1)
    [1]=>
    int(2)
    [2]=>
    string(5) "added" interned
  }
  [1]=>
  string(4) "str1" refcount(3)
  [2]=>
  object(stdClass)#1 (0) refcount(3){
  }
}
array(1) refcount(1){
  [0]=>
  string(2) "r1" refcount(1)
}
array(1) refcount(2){
  [0]=>
  string(2) "r1" refcount(1)
}
array(3) refcount(4){
  [0]=>
  string(2) "x1" refcount(1)
  [1]=>
  int(2)
  [2]=>
  string(5) "added" interned
}
array(3) refcount(3){
  [0]=>
  string(2) "x1" refcount(1)
  [1]=>
  int(2)
  [2]=>
  string(5) "added" interned
}
array(3) refcount(3){
  [0]=>
  string(2) "x1" refcount(1)
  [1]=>
  int(2)
  [2]=>
  string(5) "added" interned
}
array(3) refcount(2){
  [0]=>
  string(2) "x1" refcount(1)
  [1]=>
  int(2)
  [2]=>
  string(5) "added" interned
}
