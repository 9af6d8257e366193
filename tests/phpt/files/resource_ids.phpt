--TEST--
Resource numbers: the standard streams take 1 to 3, the default context the next one on first use, whole-file functions use one each
--FILE--
<?php
$t = tmpfile();
var_dump($t, (int)STDIN, (int)STDOUT, (int)STDERR);
$p = stream_get_meta_data($t)['uri'];
var_dump(file_put_contents($p, "x"));
var_dump(fopen("php://memory", "r"));
var_dump(file_get_contents($p), tmpfile());
var_dump(fopen("php://temp", "r"), tmpfile());
var_dump(@fopen("/nonexistent/x", "r"), tmpfile());
var_dump(scandir(dirname($p)) !== false, tmpfile());
var_dump(stream_context_create(), get_resource_type(stream_context_create()));
$kept = fopen("php://memory", "r");
unset($kept);
var_dump(fopen("php://memory", "r"));
fclose($t);
var_dump(file_exists($p));
?>
--EXPECT--
resource(4) of type (stream)
int(1)
int(2)
int(3)
int(1)
resource(7) of type (stream)
string(1) "x"
resource(9) of type (stream)
resource(10) of type (stream)
resource(12) of type (stream)
bool(false)
resource(13) of type (stream)
bool(true)
resource(15) of type (stream)
resource(16) of type (stream-context)
string(14) "stream-context"
resource(19) of type (stream)
bool(false)
