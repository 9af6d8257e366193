--TEST--
The Generator class: var_dump, interfaces, final, no new, no clone
--FILE--
<?php
function g() { yield 1; }
$gen = g();
var_dump($gen);
var_dump($gen instanceof Iterator, $gen instanceof Traversable, $gen instanceof Generator);
var_dump(get_class($gen), get_class_methods('Generator'));
var_dump(is_iterable($gen), is_callable([$gen, 'current']));
var_dump(method_exists($gen, '__construct'), method_exists($gen, '__destruct'));
try { $x = new Generator; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $x = clone $gen; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $gen->prop = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
print_r($gen); echo "\n";
var_dump((array)$gen, (bool)$gen);
$closure = function () { yield; };
var_dump($closure());
--EXPECT--
object(Generator)#1 (0) {
}
bool(true)
bool(true)
bool(true)
string(9) "Generator"
array(8) {
  [0]=>
  string(6) "rewind"
  [1]=>
  string(5) "valid"
  [2]=>
  string(7) "current"
  [3]=>
  string(3) "key"
  [4]=>
  string(4) "next"
  [5]=>
  string(4) "send"
  [6]=>
  string(5) "throw"
  [7]=>
  string(9) "getReturn"
}
bool(true)
bool(true)
bool(false)
bool(false)
Error: The "Generator" class is reserved for internal use and cannot be manually instantiated
Trying to clone an uncloneable object of class Generator
Cannot create dynamic property Generator::$prop
Generator Object
(
)

array(0) {
}
bool(true)
object(Generator)#4 (0) {
}
