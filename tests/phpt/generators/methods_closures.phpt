--TEST--
Generator methods ($this bound), static methods, closures and arrow functions
--FILE--
<?php
class C {
    private $items = [1, 2, 3];
    public $name = 'c';
    function gen() { foreach ($this->items as $i) yield $i => $this->name; }
    static function sgen() { yield static::class; }
    function closureGen() { return function () { yield $this->items; }; }
}
class D extends C {}
$c = new C;
foreach ($c->gen() as $k => $v) echo "$k $v\n";
foreach (D::sgen() as $v) echo "$v\n";
var_dump($c->closureGen()()->current());
$f = function ($x) { yield $x; yield $x * 2; };
foreach ($f(5) as $v) echo $v, "\n";
$y = 3;
$g = function () use ($y) { yield $y; $y++; yield $y; };
foreach ($g() as $v) echo $v, "\n";
var_dump($y);
$arrow = fn() => yield 7;
var_dump(iterator_to_array($arrow()));
$bound = Closure::bind(function () { yield $this->items; }, $c, C::class);
var_dump($bound()->current());
$gen = $c->gen();
unset($c);
foreach ($gen as $v) echo $v, "\n";
--EXPECT--
1 c
2 c
3 c
D
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
5
10
3
4
int(3)
array(1) {
  [0]=>
  int(7)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
c
c
c
