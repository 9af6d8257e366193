--TEST--
rewind() runs to the first yield and fails once the generator moved on
--FILE--
<?php
function gen() {
    echo "before yield\n";
    yield 1;
    echo "after yield\n";
    yield 2;
}
$gen = gen();
$gen->rewind();
$gen->rewind();
foreach ($gen as $v) { echo "v=$v\n"; break; }
$gen->rewind();
$gen->next();
try {
    $gen->rewind();
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    foreach ($gen as $v) {}
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
function gen3() { echo "in generator\n"; if (false) yield; }
$g = gen3();
$g->rewind();
$g->rewind();
var_dump($g->valid());
--EXPECT--
before yield
v=1
after yield
Exception: Cannot rewind a generator that was already run
Cannot rewind a generator that was already run
in generator
bool(false)
