--TEST--
Collector: 5,000 separate two-object cycles collected by one call, and the buffer reused afterwards
--FILE--
<?php
for ($i = 0; $i < 5000; $i++) {
    $a = new stdClass;
    $b = new stdClass;
    $a->b = $b;
    $b->a = $a;
}
unset($a, $b);
$s = gc_status();
echo "roots {$s['roots']} runs {$s['runs']}\n";
var_dump(gc_collect_cycles());
$s = gc_status();
echo "roots {$s['roots']} runs {$s['runs']} collected {$s['collected']}\n";
for ($i = 0; $i < 100; $i++) {
    $a = [];
    $a[] = &$a;
    unset($a);
}
echo gc_status()['roots'], "\n";
var_dump(gc_collect_cycles());
--EXPECT--
roots 10000 runs 0
int(10000)
roots 0 runs 1 collected 10000
100
int(100)
