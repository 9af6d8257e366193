--TEST--
SplFixedArray: sizes, offsets and their errors, fromArray/toArray, live iteration, dumps and serialization
--FILE--
<?php
function attempt(callable $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$f = new SplFixedArray(3);
var_dump($f->getSize(), count($f), $f[0], isset($f[0]));
$f[0] = 'a';
$f['1'] = 'b';
$f[2.0] = 'c';
var_dump($f->toArray(), isset($f[1]), $f->offsetExists(5));
foreach ([3, -1, 'x', '1.5', null, [], true] as $k) {
    attempt(fn() => var_dump($f[$k]));
}
attempt(function () use ($f) { $f[] = 'appended'; });
attempt(function () use ($f) { $f[3] = 'too far'; });
attempt(function () use ($f) { unset($f[3]); });
attempt(fn() => new SplFixedArray(-1));
attempt(fn() => $f->setSize(-1));
unset($f[0]);
var_dump($f->toArray());
var_dump($f->setSize(5), $f->getSize(), $f[4]);
$f->setSize(2);
var_dump($f->toArray());

echo "-- nested writes\n";
$g = new SplFixedArray(2);
$g[0] = [];
$g[0][] = 'x';
$g[0]['k'] = 'y';
var_dump($g[0]);

echo "-- fromArray\n";
var_dump(SplFixedArray::fromArray([2 => 'x', 0 => 'y'])->toArray());
var_dump(SplFixedArray::fromArray([2 => 'x', 0 => 'y'], false)->toArray());
attempt(fn() => SplFixedArray::fromArray(['a' => 1]));
attempt(fn() => SplFixedArray::fromArray([-1 => 1]));
var_dump(SplFixedArray::fromArray([])->getSize());

echo "-- iteration\n";
$h = SplFixedArray::fromArray([1, 2, 3]);
foreach ($h as $k => $v) {
    echo "$k=>$v\n";
    if ($k === 0) {
        $h[2] = 'changed during the loop';
    }
}
foreach ($h as $a) {
    foreach ($h as $b) {
        echo "$a$b ";
    }
}
echo "\n";
var_dump(get_class($h->getIterator()), iterator_to_array($h->getIterator()));
var_dump($h->jsonSerialize(), json_encode($h));

echo "-- dumps\n";
class Row extends SplFixedArray {
    public $label = 'row';
}
$r = Row::fromArray(['x', ['y']]);
var_dump($r);
print_r($r);
echo "\n";
var_export($r);
echo "\n";
var_dump((array) $r);

echo "-- serialization\n";
$s = serialize($h);
echo $s, "\n";
var_dump(unserialize($s));
var_dump($h->__serialize());
$u = new SplFixedArray;
$u->__unserialize([7, 8]);
var_dump($u->toArray());

echo "-- clone\n";
$c = clone $h;
$c[0] = 'clone';
var_dump($h[0], $c[0]);
--EXPECTF--
int(3)
int(3)
NULL
bool(false)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
bool(true)
bool(false)
RuntimeException: Index invalid or out of range
RuntimeException: Index invalid or out of range
TypeError: Illegal offset type
TypeError: Illegal offset type
TypeError: Illegal offset type
TypeError: Illegal offset type
string(1) "b"
Error: [] operator not supported for SplFixedArray
RuntimeException: Index invalid or out of range
RuntimeException: Index invalid or out of range
ValueError: SplFixedArray::__construct(): Argument #1 ($size) must be greater than or equal to 0
ValueError: SplFixedArray::setSize(): Argument #1 ($size) must be greater than or equal to 0
array(3) {
  [0]=>
  NULL
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
bool(true)
int(5)
NULL
array(2) {
  [0]=>
  NULL
  [1]=>
  string(1) "b"
}
-- nested writes

Notice: Indirect modification of overloaded element of SplFixedArray has no effect in %s/fixed_array.php on line 33

Notice: Indirect modification of overloaded element of SplFixedArray has no effect in %s/fixed_array.php on line 34
array(0) {
}
-- fromArray
array(3) {
  [0]=>
  string(1) "y"
  [1]=>
  NULL
  [2]=>
  string(1) "x"
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
InvalidArgumentException: array must contain only positive integer keys
InvalidArgumentException: array must contain only positive integer keys
int(0)
-- iteration
0=>1
1=>2
2=>changed during the loop
11 12 1changed during the loop 21 22 2changed during the loop changed during the loop1 changed during the loop2 changed during the loopchanged during the loop 
string(16) "InternalIterator"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(23) "changed during the loop"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(23) "changed during the loop"
}
string(31) "[1,2,"changed during the loop"]"
-- dumps
object(SplFixedArray)#2 (2) {
  [0]=>
  string(1) "x"
  [1]=>
  array(1) {
    [0]=>
    string(1) "y"
  }
}
SplFixedArray Object
(
    [0] => x
    [1] => Array
        (
            [0] => y
        )

)

\SplFixedArray::__set_state(array(
   0 => 'x',
   1 => 
  array (
    0 => 'y',
  ),
))
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  array(1) {
    [0]=>
    string(1) "y"
  }
}
-- serialization
O:13:"SplFixedArray":3:{i:0;i:1;i:1;i:2;i:2;s:23:"changed during the loop";}
object(SplFixedArray)#5 (3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(23) "changed during the loop"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(23) "changed during the loop"
}
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(8)
}
-- clone
int(1)
string(5) "clone"
