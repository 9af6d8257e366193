--TEST--
iterator_to_array() and iterator_count() with Iterator, IteratorAggregate and arrays
--FILE--
<?php
class It implements Iterator {
    private $i = 0;
    public function __construct(private array $keys) {}
    public function rewind(): void { echo "rewind\n"; $this->i = 0; }
    public function valid(): bool { return $this->i < count($this->keys); }
    public function current(): mixed { return $this->i * 10; }
    public function key(): mixed { return $this->keys[$this->i]; }
    public function next(): void { $this->i++; }
}
class Agg implements IteratorAggregate {
    public function getIterator(): Iterator { return new It(['x', 'y']); }
}
var_dump(iterator_to_array(new It(['a', 5, 'a', null, 1.5, true])));
var_dump(iterator_to_array(new It(['a', 'b']), false), iterator_count(new It([1, 2, 3])));
var_dump(iterator_to_array(new Agg), iterator_count(new Agg));
var_dump(iterator_to_array(['k' => 1, 2]), iterator_to_array(['k' => 1, 2], false), iterator_count([1, 2, 3]));
try {
    iterator_to_array(new It([[1]]));
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    iterator_to_array(5);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    iterator_count(new stdClass);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
rewind

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/iterator.php on line 14
array(4) {
  ["a"]=>
  int(20)
  [5]=>
  int(10)
  [""]=>
  int(30)
  [1]=>
  int(50)
}
rewind
rewind
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(10)
}
int(3)
rewind
rewind
array(2) {
  ["x"]=>
  int(0)
  ["y"]=>
  int(10)
}
int(2)
array(2) {
  ["k"]=>
  int(1)
  [0]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(3)
rewind
Illegal offset type
iterator_to_array(): Argument #1 ($iterator) must be of type Traversable|array, int given
iterator_count(): Argument #1 ($iterator) must be of type Traversable|array, stdClass given
