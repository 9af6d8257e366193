--TEST--
A --SKIPIF-- that prints nothing lets the test run
--SKIPIF--
<?php
if (PHP_INT_SIZE < 8) die("skip needs 64-bit integers");
--FILE--
<?php
var_dump(PHP_INT_SIZE, PHP_INT_MAX);
--EXPECT--
int(8)
int(9223372036854775807)
