--TEST--
Collector: cycles through a closure's bound variables, its $this and a static variable of a closure
--FILE--
<?php
class Holder {
    public $callback;
    public function bind() { $this->callback = function () { return $this; }; }
}
$o = new stdClass;
$o->fn = function () use ($o) { return $o; };
unset($o);
var_dump(gc_collect_cycles());

$h = new Holder;
$h->bind();
unset($h);
var_dump(gc_collect_cycles());

$fn = null;
$fn = function () use (&$fn) { return $fn; };
unset($fn);
var_dump(gc_collect_cycles());

$data = ['list' => []];
$data['list'][] = fn() => $data;
unset($data);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
int(2)
int(1)
int(0)
