--TEST--
Destructors run at unset() of the last reference, not before; unset of one of two references does nothing
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
$a = new D('a');
echo "before unset\n";
unset($a);
echo "after unset\n";
$b = new D('b');
$c = $b;
unset($b);
echo "b unset, c holds it\n";
unset($c);
echo "c unset\n";
$d = new D('d');
$e = new D('e');
unset($d, $e);
echo "both unset\n";
$r = new D('r');
$ref = &$r;
unset($r);
echo "r unset, ref holds it\n";
unset($ref);
echo "ref unset\n";
--EXPECT--
before unset
destruct a
after unset
b unset, c holds it
destruct b
c unset
destruct d
destruct e
both unset
r unset, ref holds it
destruct r
ref unset
