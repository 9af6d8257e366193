--TEST--
debug_zval_dump of values in $GLOBALS and through global declarations
--FILE--
<?php
$g = ['g' . mt_rand(1, 1)];
$str = 'glob' . mt_rand(1, 1);
function read_globals() {
    debug_zval_dump($GLOBALS['g'], $GLOBALS['str']);
    global $g;
    debug_zval_dump($g);
    $g[] = 'added';
}
read_globals();
debug_zval_dump($g);
$GLOBALS['fresh'] = [1];
debug_zval_dump($fresh);
$copy = $GLOBALS['str'];
debug_zval_dump($str);
function by_global() { global $str; $local = $str; debug_zval_dump($str); }
by_global();
--EXPECT--
array(1) refcount(2){
  [0]=>
  string(2) "g1" refcount(1)
}
string(5) "glob1" refcount(2)
array(1) refcount(2){
  [0]=>
  string(2) "g1" refcount(1)
}
array(2) refcount(2){
  [0]=>
  string(2) "g1" refcount(1)
  [1]=>
  string(5) "added" interned
}
array(1) refcount(3){
  [0]=>
  int(1)
}
string(5) "glob1" refcount(3)
string(5) "glob1" refcount(4)
