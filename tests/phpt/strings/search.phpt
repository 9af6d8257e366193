--TEST--
strpos family, strstr family, str_contains/starts_with/ends_with
--FILE--
<?php
var_dump(strpos("hello", "l"), strpos("hello", "l", 3), strpos("hello", "l", -2), strpos("hello", "z"), strpos("hello", ""), strpos("hello", "", 5));
var_dump(stripos("HeLLo", "ll"), strrpos("hello", "l"), strrpos("hello", "l", -3), strrpos("hello", "lo", -2), strrpos("hello", "l", 4), strripos("HELLO", "l"), strripos("abcABC", "B", -2));
foreach ([fn() => strpos("abc", "a", 4), fn() => strpos("abc", "a", -4), fn() => strrpos("abc", "a", 4), fn() => strripos("abc", "a", -4)] as $f) {
    try { $f(); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(strstr("user@example.com", "@"), strstr("user@example.com", "@", true), strstr("abc", "z"), stristr("HayStack", "st"), stristr("HayStack", "ST", true), strchr("abc", "b"));
var_dump(strrchr("a/b/c", "/"), strrchr("abc", "z"), strrchr("abc", "bz"), strstr("abc", ""));
var_dump(str_contains("abc", ""), str_contains("abc", "bc"), str_contains("abc", "d"), str_starts_with("abc", "ab"), str_starts_with("abc", ""), str_ends_with("abc", "bc"), str_ends_with("a", "abc"));
var_dump(strpbrk("This is a test", "st"), strpbrk("abc", "x"));
try { strpbrk("abc", ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(strspn("42 is the answer", "1234567890"), strcspn("abcd", "cd"), strspn("foo", "o", 1, 2), strcspn("hello", "l", -4), strcspn("hello", "l", 10), strspn("aaa", "a", -10, -1));
--EXPECT--
int(2)
int(3)
int(3)
bool(false)
int(0)
int(5)
int(2)
int(3)
int(2)
int(3)
bool(false)
int(3)
int(4)
strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
string(12) "@example.com"
string(4) "user"
bool(false)
string(5) "Stack"
string(3) "Hay"
string(2) "bc"
string(2) "/c"
bool(false)
string(2) "bc"
string(3) "abc"
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
string(11) "s is a test"
bool(false)
strpbrk(): Argument #2 ($characters) must be a non-empty string
int(2)
int(2)
int(2)
int(1)
int(0)
int(2)
