--TEST--
debug_zval_dump of an array held twice, then separated by a write (copy on write)
--FILE--
<?php
$a = [1, 2, 'x' . mt_rand(1, 1)];
debug_zval_dump($a);
$b = $a;
debug_zval_dump($a);
$c = $b;
debug_zval_dump($a);
$b[] = 4;
debug_zval_dump($a, $b);
unset($c);
debug_zval_dump($a);
$outer = ['x' => $a, 'y' => $a];
debug_zval_dump($outer);
$outer['x'][] = 5;
debug_zval_dump($outer, $a);
$s = $a[2];
debug_zval_dump($s);
$a[2] = 'other';
debug_zval_dump($s, $b[2]);
$copy = $outer;
$copy['y'][0] = 99;
debug_zval_dump($outer['y'], $copy['y']);
--EXPECT--
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(2) "x1" refcount(1)
}
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(2) "x1" refcount(1)
}
array(3) refcount(4){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(2) "x1" refcount(1)
}
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(2) "x1" refcount(2)
}
array(4) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(2) "x1" refcount(2)
  [3]=>
  int(4)
}
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(2) "x1" refcount(2)
}
array(2) refcount(2){
  ["x"]=>
  array(3) refcount(3){
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    string(2) "x1" refcount(2)
  }
  ["y"]=>
  array(3) refcount(3){
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    string(2) "x1" refcount(2)
  }
}
array(2) refcount(2){
  ["x"]=>
  array(4) refcount(1){
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    string(2) "x1" refcount(3)
    [3]=>
    int(5)
  }
  ["y"]=>
  array(3) refcount(3){
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    string(2) "x1" refcount(3)
  }
}
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(2) "x1" refcount(3)
}
string(2) "x1" refcount(5)
string(2) "x1" refcount(6)
string(2) "x1" refcount(6)
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(2) "x1" refcount(5)
}
array(3) refcount(2){
  [0]=>
  int(99)
  [1]=>
  int(2)
  [2]=>
  string(2) "x1" refcount(5)
}
