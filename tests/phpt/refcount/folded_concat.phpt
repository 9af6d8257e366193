--TEST--
A concatenation of literals is folded when compiled, so its result is an interned string like a literal
--FILE--
<?php
debug_zval_dump('lit' . 'eral');
const GREETING = 'hello' . ' world';
debug_zval_dump(GREETING);
--EXPECT--
string(7) "literal" interned
string(11) "hello world" interned
