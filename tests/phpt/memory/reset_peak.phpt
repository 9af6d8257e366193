--TEST--
memory_reset_peak_usage() brings both peaks down to the current figures
--FILE--
<?php
$a = [];
for ($i = 0; $i < 50000; $i++) {
    $a[] = "item $i";
}
$high = memory_get_peak_usage();
unset($a);
echo "peak stays high: ", var_export(memory_get_peak_usage() >= $high, true), "\n";
var_dump(memory_reset_peak_usage());
$peak = memory_get_peak_usage();
echo "peak is low again: ", var_export($peak < $high && $peak >= memory_get_usage() - 1024, true), "\n";
echo "real peak is the real usage: ", var_export(memory_get_peak_usage(true) === memory_get_usage(true), true), "\n";
--EXPECT--
peak stays high: true
NULL
peak is low again: true
real peak is the real usage: true
