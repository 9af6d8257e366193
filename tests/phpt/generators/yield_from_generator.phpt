--TEST--
yield from a generator: delegation of values, keys, send, and its return value
--FILE--
<?php
function inner() {
    $x = yield 1;
    echo "inner got $x\n";
    yield 'ik' => 2;
    return "ret";
}
function outer() {
    yield 0;
    $r = yield from inner();
    echo "outer got $r\n";
    $y = yield 3;
    echo "outer y $y\n";
    return 5;
}
foreach (outer() as $k => $v) echo "$k => $v\n";
$g = outer();
var_dump($g->current());
var_dump($g->send("S0"));
var_dump($g->send("S1"));
var_dump($g->key());
var_dump($g->send("S2"));
var_dump($g->send("S3"));
var_dump($g->valid(), $g->getReturn());
function tree($n) {
    if ($n > 0) {
        yield $n;
        $sum = yield from tree($n - 1);
        return $sum + $n;
    }
    return 0;
}
$t = tree(5);
echo implode(',', iterator_to_array($t, false)), "\n";
var_dump($t->getReturn());
function thrower() { try { yield 1; } catch (Exception $e) { echo "inner caught ", $e->getMessage(), "\n"; yield 2; } }
function deleg() { yield from thrower(); yield 3; }
$d = deleg();
$d->current();
var_dump($d->throw(new Exception("x")));
$d->next();
var_dump($d->current());
--EXPECT--
0 => 0
0 => 1
inner got 
ik => 2
outer got ret
1 => 3
outer y 
int(0)
int(1)
inner got S1
int(2)
string(2) "ik"
outer got ret
int(3)
outer y S3
NULL
bool(false)
int(5)
5,4,3,2,1
int(15)
inner caught x
int(2)
int(3)
