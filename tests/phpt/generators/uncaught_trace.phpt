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
--EXPECT--
