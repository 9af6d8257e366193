--TEST--
Warnings name the script's path and line
--FILE--
<?php
echo $undefined;
$array = [];
echo $array['missing'];
echo "still running\n";
echo 10 / 4, " ", "5 apples" + 1, "\n";
--EXPECTF--
Warning: Undefined variable $undefined in %s/warning_undefined_variable.php on line 2

Warning: Undefined array key "missing" in %s/warning_undefined_variable.php on line 4
still running
2.5 
Warning: A non-numeric value encountered in %s/warning_undefined_variable.php on line 6
6
