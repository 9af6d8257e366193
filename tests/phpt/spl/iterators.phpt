--TEST--
IteratorIterator and its family (filters, limit, infinite, no-rewind, append, caching, regex), EmptyIterator, MultipleIterator
--FILE--
<?php
function attempt(callable $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
function show($it) {
    foreach ($it as $k => $v) {
        echo json_encode($k), "=>", json_encode($v), " ";
    }
    echo "\n";
}

class Agg implements IteratorAggregate {
    public function getIterator(): Iterator { return new ArrayIterator(['x' => 1, 'y' => 2]); }
}
$ii = new IteratorIterator(new Agg);
var_dump(get_class($ii->getInnerIterator()), $ii->valid(), $ii->current());
$ii->rewind();
var_dump($ii->valid(), $ii->key(), $ii->current());
show($ii);
var_dump($ii);
attempt(fn() => $ii->__construct(new ArrayIterator([])));
attempt(fn() => new IteratorIterator([]));
attempt(fn() => new LimitIterator(new ArrayObject([])));
attempt(fn() => clone $ii);

echo "-- a subclass that forgets the parent constructor\n";
class Forgetful extends FilterIterator {
    public function __construct() {}
    public function accept(): bool { return true; }
}
$f = new Forgetful;
attempt(fn() => $f->rewind());
attempt(fn() => $f->getInnerIterator());

echo "-- filters\n";
class Odd extends FilterIterator {
    public function accept(): bool { return $this->current() % 2 == 1; }
}
show(new Odd(new ArrayIterator(range(1, 7))));
show(new CallbackFilterIterator(new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3]), function ($v, $k, $inner) {
    return $k !== 'b' && $inner instanceof ArrayIterator;
}));
attempt(fn() => new CallbackFilterIterator(new ArrayIterator([]), 'no_such_function'));

echo "-- limit\n";
$l = new LimitIterator(new ArrayIterator([1, 2, 3, 4, 5]), 1, 3);
foreach ($l as $k => $v) {
    echo "$k=>$v@", $l->getPosition(), " ";
}
echo "\n";
var_dump($l->seek(2), $l->current());
attempt(fn() => $l->seek(0));
attempt(fn() => $l->seek(4));
attempt(fn() => new LimitIterator(new ArrayIterator([]), -1));
attempt(fn() => new LimitIterator(new ArrayIterator([]), 0, -2));
show(new LimitIterator(new ArrayIterator(['a', 'b', 'c']), 2));
show(new LimitIterator(new EmptyIterator, 0, 2));

echo "-- infinite and no-rewind\n";
$inf = new InfiniteIterator(new ArrayIterator([1, 2]));
$n = 0;
foreach ($inf as $k => $v) {
    echo "$k=>$v ";
    if (++$n == 5) {
        break;
    }
}
echo "\n";
show(new LimitIterator(new InfiniteIterator(new ArrayIterator(['a', 'b', 'c'])), 2, 5));
$nr = new NoRewindIterator(new ArrayIterator([1, 2, 3]));
foreach ($nr as $v) {
    echo $v;
    break;
}
foreach ($nr as $v) {
    echo $v;
}
echo "\n";

echo "-- append\n";
$ap = new AppendIterator;
$ap->append(new ArrayIterator([1, 2]));
$ap->append(new ArrayIterator([]));
$ap->append(new ArrayIterator(['k' => 3]));
foreach ($ap as $k => $v) {
    echo "$k=>$v (", $ap->getIteratorIndex(), ") ";
}
echo "\n";
var_dump(iterator_to_array($ap, false), get_class($ap->getArrayIterator()), $ap->getIteratorIndex(), $ap->valid());
attempt(fn() => $ap->append(new ArrayObject([])));

echo "-- caching\n";
$c = new CachingIterator(new ArrayIterator(['a', 'b', 'c']));
foreach ($c as $v) {
    echo $v, $c->hasNext() ? ", " : "\n";
}
var_dump((string) $c, $c->getFlags());
$fc = new CachingIterator(new ArrayIterator(['x' => 1, 'y' => 2]), CachingIterator::FULL_CACHE | CachingIterator::TOSTRING_USE_KEY);
foreach ($fc as $k => $v) {
    echo (string) $fc, " ";
}
echo "\n";
var_dump($fc->getCache(), count($fc), $fc['x'], isset($fc['z']));
$fc['z'] = 26;
unset($fc['x']);
var_dump($fc->getCache());
$plain = new CachingIterator(new ArrayIterator([1]), 0);
attempt(fn() => (string) $plain);
attempt(fn() => $plain->getCache());
attempt(fn() => count($plain));
attempt(fn() => new CachingIterator(new ArrayIterator([]), CachingIterator::CALL_TOSTRING | CachingIterator::TOSTRING_USE_KEY));
attempt(fn() => $c->setFlags(0));

echo "-- regex\n";
$words = new ArrayIterator(['apple', 'banana', 'cherry', 'avocado', 'k1' => 'kiwi']);
show(new RegexIterator($words, '/^a/'));
show(new RegexIterator($words, '/an/', RegexIterator::MATCH, RegexIterator::INVERT_MATCH));
show(new RegexIterator($words, '/^k/', RegexIterator::MATCH, RegexIterator::USE_KEY));
show(new RegexIterator($words, '/(a)(n)/', RegexIterator::GET_MATCH));
show(new RegexIterator($words, '/a/', RegexIterator::SPLIT));
show(new RegexIterator($words, '/a/', RegexIterator::ALL_MATCHES));
$rep = new RegexIterator($words, '/a/', RegexIterator::REPLACE);
$rep->replacement = '4';
show($rep);
$ri = new RegexIterator($words, '/x/');
var_dump($ri->getRegex(), $ri->getMode(), $ri->getFlags(), $ri->getPregFlags(), $ri);
$ri->setMode(RegexIterator::GET_MATCH);
$ri->setFlags(RegexIterator::USE_KEY);
$ri->setPregFlags(PREG_OFFSET_CAPTURE);
var_dump($ri->getMode(), $ri->getFlags(), $ri->getPregFlags());
attempt(fn() => $ri->setMode(9));

echo "-- empty\n";
$e = new EmptyIterator;
var_dump($e->valid(), iterator_to_array($e));
attempt(fn() => $e->current());
attempt(fn() => $e->key());

echo "-- multiple\n";
$m = new MultipleIterator;
$m->attachIterator(new ArrayIterator([1, 2, 3]));
$m->attachIterator(new ArrayIterator([4, 5]));
foreach ($m as $k => $v) {
    echo json_encode($k), json_encode($v), "\n";
}
$m = new MultipleIterator(MultipleIterator::MIT_NEED_ANY | MultipleIterator::MIT_KEYS_ASSOC);
$first = new ArrayIterator([1, 2, 3]);
$m->attachIterator($first, 'a');
$m->attachIterator(new ArrayIterator([4, 5]), 'b');
foreach ($m as $k => $v) {
    echo json_encode($k), json_encode($v), "\n";
}
var_dump($m->countIterators(), $m->containsIterator($first), $m->getFlags());
attempt(fn() => $m->attachIterator(new ArrayIterator([]), 'a'));
attempt(fn() => $m->attachIterator(new ArrayIterator([]), []));
$m->detachIterator($first);
var_dump($m->countIterators());
var_dump($m);
$none = new MultipleIterator;
var_dump($none->valid());
attempt(fn() => $none->current());
--EXPECT--
string(13) "ArrayIterator"
bool(false)
NULL
bool(true)
string(1) "x"
int(1)
"x"=>1 "y"=>2 
object(IteratorIterator)#1 (0) {
}
BadMethodCallException: IteratorIterator::getIterator() must be called exactly once per instance
TypeError: IteratorIterator::__construct(): Argument #1 ($iterator) must be of type Traversable, array given
TypeError: LimitIterator::__construct(): Argument #1 ($iterator) must be of type Iterator, ArrayObject given
Error: Trying to clone an uncloneable object of class IteratorIterator
-- a subclass that forgets the parent constructor
Error: The object is in an invalid state as the parent constructor was not called
Error: The object is in an invalid state as the parent constructor was not called
-- filters
0=>1 2=>3 4=>5 6=>7 
"a"=>1 "c"=>3 
TypeError: CallbackFilterIterator::__construct(): Argument #2 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
-- limit
1=>2@1 2=>3@2 3=>4@3 
int(2)
int(3)
OutOfBoundsException: Cannot seek to 0 which is below the offset 1
OutOfBoundsException: Cannot seek to 4 which is behind offset 1 plus count 3
ValueError: LimitIterator::__construct(): Argument #2 ($offset) must be greater than or equal to 0
ValueError: LimitIterator::__construct(): Argument #3 ($limit) must be greater than or equal to -1
2=>"c" 

-- infinite and no-rewind
0=>1 1=>2 0=>1 1=>2 0=>1 
2=>"c" 0=>"a" 1=>"b" 2=>"c" 0=>"a" 
1123
-- append
0=>1 (0) 1=>2 (0) k=>3 (2) 
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
string(13) "ArrayIterator"
NULL
bool(false)
TypeError: AppendIterator::append(): Argument #1 ($iterator) must be of type Iterator, ArrayObject given
-- caching
a, b, c
string(0) ""
int(1)
x y 
array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
}
int(2)
int(1)
bool(false)
array(2) {
  ["y"]=>
  int(2)
  ["z"]=>
  int(26)
}
BadMethodCallException: CachingIterator does not fetch string value (see CachingIterator::__construct)
BadMethodCallException: CachingIterator does not use a full cache (see CachingIterator::__construct)
BadMethodCallException: CachingIterator does not use a full cache (see CachingIterator::__construct)
ValueError: CachingIterator::__construct(): Argument #2 ($flags) must contain only one of CachingIterator::CALL_TOSTRING, CachingIterator::TOSTRING_USE_KEY, CachingIterator::TOSTRING_USE_CURRENT, or CachingIterator::TOSTRING_USE_INNER
InvalidArgumentException: Unsetting flag CALL_TO_STRING is not possible
-- regex
0=>"apple" 3=>"avocado" 
0=>"apple" 2=>"cherry" 3=>"avocado" "k1"=>"kiwi" 
"k1"=>"kiwi" 
1=>["an","a","n"] 
0=>["","pple"] 1=>["b","n","n",""] 3=>["","voc","do"] 
0=>[["a"]] 1=>[["a","a","a"]] 3=>[["a","a"]] 
0=>"4pple" 1=>"b4n4n4" 3=>"4voc4do" 
string(3) "/x/"
int(0)
int(0)
int(0)
object(RegexIterator)#29 (1) {
  ["replacement"]=>
  NULL
}
int(1)
int(1)
int(256)
ValueError: RegexIterator::setMode(): Argument #1 ($mode) must be RegexIterator::MATCH, RegexIterator::GET_MATCH, RegexIterator::ALL_MATCHES, RegexIterator::SPLIT, or RegexIterator::REPLACE
-- empty
bool(false)
array(0) {
}
BadMethodCallException: Accessing the value of an EmptyIterator
BadMethodCallException: Accessing the key of an EmptyIterator
-- multiple
[0,0][1,4]
[1,1][2,5]
{"a":0,"b":0}{"a":1,"b":4}
{"a":1,"b":1}{"a":2,"b":5}
{"a":2,"b":null}{"a":3,"b":null}
int(2)
bool(true)
int(2)
InvalidArgumentException: Key duplication error
TypeError: MultipleIterator::attachIterator(): Argument #2 ($info) must be of type string|int|null, array given
int(1)
object(MultipleIterator)#38 (1) {
  ["storage":"SplObjectStorage":private]=>
  array(1) {
    [0]=>
    array(2) {
      ["obj"]=>
      object(ArrayIterator)#37 (1) {
        ["storage":"ArrayIterator":private]=>
        array(2) {
          [0]=>
          int(4)
          [1]=>
          int(5)
        }
      }
      ["inf"]=>
      string(1) "b"
    }
  }
}
bool(false)
RuntimeException: Called current() on an invalid iterator
