--TEST--
Reading files: fgets, fgetc, fread, feof (set by the read that finds nothing), ftell, fseek, rewind
--FILE--
<?php
// Byte counts without the string functions: what fwrite takes.
function len($s) { return fwrite(fopen("php://memory", "w"), $s); }
$p = sys_get_temp_dir() . "/phpi-files-read-eof-" . getmypid() . ".txt";
file_put_contents($p, "ab\ncd");
$f = fopen($p, "r");
var_dump(feof($f), fgets($f), feof($f), ftell($f), fgets($f), feof($f), fgets($f), feof($f));
rewind($f);
var_dump(fread($f, 5), feof($f), fread($f, 1), feof($f));
rewind($f);
var_dump(fread($f, 10), feof($f));
fseek($f, 0);
var_dump(fgetc($f), feof($f), fseek($f, 100), ftell($f), feof($f), fread($f, 3), feof($f), fgetc($f));
var_dump(fseek($f, -1, SEEK_END), fgetc($f), fseek($f, -2, SEEK_CUR), fgets($f), fseek($f, -10), ftell($f));
rewind($f);
var_dump(fgets($f, 2), fgets($f, 3), fgets($f, 1), stream_get_meta_data($f)['unread_bytes']);
fclose($f);
file_put_contents($p, "ab\ncd\n");
$f = fopen($p, "r");
while (!feof($f)) {
    var_dump(fgets($f));
}
fclose($f);
$long = "";
for ($i = 0; $i < 1000; $i++) {
    $long .= "0123456789";
}
file_put_contents($p, "$long\nend\n");
$f = fopen($p, "rb");
var_dump(len(fgets($f)), ftell($f), fgets($f), fgets($f), feof($f));
rewind($f);
var_dump(len(fread($f, 9000)), ftell($f), len(stream_get_contents($f)), feof($f));
var_dump(stream_get_contents($f, 3, 5), ftell($f), stream_get_contents($f, -1, 9998));
rewind($f);
$lines = 0;
while (($line = fgets($f)) !== false) {
    $lines++;
}
var_dump($lines);
fclose($f);
$f = fopen($p, "r");
ob_start();
var_dump(fpassthru($f));
$passed = ob_get_clean();
var_dump(len($passed));
fclose($f);
unlink($p);
try {
    fread($f, 1);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(false)
string(3) "ab
"
bool(false)
int(3)
string(2) "cd"
bool(true)
bool(false)
bool(true)
string(5) "ab
cd"
bool(false)
string(0) ""
bool(true)
string(5) "ab
cd"
bool(true)
string(1) "a"
bool(false)
int(0)
int(100)
bool(false)
string(0) ""
bool(true)
bool(false)
int(0)
string(1) "d"
int(0)
string(2) "cd"
int(-1)
int(5)
string(1) "a"
string(2) "b
"
bool(false)
int(2)
string(3) "ab
"
string(3) "cd
"
bool(false)
int(10001)
int(10001)
string(4) "end
"
bool(false)
bool(true)
int(9000)
int(9000)
int(1005)
bool(true)
string(3) "567"
int(8)
string(7) "89
end
"
int(2)
int(10016)
fread(): supplied resource is not a valid stream resource
