--TEST--
debug_zval_dump of references: reference refcount(N) inside arrays and properties; variables print their value
--FILE--
<?php
$x = 'v' . mt_rand(1, 1);
$r = &$x;
debug_zval_dump($x, $r);
$arr = [1, 2];
$arr[0] = &$x;
debug_zval_dump($arr);
$r2 = &$arr[1];
debug_zval_dump($arr);
unset($r2);
debug_zval_dump($arr);
unset($r);
debug_zval_dump($arr);
$o = new stdClass;
$o->p = &$x;
$o->q = 1;
debug_zval_dump($o);
$list = [[1], [2]];
foreach ($list as &$item) { $item[] = 0; }
debug_zval_dump($list);
unset($item);
debug_zval_dump($list);
$self = [1];
$self[] = &$self;
debug_zval_dump($self);
unset($self);
$nested = ['k' => ['v']];
$inner = &$nested['k'];
debug_zval_dump($nested);
$copy = $nested;
debug_zval_dump($copy);
--EXPECT--
string(2) "v1" refcount(3)
string(2) "v1" refcount(3)
array(2) refcount(2){
  [0]=>
  reference refcount(3) {
    string(2) "v1" refcount(1)
  }
  [1]=>
  int(2)
}
array(2) refcount(2){
  [0]=>
  reference refcount(3) {
    string(2) "v1" refcount(1)
  }
  [1]=>
  reference refcount(2) {
    int(2)
  }
}
array(2) refcount(2){
  [0]=>
  reference refcount(3) {
    string(2) "v1" refcount(1)
  }
  [1]=>
  reference refcount(1) {
    int(2)
  }
}
array(2) refcount(2){
  [0]=>
  reference refcount(2) {
    string(2) "v1" refcount(1)
  }
  [1]=>
  reference refcount(1) {
    int(2)
  }
}
object(stdClass)#1 (2) refcount(2){
  ["p"]=>
  reference refcount(3) {
    string(2) "v1" refcount(1)
  }
  ["q"]=>
  int(1)
}
array(2) refcount(2){
  [0]=>
  reference refcount(1) {
    array(2) refcount(1){
      [0]=>
      int(1)
      [1]=>
      int(0)
    }
  }
  [1]=>
  reference refcount(2) {
    array(2) refcount(1){
      [0]=>
      int(2)
      [1]=>
      int(0)
    }
  }
}
array(2) refcount(2){
  [0]=>
  reference refcount(1) {
    array(2) refcount(1){
      [0]=>
      int(1)
      [1]=>
      int(0)
    }
  }
  [1]=>
  reference refcount(1) {
    array(2) refcount(1){
      [0]=>
      int(2)
      [1]=>
      int(0)
    }
  }
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  reference refcount(2) {
    *RECURSION*
  }
}
array(1) refcount(2){
  ["k"]=>
  reference refcount(2) {
    array(1) refcount(2){
      [0]=>
      string(1) "v" interned
    }
  }
}
array(1) refcount(3){
  ["k"]=>
  reference refcount(2) {
    array(1) refcount(2){
      [0]=>
      string(1) "v" interned
    }
  }
}
