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
