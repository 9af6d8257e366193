--TEST--
ArrayObject: elements, flags (ARRAY_AS_PROPS, STD_PROP_LIST), nested writes, sorting, exchangeArray, iterator class, object storage, views and serialization
--FILE--
<?php
function attempt(callable $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$ao = new ArrayObject(['b' => 2, 'a' => 1]);
$ao['c'] = 3;
$ao[] = 'pushed';
$ao->append('appended');
var_dump(count($ao), $ao['a'], isset($ao['a']), isset($ao['zz']), empty($ao['a']));
var_dump($ao['missing']);
$ao['n'] = null;
var_dump(isset($ao['n']), $ao->offsetExists('n'), $ao['n'] ?? 'default');
unset($ao['n'], $ao['not there']);
var_dump($ao->offsetGet(true), $ao[1.0]);

echo "-- nested writes\n";
$n = new ArrayObject(['list' => [1]]);
$n['list'][] = 2;
$n['new'][] = 3;
$n['deep']['x']['y'] = 4;
$n['list'][0]++;
var_dump($n->getArrayCopy());

echo "-- ARRAY_AS_PROPS\n";
$p = new ArrayObject(['x' => 1], ArrayObject::ARRAY_AS_PROPS);
$p->y = 2;
var_dump($p->x, isset($p->y), isset($p->nope), $p->getArrayCopy());
unset($p->x);
var_dump(count($p));
var_dump($p->nope);
var_dump($p->getFlags());
$p->list = [];
$p->list[] = 'nested write into the storage';
var_dump($p['list']);
class Config extends ArrayObject {
    public $declared = 'declared';
    private $hidden = 'hidden';
    public function __construct(array $a) { parent::__construct($a, ArrayObject::ARRAY_AS_PROPS); }
}
$cfg = new Config(['x' => 1]);
$cfg->declared = 'changed';
$cfg->y = 2;
var_dump($cfg->declared, $cfg->getArrayCopy(), isset($cfg->declared), isset($cfg->nope));
attempt(fn() => $cfg->hidden);

echo "-- offsetSet replaces a reference\n";
$r = new ArrayObject(['x' => 1]);
$ref = &$r['x'];
$r['x'] = 2;
var_dump($ref, $r['x']);

echo "-- STD_PROP_LIST and properties\n";
class Bag extends ArrayObject {
    public $declared = 'prop';
}
$b = new Bag(['k' => 'v']);
var_dump($b, (array) $b, get_object_vars($b));
var_export($b);
echo "\n", json_encode($b), "\n";
$b->setFlags(ArrayObject::STD_PROP_LIST);
var_dump((array) $b);
var_export($b);
echo "\n";
foreach ($b as $k => $v) {
    echo "$k=$v\n";
}

echo "-- sorting\n";
$s = new ArrayObject(['b' => 2, 'a' => 3, 'c' => 1]);
var_dump($s->asort(), $s->getArrayCopy());
$s->ksort();
print_r($s->getArrayCopy());
$s->uasort(fn($x, $y) => $y <=> $x);
print_r($s->getArrayCopy());
$s->uksort(fn($x, $y) => strcmp($y, $x));
print_r($s->getArrayCopy());
$nat = new ArrayObject(['img12', 'img10', 'IMG2']);
$nat->natcasesort();
print_r($nat->getArrayCopy());
$nat->natsort();
print_r($nat->getArrayCopy());
attempt(fn() => $s->uasort('no_such_function'));
attempt(fn() => $s->asort('x'));

echo "-- exchangeArray and the iterator class\n";
$x = new ArrayObject([1, 2]);
var_dump($x->exchangeArray(['new']), $x->getArrayCopy());
attempt(fn() => $x->exchangeArray(1));
var_dump($x->getIteratorClass(), get_class($x->getIterator()));
$x->setIteratorClass('RecursiveArrayIterator');
var_dump($x->getIteratorClass(), get_class($x->getIterator()));
attempt(fn() => $x->setIteratorClass('stdClass'));
attempt(fn() => new ArrayObject([], 0, 'NoSuchClass'));
$it = $x->getIterator();
$x['later'] = 'seen by the iterator';
foreach ($it as $k => $v) {
    echo "$k=$v\n";
}

echo "-- over an object\n";
class Point {
    public $x = 1;
    protected $y = 2;
    private $z = 3;
}
$pt = new Point;
$op = new ArrayObject($pt);
var_dump(count($op), $op['x'], isset($op['y']));
$op['w'] = 4;
var_dump($pt);
foreach ($op as $k => $v) {
    echo "$k=$v\n";
}
attempt(fn() => $op->append(5));
var_dump($op);

echo "-- over another ArrayObject\n";
$inner = new ArrayObject([1]);
$outer = new ArrayObject($inner);
$outer[] = 2;
var_dump(count($inner), $outer);

echo "-- serialization\n";
$ser = new ArrayObject(['k' => [1, 2]], ArrayObject::ARRAY_AS_PROPS);
echo serialize($ser), "\n", $ser->serialize(), "\n";
var_dump(unserialize(serialize($ser)));
var_dump(unserialize('O:11:"ArrayObject":4:{i:0;i:0;i:1;a:1:{s:1:"x";i:1;}i:2;a:0:{}i:3;s:22:"RecursiveArrayIterator";}')->getIteratorClass());
$u = new ArrayObject;
$u->unserialize('x:i:0;a:1:{i:0;s:1:"v";};m:a:0:{}');
var_dump($u->getArrayCopy());
attempt(fn() => (new ArrayObject)->unserialize('x:i:0;'));
attempt(fn() => (new ArrayObject)->__unserialize([0, 1, []]));
attempt(fn() => (new ArrayObject)->__unserialize([0, [], [], 'NoSuchClass']));

echo "-- clone\n";
$orig = new ArrayObject([1, 2]);
$copy = clone $orig;
$copy[] = 3;
var_dump(count($orig), count($copy));

echo "-- illegal offsets (last: PHP keeps an object handle busy after them)\n";
attempt(fn() => $ao[[]]);
attempt(fn() => isset($ao[[]]));
attempt(function () use ($ao) { $ao[new stdClass] = 1; });
attempt(fn() => new ArrayObject(5));
--EXPECTF--
int(5)
int(1)
bool(true)
bool(false)
bool(false)

Warning: Undefined array key "missing" in %s/array_object.php on line 15
NULL
bool(false)
bool(true)
string(7) "default"
string(8) "appended"
string(8) "appended"
-- nested writes
array(3) {
  ["list"]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(2)
  }
  ["new"]=>
  array(1) {
    [0]=>
    int(3)
  }
  ["deep"]=>
  array(1) {
    ["x"]=>
    array(1) {
      ["y"]=>
      int(4)
    }
  }
}
-- ARRAY_AS_PROPS
int(1)
bool(true)
bool(false)
array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
}
int(1)

Warning: Undefined array key "nope" in %s/array_object.php on line 35
NULL
int(2)
array(1) {
  [0]=>
  string(29) "nested write into the storage"
}
string(7) "changed"
array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
}
bool(true)
bool(false)

Warning: Undefined array key "hidden" in %s/array_object.php on line 49
-- offsetSet replaces a reference
int(1)
int(2)
-- STD_PROP_LIST and properties
object(Bag)#6 (2) {
  ["declared"]=>
  string(4) "prop"
  ["storage":"ArrayObject":private]=>
  array(1) {
    ["k"]=>
    string(1) "v"
  }
}
array(1) {
  ["k"]=>
  string(1) "v"
}
array(1) {
  ["declared"]=>
  string(4) "prop"
}
\Bag::__set_state(array(
   'k' => 'v',
))
{"k":"v"}
array(1) {
  ["declared"]=>
  string(4) "prop"
}
\Bag::__set_state(array(
   'declared' => 'prop',
))
k=v
-- sorting
bool(true)
array(3) {
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(3)
}
Array
(
    [a] => 3
    [b] => 2
    [c] => 1
)
Array
(
    [a] => 3
    [b] => 2
    [c] => 1
)
Array
(
    [c] => 1
    [b] => 2
    [a] => 3
)
Array
(
    [2] => IMG2
    [1] => img10
    [0] => img12
)
Array
(
    [2] => IMG2
    [1] => img10
    [0] => img12
)
TypeError: uasort(): Argument #2 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: ArrayObject::asort(): Argument #1 ($flags) must be of type int, string given
-- exchangeArray and the iterator class
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  [0]=>
  string(3) "new"
}
TypeError: ArrayObject::exchangeArray(): Argument #1 ($array) must be of type array, int given
string(13) "ArrayIterator"
string(13) "ArrayIterator"
string(22) "RecursiveArrayIterator"
string(22) "RecursiveArrayIterator"
TypeError: ArrayObject::setIteratorClass(): Argument #1 ($iteratorClass) must be a class name derived from ArrayIterator, stdClass given
TypeError: ArrayObject::__construct(): Argument #3 ($iteratorClass) must be a class name derived from ArrayIterator, NoSuchClass given
0=new
later=seen by the iterator
-- over an object
int(1)
int(1)
bool(false)
object(Point)#10 (4) {
  ["x"]=>
  int(1)
  ["y":protected]=>
  int(2)
  ["z":"Point":private]=>
  int(3)
  ["w"]=>
  int(4)
}
x=1
w=4
Error: Cannot append properties to objects, use ArrayObject::offsetSet() instead
object(ArrayObject)#11 (1) {
  ["storage":"ArrayObject":private]=>
  object(Point)#10 (4) {
    ["x"]=>
    int(1)
    ["y":protected]=>
    int(2)
    ["z":"Point":private]=>
    int(3)
    ["w"]=>
    int(4)
  }
}
-- over another ArrayObject
int(2)
object(ArrayObject)#14 (1) {
  ["storage":"ArrayObject":private]=>
  object(ArrayObject)#13 (1) {
    ["storage":"ArrayObject":private]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
}
-- serialization
O:11:"ArrayObject":4:{i:0;i:2;i:1;a:1:{s:1:"k";a:2:{i:0;i:1;i:1;i:2;}}i:2;a:0:{}i:3;N;}
x:i:2;a:1:{s:1:"k";a:2:{i:0;i:1;i:1;i:2;}};m:a:0:{}
object(ArrayObject)#16 (1) {
  ["storage":"ArrayObject":private]=>
  array(1) {
    ["k"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
}
string(22) "RecursiveArrayIterator"
array(1) {
  [0]=>
  string(1) "v"
}
UnexpectedValueException: Error at offset 6 of 6 bytes
InvalidArgumentException: Passed variable is not an array or object
UnexpectedValueException: Cannot deserialize ArrayObject with iterator class 'NoSuchClass'; no such class exists
-- clone
int(2)
int(3)
-- illegal offsets (last: PHP keeps an object handle busy after them)
TypeError: Illegal offset type
TypeError: Illegal offset type in isset or empty
TypeError: Illegal offset type
TypeError: ArrayObject::__construct(): Argument #1 ($array) must be of type array, int given
