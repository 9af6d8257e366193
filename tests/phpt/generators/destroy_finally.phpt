--TEST--
Destroying an unfinished generator runs its finally blocks, never its catch blocks
--FILE--
<?php
function g() {
    try {
        echo "start\n";
        yield 1;
        yield 2;
    } catch (Throwable $e) {
        echo "never caught\n";
    } finally {
        echo "finally\n";
    }
    echo "never after\n";
}
$x = g();
$x->current();
unset($x);
echo "after unset\n";
$x = g();
unset($x);
echo "never started: no finally\n";
function nested() {
    try {
        try {
            yield 1;
        } finally {
            echo "inner finally\n";
        }
    } finally {
        echo "outer finally\n";
    }
}
$n = nested();
$n->current();
$n = null;
echo "after null\n";
foreach (g() as $v) { echo "v=$v\n"; break; }
echo "after break\n";
function finallyReturns() {
    try { yield 1; } finally { echo "returning\n"; return 5; }
}
$f = finallyReturns();
$f->current();
unset($f);
function t() { try { yield 1; yield 2; } finally { echo "f3\n"; } }
function wrap() { try { yield from t(); } finally { echo "fw\n"; } }
$w = wrap();
$w->current();
unset($w);
echo "end\n";
--EXPECT--
start
finally
after unset
never started: no finally
inner finally
outer finally
after null
start
v=1
finally
after break
returning
f3
fw
end
