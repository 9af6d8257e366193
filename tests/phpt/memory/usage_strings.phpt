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
echo strlen($s), " bytes counted: ", var_export($grown >= strlen($s) && $grown < 2 * strlen($s), true), "\n";
$s = null;
echo "released: ", var_export(memory_get_usage() - $before < 4096, true), "\n";
--EXPECT--
1048576 bytes counted: true
released: true
