--TEST--
strlen, str_repeat, strrev and their argument errors
--FILE--
<?php
var_dump(strlen(""), strlen("héllo"), strlen(12.5), strlen(true));
var_dump(str_repeat("ab", 3), str_repeat("", 5), str_repeat("x", 0), strrev("abc"), strrev(""));
try { str_repeat("x", -1); } catch (ValueError $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
try { strlen([]); } catch (TypeError $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
var_dump(strlen(null));
--EXPECTF--
int(0)
int(6)
int(4)
int(1)
string(6) "ababab"
string(0) ""
string(0) ""
string(3) "cba"
string(0) ""
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
TypeError: strlen(): Argument #1 ($string) must be of type string, array given

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s/length_repeat.php on line 6
int(0)
