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
--EXPECTF--
1

Fatal error: Uncaught RuntimeException: escaped in %s/uncaught_in_method.php:4
Stack trace:
#0 [internal function]: g()
#1 %s/uncaught_in_method.php(8): Generator->send('x')
#2 {main}
  thrown in %s/uncaught_in_method.php on line 4
