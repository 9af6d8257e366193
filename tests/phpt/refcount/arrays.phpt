--TEST--
debug_zval_dump of arrays: packed and hash, literal arrays, the shared empty array, nested arrays
--FILE--
<?php
$packed = [1, 2, 3];
$hash = ['a' => 1, 'b' => 2];
$holey = [0 => 'x', 5 => 'y'];
$e = [];
$dyn = [];
$dyn[] = 1;
$dyn[] = 'two';
$assoc = [];
$assoc['k'] = 'v';
debug_zval_dump($packed, $hash, $holey, $e, $dyn, $assoc, [], [1, [2, 3]]);
$nested = ['inner' => ['deep' => ['x']], 'list' => [1, 2]];
debug_zval_dump($nested);
$nested['inner']['deep'][] = 'y';
debug_zval_dump($nested);
$built = range(1, 3);
debug_zval_dump($built, array_keys($hash), array_values($hash), array_merge([], []), array_slice([1], 0, 0));
function make() { return [1, 2]; }
function make_dyn() { $a = []; $a[] = 1; return $a; }
debug_zval_dump(make(), make_dyn());
$m = make();
debug_zval_dump($m);
--EXPECT--
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) refcount(3){
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(2) refcount(3){
  [0]=>
  string(1) "x" interned
  [5]=>
  string(1) "y" interned
}
array(0) interned {
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  string(3) "two" interned
}
array(1) refcount(2){
  ["k"]=>
  string(1) "v" interned
}
array(0) interned {
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  array(2) refcount(1){
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
}
array(2) refcount(3){
  ["inner"]=>
  array(1) refcount(1){
    ["deep"]=>
    array(1) refcount(1){
      [0]=>
      string(1) "x" interned
    }
  }
  ["list"]=>
  array(2) refcount(1){
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(2) refcount(2){
  ["inner"]=>
  array(1) refcount(1){
    ["deep"]=>
    array(2) refcount(1){
      [0]=>
      string(1) "x" interned
      [1]=>
      string(1) "y" interned
    }
  }
  ["list"]=>
  array(2) refcount(2){
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) refcount(1){
  [0]=>
  string(1) "a" interned
  [1]=>
  string(1) "b" interned
}
array(2) refcount(1){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(0) interned {
}
array(0) interned {
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) refcount(1){
  [0]=>
  int(1)
}
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
