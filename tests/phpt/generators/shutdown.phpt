--TEST--
Unfinished generators at the end of the script run their finally blocks
--FILE--
<?php
class Res { function __destruct() { echo "Res destructed\n"; } }
function g($name) {
    $r = new Res;
    try {
        yield 1;
        yield 2;
    } finally {
        echo "finally $name\n";
    }
}
$a = g('a');
$a->current();
$b = g('b');
$c = g('c');
$c->current();
$arr = [g('in array')];
$arr[0]->current();
function forever() { $i = 0; while (true) yield $i++; }
$f = forever();
foreach ($f as $v) { if ($v > 3) break; }
echo "end of script\n";
--EXPECT--
end of script
finally c
Res destructed
finally a
Res destructed
finally in array
Res destructed
