--TEST--
str_replace and str_ireplace with arrays, counts and conversions
--FILE--
<?php
var_dump(str_replace("a", "b", "banana", $c), $c);
var_dump(str_replace(["a", "b", "c"], ["x"], "abcabc", $c), $c);
var_dump(str_replace(["a", ""], "y", ["k" => "abc", 5 => 12, 7 => null], $c), $c);
var_dump(str_replace(["a", "b"], ["b", "c"], "ab"), str_replace("ab", "", "ab"), str_replace(["a", "b"], ["", "X"], "aa"), str_replace([], [], "abc"), str_replace("x", "y", ""));
var_dump(str_ireplace("AB", "x", "abAbaB", $c), $c, str_ireplace(["A", "b"], ["1", "2"], "aAbB"));
try { str_replace("a", ["x"], "abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(str_replace(1, 2, 1213));
--EXPECT--
string(6) "bbnbnb"
int(3)
string(2) "xx"
int(6)
array(3) {
  ["k"]=>
  string(3) "ybc"
  [5]=>
  string(2) "12"
  [7]=>
  string(0) ""
}
int(1)
string(2) "cc"
string(0) ""
string(0) ""
string(3) "abc"
string(0) ""
string(3) "xxx"
int(3)
string(4) "1122"
str_replace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string
string(4) "2223"
