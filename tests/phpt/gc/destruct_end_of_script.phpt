--TEST--
At the end of the script: global variables holding the only reference are destroyed in reverse order of declaration, repeatedly; then every remaining object in creation order
--FILE--
<?php
class D {
    public function __construct(public string $name, public $link = null) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
$first = new D('first');
$second = new D('second');
$shared = new D('shared');
$alsoShared = $shared;
$third = new D('third');
$arr = [new D('in array')];
$byRef = new D('by reference');
$alias = &$byRef;
$parent = new D('parent', new D('child'));
$cycle = new D('cycle');
$cycle->link = $cycle;
$late = new D('late');
echo "end of script\n";
--EXPECT--
end of script
destruct late
destruct parent
destruct child
destruct third
destruct second
destruct first
destruct shared
destruct in array
destruct by reference
destruct cycle
