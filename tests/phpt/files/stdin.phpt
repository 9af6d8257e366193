--TEST--
Reading STDIN and php://stdin: lines, characters, the rest, end of input
--STDIN--
first line
second
x
rest of
the input
--FILE--
<?php
var_dump(fgets(STDIN), feof(STDIN), fgetc(STDIN), fgets(STDIN));
$in = fopen("php://stdin", "r");
var_dump(fgets($in, 3));
var_dump(stream_get_contents(STDIN), feof(STDIN), fgets(STDIN), fread(STDIN, 10));
var_dump(fseek(STDIN, 0));
?>
--EXPECTF--
string(11) "first line
"
bool(false)
string(1) "s"
string(6) "econd
"
bool(false)
string(20) "x
rest of
the input
"
bool(true)
bool(false)
string(0) ""

Warning: fseek(): Stream does not support seeking in %s/stdin.php on line 6
int(-1)
