--TEST--
number_format rounding, separators and special values
--FILE--
<?php
var_dump(number_format(1234567.891), number_format(1234567.891, 2), number_format(1234567.891, 2, ',', '.'), number_format(0.5), number_format(-0.4), number_format(1.005, 2), number_format(-1234.567, 1, '.', ' '));
var_dump(number_format(1000, 2, '', ''), number_format(12345.6789, 3, 'dot', 'sep'), number_format("1e3", 1), number_format(-0.0), number_format(1e20, 0), number_format(0.129, -1));
--EXPECT--
string(9) "1,234,568"
string(12) "1,234,567.89"
string(12) "1.234.567,89"
string(1) "1"
string(1) "0"
string(4) "1.01"
string(8) "-1 234.6"
string(6) "100000"
string(14) "12sep345dot679"
string(7) "1,000.0"
string(1) "0"
string(27) "100,000,000,000,000,000,000"
string(1) "0"
