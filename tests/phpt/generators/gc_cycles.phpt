--TEST--
Suspended generators in cycles are collected; their finally blocks run
--FILE--
<?php
class Node {
    public $gen;
    function __construct(public $name) {}
    function __destruct() { echo "destruct {$this->name}\n"; }
}
function g($node) {
    try { yield 1; yield 2; } finally { echo "finally {$node->name}\n"; }
}
$n = new Node("a");
$n->gen = g($n);
$n->gen->current();
unset($n);
echo "collected: ", gc_collect_cycles(), "\n";
$n = new Node("b");
$n->gen = g($n);
unset($n);
echo "collected: ", gc_collect_cycles(), "\n";
function selfRef() { $me = yield; $data = [1, 2, 3]; yield 1; }
$s = selfRef();
$s->current();
$s->send($s);
unset($s);
echo "collected: ", gc_collect_cycles(), "\n";
$o = new stdClass;
$o->gen = (function () use ($o) { yield $o; })();
$o->gen->current();
unset($o);
echo "collected: ", gc_collect_cycles(), "\n";
echo "end\n";
--EXPECT--
collected: destruct a
finally a
1
collected: destruct b
1
collected: 1
collected: 2
end
