--TEST--
Resurrection: a destructor saves another member of the garbage cycle; what it reaches survives, the rest is freed once
--FILE--
<?php
class Node {
    public $next;
    public $payload;
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destruct {$this->name}\n";
        if ($this->name === 'a') {
            $GLOBALS['rescued'] = $this->next;
        }
    }
}
$a = new Node('a');
$b = new Node('b');
$c = new Node('c');
$a->next = $b;
$b->next = $c;
$c->next = $a;
$b->payload = [str_repeat('p', 4)];
unset($a, $b, $c);
var_dump(gc_collect_cycles());
var_dump($rescued->name, $rescued->next->name, $rescued->next->next->name);
var_dump(gc_collect_cycles());
$rescued = null;
var_dump(gc_collect_cycles());
echo "end\n";
--EXPECT--
destruct a
destruct b
destruct c
int(1)
string(1) "b"
string(1) "c"
string(1) "a"
int(0)
int(5)
end
