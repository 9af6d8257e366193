--TEST--
strip_tags with allowed tags as string and array
--FILE--
<?php
$html = '<p>Hello <b>World</b><br/> <a href="x>y">link</a></p><!-- comment --><?php echo 1; ?> 1 < 2 and 3 > 2';
var_dump(strip_tags($html), strip_tags($html, "<b><a>"), strip_tags($html, ["p", "br"]), strip_tags("<scr<script>ipt>x"), strip_tags("a <b"), strip_tags("<!DOCTYPE html><div>x</div>"), strip_tags(""));
--EXPECT--
string(32) "Hello World link 1 < 2 and 3 > 2"
string(56) "Hello <b>World</b> <a href="xy">link</a> 1 < 2 and 3 > 2"
string(44) "<p>Hello World<br/> link</p> 1 < 2 and 3 > 2"
string(1) "x"
string(2) "a "
string(1) "x"
string(0) ""
