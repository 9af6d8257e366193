--TEST--
exp, log, trigonometry, hyperbolic functions, pi, hypot, deg2rad, is_nan/is_finite/is_infinite
--FILE--
<?php
var_dump(exp(1), exp(0), log(M_E), log(8, 2), log(100, 10), log(27, 3), log(1, 1), log(0), log(-1), log10(1000), log1p(1e-10), expm1(1e-10));
var_dump(sin(M_PI_2), cos(M_PI), tan(M_PI_4), asin(1), acos(-1), atan(1), atan2(1, -1), atan2(0, 0));
var_dump(sinh(1), cosh(1), tanh(1), asinh(1), acosh(1), atanh(0.5), acos(2));
var_dump(pi(), hypot(3, 4), deg2rad(180), rad2deg(M_PI), deg2rad(45));
var_dump(is_nan(NAN), is_nan(1.0), is_finite(INF), is_finite(1), is_infinite(-INF), is_infinite(NAN), is_nan(sqrt(-1)));
try {
    log(10, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    log(10, -2);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    sin('abc');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(M_PI, M_E, M_LOG2E, M_LOG10E, M_LN2, M_LN10, M_PI_2, M_PI_4, M_1_PI, M_2_PI, M_SQRTPI, M_2_SQRTPI, M_SQRT2, M_SQRT3, M_SQRT1_2, M_LNPI, M_EULER);
var_dump(PHP_ROUND_HALF_UP, PHP_ROUND_HALF_DOWN, PHP_ROUND_HALF_EVEN, PHP_ROUND_HALF_ODD, MT_RAND_MT19937, MT_RAND_PHP);
--EXPECT--
float(2.718281828459045)
float(1)
float(1)
float(3)
float(2)
float(3)
float(NAN)
float(-INF)
float(NAN)
float(3)
float(9.999999999500001E-11)
float(1.00000000005E-10)
float(1)
float(-1)
float(0.9999999999999999)
float(1.5707963267948966)
float(3.141592653589793)
float(0.7853981633974483)
float(2.356194490192345)
float(0)
float(1.1752011936438014)
float(1.5430806348152437)
float(0.7615941559557649)
float(0.881373587019543)
float(0)
float(0.5493061443340548)
float(NAN)
float(3.141592653589793)
float(5)
float(3.141592653589793)
float(180)
float(0.7853981633974483)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
log(): Argument #2 ($base) must be greater than 0
log(): Argument #2 ($base) must be greater than 0
sin(): Argument #1 ($num) must be of type float, string given
float(3.141592653589793)
float(2.718281828459045)
float(1.4426950408889634)
float(0.4342944819032518)
float(0.6931471805599453)
float(2.302585092994046)
float(1.5707963267948966)
float(0.7853981633974483)
float(0.3183098861837907)
float(0.6366197723675814)
float(1.772453850905516)
float(1.1283791670955126)
float(1.4142135623730951)
float(1.7320508075688772)
float(0.7071067811865476)
float(1.1447298858494002)
float(0.5772156649015329)
int(1)
int(2)
int(3)
int(4)
int(0)
int(1)
