--TEST--
memory_limit: creating objects
--INI--
memory_limit=8M
--FILE--
<?php
class Point {
    public $next = null;
    public function __construct(public int $x, public int $y) {}
}
$head = null;
for ($i = 0; ; $i++) {
    $p = new Point($i, -$i);
    $p->next = $head;
    $head = $p;
}
--EXPECTF--
Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line 8
