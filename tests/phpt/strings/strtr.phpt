--TEST--
strtr with a pair of strings and with an array
--FILE--
<?php
var_dump(strtr("Hi all, I said hello", ["Hi" => "Hello", "hello" => "hi", "H" => "X"]));
var_dump(strtr("abc", "ab", "xyz"), strtr("abc", "", "x"), strtr("abc", []), strtr("abc", ["a" => 1, "b" => null]), strtr("1234", [1 => "one", 23 => "x"]));
var_dump(strtr("abc", ["a" => "x", "" => "y"]));
try { strtr("abc", "ab"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { strtr("abc", ["a" => "1"], "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(20) "Hello all, I said hi"
string(3) "xyc"
string(3) "abc"
string(3) "abc"
string(2) "1c"
string(5) "onex4"

Warning: strtr(): Ignoring replacement of empty string in %s/strtr.php on line 4
string(3) "xbc"
strtr(): Argument #2 ($from) must be of type array, string given
strtr(): Argument #2 ($from) must be of type string, array given
