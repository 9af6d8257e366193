--TEST--
SplMinHeap, SplMaxHeap, user heaps and SplPriorityQueue: heap order as PHP lays it out, iteration, corruption, dumps
--FILE--
<?php
function attempt(callable $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$h = new SplMinHeap;
foreach ([5, 3, 8, 1, 9, 2, 7, 3] as $x) {
    $h->insert($x);
}
var_dump($h);
var_dump($h->top(), $h->extract(), count($h));
var_dump($h);
foreach ($h as $k => $v) {
    echo "$k=>$v ";
}
echo "\n";
var_dump(count($h), $h->isEmpty(), $h->valid(), $h->current());
attempt(fn() => $h->top());
attempt(fn() => $h->extract());

$m = new SplMaxHeap;
foreach (['b', 'a', 'c', 'aa'] as $x) {
    $m->insert($x);
}
var_dump($m->current(), $m->key());
$m->next();
var_dump($m->current(), $m->key(), iterator_to_array($m, false), count($m));

echo "-- a user heap that logs its comparisons\n";
class Logged extends SplMinHeap {
    protected function compare($a, $b): int {
        echo "compare($a, $b) ";
        return parent::compare($a, $b);
    }
}
$l = new Logged;
foreach ([3, 1, 2, 5, 4] as $x) {
    $l->insert($x);
}
echo "\n";
$l->extract();
echo "\n";
print_r($l);

echo "-- corruption\n";
class Picky extends SplHeap {
    public function compare($a, $b): int {
        if ($a === 'bad' || $b === 'bad') {
            throw new Exception("cannot compare");
        }
        return $a <=> $b;
    }
}
$p = new Picky;
$p->insert(1);
$p->insert(2);
attempt(fn() => $p->insert('bad'));
var_dump($p->isCorrupted(), count($p));
attempt(fn() => $p->insert(3));
attempt(fn() => $p->top());
attempt(fn() => $p->extract());
var_dump($p->recoverFromCorruption(), $p->isCorrupted());
var_dump($p);

echo "-- changing the heap from compare()\n";
class Meddling extends SplMinHeap {
    public $other;
    protected function compare($a, $b): int {
        $this->other->insert(0);
        return 0;
    }
}
$md = new Meddling;
$md->other = $md;
$md->insert(1);
attempt(fn() => $md->insert(2));
var_dump(count($md), $md->isCorrupted());
$md->other = null;

echo "-- priority queue\n";
$q = new SplPriorityQueue;
foreach ([['lo', 1], ['hi', 10], ['mid', 5], ['mid2', 5], ['top', [2, 0]]] as [$v, $prio]) {
    var_dump($q->insert($v, $prio));
}
var_dump($q->getExtractFlags(), $q->top(), count($q));
var_dump($q);
$q->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
var_dump($q->extract());
$q->setExtractFlags(SplPriorityQueue::EXTR_PRIORITY);
var_dump($q->top());
attempt(fn() => $q->setExtractFlags(0));
var_dump($q->setExtractFlags(SplPriorityQueue::EXTR_DATA));
foreach ($q as $k => $v) {
    echo "$k=>$v ";
}
echo "\n";
var_dump($q->compare(1, 2), (new SplMinHeap)->isEmpty());
class Earliest extends SplPriorityQueue {
    public function compare($a, $b): int { return $b <=> $a; }
}
$e = new Earliest;
$e->insert('late', 9);
$e->insert('early', 1);
var_dump($e->extract());

echo "-- clone and serialize\n";
$c = new SplMinHeap;
$c->insert(2);
$d = clone $c;
$d->insert(1);
var_dump(count($c), count($d), $c->top(), $d->top());
echo serialize($c), "\n", serialize($q), "\n";
attempt(fn() => new SplHeap);
--EXPECT--
object(SplMinHeap)#1 (3) {
  ["flags":"SplHeap":private]=>
  int(0)
  ["isCorrupted":"SplHeap":private]=>
  bool(false)
  ["heap":"SplHeap":private]=>
  array(8) {
    [0]=>
    int(1)
    [1]=>
    int(3)
    [2]=>
    int(2)
    [3]=>
    int(3)
    [4]=>
    int(9)
    [5]=>
    int(8)
    [6]=>
    int(7)
    [7]=>
    int(5)
  }
}
int(1)
int(1)
int(7)
object(SplMinHeap)#1 (3) {
  ["flags":"SplHeap":private]=>
  int(0)
  ["isCorrupted":"SplHeap":private]=>
  bool(false)
  ["heap":"SplHeap":private]=>
  array(7) {
    [0]=>
    int(2)
    [1]=>
    int(3)
    [2]=>
    int(5)
    [3]=>
    int(3)
    [4]=>
    int(9)
    [5]=>
    int(8)
    [6]=>
    int(7)
  }
}
6=>2 5=>3 4=>3 3=>5 2=>7 1=>8 0=>9 
int(0)
bool(true)
bool(false)
NULL
RuntimeException: Can't peek at an empty heap
RuntimeException: Can't extract from an empty heap
string(1) "c"
int(3)
string(1) "b"
int(2)
array(3) {
  [0]=>
  string(1) "b"
  [1]=>
  string(2) "aa"
  [2]=>
  string(1) "a"
}
int(0)
-- a user heap that logs its comparisons
compare(3, 1) compare(1, 2) compare(3, 5) compare(3, 4) 
compare(2, 3) compare(4, 2) 
Logged Object
(
    [flags:SplHeap:private] => 0
    [isCorrupted:SplHeap:private] => 
    [heap:SplHeap:private] => Array
        (
            [0] => 2
            [1] => 3
            [2] => 4
            [3] => 5
        )

)
-- corruption
Exception: cannot compare
bool(true)
int(3)
RuntimeException: Heap is corrupted, heap properties are no longer ensured.
RuntimeException: Heap is corrupted, heap properties are no longer ensured.
RuntimeException: Heap is corrupted, heap properties are no longer ensured.
bool(true)
bool(false)
object(Picky)#4 (3) {
  ["flags":"SplHeap":private]=>
  int(0)
  ["isCorrupted":"SplHeap":private]=>
  bool(false)
  ["heap":"SplHeap":private]=>
  array(3) {
    [0]=>
    int(2)
    [1]=>
    int(1)
    [2]=>
    string(3) "bad"
  }
}
-- changing the heap from compare()
RuntimeException: Heap cannot be changed when it is already being modified.
int(2)
bool(true)
-- priority queue
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
string(3) "top"
int(5)
object(SplPriorityQueue)#7 (3) {
  ["flags":"SplPriorityQueue":private]=>
  int(1)
  ["isCorrupted":"SplPriorityQueue":private]=>
  bool(false)
  ["heap":"SplPriorityQueue":private]=>
  array(5) {
    [0]=>
    array(2) {
      ["data"]=>
      string(3) "top"
      ["priority"]=>
      array(2) {
        [0]=>
        int(2)
        [1]=>
        int(0)
      }
    }
    [1]=>
    array(2) {
      ["data"]=>
      string(2) "hi"
      ["priority"]=>
      int(10)
    }
    [2]=>
    array(2) {
      ["data"]=>
      string(3) "mid"
      ["priority"]=>
      int(5)
    }
    [3]=>
    array(2) {
      ["data"]=>
      string(2) "lo"
      ["priority"]=>
      int(1)
    }
    [4]=>
    array(2) {
      ["data"]=>
      string(4) "mid2"
      ["priority"]=>
      int(5)
    }
  }
}
array(2) {
  ["data"]=>
  string(3) "top"
  ["priority"]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(0)
  }
}
int(10)
RuntimeException: Must specify at least one extract flag
int(1)
3=>hi 2=>mid2 1=>mid 0=>lo 
int(-1)
bool(true)
string(5) "early"
-- clone and serialize
int(1)
int(2)
int(2)
int(1)
O:10:"SplMinHeap":0:{}
O:16:"SplPriorityQueue":0:{}
Error: Cannot instantiate abstract class SplHeap
