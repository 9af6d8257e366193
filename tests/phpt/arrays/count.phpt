--TEST--
count() and sizeof(): normal and recursive modes, Countable objects, errors
--FILE--
<?php
class C implements Countable {
    public function count(): int { return 42; }
}
class S implements Countable {
    public function count(): int { echo "counting\n"; return 7; }
}
var_dump(count([]), count([1, 2, 3]), sizeof(['a' => 1, 'b' => 2]));
var_dump(count([1, [2, 3], [4, [5, 6]]], COUNT_RECURSIVE));
var_dump(count([1, [2, 3]], COUNT_NORMAL));
var_dump(count(new C), count(new S, COUNT_RECURSIVE));
$a = [1, 2];
$a[] = &$a;
var_dump(count($a, COUNT_RECURSIVE));
foreach ([null, 1, "abc", 1.5, true, new stdClass] as $v) {
    try {
        count($v);
    } catch (TypeError $e) {
        echo $e::class, ": ", $e->getMessage(), "\n";
    }
}
try {
    count([], 2);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    sizeof("x");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
int(0)
int(3)
int(2)
int(9)
int(2)
counting
int(42)
int(7)

Warning: count(): Recursion detected in %s/count.php on line 14
int(3)
TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given
TypeError: count(): Argument #1 ($value) must be of type Countable|array, int given
TypeError: count(): Argument #1 ($value) must be of type Countable|array, string given
TypeError: count(): Argument #1 ($value) must be of type Countable|array, float given
TypeError: count(): Argument #1 ($value) must be of type Countable|array, bool given
TypeError: count(): Argument #1 ($value) must be of type Countable|array, stdClass given
count(): Argument #2 ($mode) must be either COUNT_NORMAL or COUNT_RECURSIVE
sizeof(): Argument #1 ($value) must be of type Countable|array, string given
