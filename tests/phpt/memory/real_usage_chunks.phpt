--TEST--
memory_get_usage(true) counts whole 2 MiB chunks plus huge blocks
--FILE--
<?php
$real = memory_get_usage(true);
echo "starts with one chunk: ", $real, "\n";
echo "real >= usage: ", var_export($real >= memory_get_usage(), true), "\n";
$s = "x";
for ($i = 0; $i < 22; $i++) {
    $s .= $s;
}
$big = memory_get_usage(true);
echo "a 4 MB string is mapped on its own: ", var_export($big - $real >= 4194304, true), "\n";
echo "in whole pages: ", $big % 4096, "\n";
unset($s);
echo "and unmapped when freed: ", memory_get_usage(true), "\n";
echo "real peak kept: ", var_export(memory_get_peak_usage(true) >= $big, true), "\n";
--EXPECT--
starts with one chunk: 2097152
real >= usage: true
a 4 MB string is mapped on its own: true
in whole pages: 0
and unmapped when freed: 2097152
real peak kept: true
