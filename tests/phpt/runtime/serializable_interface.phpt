--TEST--
serialize and unserialize with the Serializable interface (the C: format)
--FILE--
<?php
class Legacy implements Serializable {
    public $v;
    function __construct($v = null) { $this->v = $v; }
    function serialize() { echo "serialize()\n"; return "custom:" . $this->v; }
    function unserialize($data) { echo "unserialize($data)\n"; $this->v = substr($data, 7); }
}
echo $s = serialize([new Legacy('abc'), 'x']), "\n";
var_dump(unserialize($s));
class Both implements Serializable {
    public $v = 1;
    function serialize() { return "unused"; }
    function unserialize($data) { echo "unused\n"; }
    function __serialize(): array { return ['v' => $this->v]; }
    function __unserialize(array $a): void { echo "__unserialize wins\n"; $this->v = $a['v']; }
}
echo $s = serialize(new Both), "\n";
var_dump(unserialize($s));
class NullSer implements Serializable {
    function serialize() { return null; }
    function unserialize($data) {}
}
$n = new NullSer;
var_dump(serialize([$n, $n]));
class BadSer implements Serializable {
    function serialize() { return 42; }
    function unserialize($data) {}
}
try { serialize(new BadSer); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(unserialize('O:6:"Legacy":0:{}'));
--EXPECTF--
Deprecated: Legacy implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s/serializable_interface.php on line 2
serialize()
a:2:{i:0;C:6:"Legacy":10:{custom:abc}i:1;s:1:"x";}
unserialize(custom:abc)
array(2) {
  [0]=>
  object(Legacy)#1 (1) {
    ["v"]=>
    string(3) "abc"
  }
  [1]=>
  string(1) "x"
}
O:4:"Both":1:{s:1:"v";i:1;}
__unserialize wins
object(Both)#1 (1) {
  ["v"]=>
  int(1)
}

Deprecated: NullSer implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s/serializable_interface.php on line 19
string(18) "a:2:{i:0;N;i:1;N;}"

Deprecated: BadSer implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s/serializable_interface.php on line 25
Exception: BadSer::serialize() must return a string or NULL

Warning: Erroneous data format for unserializing 'Legacy' in %s/serializable_interface.php on line 30

Notice: unserialize(): Error at offset 16 of 17 bytes in %s/serializable_interface.php on line 30
bool(false)
