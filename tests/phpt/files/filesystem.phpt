--TEST--
Files and directories by name: status, touch, rename, copy, unlink, mkdir (recursive), rmdir, scandir, glob, opendir
--FILE--
<?php
$d = sys_get_temp_dir() . "/phpi-files-fs-" . getmypid();
var_dump(file_exists($d), is_dir($d), mkdir($d), file_exists($d), is_dir($d), is_file($d), is_link($d));
var_dump(is_readable($d), is_writable($d), is_writeable($d), is_executable($d), filetype($d));
var_dump(mkdir("$d/a/b/c", 0755, true), is_dir("$d/a/b/c"), fileperms("$d/a/b/c") & 0777, fileperms("$d/a") & 0777);
var_dump(file_put_contents("$d/a/one.txt", "12345"), filesize("$d/a/one.txt"), is_file("$d/a/one.txt"), filetype("$d/a/one.txt"));
var_dump(touch("$d/a/two.txt"), filesize("$d/a/two.txt"), file_exists("$d/a/two.txt"));
// Status functions repeat the last path's status until the cache is cleared.
var_dump(touch("$d/a/two.txt", 1000000000), filemtime("$d/a/two.txt") > 1600000000, file_put_contents("$d/a/two.txt", "ab"), filesize("$d/a/two.txt"));
clearstatcache();
var_dump(filemtime("$d/a/two.txt") > 1600000000, filesize("$d/a/two.txt"), touch("$d/a/two.txt", 1000000000));
clearstatcache();
var_dump(filemtime("$d/a/two.txt"), fileatime("$d/a/two.txt"));
var_dump(touch("$d/a/two.txt", 1000000000, 1200000000), filemtime("$d/a/two.txt"), is_link("$d/a/two.txt"), filemtime("$d/a/two.txt"), fileatime("$d/a/two.txt"));
var_dump(filemtime("$d/a/one.txt") > 1600000000, filectime("$d/a/one.txt") > 1600000000);
$st = stat("$d/a/one.txt");
var_dump(count($st), $st['size'], $st['nlink'], $st[7] === $st['size'], lstat("$d/a/one.txt")['size'], fileinode("$d/a/one.txt") === $st['ino']);
var_dump(chmod("$d/a/one.txt", 0600), fileperms("$d/a/one.txt"), file_exists("$d/a/one.txt"));
clearstatcache();
var_dump(fileperms("$d/a/one.txt"), decoct(fileperms("$d/a/one.txt") & 0777));
var_dump(copy("$d/a/one.txt", "$d/a/three.txt"), file_get_contents("$d/a/three.txt"));
var_dump(rename("$d/a/three.txt", "$d/a/b/four.txt"), file_exists("$d/a/three.txt"), file_get_contents("$d/a/b/four.txt"));
var_dump(scandir("$d/a"), scandir("$d/a", SCANDIR_SORT_DESCENDING), count(scandir("$d/a", SCANDIR_SORT_NONE)));
var_dump(glob("$d/a/*.txt") === ["$d/a/one.txt", "$d/a/two.txt"]);
$cwd = getcwd();
var_dump(chdir($d), getcwd() === realpath($d));
var_dump(glob("a/*"), glob("a/*", GLOB_MARK), glob("a/*", GLOB_ONLYDIR), glob("a/{t,o}*", GLOB_BRACE), glob("a/x*"), glob("a/x*", GLOB_NOCHECK));
var_dump(glob("*/b/*.txt"), glob("a/[ot]*.txt"), glob("a/?ne.txt"), glob("a"), glob("a/b/c"), glob("a/.*"));
var_dump(realpath("a/b/../one.txt") === "$d/a/one.txt", realpath("a/nope"), realpath(".") === $d, realpath("") === getcwd());
$h = opendir("a");
$names = [];
while (($name = readdir($h)) !== false) {
    $names[] = $name;
}
sort($names);
var_dump($names, readdir($h));
rewinddir($h);
var_dump(readdir($h) !== false);
closedir($h);
var_dump($h);
$h = opendir("a/b");
$n = 0;
while (readdir() !== false) {
    $n++;
}
var_dump($n);
closedir();
try {
    readdir();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    readdir(STDIN);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(chdir($cwd));
var_dump(rmdir("$d/a"), unlink("$d/a/one.txt"), unlink("$d/a/two.txt"), unlink("$d/a/b/four.txt"));
var_dump(rmdir("$d/a/b/c"), rmdir("$d/a/b"), rmdir("$d/a"), rmdir($d), file_exists($d));
clearstatcache();
?>
--EXPECTF--
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
string(3) "dir"
bool(true)
bool(true)
int(493)
int(493)
int(5)
int(5)
bool(true)
string(4) "file"
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
int(2)
int(0)
bool(true)
int(2)
bool(true)
int(1000000000)
int(1000000000)
bool(true)
int(1000000000)
bool(false)
int(1000000000)
int(1200000000)
bool(true)
bool(true)
int(26)
int(5)
int(1)
bool(true)
int(5)
bool(true)
bool(true)
int(33188)
bool(true)
int(33152)
string(3) "600"
bool(true)
string(5) "12345"
bool(true)
bool(false)
string(5) "12345"
array(5) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(1) "b"
  [3]=>
  string(7) "one.txt"
  [4]=>
  string(7) "two.txt"
}
array(5) {
  [0]=>
  string(7) "two.txt"
  [1]=>
  string(7) "one.txt"
  [2]=>
  string(1) "b"
  [3]=>
  string(2) ".."
  [4]=>
  string(1) "."
}
int(5)
bool(true)
bool(true)
bool(true)
array(3) {
  [0]=>
  string(3) "a/b"
  [1]=>
  string(9) "a/one.txt"
  [2]=>
  string(9) "a/two.txt"
}
array(3) {
  [0]=>
  string(4) "a/b/"
  [1]=>
  string(9) "a/one.txt"
  [2]=>
  string(9) "a/two.txt"
}
array(1) {
  [0]=>
  string(3) "a/b"
}
array(2) {
  [0]=>
  string(9) "a/two.txt"
  [1]=>
  string(9) "a/one.txt"
}
array(0) {
}
array(1) {
  [0]=>
  string(4) "a/x*"
}
array(1) {
  [0]=>
  string(12) "a/b/four.txt"
}
array(2) {
  [0]=>
  string(9) "a/one.txt"
  [1]=>
  string(9) "a/two.txt"
}
array(1) {
  [0]=>
  string(9) "a/one.txt"
}
array(1) {
  [0]=>
  string(1) "a"
}
array(1) {
  [0]=>
  string(5) "a/b/c"
}
array(2) {
  [0]=>
  string(3) "a/."
  [1]=>
  string(4) "a/.."
}
bool(true)
bool(false)
bool(true)
bool(true)
array(5) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(1) "b"
  [3]=>
  string(7) "one.txt"
  [4]=>
  string(7) "two.txt"
}
bool(false)
bool(true)
resource(14) of type (Unknown)
int(4)
No resource supplied
readdir(): Argument #1 ($dir_handle) must be a valid Directory resource
bool(true)

Warning: rmdir(/tmp/phpi-files-fs-%d/a): Directory not empty in %s/filesystem.php on line 59
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
