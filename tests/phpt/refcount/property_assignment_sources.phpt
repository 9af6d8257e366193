--TEST--
properties: assignments from literals and variables copy, count and coerce as PHP does; references, unset and readonly properties
--FILE--
<?php
// Property assignments from literals and variables: copies, references,
// coercion, counts, unset properties and the assignment's value.
class P { public $x = 1; public int $i = 0; public ?P $o = null; public readonly int $ro; }
$p = new P;
$v = [1, 2];
$p->x = $v;
$v[] = 3;
var_dump($p->x);
$r = &$p->x;
$p->x = 5;
var_dump($r);
unset($r);
$q = 7;
$ref = &$q;
$p->x = $ref;
$q = 8;
var_dump($p->x);
$p->i = "5";
var_dump($p->i);
try { $p->i = "five"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$p->o = $p;
debug_zval_dump($p->o === $p);
$s = str_repeat("s", 3);
$p->x = $s;
debug_zval_dump($s);
$p->x = $p->x;
unset($p->x);
$p->x = 3;
var_dump($p->x);
echo $p->x = 9, "\n";
$n = null;
$p->x = $n;
var_dump($p->x);
try { $p->ro = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$u = $undefined;
$p->x = $undefined2;
var_dump($p->x);
$p->o = null;
unset($p);
echo "done\n";
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(5)
int(7)
int(5)
Cannot assign string to property P::$i of type int
bool(true)
string(3) "sss" refcount(3)
int(3)
9
NULL
Cannot initialize readonly property P::$ro from global scope

Warning: Undefined variable $undefined in %s/property_assignment_sources.php on line 36

Warning: Undefined variable $undefined2 in %s/property_assignment_sources.php on line 37
NULL
done
