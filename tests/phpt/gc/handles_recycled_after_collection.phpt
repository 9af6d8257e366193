--TEST--
Handles of collected objects are recycled in Zend's order (each in the destroy loop, after what its release freed)
--FILE--
<?php
class Node { public $other; public $extra; }

function ids(int $n): string {
    global $keep;
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $keep[] = $o = new Node;
        $out[] = spl_object_id($o);
    }
    return implode(' ', $out);
}

// Two-node cycles: the partner is freed (by counting) while its root is destroyed.
for ($i = 0; $i < 3; $i++) {
    $a = new Node; $b = new Node;
    $a->other = $b; $b->other = $a;
}
unset($a, $b);
echo gc_collect_cycles(), " collected: ", ids(6), "\n";
$keep = [];
gc_collect_cycles();

// A ring of four with a tail of two hanging off it.
$first = $prev = new Node;
for ($i = 0; $i < 3; $i++) {
    $n = new Node; $prev->other = $n; $prev = $n;
}
$prev->other = $first;
$first->extra = new Node;
$first->extra->other = new Node;
unset($first, $prev, $n);
echo gc_collect_cycles(), " collected: ", ids(6), "\n";
$keep = [];
gc_collect_cycles();

// An array <-> object cycle.
$o = new Node;
$o->other = [new Node, new Node];
$o->other[] = $o;
$o->extra = new Node;
unset($o);
echo gc_collect_cycles(), " collected: ", ids(4), "\n";
?>
--EXPECT--
6 collected: 5 6 3 4 1 2
6 collected: 2 6 5 1 4 3
5 collected: 3 5 1 4
