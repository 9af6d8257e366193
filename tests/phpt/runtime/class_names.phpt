--TEST--
get_class, get_parent_class, get_called_class: scopes, late static binding, TypeErrors
--FILE--
<?php
class A {
    function names() { return [get_class(), get_class($this), get_parent_class(), get_called_class(), static::class]; }
    static function staticNames() { return [get_class(), get_called_class(), get_parent_class()]; }
}
class B extends A {}
class C extends B {}
var_dump((new C)->names());
var_dump(C::staticNames(), B::staticNames());
var_dump(get_class(new C), get_class(new stdClass));
var_dump(get_parent_class(new C), get_parent_class('B'), get_parent_class('A'), get_parent_class(new stdClass));
var_dump(get_parent_class());
$anon = function () { return get_called_class(); };
try { get_class(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { get_called_class(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $anon(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach ([null, 1, 'A', [1]] as $bad) {
    try { get_class($bad); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
foreach (['Nope', 1, null] as $bad) {
    try { get_parent_class($bad); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
$bound = Closure::bind(function () { return [get_class(), get_called_class()]; }, new C, B::class);
var_dump($bound());
--EXPECT--
array(5) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "C"
  [2]=>
  bool(false)
  [3]=>
  string(1) "C"
  [4]=>
  string(1) "C"
}
array(3) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "C"
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "B"
  [2]=>
  bool(false)
}
string(1) "C"
string(8) "stdClass"
string(1) "B"
string(1) "A"
bool(false)
bool(false)
bool(false)
Error: get_class() without arguments must be called from within a class
Error: get_called_class() must be called from within a class
Error: get_called_class() must be called from within a class
get_class(): Argument #1 ($object) must be of type object, null given
get_class(): Argument #1 ($object) must be of type object, int given
get_class(): Argument #1 ($object) must be of type object, string given
get_class(): Argument #1 ($object) must be of type object, array given
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, string given
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, int given
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, null given
array(2) {
  [0]=>
  string(1) "B"
  [1]=>
  string(1) "C"
}
