--TEST--
--EXPECTREGEX-- matches the whole output against a regular expression
--FILE--
<?php
echo "roll: ", random_int(1, 6), "\n";
echo str_repeat("ab", random_int(1, 3)), "\n";
--EXPECTREGEX--
roll: [1-6]
(ab){1,3}
