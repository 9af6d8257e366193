--TEST--
memory_get_usage() and memory_get_peak_usage() arguments
--FILE--
<?php
var_dump(is_int(memory_get_usage()), is_int(memory_get_usage(false)), is_int(memory_get_usage(true)));
var_dump(memory_get_peak_usage(1) % 2097152 === 0 || memory_get_peak_usage(1) > 2097152);
try {
    memory_get_usage([]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    memory_reset_peak_usage(1);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
memory_get_usage(): Argument #1 ($real_usage) must be of type bool, array given
memory_reset_peak_usage() expects exactly 0 arguments, 1 given
