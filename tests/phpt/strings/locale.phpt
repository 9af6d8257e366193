--TEST--
setlocale and localeconv in the C locale
--FILE--
<?php
var_dump(setlocale(LC_ALL, "C"), setlocale(LC_ALL, "POSIX"), setlocale(LC_ALL, 0), setlocale(LC_ALL, "xx_YY"), setlocale(LC_ALL, ["xx", "C"]), setlocale(LC_NUMERIC, "nope", "C"));
var_dump(localeconv()["decimal_point"], localeconv()["frac_digits"], localeconv()["grouping"]);
--EXPECT--
string(1) "C"
string(1) "C"
string(1) "C"
bool(false)
string(1) "C"
string(1) "C"
string(1) "."
int(127)
array(0) {
}
