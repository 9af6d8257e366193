--TEST--
A syntax error is reported before anything runs
--FILE--
<?php
echo "not printed\n";
$x = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s/parse_error.php on line 3
