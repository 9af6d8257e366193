--TEST--
increment and decrement as statements and loop steps: overflow to float, references, undefined, strings, null, floats
--FILE--
<?php
$i = PHP_INT_MAX; $i++; var_dump($i);
$j = PHP_INT_MIN; $j--; var_dump($j);
$a = 5; $r = &$a; $r++; $a--; $a--; var_dump($a, $r);
for ($k = PHP_INT_MAX - 1; is_int($k); $k++) { var_dump($k); }
var_dump($k);
$u++; var_dump($u);
$s = "a"; $s++; var_dump($s);
$n = null; $n--; var_dump($n);
$f = 1.5; $f++; var_dump($f);
--EXPECTF--
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(4)
int(4)
int(9223372036854775806)
int(9223372036854775807)
float(9.223372036854776E+18)

Warning: Undefined variable $u in %s/increment_statement.php on line 7
int(1)
string(1) "b"
NULL
float(2.5)
