--TEST--
Resuming a generator from its own body
--FILE--
<?php
function g() {
    global $gen;
    try {
        $gen->next();
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        $gen->send(1);
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        var_dump($gen->valid());
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
    yield 1;
    var_dump($gen->valid(), $gen->current());
    try {
        foreach ($gen as $v) {}
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    yield 2;
}
$gen = g();
foreach ($gen as $v) echo "value $v\n";
function inner() { global $outer; $outer->next(); yield 1; }
function outer() { yield from inner(); }
$outer = outer();
try {
    $outer->current();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
Error: Cannot resume an already running generator
Cannot resume an already running generator
Cannot resume an already running generator
value 1
bool(true)
int(1)
Exception: Cannot rewind a generator that was already run
value 2
Cannot resume an already running generator
