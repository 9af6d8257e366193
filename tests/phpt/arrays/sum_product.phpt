--TEST--
array_sum() and array_product(): numeric strings, floats, overflow, skipped values
--FILE--
<?php
var_dump(array_sum([]), array_product([]));
var_dump(array_sum([1, 2, 3]), array_sum([1, 2.5]), array_sum(['1', '2.5', ' 3', '4 ', '5abc', 'abc']));
var_dump(array_sum([true, null, false, [1, 2], new stdClass]));
var_dump(array_sum([PHP_INT_MAX, 1]), array_sum([PHP_INT_MIN, -1]), array_sum(['1e2', '0x1A']));
var_dump(array_product([2, '3', 4.0]), array_product([PHP_INT_MAX, 2]), array_product(['abc']), array_product([2, [3]]));
var_dump(array_product([-1, PHP_INT_MIN]), array_product([true, true]), array_product([null]));
--EXPECT--
int(0)
int(1)
int(6)
float(3.5)
float(15.5)
int(1)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(100)
float(24)
float(1.8446744073709552E+19)
int(0)
int(2)
int(-9223372036854775808)
int(1)
int(0)
