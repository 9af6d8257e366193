--TEST--
array_reverse(), array_pad(), array_chunk()
--FILE--
<?php
$a = ['x' => 1, 4 => 2, 7 => 3, 'y' => 4];
var_dump(array_reverse($a), array_reverse($a, true), array_reverse([]), array_reverse([1, [2, 3]]));
var_dump(array_pad([1, 2], 5, 0), array_pad([1, 2], -5, 0), array_pad($a, 6, 'p'), array_pad($a, -6, 'p'));
var_dump(array_pad([1, 2], 2, 0), array_pad([1, 2], -1, 0), array_pad([], 2, null));
try {
    array_pad([], 1048577, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(count(array_pad([1], 1048577, 0)));
var_dump(array_chunk([1, 2, 3, 4, 5], 2), array_chunk($a, 3, true), array_chunk([1, 2], 5), array_chunk([], 3));
try {
    array_chunk([1], 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
array(4) {
  ["y"]=>
  int(4)
  [0]=>
  int(3)
  [1]=>
  int(2)
  ["x"]=>
  int(1)
}
array(4) {
  ["y"]=>
  int(4)
  [7]=>
  int(3)
  [4]=>
  int(2)
  ["x"]=>
  int(1)
}
array(0) {
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
  [1]=>
  int(1)
}
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(0)
  [3]=>
  int(0)
  [4]=>
  int(0)
}
array(5) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(0)
  [3]=>
  int(1)
  [4]=>
  int(2)
}
array(6) {
  ["x"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  int(3)
  ["y"]=>
  int(4)
  [2]=>
  string(1) "p"
  [3]=>
  string(1) "p"
}
array(6) {
  [0]=>
  string(1) "p"
  [1]=>
  string(1) "p"
  ["x"]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
  ["y"]=>
  int(4)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  NULL
  [1]=>
  NULL
}
array_pad(): Argument #2 ($length) must be less than or equal to 1048576
int(1048577)
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
  [2]=>
  array(1) {
    [0]=>
    int(5)
  }
}
array(2) {
  [0]=>
  array(3) {
    ["x"]=>
    int(1)
    [4]=>
    int(2)
    [7]=>
    int(3)
  }
  [1]=>
  array(1) {
    ["y"]=>
    int(4)
  }
}
array(1) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(0) {
}
array_chunk(): Argument #2 ($length) must be greater than 0
