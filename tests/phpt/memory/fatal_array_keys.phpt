--TEST--
memory_limit: an array with string keys
--INI--
memory_limit=16M
--FILE--
<?php
$a = [];
$i = 0;
while (true) {
    $a["key-$i"] = $i++;
}
--EXPECTF--
Fatal error: Allowed memory size of 16777216 bytes exhausted (tried to allocate %d bytes) in %s on line 5
