--TEST--
chr, ord, bin2hex, hex2bin
--FILE--
<?php
var_dump(chr(65), chr(321), chr(-1), ord("A"), ord(""), ord("Ã©"), bin2hex("abc\0\xff"), hex2bin("616263"), hex2bin(""));
var_dump(hex2bin("abc"), hex2bin("zz"));
--EXPECTF--
string(1) "A"
string(1) "A"
string(1) "ÿ"
int(65)
int(0)
int(195)
string(10) "61626300ff"
string(3) "abc"
string(0) ""

Warning: hex2bin(): Hexadecimal input string must have an even length in %s/bytes.php on line 3

Warning: hex2bin(): Input string must be hexadecimal string in %s/bytes.php on line 3
bool(false)
bool(false)
