--TEST--
func_get_args, func_get_arg, func_num_args: passed arguments, current values, variadics, errors
--FILE--
<?php
function f($a, $b = 'default') {
    var_dump(func_num_args());
    var_dump(func_get_args());
    $a = 'changed';
    var_dump(func_get_arg(0));
    if (func_num_args() > 2) {
        var_dump(func_get_arg(2));
    }
}
f(1);
f(1, 2, 3, 4);
function v($first, ...$rest) {
    var_dump(func_num_args(), func_get_args());
}
v('x');
v('x', 'y', 'z');
function noParams() { return func_get_args(); }
var_dump(noParams());
var_dump(noParams(null, [1], new stdClass));
class M {
    function m() { return func_num_args(); }
    static function s() { return func_get_args(); }
}
var_dump((new M)->m(1, 2, 3), M::s('a'));
$closure = function () { return func_get_args(); };
var_dump($closure(7, 8));
function bad() {
    try {
        func_get_arg(-1);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        func_get_arg(1);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
bad(1);
try { func_get_args(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { func_get_arg(0); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { func_num_args(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function byRef(&$r) { $r = 'set'; return func_get_args(); }
$x = 'orig';
var_dump(byRef($x), $x);
--EXPECT--
int(1)
array(1) {
  [0]=>
  int(1)
}
string(7) "changed"
int(4)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
string(7) "changed"
int(3)
int(1)
array(1) {
  [0]=>
  string(1) "x"
}
int(3)
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "z"
}
array(0) {
}
array(3) {
  [0]=>
  NULL
  [1]=>
  array(1) {
    [0]=>
    int(1)
  }
  [2]=>
  object(stdClass)#1 (0) {
  }
}
int(3)
array(1) {
  [0]=>
  string(1) "a"
}
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(8)
}
func_get_arg(): Argument #1 ($position) must be greater than or equal to 0
func_get_arg(): Argument #1 ($position) must be less than the number of the arguments passed to the currently executed function
func_get_args() cannot be called from the global scope
func_get_arg() cannot be called from the global scope
func_num_args() must be called from a function context
array(1) {
  [0]=>
  string(3) "set"
}
string(3) "set"
