--TEST--
str_pad, str_split, chunk_split, wordwrap, nl2br
--FILE--
<?php
var_dump(str_pad("5", 3, "0", STR_PAD_LEFT), str_pad("abc", 10, "-=", STR_PAD_BOTH), str_pad("abc", 8, "xy"), str_pad("abc", 2), str_pad("abc", 4, ""), str_pad("ab", 7, "123", STR_PAD_BOTH));
foreach ([fn() => str_pad("a", 5, ""), fn() => str_pad("a", 5, " ", 7), fn() => str_split("abc", 0), fn() => chunk_split("abc", 0), fn() => wordwrap("abc", 5, ""), fn() => wordwrap("abc", 0, "\n", true)] as $f) {
    try { $f(); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(str_split("abcdefg", 3), str_split(""), str_split("ab", 5));
var_dump(chunk_split("abcdefg", 3, "|"), chunk_split("ab", 5), chunk_split("", 2, "|"));
var_dump(wordwrap("The quick brown fox sat over the lazy dog", 15, "\n", true), wordwrap("A very long woooooooooooord.", 8, "\n", true), wordwrap("A very long woooooooooooord. and", 8, "<br>"), wordwrap("short", 10), wordwrap("abc def", 0), wordwrap("line1\nline two is long", 5));
var_dump(nl2br("a\r\nb\n\rc\nd\re"), nl2br("x\n", false), nl2br("none"));
--EXPECTF--
Fatal error: Uncaught ValueError: str_pad(): Argument #3 ($pad_string) must be a non-empty string in %s/pad_split.php:2
Stack trace:
#0 %s/pad_split.php(2): str_pad('abc', 4, '')
#1 {main}
  thrown in %s/pad_split.php on line 2
