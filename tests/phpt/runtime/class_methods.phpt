--TEST--
get_class_methods, method_exists, property_exists: order, visibility from scope, traits, magic
--FILE--
<?php
interface Greets { function greet(); }
trait Helper {
    function helperMethod() {}
    private function helperPrivate() {}
}
abstract class Base implements Greets {
    function baseMethod() {}
    protected function baseProtected() {}
    private function basePrivate() {}
    static function baseStatic() {}
    abstract function mustImplement();
}
#[AllowDynamicProperties]
class Impl extends Base {
    use Helper;
    public $prop;
    protected $protProp;
    private static $staticProp;
    function greet() {}
    function mustImplement() {}
    private function ownPrivate() {}
    function __call($name, $args) {}
    function inside() { return get_class_methods($this); }
}
echo "-- outside\n";
var_dump(get_class_methods('Impl'));
echo "-- inside\n";
var_dump((new Impl)->inside());
var_dump(get_class_methods('Greets'), get_class_methods('Base'), get_class_methods(new stdClass));
try { get_class_methods('NoSuchClass'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo "-- method_exists\n";
var_dump(method_exists('Impl', 'GREET'), method_exists(new Impl, 'ownPrivate'), method_exists('Impl', 'helperPrivate'));
var_dump(method_exists('Impl', 'undefinedViaCall'), method_exists('Impl', '__call'), method_exists('Nope', 'x'));
var_dump(method_exists(function () {}, '__invoke'), method_exists('Closure', '__invoke'), method_exists('Closure', 'bind'));
try { method_exists(1, 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo "-- property_exists\n";
$o = new Impl;
$o->dynamic = 1;
var_dump(property_exists('Impl', 'prop'), property_exists('Impl', 'protProp'), property_exists('Impl', 'staticProp'));
var_dump(property_exists('Impl', 'dynamic'), property_exists($o, 'dynamic'), property_exists($o, 'nothing'), property_exists('Nope', 'x'));
try { property_exists([], 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
-- outside
array(7) {
  [0]=>
  string(5) "greet"
  [1]=>
  string(13) "mustImplement"
  [2]=>
  string(6) "__call"
  [3]=>
  string(6) "inside"
  [4]=>
  string(10) "baseMethod"
  [5]=>
  string(10) "baseStatic"
  [6]=>
  string(12) "helperMethod"
}
-- inside
array(10) {
  [0]=>
  string(5) "greet"
  [1]=>
  string(13) "mustImplement"
  [2]=>
  string(10) "ownPrivate"
  [3]=>
  string(6) "__call"
  [4]=>
  string(6) "inside"
  [5]=>
  string(10) "baseMethod"
  [6]=>
  string(13) "baseProtected"
  [7]=>
  string(10) "baseStatic"
  [8]=>
  string(12) "helperMethod"
  [9]=>
  string(13) "helperPrivate"
}
array(1) {
  [0]=>
  string(5) "greet"
}
array(4) {
  [0]=>
  string(10) "baseMethod"
  [1]=>
  string(10) "baseStatic"
  [2]=>
  string(13) "mustImplement"
  [3]=>
  string(5) "greet"
}
array(0) {
}
get_class_methods(): Argument #1 ($object_or_class) must be an object or a valid class name, string given
-- method_exists
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
method_exists(): Argument #1 ($object_or_class) must be of type object|string, int given
-- property_exists
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
property_exists(): Argument #1 ($object_or_class) must be of type object|string, array given
