--TEST--
An uncaught exception: fatal error with stack trace
--FILE--
<?php
function fail($message) {
    throw new RuntimeException($message);
}
echo "before\n";
fail("boom");
echo "never\n";
--EXPECTF--
before

Fatal error: Uncaught RuntimeException: boom in %s/uncaught_exception.php:3
Stack trace:
#0 %s/uncaught_exception.php(6): fail('boom')
#1 {main}
  thrown in %s/uncaught_exception.php on line 3
