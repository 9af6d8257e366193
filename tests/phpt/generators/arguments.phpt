--TEST--
Arguments are bound when the generator function is called
--FILE--
<?php
function named(int $a, int $b = 2) { echo "body\n"; yield $a + $b; }
$g = named(b: 5, a: 1);
echo "called\n";
var_dump($g->current());
try {
    named("x");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    named();
} catch (ArgumentCountError $e) {
    echo get_class($e), "\n";
}
function args($a) { yield func_get_args(); yield func_num_args(); }
foreach (args(1, 2, 3) as $v) var_dump($v);
function variadic(...$xs) { foreach ($xs as $k => $x) yield $k => $x; }
var_dump(iterator_to_array(variadic(a: 1, b: 2)));
function byRef(&$counter) { while ($counter < 3) { $counter++; yield $counter; } }
$c = 0;
foreach (byRef($c) as $v) echo "$v/$c\n";
function defaults($x = [1, 2]) { yield $x; }
var_dump(defaults()->current());
--EXPECTF--
called
body
int(6)
named(): Argument #1 ($a) must be of type int, string given, called in %s/arguments.php on line 7
ArgumentCountError
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(3)
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
1/1
2/2
3/3
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
