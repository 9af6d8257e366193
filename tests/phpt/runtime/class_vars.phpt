--TEST--
get_object_vars, get_class_vars, get_mangled_object_vars: visibility from the calling scope, order
--FILE--
<?php
class Base {
    public $basePublic = 'bp';
    protected $baseProtected = 'bprot';
    private $basePrivate = 'bpriv';
    public static $baseStatic = 'bs';
    private static $basePrivateStatic = 'bps';
    function fromBase($o) { return get_object_vars($o); }
    static function classVarsFromBase() { return get_class_vars('Child'); }
}
#[AllowDynamicProperties]
class Child extends Base {
    public $childPublic = 1;
    protected $childProtected = 2;
    private $childPrivate = 3;
    public int $typedUninit;
    public ?int $typedNull = null;
    public static $childStatic = [1, 2];
    function fromChild() { return get_object_vars($this); }
    static function classVarsFromChild() { return get_class_vars(static::class); }
}
$c = new Child;
$c->dynamic = 'dyn';
$c->{'42'} = 'numeric name';
echo "-- outside\n";
var_dump(get_object_vars($c));
echo "-- from Child\n";
var_dump($c->fromChild());
echo "-- from Base\n";
var_dump($c->fromBase($c));
echo "-- class vars outside\n";
var_dump(get_class_vars('Child'));
echo "-- class vars from Child\n";
var_dump(Child::classVarsFromChild());
echo "-- class vars from Base\n";
var_dump(Base::classVarsFromBase());
echo "-- mangled\n";
var_dump(json_encode(array_keys(get_mangled_object_vars($c))));
$std = new stdClass;
$std->a = 1;
$std->b = [2];
var_dump(get_object_vars($std), get_object_vars(new stdClass));
$value = 'shared';
$r = new stdClass;
$r->ref = &$value;
$vars = get_object_vars($r);
$vars['ref'] = 'written';
var_dump($value);
try { get_object_vars('Child'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { get_class_vars('Missing'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
-- outside
array(5) {
  ["basePublic"]=>
  string(2) "bp"
  ["childPublic"]=>
  int(1)
  ["typedNull"]=>
  NULL
  ["dynamic"]=>
  string(3) "dyn"
  [42]=>
  string(12) "numeric name"
}
-- from Child
array(8) {
  ["basePublic"]=>
  string(2) "bp"
  ["baseProtected"]=>
  string(5) "bprot"
  ["childPublic"]=>
  int(1)
  ["childProtected"]=>
  int(2)
  ["childPrivate"]=>
  int(3)
  ["typedNull"]=>
  NULL
  ["dynamic"]=>
  string(3) "dyn"
  [42]=>
  string(12) "numeric name"
}
-- from Base
array(8) {
  ["basePublic"]=>
  string(2) "bp"
  ["baseProtected"]=>
  string(5) "bprot"
  ["basePrivate"]=>
  string(5) "bpriv"
  ["childPublic"]=>
  int(1)
  ["childProtected"]=>
  int(2)
  ["typedNull"]=>
  NULL
  ["dynamic"]=>
  string(3) "dyn"
  [42]=>
  string(12) "numeric name"
}
-- class vars outside
array(6) {
  ["childPublic"]=>
  int(1)
  ["typedUninit"]=>
  NULL
  ["typedNull"]=>
  NULL
  ["basePublic"]=>
  string(2) "bp"
  ["childStatic"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["baseStatic"]=>
  string(2) "bs"
}
-- class vars from Child
array(9) {
  ["childPublic"]=>
  int(1)
  ["childProtected"]=>
  int(2)
  ["childPrivate"]=>
  int(3)
  ["typedUninit"]=>
  NULL
  ["typedNull"]=>
  NULL
  ["basePublic"]=>
  string(2) "bp"
  ["baseProtected"]=>
  string(5) "bprot"
  ["childStatic"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["baseStatic"]=>
  string(2) "bs"
}
-- class vars from Base
array(10) {
  ["childPublic"]=>
  int(1)
  ["childProtected"]=>
  int(2)
  ["typedUninit"]=>
  NULL
  ["typedNull"]=>
  NULL
  ["basePublic"]=>
  string(2) "bp"
  ["baseProtected"]=>
  string(5) "bprot"
  ["basePrivate"]=>
  string(5) "bpriv"
  ["childStatic"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["baseStatic"]=>
  string(2) "bs"
  ["basePrivateStatic"]=>
  string(3) "bps"
}
-- mangled
string(174) "["basePublic","\u0000*\u0000baseProtected","\u0000Base\u0000basePrivate","childPublic","\u0000*\u0000childProtected","\u0000Child\u0000childPrivate","typedNull","dynamic",42]"
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(1) {
    [0]=>
    int(2)
  }
}
array(0) {
}
string(7) "written"
get_object_vars(): Argument #1 ($object) must be of type object, string given
get_class_vars(): Argument #1 ($class) must be a valid class name, Missing given
