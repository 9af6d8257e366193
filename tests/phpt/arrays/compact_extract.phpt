--TEST--
compact() and extract(): the caller's variables, flags, prefixes, references
--FILE--
<?php
function scope() {
    $a = 1;
    $b = [2];
    $unset = 0;
    unset($unset);
    var_dump(compact('a', ['b', ['a']], 'missing', 'unset'));
    var_dump(compact(5, 1.5, null));
    var_dump(extract(['c' => 3, 'a' => 'new', '1bad' => 'x', 'this' => 'no-skip'], EXTR_SKIP), $a, $c);
    var_dump(extract(['a' => 'A', 'd' => 'D'], EXTR_PREFIX_SAME, 'p'), $a, $p_a, $d);
    var_dump(extract(['a' => 1, 0 => 'zero', 'e' => 5], EXTR_PREFIX_ALL, 'q'), $q_a, $q_0, $q_e);
    var_dump(extract(['ok' => 1, '2x' => 2, 7 => 'seven'], EXTR_PREFIX_INVALID, 'r'), $ok, $r_2x, $r_7);
    var_dump(extract(['a' => 'if', 'zz' => 'no'], EXTR_IF_EXISTS), $a, isset($zz));
    var_dump(extract(['a' => 'pie', 'yy' => 'no'], EXTR_PREFIX_IF_EXISTS, 's'), $s_a, isset($s_yy));
    $src = ['ref' => 1];
    extract($src, EXTR_REFS);
    $ref = 2;
    var_dump($src);
    $x = 'orig';
    $alias = &$x;
    extract(['x' => 'through']);
    var_dump($alias);
    var_dump(extract([]), extract(['' => 1]));
}
scope();
$g = 'global';
var_dump(compact('g'));
extract(['g2' => 'made']);
var_dump($g2);
class K {
    function m() { return compact('this'); }
}
var_dump(count((new K)->m()));
foreach ([fn() => extract(['a' => 1], 99), fn() => extract(['a' => 1], EXTR_PREFIX_ALL), fn() => extract(['a' => 1], EXTR_PREFIX_ALL, '9')] as $f) {
    try {
        $f();
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
function thisy() {
    try {
        extract(['this' => 1]);
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
thisy();
--EXPECTF--
Warning: compact(): Undefined variable $missing in %s/compact_extract.php on line 7

Warning: compact(): Undefined variable $unset in %s/compact_extract.php on line 7
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(1) {
    [0]=>
    int(2)
  }
}

Warning: compact(): Argument #1 must be string or array of strings, int given in %s/compact_extract.php on line 8

Warning: compact(): Argument #2 must be string or array of strings, float given in %s/compact_extract.php on line 8

Warning: compact(): Argument #3 must be string or array of strings, null given in %s/compact_extract.php on line 8
array(0) {
}
int(1)
int(1)
int(3)
int(2)
int(1)
string(1) "A"
string(1) "D"
int(3)
int(1)
string(4) "zero"
int(5)
int(3)
int(1)
int(2)
string(5) "seven"
int(1)
string(2) "if"
bool(false)
int(1)
string(3) "pie"
bool(false)
array(1) {
  ["ref"]=>
  &int(2)
}
string(7) "through"
int(0)
int(0)
array(1) {
  ["g"]=>
  string(6) "global"
}
string(4) "made"
int(1)
extract(): Argument #2 ($flags) must be a valid extract type
extract(): Argument #3 ($prefix) is required when using this extract type
extract(): Argument #3 ($prefix) must be a valid identifier
Cannot re-assign $this
