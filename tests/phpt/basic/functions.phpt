--TEST--
Functions: defaults, references, variadics, named arguments, recursion, closures
--FILE--
<?php
function greet(string $who = "world", string $greeting = "Hello"): string {
    return "$greeting, $who!";
}
function addOne(array &$list): void { $list[] = 1; }
function sum(int ...$numbers): int { return array_sum($numbers); }
function fact(int $n): int { return $n <= 1 ? 1 : $n * fact($n - 1); }
echo greet(), " ", greet("PHP"), " ", greet(greeting: "Hi"), "\n";
$list = [];
addOne($list);
addOne($list);
echo count($list), " ", sum(1, 2, 3), " ", sum(...[4, 5]), " ", fact(10), "\n";
$factor = 3;
$times = function ($x) use ($factor) { return $x * $factor; };
$factor = 100;
$arrow = fn($x) => $x + $factor;
echo $times(2), " ", $arrow(1), "\n";
function counter() { static $n = 0; return ++$n; }
counter(); counter();
echo counter(), "\n";
$fn = 'strtoupper';
echo $fn('dynamic'), " ", call_user_func_array('greet', ['you', 'Bye']), "\n";
--EXPECT--
Hello, world! Hello, PHP! Hi, world!
2 6 9 3628800
6 101
3
DYNAMIC Bye, you!
