--TEST--
--ENV-- variables are visible to getenv() and $_SERVER
--ENV--
PHPI_TEST_GREETING=hello from the environment
--FILE--
<?php
var_dump(getenv('PHPI_TEST_GREETING'), $_SERVER['PHPI_TEST_GREETING'], getenv('PHPI_TEST_NOT_SET'));
--EXPECT--
string(26) "hello from the environment"
string(26) "hello from the environment"
bool(false)
