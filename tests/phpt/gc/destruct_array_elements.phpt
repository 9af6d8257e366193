--TEST--
Destructors of objects held in arrays: element overwrite, unset, array_pop, array destruction order
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
$arr = [new D('zero'), new D('one'), new D('two')];
$arr[1] = 'replaced';
echo "after overwrite\n";
unset($arr[0]);
echo "after unset\n";
$arr[] = new D('three');
$popped = array_pop($arr);
echo "popped, still held\n";
unset($popped);
$arr = ['k1' => new D('k1'), 'k2' => new D('k2'), 'k3' => new D('k3')];
echo "destroying the array\n";
$arr = null;
echo "after destroy\n";
$nested = ['outer' => ['inner' => new D('inner')], 'sibling' => new D('sibling')];
unset($nested['outer']);
echo "outer unset\n";
$nested = null;
array_splice($x, 0);
$list = [new D('s0'), new D('s1'), new D('s2')];
array_splice($list, 1, 1);
echo "spliced\n";
array_shift($list);
echo "shifted\n";
$list = array_filter($list, fn($d) => false);
echo "filtered\n";
--EXPECTF--
destruct one
after overwrite
destruct zero
after unset
popped, still held
destruct three
destruct two
destroying the array
destruct k1
destruct k2
destruct k3
after destroy
destruct inner
outer unset
destruct sibling

Fatal error: Uncaught TypeError: array_splice(): Argument #1 ($array) must be of type array, null given in %s/destruct_array_elements.php:23
Stack trace:
#0 %s/destruct_array_elements.php(23): array_splice(NULL, 0)
#1 {main}
  thrown in %s/destruct_array_elements.php on line 23
