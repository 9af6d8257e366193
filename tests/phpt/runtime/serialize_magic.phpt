--TEST--
serialize and unserialize with __sleep/__wakeup, __serialize/__unserialize and Serializable
--FILE--
<?php
class Sleeper {
    public $keep = 'kept';
    public $drop = 'dropped';
    protected $prot = 'protected';
    private $priv = 'private';
    public int $uninit;
    function __sleep() { echo "__sleep\n"; return ['keep', 'prot', 'priv', 'uninit', 'missing', 'keep']; }
    function __wakeup() { echo "__wakeup: ", $this->keep, "\n"; $this->drop = 'restored'; }
}
echo $s = json_encode(serialize(new Sleeper)), "\n";
var_dump(unserialize(json_decode($s)));
class BadSleep { public $a = 1; function __sleep() { return 'not an array'; } }
var_dump(serialize(new BadSleep));
class Magic {
    public $data;
    function __construct($d) { $this->data = $d; echo "constructor\n"; }
    function __serialize(): array { echo "__serialize\n"; return ['d' => $this->data, 7 => 'int key']; }
    function __unserialize(array $a): void { echo "__unserialize\n"; var_dump($a); $this->data = $a['d']; }
    function __wakeup() { echo "never called\n"; }
}
echo $s = serialize(new Magic([1, 2])), "\n";
var_dump(unserialize($s));
class BadMagic { function __serialize() { return 'x'; } }
try { serialize(new BadMagic); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class Order {
    public $name;
    public $child;
    function __construct($n, $c = null) { $this->name = $n; $this->child = $c; }
    function __wakeup() { echo "wakeup ", $this->name, "\n"; }
}
unserialize(serialize(new Order('outer', new Order('middle', new Order('inner')))));
class Thrower { function __wakeup() { throw new Exception("wakeup failed"); } }
try { unserialize(serialize([new Thrower, new Order('after')])); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
__sleep

Warning: serialize(): "missing" returned as member variable from __sleep() but does not exist in %s/serialize_magic.php on line 11

Notice: serialize(): "keep" is returned from __sleep() multiple times in %s/serialize_magic.php on line 11
"O:7:\"Sleeper\":3:{s:4:\"keep\";s:4:\"kept\";s:7:\"\u0000*\u0000prot\";s:9:\"protected\";s:13:\"\u0000Sleeper\u0000priv\";s:7:\"private\";}"
__wakeup: kept
object(Sleeper)#1 (4) {
  ["keep"]=>
  string(4) "kept"
  ["drop"]=>
  string(8) "restored"
  ["prot":protected]=>
  string(9) "protected"
  ["priv":"Sleeper":private]=>
  string(7) "private"
  ["uninit"]=>
  uninitialized(int)
}

Warning: serialize(): BadSleep::__sleep() should return an array only containing the names of instance-variables to serialize in %s/serialize_magic.php on line 14
string(2) "N;"
constructor
__serialize
O:5:"Magic":2:{s:1:"d";a:2:{i:0;i:1;i:1;i:2;}i:7;s:7:"int key";}
__unserialize
array(2) {
  ["d"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [7]=>
  string(7) "int key"
}
object(Magic)#1 (1) {
  ["data"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
BadMagic::__serialize() must return an array
wakeup inner
wakeup middle
wakeup outer
wakeup failed
