--TEST--
An exception unwinding through frames destroys each frame's locals as it leaves it, before the catch block runs
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
function inner() {
    $i = new D('inner local');
    throw new Exception('boom');
}
function middle() {
    $m = new D('middle local');
    inner();
    echo "not reached\n";
}
function outer() {
    $o = new D('outer local');
    try {
        middle();
    } catch (Exception $e) {
        echo "caught in outer: {$e->getMessage()}\n";
    }
    echo "outer continues\n";
}
outer();
echo "after outer\n";
try {
    $t = new D('try local');
    middle();
} catch (Exception $e) {
    echo "caught at top\n";
}
echo "t still alive: {$t->name}\n";
function with_finally() {
    $f = new D('finally local');
    try {
        throw new Exception('x');
    } finally {
        echo "finally\n";
    }
}
try { with_finally(); } catch (Exception $e) { echo "caught x\n"; }
function arg_holder($obj) { throw new Exception('arg'); }
try { arg_holder(new D('argument')); } catch (Exception $e) { echo "caught arg\n"; }
echo "end\n";
--EXPECT--
destruct inner local
destruct middle local
caught in outer: boom
outer continues
destruct outer local
after outer
destruct inner local
destruct middle local
caught at top
t still alive: try local
finally
destruct finally local
caught x
caught arg
end
destruct argument
destruct try local
