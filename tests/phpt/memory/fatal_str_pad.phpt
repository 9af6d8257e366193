--TEST--
memory_limit: str_pad()
--FILE--
<?php
$s = str_pad("x", 1000000000, "-");
--EXPECTF--
Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 1000001536 bytes) in %s on line 2
