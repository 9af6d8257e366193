--TEST--
Uncaught exceptions show generator frames as PHP prints them
--FILE--
<?php
function inner($a) {
    yield 1;
    throw new Exception("deep");
}
function outer() {
    yield 0;
    yield from inner('arg');
}
$g = outer();
$g->current();
$g->next();
$g->next();
--EXPECTF--
Fatal error: Uncaught Exception: deep in %s/uncaught_trace.php:4
Stack trace:
#0 %s/uncaught_trace.php(8): inner('arg')
#1 [internal function]: outer()
#2 %s/uncaught_trace.php(13): Generator->next()
#3 {main}
  thrown in %s/uncaught_trace.php on line 4
