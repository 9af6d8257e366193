--TEST--
Handles after collections that find live roots among the garbage (the live ones leave the buffer, the rest are compacted)
--FILE--
<?php
class N { public $o; public $p; }
$live = [];
for ($i = 0; $i < 8; $i++) {
    $a = new N; $b = new N; $a->o = $b; $b->o = $a;
    if ($i % 3 == 0) { $live[] = $a; }
    if ($i % 4 == 1) { $c = new N; $c->o = $b; $b->p = $c; $live[] = $c; }
}
unset($a, $b, $c);
var_dump(gc_collect_cycles());
$ids = [];
for ($i = 0; $i < 12; $i++) { $x[] = new N; $ids[] = spl_object_id(end($x)); }
echo implode(' ', $ids), "\n";
$live = [];
var_dump(gc_collect_cycles());
$ids = [];
for ($i = 0; $i < 12; $i++) { $y[] = new N; $ids[] = spl_object_id(end($y)); }
echo implode(' ', $ids), "\n";
print_r(gc_status());
?>
--EXPECT--
int(6)
6 7 11 10 18 17 19 20 21 22 23 24
int(12)
13 12 4 3 15 16 14 8 9 5 1 2
Array
(
    [runs] => 2
    [collected] => 18
    [threshold] => 10001
    [roots] => 0
)
