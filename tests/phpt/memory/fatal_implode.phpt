--TEST--
memory_limit: implode()
--INI--
memory_limit=64M
--FILE--
<?php
$part = str_repeat("x", 1000000);
$parts = array_fill(0, 40, $part);
echo "parts made\n";
$all = implode(",", $parts);
echo strlen($all), "\n";
$more = array_fill(0, 100, $part);
$all = implode(",", $more);
--EXPECTF--
parts made
40000039

Fatal error: Allowed memory size of 67108864 bytes exhausted (tried to allocate 100003840 bytes) in %s on line 8
