--TEST--
Calling an undefined function is an uncaught Error
--FILE--
<?php
echo "start\n";
no_such_function(1);
--EXPECTF--
start

Fatal error: Uncaught Error: Call to undefined function no_such_function() in %s/undefined_function.php:3
Stack trace:
#0 {main}
  thrown in %s/undefined_function.php on line 3
