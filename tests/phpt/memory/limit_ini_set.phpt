--TEST--
ini_set('memory_limit'): PHP's shorthand, -1, and refusal below the memory in use
--FILE--
<?php
var_dump(ini_get('memory_limit'));
var_dump(ini_set('memory_limit', '256M'), ini_get('memory_limit'));
var_dump(ini_set('memory_limit', '1G'), ini_get('memory_limit'));
var_dump(ini_set('memory_limit', '-1'), ini_get('memory_limit'));
var_dump(ini_set('memory_limit', '1M'), ini_get('memory_limit'));
$a = [];
for ($i = 0; $i < 100000; $i++) {
    $a[] = "item $i";
}
$real = memory_get_usage(true);
$r = ini_set('memory_limit', '3M');
var_dump($r, ini_get('memory_limit'));
--EXPECTF--
string(4) "128M"
string(4) "128M"
string(4) "256M"
string(4) "256M"
string(2) "1G"
string(2) "1G"
string(2) "-1"

Warning: Failed to set memory limit to 1048576 bytes (Current memory usage is 2097152 bytes) in %s on line 6
bool(false)
string(2) "-1"

Warning: Failed to set memory limit to 3145728 bytes (Current memory usage is %d bytes) in %s on line 12
bool(false)
string(2) "-1"
