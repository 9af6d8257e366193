--TEST--
ctype_* in the C locale, with ints and other types
--INI--
extension=ctype
--FILE--
<?php
foreach (["abc", "ABC", "aB1", "123", "", " \t\n", "a b", "!?", "\x01", "ff0A", "é"] as $s) {
    echo bin2hex($s), ": ";
    foreach (["ctype_alnum", "ctype_alpha", "ctype_cntrl", "ctype_digit", "ctype_graph", "ctype_lower", "ctype_print", "ctype_punct", "ctype_space", "ctype_upper", "ctype_xdigit"] as $f) echo $f($s) ? 1 : 0;
    echo "\n";
}
var_dump(ctype_digit(5), ctype_digit(53), ctype_digit(300), ctype_digit(-5), ctype_alpha(-191), ctype_digit(null), ctype_alpha([]), ctype_digit(1.5));
--EXPECTF--
616263: 11001110001
414243: 11001010011
614231: 10001010001
313233: 10011010001
: 00000000000
20090a: 00000000100
612062: 00000010000
213f: 00001011000
01: 00100000000
66663041: 10001010001
c3a9: 00000000000

Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s/ctype.php on line 7

Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s/ctype.php on line 7

Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s/ctype.php on line 7

Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s/ctype.php on line 7

Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s/ctype.php on line 7

Deprecated: ctype_digit(): Argument of type null will be interpreted as string in the future in %s/ctype.php on line 7

Deprecated: ctype_alpha(): Argument of type array will be interpreted as string in the future in %s/ctype.php on line 7

Deprecated: ctype_digit(): Argument of type float will be interpreted as string in the future in %s/ctype.php on line 7
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
