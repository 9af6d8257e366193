--TEST--
mb_* functions on UTF-8: lengths, substrings, positions, case mapping, splitting
--INI--
extension=mbstring
--FILE--
<?php
foreach (["", "héllo wörld", "straße", "ΣΑΣ σας", "日本語テキスト", "h\xffé", "İstanbul"] as $s) {
    echo "== ", bin2hex($s), "\n";
    var_dump(mb_strlen($s), mb_substr($s, 1), mb_substr($s, -3, 2), mb_substr($s, 2, -1), mb_strtoupper($s), mb_strtolower($s), mb_str_split($s, 3), mb_strpos($s . "é", "é"), mb_strrpos($s . "éé", "é"), mb_stripos($s . "É", "é"), mb_substr_count($s . "aa", "a"), mb_strlen($s, "8bit"));
}
var_dump(mb_strpos("añbñ", "ñ", 2), mb_strpos("añbñ", "ñ", -1), mb_strrpos("añbñ", "ñ", -2), mb_strpos("abc", ""), mb_internal_encoding(), mb_str_split(""));
foreach ([fn() => mb_strpos("abc", "a", 4), fn() => mb_str_split("abc", 0), fn() => mb_strlen("x", "bogus"), fn() => mb_substr_count("a", "")] as $f) {
    try { var_dump($f()); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
== 
int(0)
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(0) ""
array(0) {
}
int(0)
int(1)
int(0)
int(2)
int(0)
== 68c3a96c6c6f2077c3b6726c64
int(11)
string(12) "éllo wörld"
string(2) "rl"
string(9) "llo wörl"
string(13) "HÉLLO WÖRLD"
string(13) "héllo wörld"
array(4) {
  [0]=>
  string(4) "hél"
  [1]=>
  string(3) "lo "
  [2]=>
  string(4) "wör"
  [3]=>
  string(2) "ld"
}
int(1)
int(12)
int(1)
int(2)
int(13)
== 73747261c39f65
int(6)
string(6) "traße"
string(3) "aß"
string(4) "raß"
string(7) "STRASSE"
string(7) "straße"
array(2) {
  [0]=>
  string(3) "str"
  [1]=>
  string(4) "aße"
}
int(6)
int(7)
int(6)
int(3)
int(7)
== cea3ce91cea320cf83ceb1cf82
int(7)
string(11) "ΑΣ σας"
string(4) "σα"
string(7) "Σ σα"
string(13) "ΣΑΣ ΣΑΣ"
string(13) "σασ σας"
array(3) {
  [0]=>
  string(6) "ΣΑΣ"
  [1]=>
  string(5) " σα"
  [2]=>
  string(2) "ς"
}
int(7)
int(8)
int(7)
int(2)
int(13)
== e697a5e69cace8aa9ee38386e382ade382b9e38388
int(7)
string(18) "本語テキスト"
string(6) "キス"
string(12) "語テキス"
string(21) "日本語テキスト"
string(21) "日本語テキスト"
array(3) {
  [0]=>
  string(9) "日本語"
  [1]=>
  string(9) "テキス"
  [2]=>
  string(3) "ト"
}
int(7)
int(8)
int(7)
int(2)
int(21)
== 68ffc3a9
int(3)
string(3) "�é"
string(2) "h�"
string(0) ""
string(4) "H?É"
string(4) "h?é"
array(1) {
  [0]=>
  string(4) "h�é"
}
int(2)
int(4)
int(2)
int(2)
int(4)
== c4b07374616e62756c
int(8)
string(7) "stanbul"
string(2) "bu"
string(5) "tanbu"
string(9) "İSTANBUL"
string(10) "i̇stanbul"
array(3) {
  [0]=>
  string(4) "İst"
  [1]=>
  string(3) "anb"
  [2]=>
  string(2) "ul"
}
int(8)
int(9)
int(8)
int(3)
int(9)
int(3)
int(3)
int(1)
int(0)
string(5) "UTF-8"
array(0) {
}
mb_strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
mb_str_split(): Argument #2 ($length) must be greater than 0
mb_strlen(): Argument #2 ($encoding) must be a valid encoding, "bogus" given
mb_substr_count(): Argument #2 ($needle) must not be empty
