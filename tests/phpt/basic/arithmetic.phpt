--TEST--
Arithmetic: integers, floats, overflow, division, modulo and powers
--FILE--
<?php
var_dump(7 + 3, 7 - 10, 6 * 7, 7 / 2, 8 / 2, intdiv(7, 2), 7 % 3, -7 % 3, 2 ** 10, 2 ** -1);
var_dump(PHP_INT_MAX + 1, PHP_INT_MIN - 1, -PHP_INT_MIN, PHP_INT_MAX * 2);
var_dump(0.1 + 0.2, 1e100, 1 / 3, -0.0, 10 ** 20, fmod(7.5, 2));
var_dump("5" + "3", "1.5" * 2, "0x1A" == 26, 07 + 0b11 + 0o17);
echo 0.1 + 0.2, " ", 1 / 3, " ", 1e15, " ", 1e14 + 0.5, "\n";
--EXPECT--
int(10)
int(-3)
int(42)
float(3.5)
int(4)
int(3)
int(1)
int(-1)
int(1024)
float(0.5)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
float(0.30000000000000004)
float(1.0E+100)
float(0.3333333333333333)
float(-0)
float(1.0E+20)
float(1.5)
int(8)
float(3)
bool(false)
int(25)
0.3 0.33333333333333 1.0E+15 1.0E+14
