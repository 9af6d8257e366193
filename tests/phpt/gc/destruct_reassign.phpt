--TEST--
Destructors run when the variable is reassigned: after the new value is stored
--FILE--
<?php
class D {
    public function __construct(public string $name) { echo "construct {$this->name}\n"; }
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
$x = new D('first');
$x = new D('second');
echo "after reassign\n";
$x = 5;
echo "after scalar\n";
$y = new D('y');
$y = $y;
echo "self assign\n";
$z = new D('z');
$ref = &$z;
$ref = null;
echo "through reference\n";
$arr = [new D('in array')];
$arr = [];
echo "array replaced\n";
$s = new D('s');
$s .= '';
--EXPECTF--
construct first
construct second
destruct first
after reassign
destruct second
after scalar
construct y
self assign
construct z
destruct z
through reference
construct in array
destruct in array
array replaced
construct s

Fatal error: Uncaught Error: Object of class D could not be converted to string in %s/destruct_reassign.php:22
Stack trace:
#0 {main}
  thrown in %s/destruct_reassign.php on line 22
destruct s
destruct y
