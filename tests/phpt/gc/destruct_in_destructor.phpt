--TEST--
Destructors that release other objects: nested destruction runs depth first; a destructor throwing is caught by the code whose statement freed the object
--FILE--
<?php
class D {
    public $children = [];
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destruct {$this->name} start\n";
        $this->children = [];
        echo "destruct {$this->name} end\n";
    }
}
$root = new D('root');
$root->children[] = new D('child 1');
$root->children[0]->children[] = new D('grandchild');
$root->children[] = new D('child 2');
$root = null;
echo "after root\n";
class Thrower {
    public function __destruct() { throw new Exception('from destructor'); }
}
try {
    $t = new Thrower;
    unset($t);
    echo "not reached\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
function scope() { $t = new Thrower; }
try {
    scope();
} catch (Exception $e) {
    echo "caught from scope exit: ", $e->getMessage(), "\n";
}
echo "end\n";
--EXPECT--
destruct root start
destruct child 1 start
destruct grandchild start
destruct grandchild end
destruct child 1 end
destruct child 2 start
destruct child 2 end
destruct root end
after root
caught: from destructor
caught from scope exit: from destructor
end
