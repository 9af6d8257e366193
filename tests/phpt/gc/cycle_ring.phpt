--TEST--
Collector: a ring of 100 objects, then a ring of 100 arrays linked by references, released through one variable
--FILE--
<?php
class Node { public $next; public $name; }
$first = new Node;
$first->name = "node 0";
$n = $first;
for ($i = 1; $i < 100; $i++) {
    $m = new Node;
    $m->name = "node $i";
    $n->next = $m;
    $n = $m;
}
$n->next = $first;
unset($n, $m);
var_dump(gc_collect_cycles());
unset($first);
var_dump(gc_collect_cycles());

$rings = [];
for ($i = 0; $i < 100; $i++) {
    $rings[$i] = ['index' => $i, 'next' => null];
}
for ($i = 0; $i < 100; $i++) {
    $rings[$i]['next'] = &$rings[($i + 1) % 100];
}
unset($rings);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
int(199)
int(100)
