--TEST--
Collector: garbage cycles whose objects have destructors: they run during the collection, in buffer order, and the objects are freed by the same call
--FILE--
<?php
class D {
    public $next;
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
$a = new D('a');
$b = new D('b');
$c = new D('c');
$a->next = $b;
$b->next = $c;
$c->next = $a;
unset($a, $b, $c);
echo "collecting\n";
var_dump(gc_collect_cycles());
echo "collected\n";

$x = new D('x');
$y = new D('y');
$x->next = $y;
$y->next = $x;
unset($y);
unset($x);
var_dump(gc_collect_cycles());

$p = new D('p');
$p->next = [new D('in array'), new stdClass];
$p->next[1]->back = $p;
unset($p);
var_dump(gc_collect_cycles());
$s = gc_status();
var_dump($s['runs'], $s['collected']);
--EXPECT--
collecting
destruct a
destruct b
destruct c
int(3)
collected
destruct x
destruct y
int(2)
destruct p
destruct in array
int(4)
int(6)
int(9)
