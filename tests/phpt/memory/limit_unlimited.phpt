--TEST--
memory_limit=-1 sets no limit
--INI--
memory_limit=-1
--FILE--
<?php
$s = "x";
for ($i = 0; $i < 28; $i++) { $s .= $s; }
echo strlen($s), "\n";
--EXPECT--
268435456
