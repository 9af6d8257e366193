--TEST--
memory_limit=-1: a block the system cannot give ends the process, output buffers and shutdown functions lost
--INI--
memory_limit=-1
--FILE--
<?php
echo "start\n";
register_shutdown_function(function () { echo "shutdown\n"; });
ob_start();
echo "buffered\n";
$s = str_repeat("x", 1e15);
echo "not reached\n";
--EXPECT--
start

mmap() failed: [12] Cannot allocate memory

mmap() failed: [12] Cannot allocate memory
Out of memory
