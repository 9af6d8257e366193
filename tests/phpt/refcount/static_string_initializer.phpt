--TEST--
A static variable's literal string initializer is not interned: the function's template keeps a count (Zend copies static_variables)
--FILE--
<?php
function f() {
    static $s = 'static';
    debug_zval_dump($s);
    $copy = $s;
    debug_zval_dump($s);
}
f();
f();
$cl = function () { static $s = 'closure'; debug_zval_dump($s); };
$cl();
--EXPECT--
string(6) "static" refcount(3)
string(6) "static" refcount(4)
string(6) "static" refcount(3)
string(6) "static" refcount(4)
string(7) "closure" refcount(3)
