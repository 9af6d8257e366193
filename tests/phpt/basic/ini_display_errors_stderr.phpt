--TEST--
Errors sent to stderr still show in the output, in order with stdout
--INI--
display_errors=stderr
--FILE--
<?php
echo "one\n";
echo $missing;
echo "two\n";
--EXPECTF--
one
Warning: Undefined variable $missing in %s/ini_display_errors_stderr.php on line 3
two
