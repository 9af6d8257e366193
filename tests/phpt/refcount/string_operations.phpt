--TEST--
Reference counts of strings produced by operations: concatenation, interpolation, substr, string offsets, array keys and implode
--FILE--
<?php
$s = str_repeat('x', 3);
$t = $s . 'y';
$u = "$s!";
$v = substr($s, 0, 2);
$w = $s[0];
$same = substr($s, 0);
debug_zval_dump($s, $t, $u, $v, $w, $same);
$keys = [$s => 1];
foreach ($keys as $k => $_) { debug_zval_dump($k); }
$joined = implode(',', [$s, $s]);
debug_zval_dump($joined);
$copy = $s;
$copy .= 'z';
debug_zval_dump($s, $copy);
debug_zval_dump(strval(12), (string) 1.5, '' . true);
--EXPECT--
string(3) "xxx" refcount(4)
string(4) "xxxy" refcount(2)
string(4) "xxx!" refcount(2)
string(2) "xx" refcount(2)
string(1) "x" interned
string(3) "xxx" refcount(4)
string(3) "xxx" refcount(5)
string(7) "xxx,xxx" refcount(2)
string(3) "xxx" refcount(5)
string(4) "xxxz" refcount(2)
string(2) "12" refcount(1)
string(3) "1.5" refcount(1)
string(1) "1" interned
