--TEST--
substr with negative and out-of-range offsets and lengths
--FILE--
<?php
$s = "abcdef";
foreach ([[0, null], [1, 3], [-2, null], [-10, 2], [6, null], [7, null], [2, -1], [2, -10], [-3, -1], [0, 0], [3, 100]] as [$o, $l]) {
    var_dump($l === null ? substr($s, $o) : substr($s, $o, $l));
}
var_dump(substr("", 0), substr("a", -1), substr("abc", 1, null));
--EXPECT--
string(6) "abcdef"
string(3) "bcd"
string(2) "ef"
string(2) "ab"
string(0) ""
string(0) ""
string(3) "cde"
string(0) ""
string(2) "de"
string(0) ""
string(3) "def"
string(0) ""
string(1) "a"
string(2) "bc"
