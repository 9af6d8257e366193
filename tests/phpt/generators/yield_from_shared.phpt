--TEST--
A generator delegated to is shared with direct use
--FILE--
<?php
function inner() { yield 1; yield 2; yield 3; return 'inner-done'; }
function del($g) { $r = yield from $g; echo "del got $r\n"; yield 'last'; }
$in = inner();
$d = del($in);
echo $d->current(), "\n";
$in->next();
echo $d->current(), " ", $d->key(), "\n";
$d->next();
var_dump($d->current(), $in->current());
$d->next();
var_dump($d->current(), $in->valid(), $in->getReturn());
$in = inner();
$in->next();
$d = del($in);
echo "starts at ", $d->current(), "\n";
$in = inner();
$a = del($in);
$b = del($in);
echo $a->current(), "\n";
try {
    $b->current();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
1
2 1
int(3)
int(3)
del got inner-done
string(4) "last"
bool(false)
string(10) "inner-done"
starts at 2
1
