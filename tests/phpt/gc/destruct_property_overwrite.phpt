--TEST--
Destructors of objects held in properties: overwrite, unset, owner destruction (properties in declaration order)
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
#[AllowDynamicProperties]
class Holder {
    public $first;
    public $second;
    public function __destruct() { echo "destruct holder\n"; }
}
$h = new Holder;
$h->first = new D('p1');
$h->first = new D('p2');
echo "after overwrite\n";
unset($h->first);
echo "after unset\n";
$h->second = new D('second');
$h->first = new D('first');
$h->dyn = new D('dynamic');
echo "destroying holder\n";
$h = null;
echo "after holder\n";
$o = new stdClass;
$o->a = new D('std a');
$o->b = new D('std b');
unset($o);
echo "end\n";
--EXPECT--
destruct p1
after overwrite
destruct p2
after unset
destroying holder
destruct holder
destruct dynamic
destruct first
destruct second
after holder
destruct std a
destruct std b
end
