--TEST--
preg_split flags and limits, preg_quote, preg_grep
--FILE--
<?php
var_dump(preg_split('/[\s,]+/', "hypertext language, programming"), preg_split('//', 'abc'), preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY), preg_split('/x*/', 'axb'), preg_split('/(,)/', 'a,b,,c', 3, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_split('/,/', 'a,b,c', 2), preg_split('/,/', 'a,b,c', 0), preg_split('/,/', 'a,b,c', 1), preg_split('/,/', ',a,,b,', -1, PREG_SPLIT_NO_EMPTY), preg_split('/(-)|(\+)/', 'a-b+c', -1, PREG_SPLIT_DELIM_CAPTURE), preg_split('/,/', ''), preg_split('/,/', '', -1, PREG_SPLIT_NO_EMPTY), preg_split('//u', 'añ', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_quote('Hello.World?(1+1=2)[#]{a}<b>|c:d-e!f/g'), preg_quote('a/b#c', '/'), preg_quote("a\0b"), preg_quote(''));
var_dump(preg_grep('/^\d+$/', ['1', 'a', 'k' => '22', 3 => 4.5]), preg_grep('/^\d+$/', ['1', 'a', 'k' => '22'], PREG_GREP_INVERT));
--EXPECT--
array(3) {
  [0]=>
  string(9) "hypertext"
  [1]=>
  string(8) "language"
  [2]=>
  string(11) "programming"
}
array(5) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
  [4]=>
  string(0) ""
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(5) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "b"
  [4]=>
  string(0) ""
}
array(5) {
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
    string(1) ","
    [1]=>
    int(1)
  }
  [2]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(2)
  }
  [3]=>
  array(2) {
    [0]=>
    string(1) ","
    [1]=>
    int(3)
  }
  [4]=>
  array(2) {
    [0]=>
    string(2) ",c"
    [1]=>
    int(4)
  }
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(6) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "-"
  [2]=>
  string(1) "b"
  [3]=>
  string(0) ""
  [4]=>
  string(1) "+"
  [5]=>
  string(1) "c"
}
array(1) {
  [0]=>
  string(0) ""
}
array(0) {
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(2) "ñ"
}
string(55) "Hello\.World\?\(1\+1\=2\)\[\#\]\{a\}\<b\>\|c\:d\-e\!f/g"
string(7) "a\/b\#c"
string(6) "a\000b"
string(0) ""
array(2) {
  [0]=>
  string(1) "1"
  ["k"]=>
  string(2) "22"
}
array(1) {
  [1]=>
  string(1) "a"
}
