--TEST--
memory_hard_limit_percent: allocating on past it while the memory error is pending stops the process
--INI--
memory_limit=8M
memory_hard_limit_percent=150
--FILE--
<?php
$s = "x";
for ($i = 0; $i < 21; $i++) { $s .= $s; }
echo "built\n";
$t = $s . $s;
echo "over the limit, error pending\n";
$u = $t . $t;
echo "not reached\n";
--EXPECTF--
built
over the limit, error pending
Hard memory limit of 12582912 bytes exhausted (tried to allocate %d bytes) in %s on line %d

Termsig=9
