--TEST--
zend.enable_gc=0: no automatic run and no roots recorded; gc_collect_cycles() still collects nothing it does not know of; gc_enable() at run time turns it on
--INI--
zend.enable_gc=0
--FILE--
<?php
function status($label) {
    $s = gc_status();
    echo "$label: enabled=" . var_export(gc_enabled(), true) . " runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}
status('start');
for ($i = 0; $i < 12000; $i++) {
    $o = new stdClass;
    $o->self = $o;
    unset($o);
}
status('12000 cycles');
var_dump(gc_collect_cycles());
status('explicit run');
var_dump(ini_get('zend.enable_gc'));
gc_enable();
var_dump(ini_get('zend.enable_gc'));
$o = new stdClass;
$o->self = $o;
unset($o);
status('enabled, one cycle');
var_dump(gc_collect_cycles());
status('end');
--EXPECT--
start: enabled=false runs=0 collected=0 threshold=0 roots=0
12000 cycles: enabled=false runs=0 collected=0 threshold=0 roots=0
int(0)
explicit run: enabled=false runs=0 collected=0 threshold=0 roots=0
string(1) "0"
string(1) "1"
enabled, one cycle: enabled=true runs=0 collected=0 threshold=10001 roots=1
int(1)
end: enabled=true runs=1 collected=1 threshold=10001 roots=0
