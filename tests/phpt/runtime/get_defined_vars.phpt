--TEST--
get_defined_vars in functions, methods and closures; references kept when shared
--FILE--
<?php
function f($param, $unused = null) {
    $local = 1;
    $arr = [1, 2];
    $ref = &$arr;
    unset($local);
    $after = 'x';
    return get_defined_vars();
}
var_dump(f('p'));
class C {
    function m() { $inMethod = true; return get_defined_vars(); }
}
var_dump((new C)->m());
$outer = 5;
$closure = function ($a) use ($outer) { $b = $a + $outer; return get_defined_vars(); };
var_dump($closure(1));
function empty_scope() { return get_defined_vars(); }
var_dump(empty_scope());
$globals = get_defined_vars();
var_dump(isset($globals['outer']), isset($globals['closure']), isset($globals['globals']));
--EXPECT--
array(5) {
  ["param"]=>
  string(1) "p"
  ["unused"]=>
  NULL
  ["arr"]=>
  &array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["ref"]=>
  &array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["after"]=>
  string(1) "x"
}
array(1) {
  ["inMethod"]=>
  bool(true)
}
array(3) {
  ["a"]=>
  int(1)
  ["outer"]=>
  int(5)
  ["b"]=>
  int(6)
}
array(0) {
}
bool(true)
bool(true)
bool(false)
