--TEST--
STDOUT and php://stdout bypass output buffering, php://output goes through it; STDERR keeps its place
--FILE--
<?php
echo "one\n";
fwrite(STDERR, "to stderr\n");
echo "two\n";
ob_start();
echo "buffered\n";
fwrite(STDOUT, "direct\n");
$out = fopen("php://output", "w");
fwrite($out, "through the buffer\n");
$stdout = fopen("php://stdout", "w");
fputs($stdout, "direct again\n");
$kept = ob_get_clean();
echo "kept: ", $kept;
var_dump(fwrite(STDOUT, ""), fwrite(STDOUT, "abc\n", 2), fflush(STDOUT));
echo "\n";
var_dump(fread(STDOUT, 1));
var_dump(fwrite(STDIN, "x"));
var_dump(ftell($out), fseek($out, 0), rewind($out), ftruncate($out, 0));
$meta = stream_get_meta_data(STDIN);
unset($meta['seekable']);
var_dump($meta, stream_get_meta_data($out)['stream_type']);
var_dump(STDIN, STDOUT, STDERR);
?>
--EXPECTF--
one
to stderr
two
direct
direct again
kept: buffered
through the buffer
abint(0)
int(2)
bool(true)


Notice: fread(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s/std_streams.php on line 16
bool(false)

Notice: fwrite(): Write of 1 bytes failed with errno=9 Bad file descriptor in %s/std_streams.php on line 17
bool(false)

Warning: fseek(): Stream does not support seeking in %s/std_streams.php on line 18

Warning: rewind(): Stream does not support seeking in %s/std_streams.php on line 18

Warning: ftruncate(): Can't truncate this stream! in %s/std_streams.php on line 18
int(19)
int(-1)
bool(false)
bool(false)
array(8) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(2) "rb"
  ["unread_bytes"]=>
  int(0)
  ["uri"]=>
  string(11) "php://stdin"
}
string(6) "Output"
resource(1) of type (stream)
resource(2) of type (stream)
resource(3) of type (stream)
