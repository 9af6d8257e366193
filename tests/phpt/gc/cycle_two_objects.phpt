--TEST--
Collector: two objects pointing at each other are collected together; one of them released alone is not garbage yet
--FILE--
<?php
class Node { public $other; public $payload; }
$a = new Node;
$b = new Node;
$a->other = $b;
$b->other = $a;
unset($a);
var_dump(gc_collect_cycles());
var_dump(gc_status()['roots']);
unset($b);
var_dump(gc_status()['roots']);
var_dump(gc_collect_cycles());
$s = gc_status();
var_dump($s['runs'], $s['collected'], $s['roots']);
--EXPECT--
int(0)
int(0)
int(1)
int(2)
int(2)
int(2)
int(0)
