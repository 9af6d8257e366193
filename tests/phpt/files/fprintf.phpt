--TEST--
fprintf and vfprintf write formatted text to a stream and return its length
--FILE--
<?php
$m = fopen("php://memory", "w+");
var_dump(fprintf($m, "%s=%d;", "a", 42), vfprintf($m, "%05.1f|%'*8s|%-4s|%x", [3.14159, "pad", "l", 255]));
rewind($m);
var_dump(stream_get_contents($m));
var_dump(fprintf(STDOUT, "%s and %s\n", "one", "two"));
try {
    fprintf($m, "%s %s", "only one");
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
try {
    vfprintf($m, "%s %s", ["only one"]);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    fprintf("nope", "x");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$r = fopen("php://memory", "r");
var_dump(fprintf($r, "abc"));
?>
--EXPECT--
int(5)
int(22)
string(27) "a=42;003.1|*****pad|l   |ff"
one and two
int(12)
4 arguments are required, 3 given
The arguments array must contain 2 items, 1 given
fprintf(): Argument #1 ($stream) must be of type resource, string given
int(3)
