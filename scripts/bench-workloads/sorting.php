<?php
// Sorting: sort() on 500,000 pseudo-random integers and usort() with a
// user comparison on 100,000 strings (fixed seed, so output is stable).
mt_srand(42);
$numbers = [];
for ($i = 0; $i < 500_000; $i++) {
    $numbers[] = mt_rand(0, 1_000_000);
}
sort($numbers);
$words = [];
for ($i = 0; $i < 100_000; $i++) {
    $words[] = dechex(mt_rand(0, 0xffffff));
}
usort($words, fn(string $a, string $b): int => strlen($a) <=> strlen($b) ?: strcmp($a, $b));
echo $numbers[0], " ", $numbers[250_000], " ", $numbers[499_999], " ", $words[0], " ", $words[99_999], "\n";
