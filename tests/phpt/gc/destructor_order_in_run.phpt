--TEST--
Collector: destructor order over several garbage cycles buffered at different times, and an exception thrown by one of them
--FILE--
<?php
class D {
    public $next;
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destruct {$this->name}\n";
        if ($this->name === 'thrower') {
            throw new Exception("from {$this->name}");
        }
    }
}
function ring(...$names) {
    $nodes = array_map(fn($n) => new D($n), $names);
    foreach ($nodes as $i => $node) {
        $node->next = $nodes[($i + 1) % count($nodes)];
    }
}
ring('r1a', 'r1b');
ring('r2a', 'r2b', 'r2c');
ring('r3');
var_dump(gc_collect_cycles());
ring('before', 'thrower', 'after');
try {
    var_dump(gc_collect_cycles());
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
var_dump(gc_collect_cycles());
echo "end\n";
--EXPECT--
destruct r1a
destruct r2a
destruct r1b
destruct r3
destruct r2b
destruct r2c
int(6)
destruct before
destruct after
destruct thrower
caught from thrower
int(0)
end
