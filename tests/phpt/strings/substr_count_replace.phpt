--TEST--
substr_count and substr_replace
--FILE--
<?php
var_dump(substr_count("hello hello hello", "ll"), substr_count("aaa", "aa"), substr_count("abcabc", "abc", 1), substr_count("abcabc", "abc", -3), substr_count("abcabc", "b", 1, 3), substr_count("abcabc", "b", 0, -2));
foreach ([fn() => substr_count("a", ""), fn() => substr_count("abc", "a", 5), fn() => substr_count("abc", "a", 1, 5)] as $f) {
    try { $f(); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(substr_replace("Hello", "J", 0, 1), substr_replace("Hello", "X", -2), substr_replace("Hello", "X", 1, -10), substr_replace("Hello", "X", 10, 2), substr_replace("Hello", ["a", "b"], 1, 1), substr_replace("Hello", [], 1, 1));
var_dump(substr_replace(["abc", "defg", 5], ["X", "Y"], [1, 2], [0]), substr_replace(["abc", "def"], "Z", 1, 1));
try { substr_replace("abc", "X", [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { substr_replace("abc", "X", 1, [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(3)
int(1)
int(1)
int(1)
int(1)
int(1)
substr_count(): Argument #2 ($needle) cannot be empty
substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)
string(5) "Jello"
string(4) "HelX"
string(6) "HXello"
string(6) "HelloX"
string(5) "Hallo"
string(4) "Hllo"
array(3) {
  [0]=>
  string(4) "aXbc"
  [1]=>
  string(3) "deY"
  [2]=>
  string(0) ""
}
array(2) {
  [0]=>
  string(3) "aZc"
  [1]=>
  string(3) "dZf"
}
substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string
substr_replace(): Argument #4 ($length) cannot be an array when working on a single string
