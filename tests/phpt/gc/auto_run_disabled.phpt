--TEST--
gc_disable(): roots keep accumulating past the threshold without a run; gc_enable() lets the next root start one; gc_collect_cycles() works while disabled
--FILE--
<?php
function status($label) {
    $s = gc_status();
    echo "$label: enabled=" . var_export(gc_enabled(), true) . " runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}
gc_disable();
status('disabled');
for ($i = 0; $i < 15000; $i++) {
    $o = new stdClass;
    $o->self = $o;
    unset($o);
}
status('15000 cycles');
gc_enable();
status('enabled');
$o = new stdClass;
$o->self = $o;
unset($o);
status('one more root');
gc_disable();
for ($i = 0; $i < 300; $i++) {
    $o = new stdClass;
    $o->self = $o;
    unset($o);
}
status('disabled again');
var_dump(gc_collect_cycles());
status('explicit run while disabled');
gc_enable();
gc_enable();
status('enabled twice');
--EXPECT--
disabled: enabled=false runs=0 collected=0 threshold=10001 roots=0
15000 cycles: enabled=false runs=0 collected=0 threshold=10001 roots=15000
enabled: enabled=true runs=0 collected=0 threshold=10001 roots=15000
one more root: enabled=true runs=1 collected=15000 threshold=10001 roots=1
disabled again: enabled=false runs=1 collected=15000 threshold=10001 roots=301
int(301)
explicit run while disabled: enabled=false runs=2 collected=15301 threshold=10001 roots=0
enabled twice: enabled=true runs=2 collected=15301 threshold=10001 roots=0
