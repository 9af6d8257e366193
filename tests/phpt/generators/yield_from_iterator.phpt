--TEST--
yield from Iterator and IteratorAggregate objects
--FILE--
<?php
class It implements Iterator {
    private $i = 0;
    function rewind(): void { echo "rewind\n"; $this->i = 0; }
    function valid(): bool { echo "valid\n"; return $this->i < 2; }
    function current(): mixed { echo "current\n"; return $this->i * 10; }
    function key(): mixed { echo "key\n"; return "k" . $this->i; }
    function next(): void { echo "next\n"; $this->i++; }
}
class Agg implements IteratorAggregate {
    function getIterator(): Iterator { return new ArrayIterator(['x' => 1, 'y' => 2]); }
}
class GenAgg implements IteratorAggregate {
    function getIterator(): Generator { yield 'g1'; yield 'g2'; }
}
function fromIt() {
    $r = yield from new It;
    var_dump($r);
    yield from new Agg;
    yield from new GenAgg;
}
foreach (fromIt() as $k => $v) echo "$k => $v\n";
class Bad implements IteratorAggregate { function getIterator(): Traversable { return new ArrayObject([]); } }
function bad() { yield from new Bad; }
foreach (bad() as $v) {}
echo "ok\n";
--EXPECT--
rewind
valid
current
key
k0 => 0
next
valid
current
key
k1 => 10
next
valid
NULL
x => 1
y => 2
0 => g1
1 => g2
ok
