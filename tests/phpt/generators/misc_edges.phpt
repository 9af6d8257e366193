--TEST--
yield in call arguments, return types, func_get_args, backtraces, serialization, unset while iterating
--FILE--
<?php
function show(...$a) { echo json_encode($a), "\n"; }
function args() { show(yield 1, yield 2); $x = (yield 'k' => 'v') . '!'; echo $x, "\n"; }
$g = args();
foreach (['A', 'B', 'C'] as $s) { var_dump($g->key()); $g->send($s); }
var_dump($g->valid());
function it(): iterable { yield 1; }
function tr(): Traversable { yield 2; }
function gen(): Generator { return; yield; }
var_dump(it()->current(), tr()->current(), gen()->valid());
function counted() { var_dump(func_get_args(), func_num_args()); yield; }
counted(1, 'two')->current();
function traced() { yield 1; debug_print_backtrace(); yield 2; }
foreach (traced() as $v) {}
try { serialize(counted()); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unserialize('O:9:"Generator":0:{}'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo json_encode(it()), "\n";
var_export(it());
echo "\n";
$once = (function () { yield 1; yield 2; yield 3; })();
foreach ($once as $v) { echo $v; unset($once); }
echo "\n";
function keys() { yield 5 => 'a'; yield 'b'; yield -10 => 'c'; yield 'd'; yield '7' => 'e'; yield 'f'; }
foreach (keys() as $k => $v) echo var_export($k, true), " ";
echo "\n";
--EXPECTF--
int(0)
int(1)
["A","B"]
string(1) "k"
C!
bool(false)
int(1)
int(2)
bool(false)
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(3) "two"
}
int(2)
#0 %s/misc_edges.php(14): traced()
Exception: Serialization of 'Generator' is not allowed
Exception: Unserialization of 'Generator' is not allowed
{}
\Generator::__set_state(array(
))
123
5 6 -10 7 '7' 8
