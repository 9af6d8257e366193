<?php
// memory_get_usage() before and after building and dropping a large array.
// Differences are printed, so the figures do not depend on what ran before.

$start = memory_get_usage();

$numbers = range(1, 100_000);   // a packed array: 16 bytes per element
echo 'range(1, 100000): +', memory_get_usage() - $start, " bytes\n";

$copy = $numbers;               // shared, not copied
echo 'after $copy = $numbers: +', memory_get_usage() - $start, " bytes\n";

$copy[] = 0;                    // separation: now there are two arrays
echo 'after $copy[] = 0: +', memory_get_usage() - $start, " bytes\n";

unset($numbers, $copy);
echo 'after unset: +', memory_get_usage() - $start, " bytes\n";
