--TEST--
memory_limit: an over-limit allocation in the last statements is reported when the script ends
--INI--
memory_limit=8M
--FILE--
<?php
$s = "x";
for ($i = 0; $i < 21; $i++) { $s .= $s; }
$s .= $s;
echo "end of script\n";
--EXPECTF--
end of script

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line 4
