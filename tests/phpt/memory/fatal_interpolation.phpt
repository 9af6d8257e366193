--TEST--
memory_limit: string interpolation
--INI--
memory_limit=8M
--FILE--
<?php
$s = "abc";
for ($i = 0; $i < 40; $i++) {
    $s = "[$s|$s]";
}
--EXPECTF--
Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line 4
