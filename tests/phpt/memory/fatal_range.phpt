--TEST--
memory_limit: range()
--FILE--
<?php
$r = range(1, 10000000);
--EXPECTF--
Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 268439552 bytes) in %s on line 2
