--TEST--
yield from errors: non-traversables, finished and running generators
--FILE--
<?php
function seq() {
    foreach ([null, 4, false, "x", new stdClass] as $v) {
        try {
            yield from $v;
            echo "X";
        } catch (Error $e) {
            echo $e->getMessage(), "\n";
        }
    }
    yield 7;
}
$g = seq();
echo $g->current(), "\n";
function inner() { yield 1; return 2; }
$done = inner();
foreach ($done as $_);
function usesDone($g) { yield from $g; }
try {
    usesDone($done)->current();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
function selfish() { global $me; yield from $me; }
$me = selfish();
try {
    $me->current();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
function aborted() { yield 1; throw new Exception("aborted"); }
$a = aborted();
function wrap($a) { try { yield from $a; } catch (Exception $e) { echo "wrap: ", $e->getMessage(), "\n"; } }
$w = wrap($a);
$w->current();
try { $a->next(); } catch (Exception $e) { echo "direct: ", $e->getMessage(), "\n"; }
try {
    $w->next();
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
Can use "yield from" only with arrays and Traversables
Can use "yield from" only with arrays and Traversables
Can use "yield from" only with arrays and Traversables
Can use "yield from" only with arrays and Traversables
Can use "yield from" only with arrays and Traversables
7
Generator passed to yield from was aborted without proper return and is unable to continue
Impossible to yield from the Generator being currently run
direct: aborted
wrap: Generator yielded from aborted, no return value available
