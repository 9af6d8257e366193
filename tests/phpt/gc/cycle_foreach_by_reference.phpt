--TEST--
Collector: an array that contains a reference to itself after foreach by reference, and a list() destructuring that builds a cycle
--FILE--
<?php
$arr = [[1], [2]];
foreach ($arr as &$v) {
    $v[] = &$arr;
}
unset($v);
unset($arr);
var_dump(gc_collect_cycles());

$o = new stdClass;
[$o->a, $o->b] = [$o, [$o]];
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(3)
int(2)
