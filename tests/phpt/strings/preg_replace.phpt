--TEST--
preg_replace: references, arrays, limits, counts, preg_filter
--FILE--
<?php
var_dump(preg_replace('/(\w+) (\w+)/', '$2 ${1}!\1 \\\\ \$1 $3 ${2}x $ \\', 'hello world'));
var_dump(preg_replace('/(a)(b)?/', '[$2|$1]', 'a ab'), preg_replace('/a/', '$0$0', 'bab'), preg_replace('/(a)/', '${1}1 $11 \11', 'a'));
var_dump(preg_replace(['/a/', '/b/'], ['b', 'c'], 'ab', -1, $c), $c, preg_replace(['/a/', '/b/'], 'x', 'abab', 1, $c), $c, preg_replace(['/a/', '/b/'], ['1'], 'ab'));
var_dump(preg_replace('/\d/', '#', ['x' => 'a1', 5 => 'b22', 'c'], -1, $c), $c);
var_dump(preg_replace('/a*?/', '-', 'baaac'), preg_replace('//', '-', 'ab'), preg_replace('/x*/', '-', 'axb'), preg_replace('/$/', '!', "a\n"), preg_replace('/^/m', '> ', "a\nb"));
var_dump(preg_replace('/é/u', 'e', 'café'), preg_replace('/./u', '.', "añ"), preg_replace('/\s+/', ' ', "a \n\t b"), preg_replace('/a/', 'b', ''), preg_replace('/a/i', 'b', 'AaA', 2));
var_dump(preg_filter('/\d/', 'N', ['a1', 'b', 'c2']), preg_filter('/\d/', 'N', 'abc'), preg_filter('/\d/', 'N', 'a1'));
try { preg_replace('/a/', ['x'], 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(preg_replace('/./u', 'x', "\xff"), preg_last_error_msg());
--EXPECT--
string(34) "world hello!hello \ $1  worldx $ \"
string(10) "[|a] [b|a]"
string(4) "baab"
string(4) "a1  "
string(2) "cc"
int(3)
string(4) "xxab"
int(2)
string(1) "1"
array(3) {
  ["x"]=>
  string(2) "a#"
  [5]=>
  string(3) "b##"
  [6]=>
  string(1) "c"
}
int(3)
string(11) "-b-------c-"
string(5) "-a-b-"
string(6) "-a--b-"
string(4) "a!
!"
string(7) "> a
> b"
string(4) "cafe"
string(2) ".."
string(3) "a b"
string(0) ""
string(3) "bbA"
array(2) {
  [0]=>
  string(2) "aN"
  [2]=>
  string(2) "cN"
}
NULL
string(2) "aN"
preg_replace(): Argument #1 ($pattern) must be of type array when argument #2 ($replacement) is an array, string given
NULL
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
