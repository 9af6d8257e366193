--TEST--
memory_limit: .= on a string; the error waits for the next loop iteration
--INI--
memory_limit=8M
--FILE--
<?php
$s = "abc";
while (true) {
    $s .= $s;
    echo "grown\n";
}
--EXPECTF--
%A
grown

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line 4
