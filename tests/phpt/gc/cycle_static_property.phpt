--TEST--
Collector: a cycle held by a static property or a static variable is not garbage; after the static lets go it is
--FILE--
<?php
class Node { public $next; }
class Registry { public static $node; }
$a = new Node;
$a->next = $a;
Registry::$node = $a;
unset($a);
var_dump(gc_collect_cycles());
function keep() {
    static $kept;
    $kept = new Node;
    $kept->next = $kept;
    return $kept;
}
keep();
var_dump(gc_collect_cycles());
Registry::$node = null;
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
int(0)
int(1)
