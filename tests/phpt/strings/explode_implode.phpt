--TEST--
explode limits and implode argument forms
--FILE--
<?php
var_dump(explode(",", "a,b,,c"), explode(",", "a,b,c", 2), explode(",", "a,b,c", -1), explode(",", "a,b,c", 0), explode(",", "abc", -1), explode(",", ""), explode(",", "", -1), explode("ab", "xabyabz"));
try { explode("", "abc"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(implode(", ", [1, 2.5, true, false, null, "x"]), implode(["a", "b"]), join("-", []), implode(",", ["only"]));
var_dump(implode(",", [[1]]));
try { implode(",", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { implode("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { implode(["a"], ","); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(0) {
}
array(1) {
  [0]=>
  string(0) ""
}
array(0) {
}
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "z"
}
explode(): Argument #1 ($separator) cannot be empty
string(16) "1, 2.5, 1, , , x"
string(2) "ab"
string(0) ""
string(4) "only"

Warning: Array to string conversion in %s/explode_implode.php on line 5
string(5) "Array"
implode(): Argument #2 ($array) must be of type ?array, string given
implode(): Argument #1 ($array) must be of type array, string given
implode(): Argument #2 ($array) must be of type ?array, string given
