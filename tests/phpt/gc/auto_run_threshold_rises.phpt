--TEST--
Automatic run: runs that free fewer than 100 values raise the threshold by 10,000 each time
--FILE--
<?php
function status($label) {
    $s = gc_status();
    echo "$label: runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}
$live = [];
for ($i = 0; $i < 35000; $i++) {
    $o = new stdClass;
    $live[] = $o;
    $copy = $o;
    unset($copy);
    if ($i % 5000 == 4999) {
        status("after $i");
    }
}
unset($o);
status('built');
var_dump(gc_collect_cycles());
status('explicit run');
--EXPECT--
after 4999: runs=0 collected=0 threshold=10001 roots=5000
after 9999: runs=0 collected=0 threshold=10001 roots=10000
after 14999: runs=1 collected=0 threshold=20001 roots=5000
after 19999: runs=1 collected=0 threshold=20001 roots=10000
after 24999: runs=1 collected=0 threshold=20001 roots=15000
after 29999: runs=1 collected=0 threshold=20001 roots=20000
after 34999: runs=2 collected=0 threshold=30001 roots=5000
built: runs=2 collected=0 threshold=30001 roots=5000
int(0)
explicit run: runs=3 collected=0 threshold=30001 roots=0
