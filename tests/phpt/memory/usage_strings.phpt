--TEST--
memory_get_usage() counts the strings a script builds
--FILE--
<?php
$before = memory_get_usage();
$s = "x";
for ($i = 0; $i < 20; $i++) {
    $s .= $s;
}
$grown = memory_get_usage() - $before;
echo "1 MB counted: ", var_export($grown >= 1048576 && $grown < 2 * 1048576, true), "\n";
$s = null;
echo "released: ", var_export(memory_get_usage() - $before < 4096, true), "\n";
--EXPECT--
1 MB counted: true
released: true
