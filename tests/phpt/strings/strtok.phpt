--TEST--
strtok state between calls, str_rot13
--FILE--
<?php
$t = strtok("  a b  c ", " "); while ($t !== false) { var_dump($t); $t = strtok(" "); }
var_dump(strtok(" "), strtok("", " "), strtok("abc", ""), strtok("x"), strtok("a,b;c", ",;"), strtok(";"), strtok(","), strtok(","), str_rot13("Hello123"), strtok("/path/to", "/"), strtok("/"), strtok("/"));
--EXPECT--
string(1) "a"
string(1) "b"
string(1) "c"
bool(false)
bool(false)
string(3) "abc"
bool(false)
string(1) "a"
string(1) "b"
string(1) "c"
bool(false)
string(8) "Uryyb123"
string(4) "path"
string(2) "to"
bool(false)
