--TEST--
serialize and unserialize: scalars, floats, strings, arrays, references, objects and property names
--FILE--
<?php
foreach ([null, true, false, 0, -7, PHP_INT_MAX, PHP_INT_MIN, 1.0, 0.1, -0.0, 1e100, 2.5e-10, INF, -INF, NAN, '', 'abc', "a\"b\nc", 'é'] as $v) {
    $s = serialize($v);
    echo $s, " => ";
    var_dump(unserialize($s));
}
ini_set('serialize_precision', 5);
echo serialize(0.1 + 0.2), "\n";
ini_set('serialize_precision', -1);
echo serialize([1, 'a' => 'b', 5 => [true, null], '7' => 'numeric key', '-3' => 'negative']), "\n";
echo serialize([]), serialize([[]]), "\n";
$a = ['x' => 1];
$a['self'] = &$a['x'];
echo $s = serialize($a), "\n";
$u = unserialize($s);
$u['self'] = 99;
var_dump($u);
$shared = [1, 2];
$list = [&$shared, &$shared, $shared];
echo $s = serialize($list), "\n";
$u = unserialize($s);
$u[0][] = 3;
var_dump($u);
$r = [1];
$r[] = &$r;
echo serialize($r), "\n";
class P { private $secret = 's'; protected $prot = 'p'; public $pub = 'u'; }
class C extends P { private $secret = 'child'; public ?int $typed; public $obj; }
$c = new C;
$c->obj = new stdClass;
$c->obj->back = $c;
$c->obj->twin = $c->obj;
echo json_encode(serialize($c)), "\n";
$u = unserialize(serialize($c));
var_dump($u);
var_dump($u->obj->back === $u, $u->obj->twin === $u->obj);
$o = new stdClass;
$arr = [$o, $o, [$o], 'ref' => &$o];
echo serialize($arr), "\n";
$u = unserialize(serialize($arr));
var_dump($u[0] === $u[1], $u[2][0] === $u[0], $u['ref'] === $u[0]);
try { serialize(function () {}); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { serialize([1, [fn() => 1]]); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
N; => NULL
b:1; => bool(true)
b:0; => bool(false)
i:0; => int(0)
i:-7; => int(-7)
i:9223372036854775807; => int(9223372036854775807)
i:-9223372036854775808; => int(-9223372036854775808)
d:1; => float(1)
d:0.1; => float(0.1)
d:-0; => float(-0)
d:1.0E+100; => float(1.0E+100)
d:2.5E-10; => float(2.5E-10)
d:INF; => float(INF)
d:-INF; => float(-INF)
d:NAN; => float(NAN)
s:0:""; => string(0) ""
s:3:"abc"; => string(3) "abc"
s:5:"a"b
c"; => string(5) "a"b
c"
s:2:"é"; => string(2) "é"
d:0.3;
a:5:{i:0;i:1;s:1:"a";s:1:"b";i:5;a:2:{i:0;b:1;i:1;N;}i:7;s:11:"numeric key";i:-3;s:8:"negative";}
a:0:{}a:1:{i:0;a:0:{}}
a:2:{s:1:"x";i:1;s:4:"self";R:2;}
array(2) {
  ["x"]=>
  &int(99)
  ["self"]=>
  &int(99)
}
a:3:{i:0;a:2:{i:0;i:1;i:1;i:2;}i:1;R:2;i:2;a:2:{i:0;i:1;i:1;i:2;}}
array(3) {
  [0]=>
  &array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
  [1]=>
  &array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
  [2]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
a:2:{i:0;i:1;i:1;a:2:{i:0;i:1;i:1;R:3;}}
"O:1:\"C\":5:{s:9:\"\u0000P\u0000secret\";s:1:\"s\";s:7:\"\u0000*\u0000prot\";s:1:\"p\";s:3:\"pub\";s:1:\"u\";s:9:\"\u0000C\u0000secret\";s:5:\"child\";s:3:\"obj\";O:8:\"stdClass\":2:{s:4:\"back\";r:1;s:4:\"twin\";r:6;}}"
object(C)#3 (5) {
  ["secret":"P":private]=>
  string(1) "s"
  ["prot":protected]=>
  string(1) "p"
  ["pub"]=>
  string(1) "u"
  ["secret":"C":private]=>
  string(5) "child"
  ["typed"]=>
  uninitialized(?int)
  ["obj"]=>
  object(stdClass)#4 (2) {
    ["back"]=>
    *RECURSION*
    ["twin"]=>
    *RECURSION*
  }
}
bool(true)
bool(true)
a:4:{i:0;O:8:"stdClass":0:{}i:1;r:2;i:2;a:1:{i:0;r:2;}s:3:"ref";R:2;}
bool(true)
bool(true)
bool(true)
Exception: Serialization of 'Closure' is not allowed
Exception: Serialization of 'Closure' is not allowed
