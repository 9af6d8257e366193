--TEST--
memory_limit=-1 sets no limit
--INI--
memory_limit=-1
--FILE--
<?php
$s = "x";
for ($i = 0; $i < 27; $i++) { $s .= $s; }
echo "built 128 MB\n";
--EXPECT--
built 128 MB
