--TEST--
yield from arrays: keys kept, sent values ignored, result null
--FILE--
<?php
function g() {
    $r = yield from ['a' => 1, 'b' => 2, 5 => 3, 4];
    var_dump($r);
    yield 'after';
}
foreach (g() as $k => $v) { var_dump($k, $v); }
function s() { $r = yield from [4, 5]; echo $r === null ? "null\n" : "set\n"; return 7; }
$g = s();
var_dump($g->send(99));
var_dump($g->send(88));
var_dump($g->getReturn());
function t() {
    try { yield from [1, 2, 3]; echo "not here\n"; }
    catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; yield 8; }
    return 9;
}
$g = t();
echo $g->current(), "\n";
echo $g->throw(new Exception("E")), "\n";
$g->next();
echo $g->getReturn(), "\n";
function e() { yield from []; yield 'only'; }
var_dump(iterator_to_array(e()));
--EXPECT--
string(1) "a"
int(1)
string(1) "b"
int(2)
int(5)
int(3)
int(6)
int(4)
NULL
int(0)
string(5) "after"
int(5)
null
NULL
int(7)
1
caught E
8
9
array(1) {
  [0]=>
  string(4) "only"
}
