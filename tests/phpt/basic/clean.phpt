--TEST--
--CLEAN-- runs after the script and can remove the files it made
--FILE--
<?php
$file = __DIR__ . '/clean.tmp';
file_put_contents($file, "data");
echo file_get_contents($file), " ", file_exists($file) ? "exists" : "missing", "\n";
--CLEAN--
<?php
unlink(__DIR__ . '/clean.tmp');
--EXPECT--
data exists
