--TEST--
Automatic run: the 10,001st possible root starts a collection without gc_collect_cycles(); gc_status before and after
--FILE--
<?php
function status($label) {
    $s = gc_status();
    echo "$label: runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}
status('start');
$objects = [];
for ($i = 0; $i < 9999; $i++) {
    $o = new stdClass;
    $o->self = $o;
    $objects[] = $o;
}
unset($o);
status('built');
for ($i = 0; $i < 9999; $i++) {
    unset($objects[$i]);
}
status('9999 roots');
$extra = new stdClass;
$extra->self = $extra;
$copy = $extra;
unset($copy);
status('10000 roots');
$more = new stdClass;
$more->self = $more;
$copy = $more;
unset($copy);
status('10001 roots');
unset($extra, $more);
status('released');
var_dump(gc_collect_cycles());
status('end');
--EXPECT--
start: runs=0 collected=0 threshold=10001 roots=0
built: runs=0 collected=0 threshold=10001 roots=9999
9999 roots: runs=0 collected=0 threshold=10001 roots=9999
10000 roots: runs=0 collected=0 threshold=10001 roots=10000
10001 roots: runs=1 collected=9999 threshold=10001 roots=1
released: runs=1 collected=9999 threshold=10001 roots=2
int(2)
end: runs=2 collected=10001 threshold=10001 roots=0
