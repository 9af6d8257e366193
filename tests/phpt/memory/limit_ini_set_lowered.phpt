--TEST--
ini_set('memory_limit') lowered at run time takes effect
--FILE--
<?php
var_dump(ini_set('memory_limit', '16M'));
$s = "x";
for ($i = 0; $i < 30; $i++) {
    $s .= $s;
}
--EXPECTF--
string(4) "128M"

Fatal error: Allowed memory size of 16777216 bytes exhausted (tried to allocate %d bytes) in %s on line 5
