--TEST--
debug_zval_dump of strings: literals and single characters are interned, built strings are counted
--FILE--
<?php
$lit = 'literal';
$built = 'lit' . mt_rand(1, 1);
$one = chr(65);
$char = $lit[0];
$empty = '';
$num = (string) 12345;
$digit = (string) 7;
$s2 = $built;
debug_zval_dump($lit, $built, $one, $char, $empty, $num, $digit, $s2, 'inline', "interp $built");
$copy = $lit;
debug_zval_dump($copy);
$up = strtoupper($lit);
debug_zval_dump($up, strtolower('abc'), str_repeat('x', 3), substr($lit, 0, 3), substr($lit, 0), trim('  x  '), trim('x'));
$heredoc = <<<TXT
heredoc
TXT;
debug_zval_dump($heredoc, implode(',', ['a', 'b']), sprintf('%s', $lit), (string) 1.5, strval(true), (string) false);
unset($s2);
debug_zval_dump($built);
--EXPECT--
string(7) "literal" interned
string(4) "lit1" refcount(4)
string(1) "A" interned
string(1) "l" interned
string(0) "" interned
string(5) "12345" refcount(2)
string(1) "7" interned
string(4) "lit1" refcount(4)
string(6) "inline" interned
string(11) "interp lit1" refcount(1)
string(7) "literal" interned
string(7) "LITERAL" refcount(2)
string(3) "abc" interned
string(3) "xxx" refcount(1)
string(3) "lit" refcount(1)
string(7) "literal" interned
string(1) "x" refcount(1)
string(1) "x" interned
string(7) "heredoc" interned
string(3) "a,b" refcount(1)
string(7) "literal" refcount(1)
string(3) "1.5" refcount(1)
string(1) "1" interned
string(0) "" interned
string(4) "lit1" refcount(2)
