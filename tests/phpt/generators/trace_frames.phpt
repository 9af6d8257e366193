--TEST--
Backtraces from inside generators, resumed by methods, foreach and yield from
--FILE--
<?php
function show() {
    foreach (debug_backtrace() as $f) {
        echo ($f['class'] ?? ''), ($f['type'] ?? ''), $f['function'], isset($f['line']) ? " line {$f['line']}" : " [internal]", "\n";
    }
    echo "--\n";
}
function g() {
    show();
    yield 1;
    show();
    yield 2;
}
$gen = g();
$gen->current();
$gen->next();
foreach (g() as $v) {}
function d() { yield from g(); }
foreach (d() as $v) {}
function e() { yield 1; throw new Exception("e"); }
try { foreach (e() as $v); } catch (Exception $ex) { echo $ex->getTraceAsString(), "\n"; }
$x = e(); $x->current();
try { $x->next(); } catch (Exception $ex) { echo $ex->getTraceAsString(), "\n"; }
--EXPECT--
