--TEST--
The internal pointer around deletions, appends, copies and references
--FILE--
<?php
$a = [1, 2, 3, 4];
next($a); next($a);
unset($a[2]);
var_dump(current($a), key($a));
$a[] = 5;
var_dump(current($a));
end($a);
unset($a[4]);
var_dump(current($a), key($a), prev($a), key($a));
$b = ['x' => 1];
var_dump(next($b), prev($b), key($b), reset($b));
$c = [1, 2, 3];
foreach ($c as $v) { }
var_dump(current($c));
foreach ($c as &$v) { }
unset($v);
var_dump(current($c));
$d = [1, 2];
$e = &$d;
next($e);
var_dump(current($d));
$f = [[1, 2], [3]];
var_dump(next($f[0]), current($f[0]), current($f));
$g = [1, 2, 3];
while (list($k, $v) = [key($g), current($g)]) { if ($v === false) break; echo "$k=$v "; next($g); }
echo "\n";
$h = [3 => 'a'];
array_unshift($h, 'z');
var_dump(key($h));
$i = [1, 2, 3];
end($i);
$i[] = 4;
var_dump(current($i), next($i), current($i));
--EXPECT--
int(4)
int(3)
int(4)
bool(false)
NULL
bool(false)
NULL
bool(false)
bool(false)
NULL
int(1)
int(1)
int(1)
int(2)
int(2)
int(2)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
0=1 1=2 2=3 
int(0)
int(3)
int(4)
int(4)
