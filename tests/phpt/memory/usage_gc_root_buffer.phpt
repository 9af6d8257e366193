--TEST--
memory_get_usage: the collector's root buffer is not part of the figures, even when gc_enable() creates it
--INI--
zend.enable_gc=0
--FILE--
<?php
$before = memory_get_usage();
gc_enable();
var_dump(memory_get_usage() - $before < 4096);
--EXPECT--
bool(true)
