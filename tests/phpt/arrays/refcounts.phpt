--TEST--
Refcounts of results: PHP returns the same array, the shared empty array or a new one
--FILE--
<?php
$a = [1, 2, 3];
$s = 'str' . mt_rand(1,1);
$b = ['x' => $s, 'y' => [1]];
debug_zval_dump(array_values($a));
debug_zval_dump(array_values($b));
debug_zval_dump(array_slice($b, 0));
debug_zval_dump(array_merge($b, []));
debug_zval_dump(array_merge($a, []));
debug_zval_dump(array_pad($a, 2, 0));
debug_zval_dump(array_unique([$s]));
debug_zval_dump(array_diff($a, []));
debug_zval_dump(array_map(null, $a));
debug_zval_dump(array_filter($b));
debug_zval_dump(array_reverse($b));
debug_zval_dump(array_keys($b));
debug_zval_dump(array_fill(0, 2, $s));
debug_zval_dump(array_combine(['k'], [$s]));
debug_zval_dump(iterator_to_array($b));
debug_zval_dump(array_replace($b));
debug_zval_dump(range('a', 'b'));
debug_zval_dump(array_column([['a' => $s]], 'a'));
debug_zval_dump(compact('s'));
debug_zval_dump(array_flip(['k']));
debug_zval_dump(current($b), key($b), min($b), array_pop($b));
sort($a); debug_zval_dump($a);
$x = 1; $r = [&$x, 2];
debug_zval_dump(array_values($r), array_slice($r, 0), array_merge($r, [3]));
sort($r); debug_zval_dump($r);
--EXPECT--
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) refcount(1){
  [0]=>
  string(4) "str1" refcount(3)
  [1]=>
  array(1) refcount(3){
    [0]=>
    int(1)
  }
}
array(2) refcount(1){
  ["x"]=>
  string(4) "str1" refcount(3)
  ["y"]=>
  array(1) refcount(3){
    [0]=>
    int(1)
  }
}
array(2) refcount(2){
  ["x"]=>
  string(4) "str1" refcount(2)
  ["y"]=>
  array(1) refcount(2){
    [0]=>
    int(1)
  }
}
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(1) refcount(1){
  [0]=>
  string(4) "str1" refcount(3)
}
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) refcount(1){
  ["x"]=>
  string(4) "str1" refcount(3)
  ["y"]=>
  array(1) refcount(3){
    [0]=>
    int(1)
  }
}
array(2) refcount(1){
  ["y"]=>
  array(1) refcount(3){
    [0]=>
    int(1)
  }
  ["x"]=>
  string(4) "str1" refcount(3)
}
array(2) refcount(1){
  [0]=>
  string(1) "x" interned
  [1]=>
  string(1) "y" interned
}
array(2) refcount(1){
  [0]=>
  string(4) "str1" refcount(4)
  [1]=>
  string(4) "str1" refcount(4)
}
array(1) refcount(1){
  ["k"]=>
  string(4) "str1" refcount(3)
}
array(2) refcount(2){
  ["x"]=>
  string(4) "str1" refcount(2)
  ["y"]=>
  array(1) refcount(2){
    [0]=>
    int(1)
  }
}
array(2) refcount(1){
  ["x"]=>
  string(4) "str1" refcount(3)
  ["y"]=>
  array(1) refcount(3){
    [0]=>
    int(1)
  }
}
array(2) refcount(1){
  [0]=>
  string(1) "a" interned
  [1]=>
  string(1) "b" interned
}
array(1) refcount(1){
  [0]=>
  string(4) "str1" refcount(3)
}
array(1) refcount(1){
  ["s"]=>
  string(4) "str1" refcount(3)
}
array(1) refcount(1){
  ["k"]=>
  int(0)
}
string(4) "str1" refcount(4)
string(1) "x" interned
string(4) "str1" refcount(4)
array(1) refcount(2){
  [0]=>
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
array(2) refcount(2){
  [0]=>
  reference refcount(4) {
    int(1)
  }
  [1]=>
  int(2)
}
array(2) refcount(1){
  [0]=>
  reference refcount(4) {
    int(1)
  }
  [1]=>
  int(2)
}
array(3) refcount(1){
  [0]=>
  reference refcount(4) {
    int(1)
  }
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) refcount(2){
  [0]=>
  reference refcount(2) {
    int(1)
  }
  [1]=>
  int(2)
}
