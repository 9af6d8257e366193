--TEST--
Collector: a cycle with a tail of values only the cycle holds: the tail is garbage too and counts in the result
--FILE--
<?php
class Node { public $next; public $tail; }
$a = new Node;
$b = new Node;
$a->next = $b;
$b->next = $a;
$a->tail = [new Node, new Node, ['nested' => new Node]];
$b->tail = new Node;
$b->tail->tail = new Node;
unset($a, $b);
var_dump(gc_collect_cycles());

$a = new Node;
$a->next = $a;
$a->tail = [str_repeat('x', 10), 'literal', 1.5, [1, 2, 3]];
unset($a);
var_dump(gc_collect_cycles());

$outside = new Node;
$a = new Node;
$a->next = $a;
$a->tail = $outside;
unset($a);
var_dump(gc_collect_cycles());
var_dump($outside instanceof Node);
--EXPECT--
int(9)
int(3)
int(1)
bool(true)
