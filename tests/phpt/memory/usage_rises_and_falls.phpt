--TEST--
memory_get_usage() rises while an array is built and falls back when it is released
--FILE--
<?php
$start = memory_get_usage();
$data = [];
for ($i = 1; $i <= 100000; $i++) {
    $data[] = $i;
}
$grown = memory_get_usage();
echo "grew by more than 1 MB: ", var_export($grown - $start > 1000000, true), "\n";
echo "peak >= current: ", var_export(memory_get_peak_usage() >= $grown, true), "\n";
unset($data);
$after = memory_get_usage();
echo "back to the start (within 4 KB): ", var_export(abs($after - $start) < 4096, true), "\n";
echo "peak kept: ", var_export(memory_get_peak_usage() >= $grown, true), "\n";
--EXPECT--
grew by more than 1 MB: true
peak >= current: true
back to the start (within 4 KB): true
peak kept: true
