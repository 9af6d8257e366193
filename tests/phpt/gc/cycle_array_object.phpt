--TEST--
Collector: an object holding an array that holds the object, and an array holding an object that holds the array by reference
--FILE--
<?php
class Box { public $items; }
$box = new Box;
$box->items = ['first', $box, 'last'];
unset($box);
var_dump(gc_collect_cycles());

$arr = ['box' => new Box];
$arr['box']->items = &$arr;
unset($arr);
var_dump(gc_collect_cycles());

$box = new Box;
$arr = [$box];
$box->items = $arr;
unset($box, $arr);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
int(2)
int(2)
