--TEST--
memory_limit: array_fill()
--FILE--
<?php
$f = array_fill(5, 10000000, "value");
--EXPECTF--
Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 268439552 bytes) in %s on line 2
