--TEST--
debug_zval_dump of int, float, bool and null: no refcount, as they are not counted
--FILE--
<?php
$i = 42; $f = 1.5; $t = true; $n = null;
debug_zval_dump($i, $f, $t, false, $n, -0.0, PHP_INT_MAX, PHP_INT_MIN, NAN, INF, 1e100, 0.1 + 0.2);
$copy = $i;
debug_zval_dump($copy);
$arr = [1, 2.5, true, null];
debug_zval_dump($arr[0], $arr[1], $arr[2], $arr[3]);
--EXPECT--
int(42)
float(1.5)
bool(true)
bool(false)
NULL
float(-0)
int(9223372036854775807)
int(-9223372036854775808)
float(NAN)
float(INF)
float(1.0E+100)
float(0.30000000000000004)
int(42)
int(1)
float(2.5)
bool(true)
NULL
