--TEST--
SPL exceptions as uncaught errors: messages, and traces (no offsetGet() frame where PHP uses dimension handlers)
--FILE--
<?php
function show(Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
function read($container, $key) {
    return $container[$key];
}
foreach ([new SplFixedArray(1), new SplQueue, new SplObjectStorage] as $c) {
    try {
        read($c, $c instanceof SplObjectStorage ? new stdClass : 5);
    } catch (Exception $e) {
        show($e);
    }
}
try {
    (new SplStack)->pop();
} catch (RuntimeException $e) {
    show($e);
}
try {
    $h = new SplMinHeap;
    $h->top();
} catch (RuntimeException $e) {
    show($e);
}
try {
    new ArrayIterator([], 0, 'extra');
} catch (ArgumentCountError $e) {
    show($e);
}
try {
    (new ArrayObject([]))->offsetGet();
} catch (ArgumentCountError $e) {
    show($e);
}
try {
    (new SplDoublyLinkedList)->setIteratorMode('lifo');
} catch (TypeError $e) {
    show($e);
}
$fixed = SplFixedArray::fromArray([1, 2]);
echo $fixed[2];
--EXPECTF--
RuntimeException: Index invalid or out of range
#0 %s/errors.php(10): read(Object(SplFixedArray), 5)
#1 {main}
OutOfRangeException: SplDoublyLinkedList::offsetGet(): Argument #1 ($index) is out of range
#0 %s/errors.php(6): SplDoublyLinkedList->offsetGet(5)
#1 %s/errors.php(10): read(Object(SplQueue), 5)
#2 {main}
UnexpectedValueException: Object not found
#0 %s/errors.php(10): read(Object(SplObjectStorage), Object(stdClass))
#1 {main}
RuntimeException: Can't pop from an empty datastructure
#0 %s/errors.php(16): SplDoublyLinkedList->pop()
#1 {main}
RuntimeException: Can't peek at an empty heap
#0 %s/errors.php(22): SplHeap->top()
#1 {main}
ArgumentCountError: ArrayIterator::__construct() expects at most 2 arguments, 3 given
#0 %s/errors.php(27): ArrayIterator->__construct(Array, 0, 'extra')
#1 {main}
ArgumentCountError: ArrayObject::offsetGet() expects exactly 1 argument, 0 given
#0 %s/errors.php(32): ArrayObject->offsetGet()
#1 {main}
TypeError: SplDoublyLinkedList::setIteratorMode(): Argument #1 ($mode) must be of type int, string given
#0 %s/errors.php(37): SplDoublyLinkedList->setIteratorMode('lifo')
#1 {main}

Fatal error: Uncaught RuntimeException: Index invalid or out of range in %s/errors.php:42
Stack trace:
#0 {main}
  thrown in %s/errors.php on line 42
