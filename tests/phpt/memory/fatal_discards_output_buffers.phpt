--TEST--
memory_limit: the error discards what output buffers hold
--INI--
memory_limit=8M
--FILE--
<?php
echo "before buffering\n";
ob_start();
echo "buffered, never shown\n";
$s = "x";
for ($i = 0; ; $i++) {
    $s .= $s;
}
--EXPECTF--
before buffering

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line 7
