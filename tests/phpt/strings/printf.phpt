--TEST--
sprintf, printf, vsprintf, vprintf and their errors
--FILE--
<?php
var_dump(sprintf("%05.2f|%-5s|%x|%X|%o|%b|%c|%e|%E|%g|%u|%%|%+d|%+d", 3.14159, "ab", 255, 255, 8, 5, 65, 1234.5678, 0.00012, 0.00001234, -1, 5, -5));
var_dump(sprintf("%'*10s|%-'#10s|%10.4f|%-10d|%05d|%5.1s", "hi", "left", 3.14159265, 42, -42, "abc"));
var_dump(sprintf('%2$s %1$s %2$s', "a", "b"), sprintf("%s", true), sprintf("%d", "12abc"), sprintf("%s", 1.0), sprintf("%.3e", 0), sprintf("%d", 3.99));
$n = printf("%s-%d\n", "x", 7);
var_dump($n, vsprintf("%s + %s = %d", [1, 2, 3]));
vprintf("%04d|%s\n", [7, "z"]);
foreach ([fn() => sprintf("%s %s", "a"), fn() => vsprintf("%s %s", ["a"]), fn() => sprintf("%z", 1), fn() => sprintf('%0$s', 1), fn() => sprintf("%", 1)] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
}
try { vsprintf("%s", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(88) "03.14|ab   |ff|FF|10|101|A|1.234568e+3|1.200000E-4|1.234e-5|18446744073709551615|%|+5|-5"
string(55) "********hi|left######|    3.1416|42        |-0042|    a"
string(5) "b a b"
string(1) "1"
string(2) "12"
string(1) "1"
string(8) "0.000e+0"
string(1) "3"
x-7
int(4)
string(9) "1 + 2 = 3"
0007|z
ArgumentCountError: 3 arguments are required, 2 given
ValueError: The arguments array must contain 2 items, 1 given
ValueError: Unknown format specifier "z"
ValueError: Argument number specifier must be greater than zero and less than 2147483647
ValueError: Missing format specifier at end of string
vsprintf(): Argument #2 ($values) must be of type array, string given
