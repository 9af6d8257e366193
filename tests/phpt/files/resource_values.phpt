--TEST--
Resources as values: dumps, casts, type names, comparisons, keys, encoders and operator errors
--FILE--
<?php
$f = fopen("php://memory", "r+");
var_dump($f, STDIN, STDERR);
$g = fopen(__FILE__, "r");
var_dump($g);
fclose($f);
var_dump($f);
$h = fopen("php://memory", "r");
var_dump($h);
debug_zval_dump($h);
$copy = $h;
debug_zval_dump($h);
unset($copy);
var_dump((int)$h, (float)$h, (bool)$h, (array)$h, (string)$h);
var_dump(gettype($f), gettype($h), get_debug_type($f), get_debug_type($h), is_resource($f), is_resource($h));
echo "$h\n";
var_export($h);
echo "\n";
var_export([$h, 'closed' => $f]);
echo "\n";
print_r($h);
echo "\n";
print_r([$h]);
var_dump(json_encode($h), json_last_error_msg(), json_encode([1, $h], JSON_PARTIAL_OUTPUT_ON_ERROR));
var_dump(serialize($h), serialize([$h]), unserialize(serialize($h)));
$a[$h] = 1;
var_dump($a, isset($a[$h]), $a[$h] ?? 0, array_key_exists($h, $a));
var_dump($h == 6, $h < $g, $h == $h, $h === $h, $h == $g, "6" == $h, $h <=> 1.5, [$h] == [6], $h == null, $h == true);
var_dump(array_sum([$h, 1]), array_product([$h, 2]), max($h, 2), in_array($h, [6]), in_array(6, [$h], true));
$o = new stdClass;
$o->r = $h;
var_dump($o);
debug_zval_dump([$h]);

function t($fn) {
    try {
        var_dump($fn());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
function typed(int $x) { return $x; }
function untyped(mixed $x) { return $x; }
function nullable(?string $x) { return $x; }
t(fn() => $h + 1);
t(fn() => -$h);
t(fn() => $h % 2);
t(fn() => $h . "x");
t(fn() => ~$h);
t(function () use ($h) { $h++; return $h; });
t(fn() => typed($h));
t(fn() => untyped($h));
t(fn() => nullable($h));
t(fn() => intdiv($h, 1));
t(fn() => count($h));
t(fn() => $h[0]);
t(fn() => $h->x);
t(fn() => "abc"[$h]);
t(function () use ($h) { foreach ($h as $x) {} return 1; });
t(function () use ($h) { $z = $h; $z[] = 1; return $z; });
t(function () use ($h) { $h->x = 1; return $h; });
t(function () use ($h) { return clone $h; });
t(function () use ($h) { return $h(); });
t(fn() => get_resource_type($h));
t(fn() => get_resource_type($f));
t(fn() => get_resource_id($h));
t(fn() => get_resource_type("x"));
t(fn() => fwrite("x", "y"));
t(fn() => fwrite($f, "y"));
t(fn() => fclose($f));
t(fn() => fread(stream_context_create(), 1));
t(function () { $x = 1; settype($x, "resource"); return $x; });
t(function () use ($h) { $x = $h; settype($x, "int"); return $x; });
?>
--EXPECTF--
resource(5) of type (stream)
resource(1) of type (stream)
resource(3) of type (stream)
resource(6) of type (stream)
resource(5) of type (Unknown)
resource(7) of type (stream)
resource(7) of type (stream) refcount(2)
resource(7) of type (stream) refcount(3)
int(7)
float(7)
bool(true)
array(1) {
  [0]=>
  resource(7) of type (stream)
}
string(14) "Resource id #7"
string(17) "resource (closed)"
string(8) "resource"
string(17) "resource (closed)"
string(17) "resource (stream)"
bool(false)
bool(true)
Resource id #7
NULL
array (
  0 => NULL,
  'closed' => NULL,
)
Resource id #7
Array
(
    [0] => Resource id #7
)
bool(false)
string(21) "Type is not supported"
string(8) "[1,null]"
string(4) "i:0;"
string(14) "a:1:{i:0;i:0;}"
int(0)

Warning: Resource ID#7 used as offset, casting to integer (7) in %s/resource_values.php on line 26

Warning: Resource ID#7 used as offset, casting to integer (7) in %s/resource_values.php on line 27

Warning: Resource ID#7 used as offset, casting to integer (7) in %s/resource_values.php on line 27

Warning: Resource ID#7 used as offset, casting to integer (7) in %s/resource_values.php on line 27
array(1) {
  [7]=>
  int(1)
}
bool(true)
int(1)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
int(1)
bool(false)
bool(false)
bool(true)
int(8)
int(14)
resource(7) of type (stream)
bool(false)
bool(false)
object(stdClass)#1 (1) {
  ["r"]=>
  resource(7) of type (stream)
}
array(1) refcount(1){
  [0]=>
  resource(7) of type (stream) refcount(3)
}
TypeError: Unsupported operand types: resource + int
TypeError: Unsupported operand types: resource * int
TypeError: Unsupported operand types: resource % int
string(15) "Resource id #7x"
TypeError: Cannot perform bitwise not on resource
TypeError: Cannot increment resource
TypeError: typed(): Argument #1 ($x) must be of type int, resource given, called in %s/resource_values.php on line 51
resource(7) of type (stream)
TypeError: nullable(): Argument #1 ($x) must be of type ?string, resource given, called in %s/resource_values.php on line 53
TypeError: intdiv(): Argument #1 ($num1) must be of type int, resource given
TypeError: count(): Argument #1 ($value) must be of type Countable|array, resource given

Warning: Trying to access array offset on value of type resource in %s/resource_values.php on line 56
NULL

Warning: Attempt to read property "x" on resource in %s/resource_values.php on line 57
NULL
TypeError: Cannot access offset of type resource on string

Warning: foreach() argument must be of type array|object, resource given in %s/resource_values.php on line 59
int(1)
Error: Cannot use a scalar value as an array
Error: Attempt to assign property "x" on resource
Error: __clone method called on non-object
Error: Value of type resource is not callable
string(6) "stream"
string(7) "Unknown"
int(7)
TypeError: get_resource_type(): Argument #1 ($resource) must be of type resource, string given
TypeError: fwrite(): Argument #1 ($stream) must be of type resource, string given
TypeError: fwrite(): supplied resource is not a valid stream resource
TypeError: fclose(): supplied resource is not a valid stream resource
TypeError: fread(): supplied resource is not a valid stream resource
ValueError: Cannot convert to resource type
int(7)
