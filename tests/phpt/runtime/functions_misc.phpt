--TEST--
function_exists, get_defined_functions, register_shutdown_function
--FILE--
<?php
function first_fn() {}
function SecondFn() {}
var_dump(function_exists('first_fn'), function_exists('SECONDFN'), function_exists('\first_fn'));
var_dump(function_exists('var_dump'), function_exists(''), function_exists('no_such_function'));
$defined = get_defined_functions();
var_dump(array_keys($defined));
var_dump($defined['user']);
var_dump(in_array('var_dump', $defined['internal']), in_array('call_user_func', $defined['internal']));
function later() {}
class Shut {
    function __destruct() { echo "destructor\n"; }
    function method($x) { echo "method $x\n"; }
    static function stat() { echo "static\n"; }
}
$s = new Shut;
register_shutdown_function(function ($a, $b) { echo "closure $a $b\n"; }, 1, 2);
register_shutdown_function([$s, 'method'], 'arg');
register_shutdown_function('Shut::stat');
register_shutdown_function(function () {
    echo "registering another\n";
    register_shutdown_function(function () { echo "nested\n"; });
});
try {
    register_shutdown_function('missing_function');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo "end of script\n";
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
array(2) {
  [0]=>
  string(8) "internal"
  [1]=>
  string(4) "user"
}
array(3) {
  [0]=>
  string(8) "first_fn"
  [1]=>
  string(8) "secondfn"
  [2]=>
  string(5) "later"
}
bool(true)
bool(true)
register_shutdown_function(): Argument #1 ($callback) must be a valid callback, function "missing_function" not found or invalid function name
end of script
closure 1 2
method arg
static
registering another
nested
destructor
