--TEST--
Collector and weak references: a WeakReference to an object of a garbage cycle empties when the collector frees it; a WeakMap entry keyed by it disappears
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$weak = WeakReference::create($o);
$map = new WeakMap;
$map[$o] = 'value';
unset($o);
var_dump($weak->get() === null, count($map));
var_dump(gc_collect_cycles());
var_dump($weak->get(), count($map));

$key = new stdClass;
$value = new stdClass;
$value->key = $key;
$map[$key] = $value;
unset($value);
var_dump(gc_collect_cycles(), count($map));
unset($key);
var_dump(count($map), gc_collect_cycles());
--EXPECT--
bool(false)
int(1)
int(1)
NULL
int(0)
int(0)
int(1)
int(1)
int(0)
