--TEST--
memory_limit: an over-limit append is reported after the next built-in returns, with its line
--INI--
memory_limit=8M
--FILE--
<?php
$s = "x";
for ($i = 0; $i < 21; $i++) { $s .= $s; }
echo "built\n";
$s .= $s;
echo "after the append\n";
$t = 1;
echo "still going\n";
var_dump($t);
echo "not reached\n";
--EXPECTF--
built
after the append
still going
int(1)

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line 5
