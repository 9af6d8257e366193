--TEST--
str_word_count, count_chars, similar_text, levenshtein, soundex, metaphone
--FILE--
<?php
$t = "Hello fri3nd, you're looking good-today-";
var_dump(str_word_count($t), str_word_count($t, 1), str_word_count($t, 2), str_word_count($t, 1, "0..9"), str_word_count("'quoted' -dash-", 1), str_word_count(""));
try { str_word_count("a", 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(count_chars("abca", 1), count_chars("abca", 3), strlen(count_chars("abc", 4)), count_chars("", 3));
try { count_chars("a", 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(similar_text("World", "Word", $p), $p, similar_text("", "", $p), $p, similar_text("Hello", "World"), similar_text("abcdef", "xbcdyf"));
var_dump(levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("abc", ""), levenshtein("flaw", "lawn", 2, 3, 4), levenshtein("same", "same"));
var_dump(soundex("Robert"), soundex("Rupert"), soundex("Tymczak"), soundex("Pfister"), soundex(""), soundex("123"), soundex("Ashcraft"));
foreach (["Thompson", "knight", "Thumb", "school", "Xavier", "wright", "science", "dodge", "laugh", "physics", "ghost", "which", "AEgis", "cia", ""] as $w) echo $w, "=", metaphone($w), " ";
echo "\n", metaphone("Thompson", 2), "\n";
--EXPECT--
int(6)
array(6) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(3) "fri"
  [2]=>
  string(2) "nd"
  [3]=>
  string(6) "you're"
  [4]=>
  string(7) "looking"
  [5]=>
  string(10) "good-today"
}
array(6) {
  [0]=>
  string(5) "Hello"
  [6]=>
  string(3) "fri"
  [10]=>
  string(2) "nd"
  [14]=>
  string(6) "you're"
  [21]=>
  string(7) "looking"
  [29]=>
  string(10) "good-today"
}
array(5) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(6) "fri3nd"
  [2]=>
  string(6) "you're"
  [3]=>
  string(7) "looking"
  [4]=>
  string(10) "good-today"
}
array(2) {
  [0]=>
  string(7) "quoted'"
  [1]=>
  string(5) "-dash"
}
int(0)
str_word_count(): Argument #2 ($format) must be a valid format value
array(3) {
  [97]=>
  int(2)
  [98]=>
  int(1)
  [99]=>
  int(1)
}
string(3) "abc"
int(253)
string(0) ""
count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive)
int(4)
float(88.88888888888889)
int(0)
float(0)
int(1)
int(4)
int(3)
int(3)
int(3)
int(6)
int(0)
string(4) "R163"
string(4) "R163"
string(4) "T522"
string(4) "P236"
string(4) "0000"
string(4) "0000"
string(4) "A226"
Thompson=0MPSN knight=NFT Thumb=0M school=SXL Xavier=SFR wright=RFT science=SNS dodge=TJ laugh=LF physics=FSKS ghost=FST which=WX AEgis=EJS cia=X = 
0M
