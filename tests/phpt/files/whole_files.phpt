--TEST--
file_get_contents, file_put_contents, file and readfile: flags, offsets, lengths, data kinds
--FILE--
<?php
$p = sys_get_temp_dir() . "/phpi-files-whole-" . getmypid() . ".txt";
var_dump(file_put_contents($p, "a\r\nb\n\nc"));
var_dump(file_get_contents($p));
var_dump(file($p));
var_dump(file($p, FILE_IGNORE_NEW_LINES));
var_dump(file($p, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
var_dump(file($p, FILE_SKIP_EMPTY_LINES));
var_dump(file_put_contents($p, "more\n", FILE_APPEND | LOCK_EX));
var_dump(file_get_contents($p, false, null, 3), file_get_contents($p, false, null, 1, 2), file_get_contents($p, false, null, -5));
var_dump(file_get_contents($p, false, null, 100), file_get_contents($p, false, null, 0, 0));
try {
    file_get_contents($p, false, null, 0, -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(file_put_contents($p, ["x", 1, 2.5, true, null]), file_get_contents($p));
var_dump(file_put_contents($p, 42), file_get_contents($p));
var_dump(file_put_contents($p, ""), file_get_contents($p), file($p));
$m = fopen("php://memory", "w+");
fwrite($m, "from a stream");
rewind($m);
var_dump(file_put_contents($p, $m), file_get_contents($p));
file_put_contents($p, "x\ry\r\nz");
echo json_encode(file($p)), json_encode(file($p, FILE_IGNORE_NEW_LINES)), "\n";
ob_start();
$n = readfile($p);
echo json_encode(ob_get_clean()), " $n\n";
try {
    file($p, 64);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
unlink($p);
var_dump(file_get_contents($p), file($p), readfile($p), file_put_contents(dirname($p) . "/phpi-no-such-dir/x", "a"));
// A directory opens, but reading it fails (the notice names a size that
// depends on the file system).
var_dump(@file_get_contents(dirname($p)), error_get_last()['type'] === E_NOTICE);
?>
--EXPECTF--
int(7)
string(7) "a
b

c"
array(4) {
  [0]=>
  string(3) "a
"
  [1]=>
  string(2) "b
"
  [2]=>
  string(1) "
"
  [3]=>
  string(1) "c"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(4) {
  [0]=>
  string(3) "a
"
  [1]=>
  string(2) "b
"
  [2]=>
  string(1) "
"
  [3]=>
  string(1) "c"
}
int(5)
string(9) "b

cmore
"
string(2) "
"
string(5) "more
"
string(0) ""
string(0) ""
file_get_contents(): Argument #5 ($length) must be greater than or equal to 0
int(6)
string(6) "x12.51"
int(2)
string(2) "42"
int(0)
string(0) ""
array(0) {
}
int(13)
string(13) "from a stream"
["x\ry\r\n","z"]["x\ry","z"]
"x\ry\r\nz" 6
file(): Argument #2 ($flags) must be a valid flag value

Warning: file_get_contents(/tmp/phpi-files-whole-%d.txt): Failed to open stream: No such file or directory in %s/whole_files.php on line 35

Warning: file(/tmp/phpi-files-whole-%d.txt): Failed to open stream: No such file or directory in %s/whole_files.php on line 35

Warning: readfile(/tmp/phpi-files-whole-%d.txt): Failed to open stream: No such file or directory in %s/whole_files.php on line 35

Warning: file_put_contents(/tmp/phpi-no-such-dir/x): Failed to open stream: No such file or directory in %s/whole_files.php on line 35
bool(false)
bool(false)
bool(false)
bool(false)
string(0) ""
bool(true)
