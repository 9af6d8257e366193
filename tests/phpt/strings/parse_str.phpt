--TEST--
parse_str: nested brackets, appends, name mangling, decoding
--FILE--
<?php
parse_str("a=1&b[]=2&b[]=3&c[x][y]=4&d.e=5&f+g=6&h[=7&i]=8&=9&j&k[a]b=10&l%5B0%5D=11&m=a+b%20c&n[1]=x&n[]=y&o=1&o[]=2& p q=1&r[a=1&s[][x]=1&s[][x]=2&t[5][]=z&a=over", $r);
var_dump($r);
parse_str("", $e); var_dump($e);
parse_str("x[y]=1&x=2&x[z]=3", $f); var_dump($f);
--EXPECT--
array(17) {
  ["a"]=>
  string(4) "over"
  ["b"]=>
  array(2) {
    [0]=>
    string(1) "2"
    [1]=>
    string(1) "3"
  }
  ["c"]=>
  array(1) {
    ["x"]=>
    array(1) {
      ["y"]=>
      string(1) "4"
    }
  }
  ["d_e"]=>
  string(1) "5"
  ["f_g"]=>
  string(1) "6"
  ["h_"]=>
  string(1) "7"
  ["i]"]=>
  string(1) "8"
  ["j"]=>
  string(0) ""
  ["k"]=>
  array(1) {
    ["a"]=>
    string(2) "10"
  }
  ["l"]=>
  array(1) {
    [0]=>
    string(2) "11"
  }
  ["m"]=>
  string(5) "a b c"
  ["n"]=>
  array(2) {
    [1]=>
    string(1) "x"
    [2]=>
    string(1) "y"
  }
  ["o"]=>
  array(1) {
    [0]=>
    string(1) "2"
  }
  ["p_q"]=>
  string(1) "1"
  ["r_a"]=>
  string(1) "1"
  ["s"]=>
  array(2) {
    [0]=>
    array(1) {
      ["x"]=>
      string(1) "1"
    }
    [1]=>
    array(1) {
      ["x"]=>
      string(1) "2"
    }
  }
  ["t"]=>
  array(1) {
    [5]=>
    array(1) {
      [0]=>
      string(1) "z"
    }
  }
}
array(0) {
}
array(1) {
  ["x"]=>
  array(1) {
    ["z"]=>
    string(1) "3"
  }
}
