--TEST--
Infinite recursion inside a generator body ends in the memory error, skipping finally blocks
--FILE--
<?php
register_shutdown_function(function () { echo "\nshutdown ran\n"; });
function down($n) { return down($n + 1); }
function g() {
    try {
        yield 1;
        down(0);
        yield 2;
    } finally {
        echo "finally must not run\n";
    }
}
foreach (g() as $v) echo $v, "\n";
--EXPECTF--
1

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes) in %s/recursion_limit.php on line 3

shutdown ran
