--TEST--
Files beside the test can be included, by relative path and through __DIR__
--FILE--
<?php
$value = include 'include_sibling.inc';
echo $value, "\n";
require_once __DIR__ . '/include_sibling.inc';
echo included_function(), "\n";
--CLEAN--
<?php
// Nothing to clean; a CLEAN section that prints nothing is fine.
--EXPECT--
value returned by the included file
function from the included file
