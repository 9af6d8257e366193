--TEST--
Sorting and searching arrays of enum cases and objects
--FILE--
<?php
enum Suit { case Hearts; case Spades; case Clubs; }
var_dump(array_unique([Suit::Hearts, Suit::Spades, Suit::Hearts], SORT_REGULAR));
$e = [Suit::Spades, 1, Suit::Hearts, 'x', Suit::Spades];
sort($e);
var_dump($e);
var_dump(in_array(Suit::Hearts, [Suit::Spades]), in_array(Suit::Hearts, [Suit::Hearts]), array_search(Suit::Clubs, [Suit::Clubs], true));
class V { function __construct(public $v) {} }
var_dump(array_search(new V(2), [new V(1), new V(2)]), in_array(new V(3), [new V(3)], true));
$objs = [new V(3), new V(1), new V(2)];
sort($objs);
var_dump($objs);
usort($objs, fn($a, $b) => $b->v <=> $a->v);
var_dump(array_column($objs, 'v'));
var_dump(max(new V(1), new V(5)), min([new V(4), new V(2)]));
--EXPECT--
array(2) {
  [0]=>
  enum(Suit::Hearts)
  [1]=>
  enum(Suit::Spades)
}
array(5) {
  [0]=>
  int(1)
  [1]=>
  string(1) "x"
  [2]=>
  enum(Suit::Hearts)
  [3]=>
  enum(Suit::Spades)
  [4]=>
  enum(Suit::Spades)
}
bool(false)
bool(true)
int(0)
int(1)
bool(false)
array(3) {
  [0]=>
  object(V)#6 (1) {
    ["v"]=>
    int(1)
  }
  [1]=>
  object(V)#4 (1) {
    ["v"]=>
    int(2)
  }
  [2]=>
  object(V)#5 (1) {
    ["v"]=>
    int(3)
  }
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
object(V)#8 (1) {
  ["v"]=>
  int(5)
}
object(V)#9 (1) {
  ["v"]=>
  int(2)
}
