<?php
// Copy-on-write: copying an array is a count increment; the array is only
// copied ("separated") when one of its holders writes to it.

$a = range(1, 3);
$b = $a;                        // $a and $b share one array
debug_zval_dump($a);            // refcount(3): $a, $b and the dump's argument

$b[] = 4;                       // the write separates $b: $a's array is untouched
debug_zval_dump($a);            // refcount(2)
echo count($a), ' ', count($b), "\n";

function appendOne(array $x): array
{
    debug_zval_dump($x);        // shared with the caller's $a: no copy yet
    $x[] = 1;                   // now the function gets its own copy
    debug_zval_dump($x);
    return $x;
}
$c = appendOne($a);
echo implode(',', $a), ' / ', implode(',', $c), "\n";
