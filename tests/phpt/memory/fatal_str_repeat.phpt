--TEST--
memory_limit: str_repeat() fails before allocating a string that cannot fit
--FILE--
<?php
echo "start\n";
$s = str_repeat("ab", 500000000);
echo "not reached\n";
--EXPECTF--
start

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 1000001536 bytes) in %s on line 3
