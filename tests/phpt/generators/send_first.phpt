--TEST--
send() before current() runs to the first yield first
--FILE--
<?php
function logger() {
    echo "started\n";
    while (true) {
        $line = yield strlen($line ?? '');
        echo "log: $line\n";
    }
}
$l = logger();
var_dump($l->send("one"));
var_dump($l->send("three"));
var_dump($l->current());
function g() { echo "body\n"; $a = yield 'first'; echo "a=$a\n"; }
$g = g();
var_dump($g->send('X'));
var_dump($g->valid());
--EXPECT--
started
log: one
int(3)
log: three
int(5)
int(5)
body
a=X
NULL
bool(false)
