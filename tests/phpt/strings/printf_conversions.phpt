--TEST--
printf family: argument conversions, positional arguments, padding characters
--FILE--
<?php
var_dump(vsprintf("%2\$s %1\$s", ["a" => "x", "b" => "y"]), sprintf("%s|%d", [1], [1]), sprintf("%d %s", null, null), sprintf("%5.1f", "3.14abc"));
try { sprintf("%s", new stdClass); } catch (Error $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
var_dump(printf("héllo %s\n", "wörld"), number_format(null), sprintf("%c%c", 256 + 65, -191));
$x = 5; $s = sprintf('%1$s %1$\'x5d %2$-3s|', $x, "a"); var_dump($s);
var_dump(sprintf("%.60f", 1.0), sprintf("%'010.2f", -1.5), sprintf("%+05d", 3), sprintf("%-05d|", 3), sprintf("%x %X %o %b", -1, 255, -1, 3));
--EXPECTF--
Warning: Array to string conversion in %s/printf_conversions.php on line 2
string(3) "y x"
string(7) "Array|1"
string(2) "0 "
string(5) "  3.1"
Error: Object of class stdClass could not be converted to string
héllo wörld

Deprecated: number_format(): Passing null to parameter #1 ($num) of type float is deprecated in %s/printf_conversions.php on line 4
int(14)
string(1) "0"
string(2) "AA"
string(12) "5 xxxx5 a  |"

Notice: sprintf(): Requested precision of 60 digits was truncated to PHP maximum of 53 digits in %s/printf_conversions.php on line 6
string(55) "1.00000000000000000000000000000000000000000000000000000"
string(10) "-000001.50"
string(5) "+0003"
string(6) "3    |"
string(45) "ffffffffffffffff FF 1777777777777777777777 11"
