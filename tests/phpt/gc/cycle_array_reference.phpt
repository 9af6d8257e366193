--TEST--
Collector: arrays referring to themselves through references, directly and nested
--FILE--
<?php
$a = [];
$a['me'] = &$a;
var_dump(count($a['me']['me']['me']));
unset($a);
var_dump(gc_collect_cycles());

$a = ['inner' => ['deeper' => []]];
$a['inner']['deeper']['back'] = &$a;
unset($a);
var_dump(gc_collect_cycles());

$a = [];
$b = [];
$a['b'] = &$b;
$b['a'] = &$a;
unset($a, $b);
var_dump(gc_collect_cycles());

$x = [str_repeat('s', 3)];
$x[] = &$x;
$keep = $x;
unset($x);
var_dump(gc_collect_cycles());
unset($keep);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
int(1)
int(3)
int(2)
int(0)
int(2)
