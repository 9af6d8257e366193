--TEST--
php://memory and php://temp: reads, writes, seeks past either end, truncation, metadata, read-only mode
--FILE--
<?php
$m = fopen("php://memory", "w+");
fwrite($m, "xy\nz");
var_dump(feof($m), ftell($m));
rewind($m);
var_dump(fgets($m), feof($m), fgets($m), feof($m), fgets($m));
rewind($m);
var_dump(fread($m, 4), feof($m));
$m = fopen("php://memory", "r+");
echo fwrite($m, "abc"), "|", fseek($m, 10), "|", var_export(ftell($m), true), "|", fseek($m, -1, SEEK_END), "|", ftell($m), "|";
echo fseek($m, -10, SEEK_CUR), "|", var_export(ftell($m), true), "|", fseek($m, 1, SEEK_CUR), "|", var_export(ftell($m), true), "|";
echo fwrite($m, "ZZZZ"), "|", ftell($m), "\n";
var_dump(fseek($m, 0, 77), rewind($m), stream_get_contents($m));
var_dump(ftruncate($m, 2), ftell($m), stream_get_contents($m, -1, 0));
var_dump(ftruncate($m, 5), json_encode(stream_get_contents($m, -1, 0)));
$r = fopen("php://memory", "r");
var_dump(fwrite($r, "abc"), fread($r, 10), feof($r));
$t = fopen("php://temp", "w");
var_dump(fwrite($t, "abc"), fread($t, 1), rewind($t), fread($t, 10));
var_dump(fstat($t)['size'], fstat($t)['mode'], fstat($r)['mode']);
foreach (["php://memory" => ["r", "r+", "w", "a", "a+"], "php://temp" => ["r", "w"], "php://TEMP/maxmemory:100" => ["w+"]] as $uri => $modes) {
    foreach ($modes as $mode) {
        $s = fopen($uri, $mode);
        echo "$uri $mode: ", json_encode(stream_get_meta_data($s)), "\n";
    }
}
$a = fopen("php://memory", "a+");
fwrite($a, "one");
rewind($a);
fwrite($a, "two");
rewind($a);
var_dump(stream_get_contents($a));
?>
--EXPECT--
bool(false)
int(4)
string(3) "xy
"
bool(false)
string(1) "z"
bool(true)
bool(false)
string(4) "xy
z"
bool(false)
3|-1|false|0|2|-1|false|-1|false|4|3
int(-1)
bool(true)
string(7) "abcZZZZ"
bool(true)
int(7)
string(2) "ab"
bool(true)
string(22) ""ab\u0000\u0000\u0000""
bool(false)
string(0) ""
bool(true)
int(3)
string(0) ""
bool(true)
string(3) "abc"
int(3)
int(33206)
int(33060)
php://memory r: {"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"MEMORY","mode":"rb","unread_bytes":0,"seekable":true,"uri":"php:\/\/memory"}
php://memory r+: {"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"MEMORY","mode":"w+b","unread_bytes":0,"seekable":true,"uri":"php:\/\/memory"}
php://memory w: {"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"MEMORY","mode":"w+b","unread_bytes":0,"seekable":true,"uri":"php:\/\/memory"}
php://memory a: {"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"MEMORY","mode":"a+b","unread_bytes":0,"seekable":true,"uri":"php:\/\/memory"}
php://memory a+: {"timed_out":false,"blocked":true,"eof":false,"wrapper_type":"PHP","stream_type":"MEMORY","mode":"a+b","unread_bytes":0,"seekable":true,"uri":"php:\/\/memory"}
php://temp r: {"wrapper_type":"PHP","stream_type":"TEMP","mode":"rb","unread_bytes":0,"seekable":true,"uri":"php:\/\/temp"}
php://temp w: {"wrapper_type":"PHP","stream_type":"TEMP","mode":"w+b","unread_bytes":0,"seekable":true,"uri":"php:\/\/temp"}
php://TEMP/maxmemory:100 w+: {"wrapper_type":"PHP","stream_type":"TEMP","mode":"w+b","unread_bytes":0,"seekable":true,"uri":"php:\/\/TEMP\/maxmemory:100"}
string(6) "onetwo"
