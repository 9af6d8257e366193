--TEST--
Collector: cycles through built-in objects' own storage: ArrayObject and ArrayIterator
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

--EXPECT--
int(2)
int(2)
