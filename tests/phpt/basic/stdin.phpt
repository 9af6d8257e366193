--TEST--
--STDIN-- is the script's standard input
--STDIN--
first line
second line
--FILE--
<?php
echo "1: ", fgets(STDIN);
echo "rest: ", stream_get_contents(STDIN);
var_dump(feof(STDIN));
--EXPECT--
1: first line
rest: second line
bool(true)
