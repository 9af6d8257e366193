<?php
// Function-call-heavy loop: user functions with arguments, a recursive
// function, a method call and a closure, called millions of times.
function add(int $a, int $b): int { return $a + $b; }
function fib(int $n): int { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
class Counter { private int $n = 0; public function bump(int $by): int { return $this->n += $by; } }
$counter = new Counter;
$double = fn(int $x): int => $x * 2;
$sum = 0;
for ($i = 0; $i < 3_000_000; $i++) {
    $sum = add($sum, $double($i & 7));
    $counter->bump(1);
}
echo $sum, " ", $counter->bump(0), " ", fib(25), "\n";
