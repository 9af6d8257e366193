--TEST--
fopen modes r, w, a, x, c with + and b: where reads and writes go, ftell, truncation, failures
--FILE--
<?php
$p = sys_get_temp_dir() . "/phpi-files-modes-" . getmypid() . ".txt";
file_put_contents($p, "hello");
$f = fopen($p, "a");
var_dump(ftell($f), fwrite($f, "XY"), ftell($f), fseek($f, 0), ftell($f), fwrite($f, "Z"), ftell($f));
fclose($f);
var_dump(file_get_contents($p));
$f = fopen($p, "a+");
var_dump(ftell($f), fread($f, 3), ftell($f), fwrite($f, "Q"), ftell($f), fread($f, 3));
fclose($f);
$f = fopen($p, "r+");
var_dump(fread($f, 2), fwrite($f, "__"), ftell($f), fread($f, 2));
fclose($f);
var_dump(file_get_contents($p));
$f = fopen($p, "c+");
var_dump(ftell($f), fread($f, 3));
fclose($f);
$f = fopen($p, "rb");
var_dump(fwrite($f, "nope"));
fclose($f);
$f = fopen($p, "w");
var_dump(fread($f, 10), fgets($f), fgetc($f));
fclose($f);
var_dump(filesize($p));
$f = fopen($p, "w+");
var_dump(ftell($f), fread($f, 3), feof($f), fwrite($f, "written"), ftruncate($f, 3), ftell($f), rewind($f), fread($f, 100));
try {
    ftruncate($f, -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$st = fstat($f);
var_dump(count($st), $st['size'], $st[7], $st['nlink'], ($st['mode'] & 0170000) == 0100000);
fclose($f);
var_dump(fopen($p, "x"));
var_dump(fopen($p, "z"));
var_dump(fopen($p, ""));
unlink($p);
$f = fopen($p, "x+");
var_dump(fwrite($f, "new"), rewind($f), fread($f, 10), flock($f, LOCK_EX), flock($f, LOCK_UN));
fclose($f);
$meta = stream_get_meta_data(fopen($p, "rb"));
$meta['uri'] = $meta['uri'] === $p;
var_dump($meta);
unlink($p);
var_dump(fopen($p, "r"), fopen(dirname($p), "w"));
try {
    fopen("", "r");
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    fopen("a\0b", "r");
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(fopen("php://nope", "r"), fopen("nope://x", "r"));
?>
--EXPECTF--
int(0)
int(2)
int(2)
int(0)
int(0)
int(1)
int(1)
string(8) "helloXYZ"
int(0)
string(3) "hel"
int(3)
int(1)
int(4)
string(0) ""
string(2) "he"
int(2)
int(4)
string(2) "oX"
string(9) "he__oXYZQ"
int(0)
string(3) "he_"

Notice: fwrite(): Write of 4 bytes failed with errno=9 Bad file descriptor in %s/fopen_modes.php on line 19
bool(false)

Notice: fread(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s/fopen_modes.php on line 22

Notice: fgets(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s/fopen_modes.php on line 22

Notice: fgetc(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s/fopen_modes.php on line 22
bool(false)
bool(false)
bool(false)
int(0)
int(0)
string(0) ""
bool(true)
int(7)
bool(true)
int(7)
bool(true)
string(3) "wri"
ftruncate(): Argument #2 ($size) must be greater than or equal to 0
int(26)
int(3)
int(3)
int(1)
bool(true)

Warning: fopen(/tmp/phpi-files-modes-%d.txt): Failed to open stream: File exists in %s/fopen_modes.php on line 35
bool(false)

Warning: fopen(/tmp/phpi-files-modes-%d.txt): Failed to open stream: `z' is not a valid mode for fopen in %s/fopen_modes.php on line 36
bool(false)

Warning: fopen(/tmp/phpi-files-modes-%d.txt): Failed to open stream: `' is not a valid mode for fopen in %s/fopen_modes.php on line 37
bool(false)
int(3)
bool(true)
string(3) "new"
bool(true)
bool(true)
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(9) "plainfile"
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(2) "rb"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  bool(true)
}

Warning: fopen(/tmp/phpi-files-modes-%d.txt): Failed to open stream: No such file or directory in %s/fopen_modes.php on line 46

Warning: fopen(/tmp): Failed to open stream: Is a directory in %s/fopen_modes.php on line 46
bool(false)
bool(false)
Path cannot be empty
fopen(): Argument #1 ($filename) must not contain any null bytes

Warning: fopen(): Invalid php:// URL specified in %s/fopen_modes.php on line 57

Warning: fopen(php://nope): Failed to open stream: operation failed in %s/fopen_modes.php on line 57

Warning: fopen(): Unable to find the wrapper "nope" - did you forget to enable it when you configured PHP? in %s/fopen_modes.php on line 57

Warning: fopen(nope://x): Failed to open stream: No such file or directory in %s/fopen_modes.php on line 57
bool(false)
bool(false)
