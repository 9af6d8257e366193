<?php
// The cycle collector: 1,000,000 objects in two-node cycles (a <-> b),
// each pair dropped at once, so only the automatic collector (gc_enable(),
// the default root-buffer threshold) can free them.
class Node { public ?Node $other = null; }
for ($i = 0; $i < 500_000; $i++) {
    $a = new Node;
    $b = new Node;
    $a->other = $b;
    $b->other = $a;
}
unset($a, $b);
$status = gc_status();
echo $status['runs'], " collector runs, ", $status['collected'], " objects collected\n";
