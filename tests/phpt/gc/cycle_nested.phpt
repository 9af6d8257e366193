--TEST--
Collector: cycles inside cycles, and a garbage cycle holding another cycle that is still reachable
--FILE--
<?php
class Node { public $a; public $b; }
$outer1 = new Node;
$outer2 = new Node;
$outer1->a = $outer2;
$outer2->a = $outer1;
$inner1 = new Node;
$inner2 = new Node;
$inner1->a = $inner2;
$inner2->a = $inner1;
$outer1->b = $inner1;
$inner2->b = $outer2;
unset($outer1, $outer2, $inner1, $inner2);
var_dump(gc_collect_cycles());

$live1 = new Node;
$live2 = new Node;
$live1->a = $live2;
$live2->a = $live1;
$dead = new Node;
$dead->a = $dead;
$dead->b = $live1;
unset($dead);
var_dump(gc_collect_cycles());
var_dump($live1->a === $live2);
unset($live1, $live2);
var_dump(gc_collect_cycles());
--EXPECT--
int(4)
int(1)
bool(true)
int(2)
