--TEST--
--EXPECTF-- placeholders match what varies between runs and implementations
--FILE--
<?php
var_dump(memory_get_usage() > 0, memory_get_usage(), spl_object_id(new stdClass), dechex(mt_rand(16, 255)));
printf("%.10f\n", 1 / 7);
echo "tab\there\n";
--EXPECTF--
bool(true)
int(%d)
int(%i)
string(%d) "%x"
%f
tab%where
