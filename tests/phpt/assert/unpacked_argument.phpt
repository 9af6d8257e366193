--TEST--
assert(...$args) with one unpacked argument: the description PHP appends makes it a compile error
--FILE--
<?php
echo "not reached\n";
assert(...[false]);
--EXPECTF--
Fatal error: Cannot use positional argument after argument unpacking in %s/unpacked_argument.php on line 3
