--TEST--
Output handlers: callbacks with phase flags, names, status, false return, chunk sizes
--FILE--
<?php
$log = [];
ob_start(function ($buffer, $phase) use (&$log) {
    $log[] = $phase;
    return "[" . $phase . ":" . $buffer . "]";
});
echo "a";
ob_flush();
echo "b";
ob_clean();
echo "c";
ob_end_flush();
echo "\n";
var_dump($log);
function upper($s) { return strtoupper($s); }
class Wrap {
    function method($s) { return "<$s>"; }
    static function stat($s) { return "{" . $s . "}"; }
}
ob_start('upper');
ob_start([new Wrap, 'method']);
ob_start('Wrap::stat');
ob_start(function ($s) { echo "echo inside a handler is dropped"; return $s; });
var_dump(ob_list_handlers());
ob_end_flush();
ob_end_flush();
ob_end_flush();
ob_end_flush();
echo "\n";
ob_start(function ($s) { return false; });
echo "original text\n";
$st = ob_get_status();
ob_end_flush();
var_dump($st['name'], $st['type'], $st['flags'], $st['level'], $st['buffer_used']);
ob_start();
echo "xyz";
$st = ob_get_status();
ob_end_clean();
var_dump($st);
ob_start(null, 4);
echo "12";
echo "345";
echo "6";
$pending = ob_get_contents();
$st = ob_get_status();
ob_end_clean();
echo "\n";
var_dump($pending, $st['chunk_size'], $st['buffer_size'], $st['flags']);
var_dump(ob_start('no_such_callback'), ob_get_level());
ob_start(fn($s) => "final:" . $s);
echo "unclosed";
--EXPECTF--
[5:a][8:c]
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(2)
  [2]=>
  int(8)
}
<{ARRAY(4) {
  [0]=>
  STRING(5) "UPPER"
  [1]=>
  STRING(12) "WRAP::METHOD"
  [2]=>
  STRING(10) "WRAP::STAT"
  [3]=>
  STRING(17) "CLOSURE::__INVOKE"
}
}>
original text
string(17) "Closure::__invoke"
int(1)
int(113)
int(0)
int(14)
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(112)
  ["level"]=>
  int(0)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(16384)
  ["buffer_used"]=>
  int(3)
}
12345
string(1) "6"
int(4)
int(4096)
int(20592)

Warning: ob_start(): function "no_such_callback" not found or invalid function name in %s/output_handlers.php on line 49

Notice: ob_start(): Failed to create buffer in %s/output_handlers.php on line 49
bool(false)
int(0)
final:unclosed
