--TEST--
yield from chains: sent values reach the innermost generator, throw() through delegation, deep chains, mixed keys
--FILE--
<?php
function inner() { $x = yield 1; echo "inner got $x\n"; yield 2; return 'ret'; }
function outer() { $r = yield from inner(); echo "outer got $r\n"; $y = yield 3; echo "outer y $y\n"; }
foreach (outer() as $k => $v) echo "$k => $v\n";
$g = outer();
$g->current();
$g->send('S1');
$g->send('S2');
$g->send('S3');
function recovers() { try { yield 1; } catch (Exception $e) { echo "inner caught\n"; yield 'recovered'; } }
function delegates() { yield from recovers(); yield 'after'; }
$g = delegates();
$g->current();
var_dump($g->throw(new Exception('x')));
$g->next();
var_dump($g->current());
function fails() { yield 1; throw new RuntimeException("bad"); }
function wraps() {
    try { yield from fails(); } catch (RuntimeException $e) { echo "wrapper caught ", $e->getMessage(), "\n"; }
    yield 2;
}
foreach (wraps() as $v) var_dump($v);
function chain($n) { if ($n == 0) { yield 'leaf'; return 0; } $r = yield from chain($n - 1); return $r + 1; }
$c = chain(200);
foreach ($c as $v) echo $v, "\n";
var_dump($c->getReturn());
function two() { yield 'a'; yield 'b'; return 'R'; }
function mixed_keys() { yield 1; yield from [10 => 'a', 'b']; yield 2; yield from two(); yield 3; }
foreach (mixed_keys() as $k => $v) echo "$k=>$v ";
echo "\n";
var_dump(iterator_to_array(mixed_keys(), false));
--EXPECT--
0 => 1
inner got 
1 => 2
outer got ret
0 => 3
outer y 
inner got S1
outer got ret
outer y S3
inner caught
string(9) "recovered"
string(5) "after"
int(1)
wrapper caught bad
int(2)
leaf
int(200)
0=>1 10=>a 11=>b 1=>2 0=>a 1=>b 2=>3 
array(7) {
  [0]=>
  int(1)
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  int(2)
  [4]=>
  string(1) "a"
  [5]=>
  string(1) "b"
  [6]=>
  int(3)
}
