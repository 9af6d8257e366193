--TEST--
strcmp family, natural order and substr_compare
--FILE--
<?php
var_dump(strcmp("a", "c"), strcmp("abc", "ab"), strcmp("abcd", "a"), strcmp("", ""), strcasecmp("HELLO", "hellz"), strcasecmp("abcd", "A"), strncmp("abcd", "abzz", 3), strncasecmp("ab", "AC", 2), strncmp("abc", "abd", 2));
try { strncmp("a", "b", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(strnatcmp("img12.png", "img10.png"), strnatcmp("a10", "a9"), strnatcmp("a01", "a1"), strnatcasecmp("A1", "a01"), strnatcmp("x 1", "x  1"), strnatcmp("1.10", "1.9"), strnatcmp("", "a"), strnatcmp("0.5", "0.40"));
var_dump(substr_compare("abcde", "bc", 1, 2), substr_compare("abcde", "BC", 1, 2, true), substr_compare("abcde", "bd", 1), substr_compare("abcde", "de", -2), substr_compare("abcde", "cd", 1, 2));
try { substr_compare("abc", "b", 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { substr_compare("abc", "b", 1, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(-2)
int(1)
int(1)
int(0)
int(-11)
int(1)
int(-23)
int(-1)
int(0)
strncmp(): Argument #3 ($length) must be greater than or equal to 0
int(1)
int(1)
int(-1)
int(1)
int(0)
int(1)
int(-1)
int(-1)
int(0)
int(0)
int(-1)
int(0)
int(-1)
substr_compare(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
substr_compare(): Argument #4 ($length) must be greater than or equal to 0
