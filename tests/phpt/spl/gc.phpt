--TEST--
Cycles through SPL containers and iterators are seen and collected (gc_collect_cycles counts as PHP's)
--FILE--
<?php
class Node {
    public $ref;
    public function __construct(public $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}

$s = new SplObjectStorage;
$n = new Node('storage');
$n->ref = $s;
$s[$n] = [1, 2];
unset($s, $n);
var_dump(gc_collect_cycles());

$q = new SplPriorityQueue;
$n = new Node('priority queue');
$n->ref = $q;
$q->insert($n, 1);
unset($q, $n);
var_dump(gc_collect_cycles());

$l = new SplQueue;
$n = new Node('queue');
$n->ref = $l;
$l[] = $n;
$l[] = [$n];
unset($l, $n);
var_dump(gc_collect_cycles());

$a = new ArrayObject;
$n = new Node('array object');
$n->ref = $a;
$a['x'] = $n;
unset($a, $n);
var_dump(gc_collect_cycles());

$f = new SplFixedArray(2);
$f[0] = $f;
$f[1] = new Node('fixed array');
unset($f);
var_dump(gc_collect_cycles());

$h = new SplMinHeap;
$n = new Node('heap');
$n->ref = $h;
$h->insert($n);
unset($h, $n);
var_dump(gc_collect_cycles());

$n = new Node('caching iterator');
$n->ref = new CachingIterator(new ArrayIterator([$n]), CachingIterator::FULL_CACHE);
foreach ($n->ref as $x) {
}
unset($n, $x);
var_dump(gc_collect_cycles());

$n = new Node('recursive iterator');
$n->ref = new RecursiveIteratorIterator(new RecursiveArrayIterator([[$n]]));
$n->ref->rewind();
unset($n);
var_dump(gc_collect_cycles());

$n = new Node('multiple iterator');
$m = new MultipleIterator;
$m->attachIterator(new ArrayIterator([$n]), 'k');
$n->ref = $m;
unset($n, $m);
var_dump(gc_collect_cycles());

$n = new Node('append iterator');
$ap = new AppendIterator;
$ap->append(new ArrayIterator([$n]));
$n->ref = $ap;
unset($n, $ap);
var_dump(gc_collect_cycles());

class Holder {
    private $iterator;
    public function __construct() { $this->iterator = new ArrayIterator($this); }
    public function filter() {
        $this->iterator = new CallbackFilterIterator($this->iterator, fn() => true);
        $this->iterator->rewind();
    }
    public function __destruct() { echo "destroy holder\n"; }
}
$holder = new Holder;
$holder->filter();
$holder->filter();
unset($holder);
var_dump(gc_collect_cycles());

$kept = new SplDoublyLinkedList;
$kept->push(new Node('still referenced at the end'));
echo "end\n";
--EXPECT--
destroy storage
int(2)
destroy priority queue
int(2)
destroy queue
int(3)
destroy array object
int(3)
destroy fixed array
int(1)
destroy heap
int(2)
destroy caching iterator
int(6)
destroy recursive iterator
int(10)
destroy multiple iterator
int(4)
destroy append iterator
int(8)
destroy holder
int(8)
end
destroy still referenced at the end
