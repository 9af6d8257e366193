--TEST--
Generator::throw() injects the exception at the yield
--FILE--
<?php
function gen() {
    try {
        $x = yield 1;
        echo "x=$x\n";
        yield 2;
    } catch (Exception $e) {
        echo "caught ", get_class($e), ": ", $e->getMessage(), "\n";
        yield 99;
    } finally {
        echo "finally\n";
    }
    yield 100;
}
$g = gen();
var_dump($g->throw(new Exception("boom")));
$g->next();
var_dump($g->current());
$g = gen();
$g->current();
try {
    $g->throw(new Error("not caught"));
} catch (Error $e) {
    echo "outside: ", $e->getMessage(), "\n";
}
var_dump($g->valid());
try {
    $g->throw("nope");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
function noCatch() { echo "started\n"; yield 1; echo "never\n"; }
$n = noCatch();
try { $n->throw(new Exception("first")); } catch (Exception $e) { echo "out: ", $e->getMessage(), "\n"; }
--EXPECT--
caught Exception: boom
int(99)
finally
int(100)
finally
outside: not caught
bool(false)
Generator::throw(): Argument #1 ($exception) must be of type Throwable, string given
started
out: first
