--TEST--
call_user_func and call_user_func_array: callables, by-reference parameters, named arguments, errors
--FILE--
<?php
function add($a, $b = 10) { return $a + $b; }
function inc(&$x) { $x++; return $x; }
class Calc {
    public $base = 100;
    static function twice($n) { return $n * 2; }
    function plus($n) { return $this->base + $n; }
    private function secret() { return "secret"; }
    function viaSelf() { return call_user_func([$this, 'secret']); }
    static function who() { return static::class; }
}
class SubCalc extends Calc {}
var_dump(call_user_func('add', 1, 2));
var_dump(call_user_func('ADD', 5));
var_dump(call_user_func('Calc::twice', 21));
var_dump(call_user_func(['Calc', 'twice'], 4));
var_dump(call_user_func([new Calc, 'plus'], 1));
var_dump(call_user_func(function ($s) { return strrev($s); }, 'abc'));
var_dump(call_user_func(fn() => 'arrow'));
var_dump((new Calc)->viaSelf());
var_dump(call_user_func(['SubCalc', 'who']), call_user_func('SubCalc::who'));

$n = 1;
var_dump(call_user_func('inc', $n));
var_dump($n);
var_dump(call_user_func_array('inc', [&$n]));
var_dump($n);
$plain = [5];
var_dump(call_user_func_array('inc', $plain));
var_dump($plain);

var_dump(call_user_func_array('add', ['b' => 1, 'a' => 2]));
var_dump(call_user_func_array('add', [3, 'b' => 4]));
try {
    call_user_func_array('add', ['a' => 1, 2]);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    call_user_func_array('add', ['zz' => 1]);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
foreach (['nope', 'Calc::nope', 'Nope::x', [new Calc, 'secret'], [1, 2], 42] as $cb) {
    try {
        call_user_func($cb);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    call_user_func_array('add', 'notarray');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
function thrower() { throw new RuntimeException("from callback"); }
try {
    call_user_func('thrower');
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
--EXPECTF--
int(3)
int(15)
int(42)
int(8)
int(101)
string(3) "cba"
string(5) "arrow"
string(6) "secret"
string(7) "SubCalc"
string(7) "SubCalc"

Warning: inc(): Argument #1 ($x) must be passed by reference, value given in %s/call_user_func.php on line 24
int(2)
int(1)
int(2)
int(2)

Warning: inc(): Argument #1 ($x) must be passed by reference, value given in %s/call_user_func.php on line 29
int(6)
array(1) {
  [0]=>
  int(5)
}
int(3)
int(7)
Error: Cannot use positional argument after named argument
Error: Unknown named parameter $zz
call_user_func(): Argument #1 ($callback) must be a valid callback, function "nope" not found or invalid function name
call_user_func(): Argument #1 ($callback) must be a valid callback, class Calc does not have a method "nope"
call_user_func(): Argument #1 ($callback) must be a valid callback, class "Nope" not found
call_user_func(): Argument #1 ($callback) must be a valid callback, cannot access private method Calc::secret()
call_user_func(): Argument #1 ($callback) must be a valid callback, first array member is not a valid class name or object
call_user_func(): Argument #1 ($callback) must be a valid callback, no array or string given
call_user_func_array(): Argument #2 ($args) must be of type array, string given
from callback
#0 %s/call_user_func.php(58): thrower()
#1 {main}
