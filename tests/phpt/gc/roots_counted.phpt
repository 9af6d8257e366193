--TEST--
gc_status()['roots']: which releases buffer a possible root (count stays above zero) and which take it out again (freed, or collected)
--FILE--
<?php
function roots($label) { echo str_pad($label, 34), gc_status()['roots'], "\n"; }
roots('start');
$a = [1, 2, 3];
$b = $a;
unset($b);
roots('array copy released');
$o = new stdClass;
$p = $o;
unset($p);
roots('object copy released');
$p = $o;
unset($p);
roots('same object released again');
unset($o);
roots('object freed');
$s = str_repeat('x', 5);
$t = $s;
unset($t);
roots('string released (never a root)');
$o = new stdClass;
$p = $o;
$p = 1;
roots('variable overwritten');
$arr = [$o];
$arr[0] = null;
roots('element overwritten');
function f($x) {}
f($o);
roots('argument released at return');
$e = []; $e2 = $e; unset($e2);
roots('empty array (immutable)');
$r = 1; $ref = &$r; unset($ref);
roots('reference released');
gc_collect_cycles();
roots('after a run');
unset($o, $a);
roots('end');
--EXPECT--
start                             0
array copy released               1
object copy released              2
same object released again        2
object freed                      1
string released (never a root)    1
variable overwritten              2
element overwritten               2
argument released at return       2
empty array (immutable)           2
reference released                2
after a run                       0
end                               1
