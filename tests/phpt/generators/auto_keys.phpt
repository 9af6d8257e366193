--TEST--
Auto keys continue after the largest integer key; yield from keeps its keys without moving them
--FILE--
<?php
function g() {
    yield 'x';
    yield 5 => 'five';
    yield 'six';
    yield 'str' => 'keyed';
    yield 'seven';
    yield -10 => 'neg';
    yield 'eight';
    yield from [100 => 'a', 'b'];
    yield 'nine';
}
foreach (g() as $k => $v) {
    var_dump($k);
    echo "  $v\n";
}
--EXPECT--
int(0)
  x
int(5)
  five
int(6)
  six
string(3) "str"
  keyed
int(7)
  seven
int(-10)
  neg
int(8)
  eight
int(100)
  a
int(101)
  b
int(9)
  nine
