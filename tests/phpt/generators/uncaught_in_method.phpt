--TEST--
An exception escaping a generator resumed by a method call
--FILE--
<?php
function g() {
    yield 1;
    throw new RuntimeException("escaped");
}
$gen = g();
echo $gen->current(), "\n";
$gen->send('x');
--EXPECT--
