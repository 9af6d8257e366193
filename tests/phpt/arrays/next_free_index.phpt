--TEST--
The next free index after array functions (PHP 8.2 rules)
--FILE--
<?php
$a = [1, 2, 3]; unset($a[2]); $m = array_merge([], $a); $m[] = 'x'; var_dump($m);
$b = [1, 2, 3]; unset($b[1]); $n = array_merge($b, []); $n[] = 'y'; var_dump($n);
$c = [1, 2, 3]; array_pop($c); $o = array_merge($c, []); $o[] = 'z'; var_dump($o);
$d = [5 => 'a', 9 => 'b']; unset($d[9]); asort($d); $d[] = 'x'; var_dump($d);
$e = [5 => 'a', 9 => 'b']; unset($e[9]); ksort($e); $e[] = 'y'; var_dump($e);
$f = [3 => 1, 1 => 2]; sort($f); $f[] = 3; var_dump($f);
$g = [1, 2, 3]; unset($g[2]); $v = array_values($g); $v[] = 'v'; var_dump($v);
$h = [1, 2, 3]; unset($h[2]); shuffle($h); $h[] = 's'; var_dump(array_keys($h));
$i = [7 => 'x']; array_shift($i); $i[] = 'after'; var_dump($i);
$j = ['k' => 1, 4 => 2]; array_unshift($j, 0); $j[] = 'u'; var_dump($j);
$k = [1, 2, 3]; array_splice($k, 1, 1); $k[] = 'sp'; var_dump($k);
$l = [10 => 'a', 11 => 'b']; array_pop($l); $l[] = 'p'; var_dump($l);
$s = array_slice([5 => 'a', 6 => 'b'], 0, null, true); $s[] = 'c'; var_dump($s);
$r = array_reverse([3 => 'a', 8 => 'b'], true); $r[] = 'c'; var_dump($r);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [3]=>
  string(1) "x"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  string(1) "y"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(1) "z"
}
array(2) {
  [5]=>
  string(1) "a"
  [10]=>
  string(1) "x"
}
array(2) {
  [5]=>
  string(1) "a"
  [10]=>
  string(1) "y"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(1) "v"
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(1) {
  [0]=>
  string(5) "after"
}
array(4) {
  [0]=>
  int(0)
  ["k"]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(1) "u"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  string(2) "sp"
}
array(2) {
  [10]=>
  string(1) "a"
  [11]=>
  string(1) "p"
}
array(3) {
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "b"
  [7]=>
  string(1) "c"
}
array(3) {
  [8]=>
  string(1) "b"
  [3]=>
  string(1) "a"
  [9]=>
  string(1) "c"
}
