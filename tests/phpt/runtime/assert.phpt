--TEST--
assert: AssertionError with the failing expression or a description, custom exceptions, ini switches
--FILE--
<?php
var_dump(assert(true), assert(1 === 1));
try {
    assert(1 > 2);
} catch (AssertionError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    assert(false, "with a description");
} catch (AssertionError $e) {
    echo $e->getMessage(), "\n";
}
class MyFailure extends Exception {}
try {
    assert(false, new MyFailure("custom exception"));
} catch (MyFailure $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$e = new AssertionError("made by hand");
var_dump($e instanceof Error, get_parent_class($e), $e->getMessage());
ini_set('assert.exception', 0);
var_dump(assert(false));
var_dump(assert(false, "described"));
ini_set('assert.warning', 0);
var_dump(assert(false));
ini_set('assert.exception', 1);
ini_set('assert.active', 0);
var_dump(assert(false));
--EXPECTF--
bool(true)
bool(true)
AssertionError: assert(1 > 2)
with a description
MyFailure: custom exception
bool(true)
string(5) "Error"
string(12) "made by hand"

Warning: assert(): assert(false) failed in %s/assert.php on line 22
bool(false)

Warning: assert(): described failed in %s/assert.php on line 23
bool(false)
bool(false)
bool(true)
