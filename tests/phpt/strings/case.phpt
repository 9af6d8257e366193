--TEST--
Case conversion: strtolower, strtoupper, ucfirst, lcfirst, ucwords (ASCII only)
--FILE--
<?php
var_dump(strtolower("HeLLo WÖRLD 123"), strtoupper("straße abc"), ucfirst("hello"), ucfirst(""), ucfirst("Éa"), lcfirst("HELLO"));
var_dump(ucwords("hello world-foo bar_baz"), ucwords("hello world-foo bar_baz", "-_"), ucwords("hello\tworld\nnew"), ucwords("a..c", "."), ucwords(""));
--EXPECT--
string(16) "hello wÖrld 123"
string(11) "STRAßE ABC"
string(5) "Hello"
string(0) ""
string(3) "Éa"
string(5) "hELLO"
string(23) "Hello World-foo Bar_baz"
string(23) "Hello world-Foo bar_Baz"
string(15) "Hello	World
New"
string(4) "A..C"
string(0) ""
