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
--EXPECTF--
show line 9
g [internal]
Generator->current line 15
--
show line 11
g [internal]
Generator->next line 16
--
show line 9
g line 17
--
show line 11
g line 17
--
show line 9
g line 18
d line 19
--
show line 11
g line 18
d line 19
--
#0 %s/trace_frames.php(21): e()
#1 {main}
#0 [internal function]: e()
#1 %s/trace_frames.php(23): Generator->next()
#2 {main}
