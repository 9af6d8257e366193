--TEST--
yield without a value, yield as an expression, precedence
--FILE--
<?php
function g() {
    echo "start\n";
    $x = yield;
    var_dump($x);
    $y = yield 1 + 2;
    var_dump($y);
    $z = (yield 5) + 10;
    var_dump($z);
    echo yield "k" => "v", "\n";
    $arr = [yield 'in array', yield 'second'];
    var_dump($arr);
    var_dump(yield);
}
$g = g();
var_dump($g->send("first"));
var_dump($g->send("second"));
var_dump($g->send(7));
var_dump($g->key());
var_dump($g->send("echoed"));
var_dump($g->send("A"));
var_dump($g->send("B"));
var_dump($g->send("C"));
var_dump($g->valid());
function keys() { yield; yield; }
foreach (keys() as $k => $v) var_dump($k, $v);
--EXPECT--
start
string(5) "first"
int(3)
string(6) "second"
int(5)
int(17)
string(1) "v"
string(1) "k"
echoed
string(8) "in array"
string(6) "second"
array(2) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "B"
}
NULL
string(1) "C"
NULL
bool(false)
int(0)
NULL
int(1)
NULL
