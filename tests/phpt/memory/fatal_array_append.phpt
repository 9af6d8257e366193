--TEST--
memory_limit: appending to an array
--INI--
memory_limit=16M
--FILE--
<?php
$a = [];
for ($i = 0; ; $i++) {
    $a[] = $i;
}
--EXPECTF--
Fatal error: Allowed memory size of 16777216 bytes exhausted (tried to allocate %d bytes) in %s on line 4
