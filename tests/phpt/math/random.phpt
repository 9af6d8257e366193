--TEST--
mt_rand, rand, mt_srand and srand give PHP's seeded sequences; random_int, random_bytes, lcg_value
--FILE--
<?php
mt_srand(42);
var_dump(mt_rand(), mt_rand(), mt_rand(1, 100), mt_rand(-1000, 1000), rand(), rand(10, 1), rand(5, 5));
mt_srand(3);
var_dump(rand(), rand(1, 6), mt_rand(0, PHP_INT_MAX), mt_rand(PHP_INT_MIN, PHP_INT_MAX), mt_rand(0, 0xFFFFFFFF), mt_rand(0, 0x100000000));
srand(3);
var_dump(rand());
mt_srand(3, MT_RAND_PHP);
var_dump(mt_rand(), mt_rand(1, 100), rand(1, 6), mt_rand(0, 99));
mt_srand(-1);
var_dump(mt_rand());
mt_srand(4294967297);
var_dump(mt_rand());
mt_srand(5);
$seq = [];
for ($i = 0; $i < 1000; $i++) {
    $seq[] = mt_rand(0, 9);
}
var_dump(array_sum($seq), $seq[999]);
var_dump(mt_getrandmax(), getrandmax());
$r = random_int(5, 10);
var_dump($r >= 5 && $r <= 10, random_int(7, 7), random_int(PHP_INT_MIN, PHP_INT_MIN));
$b = random_bytes(16);
var_dump(strlen_lite($b));
function strlen_lite(string $s): int { $n = 0; while (isset($s[$n])) { $n++; } return $n; }
$l = lcg_value();
var_dump($l > 0 && $l < 1);
mt_srand();
$x = mt_rand(1, 10);
var_dump($x >= 1 && $x <= 10);
foreach ([fn() => mt_rand(5, 1), fn() => random_int(5, 1), fn() => random_bytes(0), fn() => mt_rand(1), fn() => rand(1)] as $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo $e::class, ': ', $e->getMessage(), "\n";
    }
}
--EXPECT--
int(804318771)
int(1710563033)
int(77)
int(-312)
int(1571945013)
int(6)
int(5)
int(1182829493)
int(3)
int(6270952984516570361)
int(-6985254785134314568)
int(2193987840)
int(2904962841)
int(1182829493)
int(969637571)
int(93)
int(5)
int(16)
int(209663185)
int(895547922)
int(4421)
int(9)
int(2147483647)
int(2147483647)
bool(true)
int(7)
int(-9223372036854775808)
int(16)
bool(true)
bool(true)
ValueError: mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)
ValueError: random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)
ValueError: random_bytes(): Argument #1 ($length) must be greater than 0
ArgumentCountError: mt_rand() expects exactly 2 arguments, 1 given
ArgumentCountError: rand() expects exactly 2 arguments, 1 given
