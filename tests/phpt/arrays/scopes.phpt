--TEST--
compact() and extract() in functions, closures, methods and the global scope
--FILE--
<?php
$g1 = 1;
function f() {
    global $g1;
    $local = 2;
    $fn = function () { $inner = 3; return compact('inner'); };
    var_dump(compact('g1', 'local'), $fn());
    extract(['g1' => 'via extract']);
    $arr = ['a' => 1, 'b' => 2];
    extract($arr, EXTR_REFS);
    $a = 'A';
    var_dump($arr);
    $n = extract(['b' => 'B2'], EXTR_REFS);
    var_dump($n, $arr, $b);
}
f();
var_dump($g1);
$h = ['hello' => 'world', 'x1' => 1];
extract($h);
var_dump($hello, $x1);
class A {
    public $p = 1;
    function m() {
        $v = 'mv';
        return compact('v', 'this');
    }
    static function s() {
        return compact('this');
    }
}
var_dump(array_keys((new A)->m()));
var_dump(A::s());
$arr = [1, 2];
$r = compact([['arr']]);
var_dump($r);
$rec = ['x'];
$rec[] = &$rec;
try { compact($rec); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function g() {
    $x = 'old';
    $y = &$x;
    extract(['x' => 'new'], EXTR_OVERWRITE);
    var_dump($y);
    extract(['x' => 'pre'], EXTR_PREFIX_SAME, 'p');
    var_dump($p_x);
    extract(['GLOBALS' => 1]);
    var_dump(isset($GLOBALS['h']));
}
g();
--EXPECTF--
array(2) {
  ["g1"]=>
  int(1)
  ["local"]=>
  int(2)
}
array(1) {
  ["inner"]=>
  int(3)
}
array(2) {
  ["a"]=>
  &string(1) "A"
  ["b"]=>
  &int(2)
}
int(1)
array(2) {
  ["a"]=>
  &string(1) "A"
  ["b"]=>
  int(2)
}
string(2) "B2"
string(11) "via extract"
string(5) "world"
int(1)
array(2) {
  [0]=>
  string(1) "v"
  [1]=>
  string(4) "this"
}
array(0) {
}
array(1) {
  ["arr"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}

Warning: compact(): Undefined variable $x in %s/scopes.php on line 38
Recursion detected
string(3) "new"
string(3) "pre"
bool(true)
