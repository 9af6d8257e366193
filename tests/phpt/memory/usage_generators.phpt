--TEST--
memory_get_usage: started generators cost their frames, not a native stack each
--INI--
memory_limit=8M
--FILE--
<?php
function numbers() { yield 1; yield 2; }
$before = memory_get_usage();
$started = [];
for ($i = 0; $i < 1000; $i++) {
    $g = numbers();
    $g->current();
    $started[] = $g;
}
$grown = memory_get_usage() - $before;
var_dump($grown > 100000, $grown < 2000000);
$started = [];
var_dump(memory_get_usage() - $before < 100000);
--EXPECT--
bool(true)
bool(true)
bool(true)
