--TEST--
Exceptions thrown inside a generator propagate out of the resuming call
--FILE--
<?php
function g() {
    echo "one\n";
    yield 1;
    throw new RuntimeException("from the body");
}
$g = g();
try {
    foreach ($g as $v) echo "v=$v\n";
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), " line ", $e->getLine(), "\n";
}
var_dump($g->valid());
function first() { throw new LogicException("before the first yield"); yield; }
$f = first();
echo "created\n";
try { $f->current(); } catch (LogicException $e) { echo "caught: ", $e->getMessage(), "\n"; }
try { $f->current(); } catch (LogicException $e) { echo "not again\n"; }
var_dump($f->current());
function catches() {
    try {
        yield 1;
        throw new Exception("inner");
    } catch (Exception $e) {
        echo "caught inside: ", $e->getMessage(), "\n";
        yield 2;
    } finally {
        echo "finally\n";
    }
    yield 3;
}
foreach (catches() as $v) echo "v=$v\n";
--EXPECT--
one
v=1
caught: from the body line 5
bool(false)
created
caught: before the first yield
NULL
v=1
caught inside: inner
v=2
finally
v=3
