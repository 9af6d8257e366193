--TEST--
Collector: an object holding itself, an array holding a reference to itself, an object whose property array holds it
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
unset($o);
var_dump(gc_collect_cycles());

$a = [1, 2];
$a[] = &$a;
unset($a);
var_dump(gc_collect_cycles());

$o = new stdClass;
$o->list = [$o];
unset($o);
var_dump(gc_collect_cycles());

$o = new stdClass;
$o->list = ['x' => ['y' => $o]];
unset($o);
var_dump(gc_collect_cycles());
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
int(1)
int(2)
int(3)
int(0)
