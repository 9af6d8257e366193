--TEST--
Collector: a cycle where only some objects have destructors; object ids are reused after the collection
--FILE--
<?php
class D {
    public $next;
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
class Plain { public $next; }
$a = new Plain;
$b = new D('b');
$c = new Plain;
$d = new D('d');
$a->next = $b; $b->next = $c; $c->next = $d; $d->next = $a;
unset($a, $b, $c, $d);
var_dump(gc_collect_cycles());
$n = new stdClass;
var_dump(spl_object_id($n));
--EXPECT--
destruct b
destruct d
int(4)
int(2)
