--TEST--
Destructors run when a function's local variables go out of scope, in the order of the variables' slots
--FILE--
<?php
class D {
    public function __construct(public string $name) { echo "construct {$this->name}\n"; }
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
function f() {
    $a = new D('a');
    $b = new D('b');
    $c = new D('c');
    echo "end of f\n";
}
f();
echo "after f\n";
function g() {
    $z = new D('z');
    $y = new D('y');
    return 'ret';
}
echo g(), "\n";
function h($param) {
    $local = new D('local');
    echo "in h\n";
}
h(new D('param'));
echo "after h\n";
function early($flag) {
    $x = new D('x');
    if ($flag) {
        return 1;
    }
    $w = new D('w');
    return 2;
}
early(true);
echo "after early\n";
function returns_object() { $o = new D('returned'); $other = new D('other'); return $o; }
$kept = returns_object();
echo "kept {$kept->name}\n";
$kept = null;
echo "done\n";
--EXPECT--
construct a
construct b
construct c
end of f
destruct a
destruct b
destruct c
after f
construct z
construct y
destruct z
destruct y
ret
construct param
construct local
in h
destruct param
destruct local
after h
construct x
destruct x
after early
construct returned
construct other
destruct other
kept returned
destruct returned
done
