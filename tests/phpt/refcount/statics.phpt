--TEST--
debug_zval_dump of static variables and static properties
--FILE--
<?php
function keep($v = null) {
    static $kept = [];
    static $str = null;
    $str ??= 'static' . mt_rand(1, 1);
    if ($v !== null) { $kept[] = $v; }
    debug_zval_dump($kept, $str);
    return $kept;
}
$s = 's' . mt_rand(1, 1);
keep($s);
keep($s);
$r = keep();
debug_zval_dump($r, $s);
class Holder {
    public static $items = [];
    public static $name = 'holder';
    public static function add($v) { static::$items[] = $v; }
}
Holder::add($s);
Holder::add([1]);
debug_zval_dump(Holder::$items, Holder::$name);
$alias = &Holder::$items;
debug_zval_dump(Holder::$items);
--EXPECT--
array(1) refcount(2){
  [0]=>
  string(2) "s1" refcount(3)
}
string(7) "static1" refcount(2)
array(2) refcount(2){
  [0]=>
  string(2) "s1" refcount(4)
  [1]=>
  string(2) "s1" refcount(4)
}
string(7) "static1" refcount(2)
array(2) refcount(2){
  [0]=>
  string(2) "s1" refcount(3)
  [1]=>
  string(2) "s1" refcount(3)
}
string(7) "static1" refcount(2)
array(2) refcount(3){
  [0]=>
  string(2) "s1" refcount(4)
  [1]=>
  string(2) "s1" refcount(4)
}
string(2) "s1" refcount(4)
array(2) refcount(2){
  [0]=>
  string(2) "s1" refcount(4)
  [1]=>
  array(1) refcount(2){
    [0]=>
    int(1)
  }
}
string(6) "holder" interned
array(2) refcount(2){
  [0]=>
  string(2) "s1" refcount(4)
  [1]=>
  array(1) refcount(2){
    [0]=>
    int(1)
  }
}
