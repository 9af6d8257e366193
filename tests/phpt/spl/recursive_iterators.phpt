--TEST--
RecursiveIteratorIterator: modes, depth, hooks a subclass overrides, max depth, sub-iterators; recursive filters, regex and caching iterators
--FILE--
<?php
function attempt(callable $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$tree = ['a' => 1, 'b' => ['c' => 2, 'd' => ['e' => 3]], 'f' => 4, 'g' => []];
foreach ([RecursiveIteratorIterator::LEAVES_ONLY, RecursiveIteratorIterator::SELF_FIRST, RecursiveIteratorIterator::CHILD_FIRST] as $mode) {
    $r = new RecursiveIteratorIterator(new RecursiveArrayIterator($tree), $mode);
    foreach ($r as $k => $v) {
        echo $r->getDepth(), ":$k=", is_array($v) ? 'array' : $v, " ";
    }
    echo "\n";
}
$r = new RecursiveIteratorIterator(new RecursiveArrayIterator($tree), RecursiveIteratorIterator::SELF_FIRST);
var_dump($r->getMaxDepth());
$r->setMaxDepth(1);
foreach ($r as $k => $v) {
    echo "$k ";
}
echo "\n";
var_dump($r->getMaxDepth());
attempt(fn() => $r->setMaxDepth(-5));
attempt(fn() => new RecursiveIteratorIterator(new ArrayIterator([])));
attempt(fn() => new RecursiveIteratorIterator([]));
var_dump(iterator_to_array(new RecursiveIteratorIterator(new RecursiveArrayIterator([1, [2, [3]], 4])), false));
var_dump(iterator_count(new RecursiveIteratorIterator(new ArrayObject([1, [2, [3]]], 0, 'RecursiveArrayIterator'))));

echo "-- sub-iterators\n";
$s = new RecursiveIteratorIterator(new RecursiveArrayIterator([1, [2, 3]]));
$s->rewind();
$s->next();
var_dump($s->getDepth(), $s->key(), $s->current(), get_class($s->getSubIterator()), $s->getSubIterator(0)->key(), $s->getSubIterator(5), get_class($s->getInnerIterator()));
var_dump($s->callHasChildren(), $s);

echo "-- hooks\n";
class Printer extends RecursiveIteratorIterator {
    public function beginIteration(): void { echo "begin\n"; }
    public function endIteration(): void { echo "end\n"; }
    public function beginChildren(): void { echo str_repeat(' ', $this->getDepth()), "<\n"; }
    public function endChildren(): void { echo str_repeat(' ', $this->getDepth()), ">\n"; }
    public function nextElement(): void { echo "next: ", $this->key(), "\n"; }
    public function callHasChildren(): bool {
        $has = parent::callHasChildren();
        echo "has children at ", $this->key(), ": ", json_encode($has), "\n";
        return $has;
    }
}
foreach (new Printer(new RecursiveArrayIterator([1, [2, [3]], 4]), RecursiveIteratorIterator::SELF_FIRST) as $k => $v) {
    echo "$k => ", json_encode($v), "\n";
}

echo "-- a user RecursiveIterator\n";
class Node implements RecursiveIterator {
    private $i = 0;
    protected $items;
    public function __construct(array $items) { $this->items = $items; }
    public function current(): mixed { return $this->items[$this->i][0]; }
    public function key(): mixed { return $this->i; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = 0; }
    public function valid(): bool { return $this->i < count($this->items); }
    public function hasChildren(): bool { return !empty($this->items[$this->i][1]); }
    public function getChildren(): ?RecursiveIterator { return new Node($this->items[$this->i][1]); }
}
$nodes = new Node([['root', [['child', [['grandchild', []]]], ['sibling', []]]], ['second', []]]);
foreach (new RecursiveIteratorIterator($nodes, RecursiveIteratorIterator::SELF_FIRST) as $v) {
    echo $v, " ";
}
echo "\n";
class Broken extends Node {
    public function getChildren(): ?RecursiveIterator { return null; }
}
attempt(function () {
    foreach (new RecursiveIteratorIterator(new Broken([['x', [['y', []]]]])) as $v) {
    }
});

echo "-- recursive filters\n";
$p = new ParentIterator(new RecursiveArrayIterator([1, [2, [3]], 4, [5]]));
foreach (new RecursiveIteratorIterator($p, RecursiveIteratorIterator::SELF_FIRST) as $k => $v) {
    echo "$k ";
}
echo "\n";
$f = new RecursiveCallbackFilterIterator(new RecursiveArrayIterator([1, [2, 3, [4, 5]], 6]), function ($v, $k, $it) {
    return $it->hasChildren() || $v % 2 == 0;
});
var_dump(iterator_to_array(new RecursiveIteratorIterator($f), false));
$f->rewind();
var_dump($f->key(), get_class($f->getChildren()));
attempt(fn() => new ParentIterator(new ArrayIterator([])));
class EvenOnly extends RecursiveFilterIterator {
    public function accept(): bool { return $this->hasChildren() || $this->current() % 2 == 0; }
}
var_dump(iterator_to_array(new RecursiveIteratorIterator(new EvenOnly(new RecursiveArrayIterator([2, [3, 4], 5, [6]]))), false));

echo "-- recursive regex and caching\n";
$rr = new RecursiveRegexIterator(new RecursiveArrayIterator(['apple', ['avocado', 'banana'], 'cherry', []]), '/^a/');
foreach (new RecursiveIteratorIterator($rr) as $v) {
    echo $v, " ";
}
echo "\n";
$rr->rewind();
$rr->next();
var_dump($rr->key(), get_class($rr->getChildren()));
$rc = new RecursiveCachingIterator(new RecursiveArrayIterator([1, [2, 3]]));
foreach (new RecursiveIteratorIterator($rc, RecursiveIteratorIterator::SELF_FIRST) as $k => $v) {
    echo $k, "=", json_encode($v), " ";
}
echo "\n";
$rc->rewind();
$rc->next();
var_dump($rc->hasChildren(), get_class($rc->getChildren()));
--EXPECTF--
0:a=1 1:c=2 2:e=3 0:f=4 
0:a=1 0:b=array 1:c=2 1:d=array 2:e=3 0:f=4 0:g=array 
0:a=1 1:c=2 2:e=3 1:d=array 0:b=array 0:f=4 0:g=array 
bool(false)
a b c d f g 
int(1)
ValueError: RecursiveIteratorIterator::setMaxDepth(): Argument #1 ($maxDepth) must be greater than or equal to -1
InvalidArgumentException: An instance of RecursiveIterator or IteratorAggregate creating it is required
TypeError: RecursiveIteratorIterator::__construct(): Argument #1 ($iterator) must be of type object, array given
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
int(3)
-- sub-iterators
int(1)
int(0)
int(2)
string(22) "RecursiveArrayIterator"
int(1)
NULL
string(22) "RecursiveArrayIterator"
bool(false)
object(RecursiveIteratorIterator)#3 (0) {
}
-- hooks
begin
has children at 0: false
next: 0
0 => 1
has children at 1: true
next: 1
1 => [2,[3]]
 <
has children at 0: false
next: 0
0 => 2
has children at 1: true
next: 1
1 => [3]
  <
has children at 0: false
next: 0
0 => 3
  >
 >
has children at 2: false
next: 2
2 => 4
end
-- a user RecursiveIterator
root child grandchild sibling second 
UnexpectedValueException: Objects returned by RecursiveIterator::getChildren() must implement RecursiveIterator
-- recursive filters
1 1 3 
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  int(6)
}
int(1)
string(31) "RecursiveCallbackFilterIterator"
TypeError: ParentIterator::__construct(): Argument #1 ($iterator) must be of type RecursiveIterator, ArrayIterator given
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  int(6)
}
-- recursive regex and caching
apple avocado 
int(1)
string(22) "RecursiveRegexIterator"
0=1 
Warning: Array to string conversion in %s/recursive_iterators.php on line 110
1=[2,3] 0=2 1=3 

Warning: Array to string conversion in %s/recursive_iterators.php on line 115
bool(true)
string(24) "RecursiveCachingIterator"
