--TEST--
class_implements, class_parents, class_uses, spl_object_id/hash, iterator_apply, spl_autoload_* functions
--FILE--
<?php
interface Base1 {}
interface Child1 extends Base1 {}
interface Other {}
trait TA {}
trait TB {}
class Root implements Child1 {}
class Middle extends Root implements Other, Countable { use TA, TB; function count(): int { return 0; } }
class Leaf extends Middle {}
var_dump(class_implements('Leaf'), class_implements(new Root), class_implements('Child1'));
var_dump(class_parents(new Leaf), class_parents('Root'));
var_dump(class_uses('Middle'), class_uses('Leaf'));
var_dump(class_implements('NotThere'), class_parents('NotThere', false));
try { class_uses(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo "-- identity\n";
$a = new stdClass;
$b = new stdClass;
var_dump(spl_object_id($a), spl_object_id($b), spl_object_hash($a), spl_object_hash($b));
$id = spl_object_id($b);
unset($b);
$c = new stdClass;
var_dump(spl_object_id($c) === $id);
echo "-- iterator_apply\n";
class Counter implements Iterator {
    private $i = 0;
    function current(): mixed { return $this->i * 10; }
    function key(): mixed { return $this->i; }
    function next(): void { $this->i++; }
    function rewind(): void { $this->i = 0; }
    function valid(): bool { return $this->i < 5; }
}
$it = new Counter;
var_dump(iterator_apply($it, function ($it) { echo $it->current(), " "; return true; }, [$it]));
echo "\n";
var_dump(iterator_apply($it, function () { static $n = 0; return ++$n < 3; }));
try { iterator_apply([1], 'strlen'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo "-- autoload\n";
$loader1 = function ($c) { echo "loader1 $c\n"; };
$loader2 = function ($c) { echo "loader2 $c\n"; };
var_dump(spl_autoload_register($loader1), spl_autoload_register($loader2), spl_autoload_register($loader1));
var_dump(count(spl_autoload_functions()));
var_dump(class_exists('Ghost'));
var_dump(spl_autoload_unregister($loader1), spl_autoload_unregister($loader1));
spl_autoload_register(function ($c) { echo "first $c\n"; }, true, true);
var_dump(class_exists('Ghost2'));
--EXPECTF--
array(4) {
  ["Countable"]=>
  string(9) "Countable"
  ["Other"]=>
  string(5) "Other"
  ["Base1"]=>
  string(5) "Base1"
  ["Child1"]=>
  string(6) "Child1"
}
array(2) {
  ["Child1"]=>
  string(6) "Child1"
  ["Base1"]=>
  string(5) "Base1"
}
array(1) {
  ["Base1"]=>
  string(5) "Base1"
}
array(2) {
  ["Middle"]=>
  string(6) "Middle"
  ["Root"]=>
  string(4) "Root"
}
array(0) {
}
array(2) {
  ["TA"]=>
  string(2) "TA"
  ["TB"]=>
  string(2) "TB"
}
array(0) {
}

Warning: class_implements(): Class NotThere does not exist and could not be loaded in %s/spl_classes.php on line 13

Warning: class_parents(): Class NotThere does not exist in %s/spl_classes.php on line 13
bool(false)
bool(false)
class_uses(): Argument #1 ($object_or_class) must be of type object|string, int given
-- identity
int(2)
int(3)
string(32) "00000000000000020000000000000000"
string(32) "00000000000000030000000000000000"
bool(true)
-- iterator_apply
0 10 20 30 40 int(5)

int(3)
iterator_apply(): Argument #1 ($iterator) must be of type Traversable, array given
-- autoload
bool(true)
bool(true)
bool(true)
int(2)
loader1 Ghost
loader2 Ghost
bool(false)
bool(true)
bool(false)
first Ghost2
loader2 Ghost2
bool(false)
