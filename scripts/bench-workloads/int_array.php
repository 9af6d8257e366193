<?php
// An array of 1,000,000 integers: fill, update in place, iterate, sum.
$values = [];
for ($i = 0; $i < 1_000_000; $i++) {
    $values[] = $i * 3 % 1000;
}
foreach ($values as $key => $value) {
    $values[$key] = $value + 1;
}
$sum = 0;
foreach ($values as $value) {
    $sum += $value;
}
echo count($values), " ", $sum, " ", array_sum($values), " ", memory_get_usage() > 0 ? "ok" : "?", "\n";
