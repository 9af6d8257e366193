--TEST--
--INI-- error_reporting=0 silences warnings
--INI--
error_reporting=0
--FILE--
<?php
echo $undefined, "quiet\n";
var_dump(error_reporting());
--EXPECT--
quiet
int(0)
