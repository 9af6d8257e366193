--TEST--
unserialize into typed properties: accepted values, int to float, TypeError for the rest
--FILE--
<?php
class Typed {
    public int $i;
    public ?string $s = null;
    public float $f = 0.0;
    public array $list = [];
}
var_dump(unserialize('O:5:"Typed":3:{s:1:"i";i:5;s:1:"f";i:3;s:4:"list";a:1:{i:0;N;}}'));
foreach (['O:5:"Typed":1:{s:1:"i";s:3:"abc";}', 'O:5:"Typed":1:{s:4:"list";i:1;}', 'O:5:"Typed":1:{s:1:"s";a:0:{}}'] as $data) {
    try {
        var_dump(unserialize($data));
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump(unserialize('O:5:"Typed":1:{s:1:"s";N;}'));
--EXPECT--
object(Typed)#1 (4) {
  ["i"]=>
  int(5)
  ["s"]=>
  NULL
  ["f"]=>
  float(3)
  ["list"]=>
  array(1) {
    [0]=>
    NULL
  }
}
TypeError: Cannot assign string to property Typed::$i of type int
TypeError: Cannot assign int to property Typed::$list of type array
TypeError: Cannot assign array to property Typed::$s of type ?string
object(Typed)#3 (3) {
  ["i"]=>
  uninitialized(int)
  ["s"]=>
  NULL
  ["f"]=>
  float(0)
  ["list"]=>
  array(0) {
  }
}
