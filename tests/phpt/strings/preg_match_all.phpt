--TEST--
preg_match_all: pattern and set order, offsets, empty matches
--FILE--
<?php
var_dump(preg_match_all('/(\w)(\d)?/', 'a1 b c3', $m), $m);
var_dump(preg_match_all('/(\w)(\d)?/', 'a1 b c3', $m, PREG_SET_ORDER), $m);
var_dump(preg_match_all('/(?<l>\w)(\d)?/', 'a1 b', $m, PREG_PATTERN_ORDER | PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('/(\w)(\d)?/', 'b', $m, PREG_SET_ORDER | PREG_UNMATCHED_AS_NULL), $m);
var_dump(preg_match_all('/x/', 'abc', $m), $m, preg_match_all('/(x)/', 'abc', $m, PREG_SET_ORDER), $m);
var_dump(preg_match_all('/a*?/', 'aa', $m), $m, preg_match_all('//', 'ab', $m), $m, preg_match_all('/a*/', 'baaac', $m), $m);
var_dump(preg_match_all('/./u', 'añb', $m), $m, preg_match_all('/\d/', 'a1b2c3', $m, PREG_PATTERN_ORDER, 3), $m, preg_match_all('/\d/A', '12a3'));
try { preg_match_all('/a/', 'a', $m, 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(3)
array(3) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "a1"
    [1]=>
    string(1) "b"
    [2]=>
    string(2) "c3"
  }
  [1]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "c"
  }
  [2]=>
  array(3) {
    [0]=>
    string(1) "1"
    [1]=>
    string(0) ""
    [2]=>
    string(1) "3"
  }
}
int(3)
array(3) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "a1"
    [1]=>
    string(1) "a"
    [2]=>
    string(1) "1"
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    string(1) "b"
  }
  [2]=>
  array(3) {
    [0]=>
    string(2) "c3"
    [1]=>
    string(1) "c"
    [2]=>
    string(1) "3"
  }
}
int(2)
array(4) {
  [0]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(2) "a1"
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(3)
    }
  }
  ["l"]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(3)
    }
  }
  [1]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(3)
    }
  }
  [2]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      int(1)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(-1)
    }
  }
}
int(1)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    string(1) "b"
    [1]=>
    string(1) "b"
    [2]=>
    NULL
  }
}
int(0)
array(1) {
  [0]=>
  array(0) {
  }
}
int(0)
array(0) {
}
int(5)
array(1) {
  [0]=>
  array(5) {
    [0]=>
    string(0) ""
    [1]=>
    string(1) "a"
    [2]=>
    string(0) ""
    [3]=>
    string(1) "a"
    [4]=>
    string(0) ""
  }
}
int(3)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    string(0) ""
    [1]=>
    string(0) ""
    [2]=>
    string(0) ""
  }
}
int(4)
array(1) {
  [0]=>
  array(4) {
    [0]=>
    string(0) ""
    [1]=>
    string(3) "aaa"
    [2]=>
    string(0) ""
    [3]=>
    string(0) ""
  }
}
int(3)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(2) "ñ"
    [2]=>
    string(1) "b"
  }
}
int(2)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "2"
    [1]=>
    string(1) "3"
  }
}
int(2)
preg_match_all(): Argument #4 ($flags) must be a PREG_* constant
