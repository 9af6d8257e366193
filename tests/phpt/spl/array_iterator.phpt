--TEST--
ArrayIterator and RecursiveArrayIterator: positions, changes during iteration, seek, flags, children, dumps
--FILE--
<?php
function attempt(callable $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$it = new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3]);
var_dump($it->valid(), $it->key(), $it->current(), count($it));
$it->next();
var_dump($it->key());
$it->offsetUnset('b');
var_dump($it->valid(), $it->key(), $it->current());
$it->next();
var_dump($it->valid(), $it->key(), $it->current());
$it->rewind();
var_dump($it->key());

echo "-- unsetting the current element in foreach skips one, as in PHP\n";
$u = new ArrayIterator([1, 2, 3, 4, 5]);
foreach ($u as $k => $v) {
    echo "$k=>$v ";
    $u->offsetUnset($k);
}
echo "\n";
var_dump(count($u));

echo "-- appending during foreach\n";
$g = new ArrayIterator([1]);
foreach ($g as $v) {
    echo $v, " ";
    if ($v < 4) {
        $g[] = $v + 1;
    }
}
echo "\n";

echo "-- seek\n";
$s = new ArrayIterator(['x', 'y', 'z']);
$s->seek(2);
var_dump($s->current());
attempt(fn() => $s->seek(3));
attempt(fn() => $s->seek(-1));
attempt(fn() => $s->seek('x'));
var_dump($s instanceof SeekableIterator, $s->getFlags());

echo "-- sorting and copies\n";
$o = new ArrayIterator([3, 1, 2]);
$o->asort();
var_dump($o->getArrayCopy());
$o->ksort();
var_dump(iterator_to_array($o));

echo "-- ARRAY_AS_PROPS\n";
$ap = new ArrayIterator(['p' => 'q'], ArrayIterator::ARRAY_AS_PROPS);
var_dump($ap->p);
$ap->r = 's';
var_dump($ap->getArrayCopy());

echo "-- RecursiveArrayIterator\n";
$r = new RecursiveArrayIterator([1, [2, 3], new ArrayObject([4]), (object) ['five' => 5]]);
foreach ($r as $k => $v) {
    var_dump($r->hasChildren());
    if ($r->hasChildren()) {
        var_dump(get_class($r->getChildren()), iterator_to_array($r->getChildren()));
    }
}
$only = new RecursiveArrayIterator([[1], new ArrayObject([2])], RecursiveArrayIterator::CHILD_ARRAYS_ONLY);
foreach ($only as $v) {
    var_dump($only->hasChildren());
}
class Tree extends RecursiveArrayIterator {}
$t = new Tree([[1]]);
var_dump(get_class($t->getChildren()));

echo "-- dumps\n";
var_dump(new ArrayIterator([1]), new RecursiveArrayIterator([]));
$ao = new ArrayObject(['k' => 'v']);
var_dump($ao->getIterator());
echo serialize(new ArrayIterator([1, 2])), "\n";
var_dump(unserialize(serialize(new ArrayIterator(['a' => 1]))));

echo "-- foreach by reference\n";
$byref = new ArrayObject([1, 2, 'k' => 3]);
foreach ($byref as $k => &$v) {
    $v *= 10;
}
unset($v);
var_dump($byref->getArrayCopy());
$refit = new ArrayIterator(['a' => 1]);
foreach ($refit as &$v) {
    $v = 'changed';
}
unset($v);
var_dump($refit->getArrayCopy());
class OwnCurrent extends ArrayIterator {
    public function current(): mixed { return parent::current(); }
}
attempt(function () {
    foreach (new OwnCurrent([1]) as &$v) {
    }
});
attempt(function () {
    foreach (new SplQueue as &$v) {
    }
});

echo "-- clone resets the position\n";
$c = new ArrayIterator([1, 2, 3]);
$c->next();
$d = clone $c;
var_dump($c->current(), $d->current());
--EXPECT--
bool(true)
string(1) "a"
int(1)
int(3)
string(1) "b"
bool(true)
string(1) "c"
int(3)
bool(false)
NULL
NULL
string(1) "a"
-- unsetting the current element in foreach skips one, as in PHP
0=>1 2=>3 4=>5 
int(2)
-- appending during foreach
1 2 3 4 
-- seek
string(1) "z"
OutOfBoundsException: Seek position 3 is out of range
OutOfBoundsException: Seek position -1 is out of range
TypeError: ArrayIterator::seek(): Argument #1 ($offset) must be of type int, string given
bool(true)
int(0)
-- sorting and copies
array(3) {
  [1]=>
  int(1)
  [2]=>
  int(2)
  [0]=>
  int(3)
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
-- ARRAY_AS_PROPS
string(1) "q"
array(2) {
  ["p"]=>
  string(1) "q"
  ["r"]=>
  string(1) "s"
}
-- RecursiveArrayIterator
bool(false)
bool(true)
string(22) "RecursiveArrayIterator"
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
bool(true)
string(22) "RecursiveArrayIterator"
array(1) {
  [0]=>
  int(4)
}
bool(true)
string(22) "RecursiveArrayIterator"
array(1) {
  ["five"]=>
  int(5)
}
bool(true)
bool(false)
string(4) "Tree"
-- dumps
object(ArrayIterator)#13 (1) {
  ["storage":"ArrayIterator":private]=>
  array(1) {
    [0]=>
    int(1)
  }
}
object(RecursiveArrayIterator)#14 (1) {
  ["storage":"ArrayIterator":private]=>
  array(0) {
  }
}
object(ArrayIterator)#13 (1) {
  ["storage":"ArrayIterator":private]=>
  object(ArrayObject)#14 (1) {
    ["storage":"ArrayObject":private]=>
    array(1) {
      ["k"]=>
      string(1) "v"
    }
  }
}
O:13:"ArrayIterator":4:{i:0;i:0;i:1;a:2:{i:0;i:1;i:1;i:2;}i:2;a:0:{}i:3;N;}
object(ArrayIterator)#13 (1) {
  ["storage":"ArrayIterator":private]=>
  array(1) {
    ["a"]=>
    int(1)
  }
}
-- foreach by reference
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  ["k"]=>
  int(30)
}
array(1) {
  ["a"]=>
  string(7) "changed"
}
Error: An iterator cannot be used with foreach by reference
Error: An iterator cannot be used with foreach by reference
-- clone resets the position
int(2)
int(1)
