--TEST--
Failing file operations: PHP's warnings and notices, false results, ValueErrors
--FILE--
<?php
function t($f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$d = sys_get_temp_dir() . "/phpi-files-fail-" . getmypid();
mkdir($d);
file_put_contents("$d/a", "hello");
t(fn() => fopen("$d/nope/x", "r"));
t(fn() => fopen($d, "w"));
t(fn() => file_get_contents("$d/nope"));
t(fn() => file_get_contents("a\0b"));
t(fn() => file_put_contents("$d/nope/x", "a"));
t(fn() => file_put_contents($d, "a"));
t(fn() => file("$d/nope"));
t(fn() => readfile("$d/nope"));
t(fn() => unlink("$d/nope"));
t(fn() => unlink($d));
t(fn() => rmdir("$d/nope"));
t(fn() => rmdir($d));
t(fn() => mkdir($d));
t(fn() => mkdir($d, 0777, true));
t(fn() => mkdir("$d/x/y/z"));
t(fn() => rename("$d/nope", "$d/b"));
t(fn() => copy("$d/nope", "$d/b"));
t(fn() => copy($d, "$d/b"));
t(fn() => copy("$d/a", "$d/nope/b"));
t(fn() => filesize("$d/nope"));
t(fn() => filemtime("$d/nope"));
t(fn() => fileperms("$d/nope"));
t(fn() => filesize("a\0b"));
t(fn() => stat("$d/nope"));
t(fn() => lstat("$d/nope"));
t(fn() => filetype("$d/nope"));
t(fn() => chmod("$d/nope", 0777));
t(fn() => touch("$d/nope/x"));
t(fn() => opendir("$d/nope"));
t(fn() => scandir("$d/nope"));
t(fn() => scandir(""));
t(fn() => realpath("$d/nope"));
t(fn() => chdir("$d/nope"));
t(fn() => file_exists("a\0b"));
t(fn() => is_file("$d/nope"));
t(fn() => is_writable("$d/nope"));
t(fn() => fileowner("$d/nope"));
t(fn() => glob("*", 1 << 30));
$n = tempnam("$d/nope", "pre");
var_dump(dirname($n) === sys_get_temp_dir(), basename($n, basename($n)) !== "", is_file($n));
unlink($n);
$n = tempnam($d, "deep/prefix");
var_dump(dirname($n) === realpath($d), filesize($n), fileperms($n) & 0777);
unlink($n);
$f = fopen("$d/a", "r");
t(fn() => fread($f, 0));
t(fn() => fgets($f, 0));
t(fn() => fwrite($f, "x"));
fclose($f);
t(fn() => fwrite($f, "x"));
t(fn() => fclose($f));
t(fn() => feof($f));
t(fn() => fstat(42));
$dir = opendir($d);
t(fn() => fclose($dir));
unlink("$d/a");
rmdir($d);
?>
--EXPECTF--
Warning: fopen(/tmp/phpi-files-fail-%d/nope/x): Failed to open stream: No such file or directory in %s/failures.php on line 12
bool(false)

Warning: fopen(/tmp/phpi-files-fail-%d): Failed to open stream: Is a directory in %s/failures.php on line 13
bool(false)

Warning: file_get_contents(/tmp/phpi-files-fail-%d/nope): Failed to open stream: No such file or directory in %s/failures.php on line 14
bool(false)
ValueError: file_get_contents(): Argument #1 ($filename) must not contain any null bytes

Warning: file_put_contents(/tmp/phpi-files-fail-%d/nope/x): Failed to open stream: No such file or directory in %s/failures.php on line 16
bool(false)

Warning: file_put_contents(/tmp/phpi-files-fail-%d): Failed to open stream: Is a directory in %s/failures.php on line 17
bool(false)

Warning: file(/tmp/phpi-files-fail-%d/nope): Failed to open stream: No such file or directory in %s/failures.php on line 18
bool(false)

Warning: readfile(/tmp/phpi-files-fail-%d/nope): Failed to open stream: No such file or directory in %s/failures.php on line 19
bool(false)

Warning: unlink(/tmp/phpi-files-fail-%d/nope): No such file or directory in %s/failures.php on line 20
bool(false)

Warning: unlink(/tmp/phpi-files-fail-%d): Is a directory in %s/failures.php on line 21
bool(false)

Warning: rmdir(/tmp/phpi-files-fail-%d/nope): No such file or directory in %s/failures.php on line 22
bool(false)

Warning: rmdir(/tmp/phpi-files-fail-%d): Directory not empty in %s/failures.php on line 23
bool(false)

Warning: mkdir(): File exists in %s/failures.php on line 24
bool(false)

Warning: mkdir(): File exists in %s/failures.php on line 25
bool(false)

Warning: mkdir(): No such file or directory in %s/failures.php on line 26
bool(false)

Warning: rename(/tmp/phpi-files-fail-%d/nope,/tmp/phpi-files-fail-%d/b): No such file or directory in %s/failures.php on line 27
bool(false)

Warning: copy(/tmp/phpi-files-fail-%d/nope): Failed to open stream: No such file or directory in %s/failures.php on line 28
bool(false)

Warning: copy(): The first argument to copy() function cannot be a directory in %s/failures.php on line 29
bool(false)

Warning: copy(/tmp/phpi-files-fail-%d/nope/b): Failed to open stream: No such file or directory in %s/failures.php on line 30
bool(false)

Warning: filesize(): stat failed for /tmp/phpi-files-fail-%d/nope in %s/failures.php on line 31
bool(false)

Warning: filemtime(): stat failed for /tmp/phpi-files-fail-%d/nope in %s/failures.php on line 32
bool(false)

Warning: fileperms(): stat failed for /tmp/phpi-files-fail-%d/nope in %s/failures.php on line 33
bool(false)

Warning: filesize(): Filename contains null byte in %s/failures.php on line 34
bool(false)

Warning: stat(): stat failed for /tmp/phpi-files-fail-%d/nope in %s/failures.php on line 35
bool(false)

Warning: lstat(): Lstat failed for /tmp/phpi-files-fail-%d/nope in %s/failures.php on line 36
bool(false)

Warning: filetype(): Lstat failed for /tmp/phpi-files-fail-%d/nope in %s/failures.php on line 37
bool(false)

Warning: chmod(): No such file or directory in %s/failures.php on line 38
bool(false)

Warning: touch(): Unable to create file /tmp/phpi-files-fail-%d/nope/x because No such file or directory in %s/failures.php on line 39
bool(false)

Warning: opendir(/tmp/phpi-files-fail-%d/nope): Failed to open directory: No such file or directory in %s/failures.php on line 40
bool(false)

Warning: scandir(/tmp/phpi-files-fail-%d/nope): Failed to open directory: No such file or directory in %s/failures.php on line 41

Warning: scandir(): (errno 2): No such file or directory in %s/failures.php on line 41
bool(false)
ValueError: scandir(): Argument #1 ($directory) cannot be empty
bool(false)

Warning: chdir(): No such file or directory (errno 2) in %s/failures.php on line 44
bool(false)
bool(false)
bool(false)
bool(false)

Warning: fileowner(): stat failed for /tmp/phpi-files-fail-%d/nope in %s/failures.php on line 48
bool(false)

Warning: glob(): At least one of the passed flags is invalid or not supported on this platform in %s/failures.php on line 49
bool(false)

Notice: tempnam(): file created in the system's temporary directory in %s/failures.php on line 50
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
int(384)
ValueError: fread(): Argument #2 ($length) must be greater than 0
ValueError: fgets(): Argument #2 ($length) must be greater than 0

Notice: fwrite(): Write of 1 bytes failed with errno=9 Bad file descriptor in %s/failures.php on line 59
bool(false)
TypeError: fwrite(): supplied resource is not a valid stream resource
TypeError: fclose(): supplied resource is not a valid stream resource
TypeError: feof(): supplied resource is not a valid stream resource
TypeError: fstat(): Argument #1 ($stream) must be of type resource, int given

Warning: fclose(): 8 is not a valid stream resource in %s/failures.php on line 66
bool(false)
