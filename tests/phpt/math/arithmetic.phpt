--TEST--
abs, ceil, floor, round, sqrt, pow, intdiv, fmod, fdiv
--FILE--
<?php
var_dump(abs(-5), abs(-5.5), abs(PHP_INT_MIN), abs('-3'), abs('-3.5'), abs(0), abs(-0.0));
var_dump(ceil(4.1), ceil(-4.1), ceil(5), floor(4.9), floor(-4.1), floor('3'), ceil(-0.5));
var_dump(round(3.4), round(3.5), round(-3.5), round(1.955, 2), round(1234.5678, -2), round(5, 2), round(15, -1));
var_dump(round(2.5, 0, PHP_ROUND_HALF_EVEN), round(-1.5, 0, PHP_ROUND_HALF_DOWN), round(1.45, 1, PHP_ROUND_HALF_ODD), round('3.7'));
var_dump(round(5.055, 2), round(1.0E+25, 2), round(INF), round(NAN), round(3.14159, 1000), round(3.14159, -1000));
var_dump(sqrt(16), sqrt(2), sqrt(-1), sqrt('9'));
var_dump(pow(2, 10), pow(2, -1), pow('3', 2), pow(2.0, 3), pow(2, 63), pow(-2, 63), pow(0, 0), pow(10, 0.5), pow(-8, 1/3));
var_dump(intdiv(7, 2), intdiv(-7, 2), intdiv(PHP_INT_MIN, 1));
var_dump(fmod(10, 3), fmod(-10, 3), fmod(10.5, 3.2), fmod(1, 0), fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), fdiv(10, 4));
foreach ([fn() => intdiv(1, 0), fn() => intdiv(PHP_INT_MIN, -1), fn() => pow([], 2), fn() => abs('x'), fn() => sqrt([])] as $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo $e::class, ': ', $e->getMessage(), "\n";
    }
}
var_dump(round(2.5, 0, 99), abs(null));
--EXPECTF--
int(5)
float(5.5)
float(9.223372036854776E+18)
int(3)
float(3.5)
int(0)
float(0)
float(5)
float(-4)
float(5)
float(4)
float(-5)
float(3)
float(-0)
float(3)
float(4)
float(-4)
float(1.96)
float(1200)
float(5)
float(20)
float(2)
float(-1)
float(1.5)
float(4)
float(5.06)
float(1.0E+25)
float(INF)
float(NAN)
float(3.14159)
float(0)
float(4)
float(1.4142135623730951)
float(NAN)
float(3)
int(1024)
float(0.5)
int(9)
float(8)
float(9.223372036854776E+18)
int(-9223372036854775808)
int(1)
float(3.1622776601683795)
float(NAN)
int(3)
int(-3)
int(-9223372036854775808)
float(1)
float(-1)
float(0.8999999999999995)
float(NAN)
float(INF)
float(-INF)
float(NAN)
float(2.5)
DivisionByZeroError: Division by zero
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer
TypeError: Unsupported operand types: array ** int
TypeError: abs(): Argument #1 ($num) must be of type int|float, string given
TypeError: sqrt(): Argument #1 ($num) must be of type float, array given

Deprecated: abs(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s/arithmetic.php on line 18
float(3)
int(0)
