--TEST--
A concatenation of literals is folded when compiled, so its result is an interned string like a literal
--XFAIL--
phpi's compiler does not fold constant expressions: the concatenation is built at run time, refcount(1)
--FILE--
<?php
debug_zval_dump('lit' . 'eral');
const GREETING = 'hello' . ' world';
debug_zval_dump(GREETING);
--EXPECT--
string(7) "literal" interned
string(11) "hello world" interned
