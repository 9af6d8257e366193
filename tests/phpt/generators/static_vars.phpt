--TEST--
Static variables in generator functions
--FILE--
<?php
function counter() {
    static $calls = 0;
    $calls++;
    yield $calls;
    $calls += 10;
    yield $calls;
}
$a = counter();
$b = counter();
var_dump($a->current(), $b->current());
$a->next();
var_dump($a->current());
foreach (counter() as $v) echo $v, "\n";
class K {
    function g() { static $n = 0; yield ++$n; }
}
$k = new K;
var_dump($k->g()->current(), $k->g()->current());
$c = function () { static $s = 'x'; $s .= 'y'; yield $s; };
var_dump($c()->current(), $c()->current());
--EXPECT--
int(1)
int(2)
int(12)
13
23
int(1)
int(2)
string(2) "xy"
string(3) "xyy"
