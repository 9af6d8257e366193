--TEST--
gc_collect_cycles() called from a destructor: during a collection it returns 0; from a destructor run by reference counting it collects
--FILE--
<?php
class Inner {
    public $self;
    public function __destruct() {
        echo "inner destructor: ";
        var_dump(gc_collect_cycles());
    }
}
$i = new Inner;
$i->self = $i;
unset($i);
var_dump(gc_collect_cycles());

class Plain {
    public function __destruct() {
        echo "plain destructor: ";
        var_dump(gc_collect_cycles());
    }
}
$c = new stdClass;
$c->self = $c;
unset($c);
$p = new Plain;
unset($p);
echo "end\n";
--EXPECT--
inner destructor: int(0)
int(1)
plain destructor: int(1)
end
