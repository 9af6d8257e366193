--TEST--
Automatic run: after unproductive runs raised the threshold, productive automatic runs bring it back down by 10,000 each
--FILE--
<?php
function status($label) {
    $s = gc_status();
    echo "$label: runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}
$live = [];
for ($i = 0; $i < 25000; $i++) {
    $o = new stdClass;
    $live[] = $o;
    $copy = $o;
    unset($copy);
}
unset($o);
status('after unproductive runs');
for ($i = 0; $i < 80000; $i++) {
    $o = new stdClass;
    $o->self = $o;
    unset($o);
    if ($i % 10000 == 9999) {
        status("garbage $i");
    }
}
--EXPECT--
after unproductive runs: runs=1 collected=0 threshold=20001 roots=15000
garbage 9999: runs=2 collected=5000 threshold=10001 roots=5000
garbage 19999: runs=3 collected=15000 threshold=10001 roots=5000
garbage 29999: runs=4 collected=25000 threshold=10001 roots=5000
garbage 39999: runs=5 collected=35000 threshold=10001 roots=5000
garbage 49999: runs=6 collected=45000 threshold=10001 roots=5000
garbage 59999: runs=7 collected=55000 threshold=10001 roots=5000
garbage 69999: runs=8 collected=65000 threshold=10001 roots=5000
garbage 79999: runs=9 collected=75000 threshold=10001 roots=5000
