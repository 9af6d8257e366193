--TEST--
memory_limit: str_repeat() results kept in an array; the error names a new 2 MiB chunk
--INI--
memory_limit=32M
--FILE--
<?php
$data = [];
for ($i = 0; $i < 100000; $i++) {
    $o = new stdClass();
    $o->data = str_repeat('x', 1000);
    $data[] = $o;
}
--EXPECTF--
Fatal error: Allowed memory size of 33554432 bytes exhausted (tried to allocate 2097152 bytes) in %s on line 5
