--TEST--
Collector: cycles through built-in objects' own storage: ArrayObject (over an array and over an object), ArrayIterator, SplObjectStorage, SplFixedArray, SplDoublyLinkedList, SplPriorityQueue, SplMinHeap
--FILE--
<?php
$ao = new ArrayObject();
$ao['me'] = $ao;
unset($ao);
var_dump(gc_collect_cycles());

$it = new ArrayIterator([]);
$it['x'] = $it;
unset($it);
var_dump(gc_collect_cycles());

$inner = new stdClass;
$ao = new ArrayObject($inner);
$inner->wrapper = $ao;
unset($ao, $inner);
var_dump(gc_collect_cycles());
$s = new SplObjectStorage;
$s[$s] = $s;
unset($s);
var_dump(gc_collect_cycles());
$f = new SplFixedArray(2);
$f[0] = $f;
unset($f);
var_dump(gc_collect_cycles());
$l = new SplDoublyLinkedList;
$l->push($l);
unset($l);
var_dump(gc_collect_cycles());
$q = new SplPriorityQueue;
$q->insert($q, 1);
unset($q);
var_dump(gc_collect_cycles());
$h = new SplMinHeap;
$o = new stdClass; $o->h = $h; $h->insert($o);
unset($h, $o);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
int(2)
int(2)
int(1)
int(1)
int(1)
int(1)
int(2)
