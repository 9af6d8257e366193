--TEST--
Destructor-created cycles: a destructor running during a collection builds a new garbage cycle, which a later run collects
--FILE--
<?php
class Maker {
    public $self;
    public function __destruct() {
        echo "maker destructs, making a cycle\n";
        $x = new stdClass;
        $x->self = $x;
        $y = new Child;
        $y->self = $y;
    }
}
class Child {
    public $self;
    public function __destruct() { echo "child destructs\n"; }
}
$m = new Maker;
$m->self = $m;
unset($m);
var_dump(gc_collect_cycles());
var_dump(gc_status()['roots']);
var_dump(gc_collect_cycles());
var_dump(gc_collect_cycles());
echo "end\n";
--EXPECT--
maker destructs, making a cycle
child destructs
int(2)
int(1)
int(1)
int(0)
end
