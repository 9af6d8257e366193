--TEST--
Generator methods current/key/next/send/valid/getReturn
--FILE--
<?php
function gen() {
    echo "start\n";
    $x = yield 1;
    echo "got $x\n";
    yield 'a' => 2;
    yield;
    return 42;
}
$g = gen();
echo "created, nothing ran\n";
var_dump($g->current());
var_dump($g->key());
var_dump($g->send("hello"));
var_dump($g->key());
$g->next();
var_dump($g->key(), $g->current());
$g->next();
var_dump($g->valid(), $g->current(), $g->key(), $g->getReturn());
$g->next();
var_dump($g->send(1));
--EXPECT--
created, nothing ran
start
int(1)
int(0)
got hello
int(2)
string(1) "a"
int(1)
NULL
bool(false)
NULL
NULL
int(42)
NULL
