--TEST--
Ordinary recursion inside a generator body
--FILE--
<?php
function depth($n) { return $n == 0 ? 0 : 1 + depth($n - 1); }
function g($n) { yield depth($n); yield from inner($n); }
function inner($n) { yield array_sum(array_map(fn($i) => depth($i), range(1, 10))) + $n; }
foreach (g(1000) as $v) echo $v, "\n";
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function fibs() { for ($i = 0; $i < 15; $i++) yield fib($i); }
echo implode(' ', iterator_to_array(fibs())), "\n";
function perms($items) {
    if (count($items) <= 1) { yield $items; return; }
    foreach ($items as $i => $item) {
        $rest = $items;
        unset($rest[$i]);
        foreach (perms(array_values($rest)) as $p) yield [$item, ...$p];
    }
}
foreach (perms([1, 2, 3]) as $p) echo implode('', $p), "\n";
--EXPECT--
1000
1055
0 1 1 2 3 5 8 13 21 34 55 89 144 233 377
123
132
213
231
312
321
