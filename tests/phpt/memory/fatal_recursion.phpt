--TEST--
memory_limit: unbounded recursion ends in the memory error
--INI--
memory_limit=8M
--FILE--
<?php
function down($n) {
    return down($n + 1) + 1;
}
echo "start\n";
down(0);
--EXPECTF--
start

Fatal error: Allowed memory size of 8388608 bytes exhausted%s(tried to allocate %d bytes) in %s on line 3
