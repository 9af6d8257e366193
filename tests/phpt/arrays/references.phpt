--TEST--
References in arrays: which functions keep them and which copy lone references as values
--FILE--
<?php
function mk() { $a = ['k' => 1, 2, 3]; $r = &$a['k']; $r2 = &$a[0]; unset($r); return $a; }
$a = mk();
debug_zval_dump($a);
debug_zval_dump(array_filter($a), array_slice($a, 0), array_slice($a, 0, null, true), array_reverse($a), array_reverse($a, true));
debug_zval_dump(array_chunk($a, 2), array_chunk($a, 2, true), array_change_key_case($a), array_combine(['x', 'y', 'z'], $a));
debug_zval_dump(array_replace($a, $a), array_replace_recursive(['k' => 0], $a), array_merge_recursive($a, $a), array_diff($a, [9, 8]));
debug_zval_dump(array_pad($a, 4, 0), array_values($a), array_unique($a), array_diff_key($a, []), array_intersect_key($a, $a));
$x = 5;
$b = [&$x, 6];
debug_zval_dump(array_filter($b), array_slice($b, 0), array_pad($b, 3, 0), array_reverse($b));
$c = [1, 2];
$removed = array_splice($b, 0, 1, $c);
debug_zval_dump($removed, $b);
function mk2() { $a = [3, 1, 2]; $r = &$a[0]; $q = &$a[1]; return $a; }
$a = mk2(); usort($a, fn($x, $y) => $x <=> $y); debug_zval_dump($a);
$a = mk2(); uasort($a, fn($x, $y) => $x <=> $y); debug_zval_dump($a);
$a = mk2(); sort($a); debug_zval_dump($a);
$a = mk2(); asort($a); debug_zval_dump($a);
$a = mk2(); shuffle($a); debug_zval_dump(count($a));
$a = [1, 2];
array_walk($a, function (&$v) { $v++; });
debug_zval_dump($a);
$m = mk2(); $n = mk2();
array_multisort($m, $n); debug_zval_dump($m);
--EXPECT--
array(3) refcount(2){
  ["k"]=>
  reference refcount(1) {
    int(1)
  }
  [0]=>
  reference refcount(1) {
    int(2)
  }
  [1]=>
  int(3)
}
array(3) refcount(1){
  ["k"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(3) refcount(1){
  ["k"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(3) refcount(1){
  ["k"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(3) refcount(1){
  [0]=>
  int(3)
  [1]=>
  int(2)
  ["k"]=>
  int(1)
}
array(3) refcount(1){
  [1]=>
  int(3)
  [0]=>
  int(2)
  ["k"]=>
  int(1)
}
array(2) refcount(1){
  [0]=>
  array(2) refcount(1){
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(1) refcount(1){
    [0]=>
    int(3)
  }
}
array(2) refcount(1){
  [0]=>
  array(2) refcount(1){
    ["k"]=>
    int(1)
    [0]=>
    int(2)
  }
  [1]=>
  array(1) refcount(1){
    [1]=>
    int(3)
  }
}
array(3) refcount(1){
  ["k"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(3) refcount(1){
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
  ["z"]=>
  int(3)
}
array(3) refcount(1){
  ["k"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(3) refcount(1){
  ["k"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(5) refcount(1){
  ["k"]=>
  array(2) refcount(1){
    [0]=>
    int(1)
    [1]=>
    int(1)
  }
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(3) refcount(1){
  ["k"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(4) refcount(1){
  ["k"]=>
  reference refcount(6) {
    int(1)
  }
  [0]=>
  reference refcount(6) {
    int(2)
  }
  [1]=>
  int(3)
  [2]=>
  int(0)
}
array(3) refcount(1){
  [0]=>
  reference refcount(6) {
    int(1)
  }
  [1]=>
  reference refcount(6) {
    int(2)
  }
  [2]=>
  int(3)
}
array(3) refcount(1){
  ["k"]=>
  reference refcount(6) {
    int(1)
  }
  [0]=>
  reference refcount(6) {
    int(2)
  }
  [1]=>
  int(3)
}
array(3) refcount(1){
  ["k"]=>
  reference refcount(6) {
    int(1)
  }
  [0]=>
  reference refcount(6) {
    int(2)
  }
  [1]=>
  int(3)
}
array(3) refcount(1){
  ["k"]=>
  reference refcount(6) {
    int(1)
  }
  [0]=>
  reference refcount(6) {
    int(2)
  }
  [1]=>
  int(3)
}
array(2) refcount(1){
  [0]=>
  reference refcount(6) {
    int(5)
  }
  [1]=>
  int(6)
}
array(2) refcount(1){
  [0]=>
  reference refcount(6) {
    int(5)
  }
  [1]=>
  int(6)
}
array(3) refcount(1){
  [0]=>
  reference refcount(6) {
    int(5)
  }
  [1]=>
  int(6)
  [2]=>
  int(0)
}
array(2) refcount(1){
  [0]=>
  int(6)
  [1]=>
  reference refcount(6) {
    int(5)
  }
}
array(1) refcount(2){
  [0]=>
  reference refcount(2) {
    int(5)
  }
}
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(6)
}
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) refcount(2){
  [1]=>
  int(1)
  [2]=>
  int(2)
  [0]=>
  int(3)
}
array(3) refcount(2){
  [0]=>
  reference refcount(1) {
    int(1)
  }
  [1]=>
  int(2)
  [2]=>
  reference refcount(1) {
    int(3)
  }
}
array(3) refcount(2){
  [1]=>
  reference refcount(1) {
    int(1)
  }
  [2]=>
  int(2)
  [0]=>
  reference refcount(1) {
    int(3)
  }
}
int(3)
array(2) refcount(2){
  [0]=>
  reference refcount(1) {
    int(2)
  }
  [1]=>
  reference refcount(1) {
    int(3)
  }
}
array(3) refcount(2){
  [0]=>
  reference refcount(1) {
    int(1)
  }
  [1]=>
  int(2)
  [2]=>
  reference refcount(1) {
    int(3)
  }
}
