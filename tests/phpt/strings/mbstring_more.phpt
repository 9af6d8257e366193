--TEST--
mb_convert_case, mb_convert_encoding, widths, mb_ord/mb_chr, mb_scrub, mb_check_encoding
--INI--
extension=mbstring
--FILE--
<?php
var_dump(mb_check_encoding("é"), mb_check_encoding("\xff"), mb_convert_case("hello wORLD ǆx it's o'neil 3rd", MB_CASE_TITLE), mb_convert_case("straße", MB_CASE_UPPER), mb_convert_case("ABC", MB_CASE_LOWER), mb_convert_case("Straße", MB_CASE_FOLD), mb_convert_case("ABCß", MB_CASE_UPPER_SIMPLE), mb_convert_case("hello wORLD", MB_CASE_TITLE_SIMPLE), mb_strwidth("日本a"), mb_ord("é"), mb_chr(233), mb_chr(0xD800), mb_convert_encoding("caf\xe9", "UTF-8", "ISO-8859-1"), mb_convert_encoding("café€", "ISO-8859-1", "UTF-8"), mb_convert_encoding("café", "ASCII"), mb_scrub("a\xffb"), mb_strimwidth("Hello World", 0, 8, "..."), mb_strimwidth("日本語テキスト", 1, 6, "…"), mb_strimwidth("short", 0, 10, "..."), MB_CASE_TITLE);
foreach ([fn() => mb_ord(""), fn() => mb_convert_case("a", 9), fn() => mb_convert_encoding("a", "bogus"), fn() => mb_strimwidth("abc", 5, 1)] as $f) { try { var_dump($f()); } catch (ValueError $e) { echo $e->getMessage(), "\n"; } }
--EXPECT--
bool(true)
bool(false)
string(31) "Hello World ǅx It's O'neil 3Rd"
string(7) "STRASSE"
string(3) "abc"
string(7) "strasse"
string(5) "ABCß"
string(11) "Hello World"
int(5)
int(233)
string(2) "é"
bool(false)
string(5) "café"
string(5) "caf�?"
string(4) "caf?"
string(3) "a?b"
string(8) "Hello..."
string(9) "本語…"
string(5) "short"
int(2)
mb_ord(): Argument #1 ($string) must not be empty
mb_convert_case(): Argument #2 ($mode) must be one of the MB_CASE_* constants
mb_convert_encoding(): Argument #2 ($to_encoding) must be a valid encoding, "bogus" given
mb_strimwidth(): Argument #2 ($start) is out of range
