--TEST--
Collector: cycles still reachable from a variable, an array element, a property or a reference are not garbage
--FILE--
<?php
class Node { public $next; }
$a = new Node;
$a->next = $a;
$keep = $a;
unset($a);
var_dump(gc_collect_cycles());

$holder = [];
$b = new Node;
$c = new Node;
$b->next = $c;
$c->next = $b;
$holder[] = $c;
unset($b, $c);
var_dump(gc_collect_cycles());

$owner = new Node;
$d = new Node;
$d->next = $d;
$owner->next = $d;
unset($d);
var_dump(gc_collect_cycles());

$e = new Node;
$e->next = $e;
$alias = &$e;
unset($e);
var_dump(gc_collect_cycles());

var_dump(gc_status()['collected']);
unset($keep, $holder, $owner, $alias);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
int(0)
int(0)
int(0)
int(0)
int(5)
