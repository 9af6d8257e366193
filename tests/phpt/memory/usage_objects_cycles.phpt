--TEST--
Objects in cycles stay counted until the collector frees them
--FILE--
<?php
class Node { public $other; }
$start = memory_get_usage();
for ($i = 0; $i < 10000; $i++) {
    $a = new Node;
    $b = new Node;
    $a->other = $b;
    $b->other = $a;
}
unset($a, $b);
gc_disable();
$leaked = memory_get_usage() - $start;
echo "cycles hold memory: ", var_export($leaked > 100000, true), "\n";
gc_enable();
echo "collected: ", gc_collect_cycles() > 0 ? "yes" : "no", "\n";
echo "freed: ", var_export(memory_get_usage() - $start < $leaked / 2, true), "\n";
--EXPECT--
cycles hold memory: true
collected: yes
freed: true
