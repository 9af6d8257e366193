--TEST--
--ARGS-- become $argv after the script name
--ARGS--
one "two words" 'three' --flag=4
--FILE--
<?php
var_dump($argc, count($argv), array_slice($argv, 1), basename($argv[0]), $_SERVER['argc']);
--EXPECT--
int(5)
int(5)
array(4) {
  [0]=>
  string(3) "one"
  [1]=>
  string(9) "two words"
  [2]=>
  string(5) "three"
  [3]=>
  string(8) "--flag=4"
}
string(8) "args.php"
int(5)
