--TEST--
Strings: interpolation, concatenation and common functions
--FILE--
<?php
$s = "Hello";
$a = ['k' => 'v', 3 => 'three'];
$o = new stdClass;
$o->p = 'prop';
echo "$s, {$s}s ${s} $a[k] {$a['k']} $a[3] $o->p {$o->p}\n";
echo $s . ' ' . 42 . ' ' . 1.0 . ' ' . true . "|" . false . "|\n";
var_dump(strlen("héllo"), substr("abcdef", 1, 3), substr("abc", -2), strtoupper("abc"), ucfirst("php"));
var_dump(str_repeat("ab", 3), str_pad("7", 3, "0", STR_PAD_LEFT), strpos("haystack", "st"), strrev("abc"));
var_dump(sprintf("%05.2f|%-4s|%'*6d|%x|%b|%e", 3.14159, "ab", 42, 255, 5, 12345.678));
var_dump(implode(",", [1, 2, 3]), explode(" ", "a b  c"), trim("  x \n"), "abc"[1], "abc"[-1]);
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/strings.php on line 6
Hello, Hellos Hello v v three prop prop
Hello 42 1 1||
int(6)
string(3) "bcd"
string(2) "bc"
string(3) "ABC"
string(3) "Php"
string(6) "ababab"
string(3) "007"
int(3)
string(3) "cba"
string(36) "03.14|ab  |****42|ff|101|1.234568e+4"
string(5) "1,2,3"
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
string(1) "x"
string(1) "b"
string(1) "c"
