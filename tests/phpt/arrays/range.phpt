--TEST--
range(): integers, floats, characters, steps and PHP 8.2's errors
--FILE--
<?php
$cases = [
    [1, 5], [5, 1], [1, 10, 3], [1, 10, -3], [0, 1, 0.25], [1, 3, 1.0], [1.0, 3], [10, 0, -2.5],
    [0.1, 0.5, 0.1], ['a', 'e'], ['e', 'a', 2], ['A', 'z', 10], ['a', 'e', 1.5], ['1', '3'], ['1', 'a'],
    ['a', '3'], ['', 'c'], ['aa', 'cc'], [null, 3], [true, 3], ['1.5', '3'], [1, 3, '1'], [5, 5], ['a', 'a'],
    [5.5, 5.5], [PHP_INT_MIN, PHP_INT_MAX, PHP_INT_MAX], ['1e1', '12'], [' 1', '3'], [0, 255, 100], ['z', 'x', 1],
    [1, 2, 0], [1, 2, 5], [0, PHP_INT_MAX, PHP_INT_MAX], [1, 2, INF], [1, 2, -0.5], [1, 2, PHP_INT_MIN],
    [0, 10000000000, 1], [10000000000, 0], [0, INF], [-INF, 0], [1, 2, 'x'],
];
foreach ($cases as $i => $args) {
    try {
        echo "#$i: ";
        var_dump(range(...$args));
    } catch (Throwable $e) {
        echo $e::class, ': ', $e->getMessage(), "\n";
    }
}
--EXPECT--
#0: array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
#1: array(5) {
  [0]=>
  int(5)
  [1]=>
  int(4)
  [2]=>
  int(3)
  [3]=>
  int(2)
  [4]=>
  int(1)
}
#2: array(4) {
  [0]=>
  int(1)
  [1]=>
  int(4)
  [2]=>
  int(7)
  [3]=>
  int(10)
}
#3: array(4) {
  [0]=>
  int(1)
  [1]=>
  int(4)
  [2]=>
  int(7)
  [3]=>
  int(10)
}
#4: array(5) {
  [0]=>
  float(0)
  [1]=>
  float(0.25)
  [2]=>
  float(0.5)
  [3]=>
  float(0.75)
  [4]=>
  float(1)
}
#5: array(3) {
  [0]=>
  float(1)
  [1]=>
  float(2)
  [2]=>
  float(3)
}
#6: array(3) {
  [0]=>
  float(1)
  [1]=>
  float(2)
  [2]=>
  float(3)
}
#7: array(5) {
  [0]=>
  float(10)
  [1]=>
  float(7.5)
  [2]=>
  float(5)
  [3]=>
  float(2.5)
  [4]=>
  float(0)
}
#8: array(5) {
  [0]=>
  float(0.1)
  [1]=>
  float(0.2)
  [2]=>
  float(0.30000000000000004)
  [3]=>
  float(0.4)
  [4]=>
  float(0.5)
}
#9: array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
}
#10: array(3) {
  [0]=>
  string(1) "e"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "a"
}
#11: array(6) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "K"
  [2]=>
  string(1) "U"
  [3]=>
  string(1) "_"
  [4]=>
  string(1) "i"
  [5]=>
  string(1) "s"
}
#12: array(1) {
  [0]=>
  float(0)
}
#13: array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
#14: array(2) {
  [0]=>
  int(1)
  [1]=>
  int(0)
}
#15: array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
#16: array(1) {
  [0]=>
  int(0)
}
#17: array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
#18: array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
#19: array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
#20: array(2) {
  [0]=>
  float(1.5)
  [1]=>
  float(2.5)
}
#21: array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
#22: array(1) {
  [0]=>
  int(5)
}
#23: array(1) {
  [0]=>
  string(1) "a"
}
#24: array(1) {
  [0]=>
  float(5.5)
}
#25: array(2) {
  [0]=>
  int(-9223372036854775808)
  [1]=>
  int(0)
}
#26: array(3) {
  [0]=>
  float(10)
  [1]=>
  float(11)
  [2]=>
  float(12)
}
#27: array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
#28: array(3) {
  [0]=>
  int(0)
  [1]=>
  int(100)
  [2]=>
  int(200)
}
#29: array(3) {
  [0]=>
  string(1) "z"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "x"
}
#30: ValueError: range(): Argument #3 ($step) must not exceed the specified range
#31: ValueError: range(): Argument #3 ($step) must not exceed the specified range
#32: ValueError: range(): Argument #3 ($step) must not exceed the specified range
#33: ValueError: range(): Argument #3 ($step) must not exceed the specified range
#34: array(3) {
  [0]=>
  float(1)
  [1]=>
  float(1.5)
  [2]=>
  float(2)
}
#35: ValueError: range(): Argument #3 ($step) must not exceed the specified range
#36: ValueError: The supplied range exceeds the maximum array size: start=0 end=10000000000
#37: ValueError: The supplied range exceeds the maximum array size: start=0 end=10000000000
#38: ValueError: Invalid range supplied: start=0 end=inf
#39: ValueError: Invalid range supplied: start=inf end=0
#40: TypeError: range(): Argument #3 ($step) must be of type int|float, string given
