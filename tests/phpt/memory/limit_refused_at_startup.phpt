--TEST--
memory_limit below the memory in use is refused at startup; the default stays
--INI--
memory_limit=1M
--FILE--
<?php
$s = "x";
for ($i = 0; $i < 22; $i++) { $s .= $s; }
echo "built 4 MB\n";
--EXPECT--
Warning: Failed to set memory limit to 1048576 bytes (Current memory usage is 2097152 bytes) in Unknown on line 0
built 4 MB
