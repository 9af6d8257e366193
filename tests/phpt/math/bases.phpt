--TEST--
base_convert, bindec, hexdec, octdec, decbin, dechex, decoct
--FILE--
<?php
var_dump(decbin(10), decbin(-1), dechex(255), dechex(PHP_INT_MAX), dechex(-1), decoct(8), decoct(0), dechex('16'));
var_dump(bindec('1010'), bindec('0b11'), hexdec('ff'), hexdec('0xFF'), hexdec('7fffffffffffffff'), hexdec('ffffffffffffffff'), octdec('777'), octdec('0o17'));
var_dump(bindec('12'), hexdec('xyz'), octdec('-7'), hexdec(''), bindec(' 101 '));
var_dump(base_convert('ff', 16, 2), base_convert('zz', 36, 10), base_convert('255', 10, 36), base_convert('ffffffffffffffffffff', 16, 10), base_convert('-12', 10, 2));
var_dump(base_convert('0', 10, 2), base_convert('1z', 10, 16));
foreach ([[1, 1, 10], [1, 10, 37], [1, 2, 0]] as [$n, $f, $t]) {
    try {
        base_convert($n, $f, $t);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    decbin('x');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(decbin(1.5));
--EXPECTF--
string(4) "1010"
string(64) "1111111111111111111111111111111111111111111111111111111111111111"
string(2) "ff"
string(16) "7fffffffffffffff"
string(16) "ffffffffffffffff"
string(2) "10"
string(1) "0"
string(2) "10"
int(10)
int(3)
int(255)
int(255)
int(9223372036854775807)
float(1.8446744073709552E+19)
int(511)
int(15)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s/bases.php on line 4

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s/bases.php on line 4

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s/bases.php on line 4
int(1)
int(0)
int(7)
int(0)
int(5)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s/bases.php on line 5
string(8) "11111111"
string(4) "1295"
string(2) "73"
string(25) "1208925819614629446642046"
string(4) "1100"

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s/bases.php on line 6
string(1) "0"
string(1) "1"
base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)
base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)
base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)
decbin(): Argument #1 ($num) must be of type int, string given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/bases.php on line 19
string(1) "1"
