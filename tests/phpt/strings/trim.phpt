--TEST--
trim, ltrim, rtrim, chop with character lists and ranges
--FILE--
<?php
var_dump(trim("  \t\n x y \0\x0B"), ltrim("  x  "), rtrim("  x  "), chop("xyy", "y"));
var_dump(trim("abcxcba", "a..c"), trim("[x]", "[]"), trim("xx", "x"), rtrim("1.500", "0"), rtrim("1.000", ".0"));
var_dump(trim("x", "..a"), trim("x", "a.."), trim("x", "z..a"), trim("x", "a..b..c"), trim("a.b", "."));
--EXPECTF--
string(3) "x y"
string(3) "x  "
string(3) "  x"
string(1) "x"
string(1) "x"
string(1) "x"
string(0) ""
string(3) "1.5"
string(1) "1"

Warning: trim(): Invalid '..'-range, no character to the left of '..' in %s/trim.php on line 4

Warning: trim(): Invalid '..'-range, no character to the right of '..' in %s/trim.php on line 4

Warning: trim(): Invalid '..'-range, '..'-range needs to be incrementing in %s/trim.php on line 4

Warning: trim(): Invalid '..'-range in %s/trim.php on line 4
string(1) "x"
string(1) "x"
string(1) "x"
string(1) "x"
string(3) "a.b"
