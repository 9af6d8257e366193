--TEST--
gc_status() and gc_enabled() at the start of a script, and gc_collect_cycles() with nothing to collect does not count as a run
--FILE--
<?php
var_dump(gc_status());
var_dump(gc_enabled());
var_dump(gc_collect_cycles());
var_dump(gc_status()['runs']);
$o = new stdClass;
$p = $o;
unset($p);
var_dump(gc_collect_cycles());
var_dump(gc_status());
--EXPECT--
array(4) {
  ["runs"]=>
  int(0)
  ["collected"]=>
  int(0)
  ["threshold"]=>
  int(10001)
  ["roots"]=>
  int(0)
}
bool(true)
int(0)
int(0)
int(0)
array(4) {
  ["runs"]=>
  int(1)
  ["collected"]=>
  int(0)
  ["threshold"]=>
  int(10001)
  ["roots"]=>
  int(0)
}
