--TEST--
preg_replace_callback and preg_replace_callback_array
--FILE--
<?php
var_dump(preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, 'a1 b22 c333', 2, $cnt), $cnt);
var_dump(preg_replace_callback('/(?<k>\w)=(\d)?/', function ($m) { return str_replace("\n", " ", print_r($m, true)); }, 'a=1 b='));
var_dump(preg_replace_callback('/(\w)(\d)?/', fn($m) => str_replace("\n", " ", print_r($m, true)), 'a', -1, $c, PREG_UNMATCHED_AS_NULL | PREG_OFFSET_CAPTURE));
var_dump(preg_replace_callback(['/a/', '/b/'], fn($m) => strtoupper($m[0]), ['x' => 'aabb', 'y' => 'ccc'], -1, $c), $c);
var_dump(preg_replace_callback_array(['/a/' => fn($m) => 'A', '/b/' => fn($m) => 'B'], 'aabb', 1, $n), $n);
var_dump(preg_replace_callback('/x/', fn($m) => 1.5, 'axb'), preg_replace_callback('/x/', fn($m) => null, 'axb'));
try { preg_replace_callback('/a/', 'no_such_function', 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_replace_callback('/a/', function ($m) { throw new Exception("boom"); }, 'a'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(11) "a2 b44 c333"
int(2)
string(115) "Array (     [0] => a=1     [k] => a     [1] => a     [2] => 1 )  Array (     [0] => b=     [k] => b     [1] => b ) "
string(250) "Array (     [0] => Array         (             [0] => a             [1] => 0         )      [1] => Array         (             [0] => a             [1] => 0         )      [2] => Array         (             [0] =>              [1] => -1         )  ) "
array(2) {
  ["x"]=>
  string(4) "AABB"
  ["y"]=>
  string(3) "ccc"
}
int(4)
string(4) "AaBb"
int(2)
string(5) "a1.5b"
string(2) "ab"
preg_replace_callback(): Argument #2 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
boom
