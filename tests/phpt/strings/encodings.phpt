--TEST--
base64, URL encodings, http_build_query, utf8_encode/utf8_decode
--FILE--
<?php
var_dump(base64_encode("Hello, World!"), base64_encode(""), base64_encode("\xff\xfe"), base64_decode("SGVsbG8sIFdvcmxkIQ=="), base64_decode("SGV#sbG8", true), base64_decode("SGV sbG8"), base64_decode("SGVsbG8", true), base64_decode("SGVsbG8=x", true), base64_decode("S", true), base64_decode("S"));
var_dump(urlencode("a b&c=d/é~*"), rawurlencode("a b&c=d/é~*"), urldecode("a+b%20c%zz%4"), rawurldecode("a+b%20c"));
var_dump(http_build_query(["a" => 1, "b" => [1, 2, "x" => null, "y" => true, "z" => false], 5 => "c d", "e" => 1.5], "n_"), http_build_query(["a b" => "~", "n" => ["k" => ["d" => 1]]], "", "&amp;", PHP_QUERY_RFC3986), http_build_query([]));
var_dump(utf8_encode("caf\xe9"), utf8_decode("café€\xff"));
--EXPECTF--
string(20) "SGVsbG8sIFdvcmxkIQ=="
string(0) ""
string(4) "//4="
string(13) "Hello, World!"
bool(false)
string(5) "Hello"
string(5) "Hello"
bool(false)
bool(false)
string(0) ""
string(26) "a+b%26c%3Dd%2F%C3%r%%rA9%7E%2A"
string(26) "a%20b%26c%3Dd%2F%C3%r%%rA9~%2A"
string(10) "a b c%zz%4"
string(5) "a+b c"
string(61) "a=1&b%5B0%5D=1&b%5B1%5D=2&b%5By%5D=1&b%5Bz%5D=0&n_5=c+d&e=1.5"
string(29) "a%20b=~&amp;n%5Bk%5D%5Bd%5D=1"
string(0) ""

Deprecated: Function utf8_encode() is deprecated in %s/encodings.php on line 5

Deprecated: Function utf8_decode() is deprecated in %s/encodings.php on line 5
string(5) "café"
string(6) "caf�??"
