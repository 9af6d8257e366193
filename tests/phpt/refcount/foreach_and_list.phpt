--TEST--
Reference counts during foreach by value and by reference, and after list() destructuring
--FILE--
<?php
$inner = [str_repeat('v', 2)];
$arr = ['a' => $inner, 'b' => $inner];
foreach ($arr as $k => $v) {
    echo "$k: ";
    debug_zval_dump($v);
}
debug_zval_dump($arr);
foreach ($arr as $k => &$r) {
    echo "$k: ";
    debug_zval_dump($r);
}
unset($r);
debug_zval_dump($arr);
[$x, $y] = [$inner, new stdClass];
debug_zval_dump($x, $y);
['a' => $a] = $arr;
debug_zval_dump($a, $inner);
--EXPECT--
a: array(1) refcount(5){
  [0]=>
  string(2) "vv" refcount(1)
}
b: array(1) refcount(5){
  [0]=>
  string(2) "vv" refcount(1)
}
array(2) refcount(2){
  ["a"]=>
  array(1) refcount(4){
    [0]=>
    string(2) "vv" refcount(1)
  }
  ["b"]=>
  array(1) refcount(4){
    [0]=>
    string(2) "vv" refcount(1)
  }
}
a: array(1) refcount(5){
  [0]=>
  string(2) "vv" refcount(1)
}
b: array(1) refcount(5){
  [0]=>
  string(2) "vv" refcount(1)
}
array(2) refcount(2){
  ["a"]=>
  reference refcount(1) {
    array(1) refcount(4){
      [0]=>
      string(2) "vv" refcount(1)
    }
  }
  ["b"]=>
  reference refcount(1) {
    array(1) refcount(4){
      [0]=>
      string(2) "vv" refcount(1)
    }
  }
}
array(1) refcount(6){
  [0]=>
  string(2) "vv" refcount(1)
}
object(stdClass)#1 (0) refcount(2){
}
array(1) refcount(8){
  [0]=>
  string(2) "vv" refcount(1)
}
array(1) refcount(8){
  [0]=>
  string(2) "vv" refcount(1)
}
