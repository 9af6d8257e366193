--TEST--
foreach by reference over generators that yield by reference
--FILE--
<?php
function &counter() {
    $value = 1;
    while ($value < 5) {
        yield $value;
    }
}
foreach (counter() as &$n) {
    echo $n, "\n";
    $n++;
}
unset($n);
class Box {
    public $items = [1, 2, 3];
    function &each() {
        foreach ($this->items as $k => &$v) {
            yield $k => $v;
        }
    }
}
$b = new Box;
foreach ($b->each() as $k => &$v) { $v *= 10; }
unset($v);
var_dump($b->items);
function byValue() { yield 1; }
try {
    foreach (byValue() as &$x) {}
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
function &notVar() { yield 5; }
foreach (notVar() as &$y) { var_dump($y); }
$g = counter();
var_dump($g->current());
--EXPECTF--
1
2
3
4
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
Exception: You can only iterate a generator by-reference if it declared that it yields by-reference

Notice: Only variable references should be yielded by reference in %s/foreach_by_ref.php on line 31
int(5)
int(1)
