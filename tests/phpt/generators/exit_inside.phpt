--TEST--
exit() inside a generator skips its finally blocks
--FILE--
<?php
function g() {
    try {
        echo "a\n";
        yield 1;
        exit(3);
    } finally {
        echo "finally\n";
    }
}
register_shutdown_function(function () { echo "shutdown\n"; });
foreach (g() as $v) { echo $v, "\n"; }
echo "not reached\n";
--EXPECT--
a
1
shutdown
