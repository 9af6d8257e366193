--TEST--
--INI-- settings reach the script (precision)
--INI--
precision=5
--FILE--
<?php
echo 1 / 3, " ", M_PI, " ", ini_get('precision'), "\n";
var_dump(1 / 3);
--EXPECT--
0.33333 3.1416 5
float(0.3333333333333333)
