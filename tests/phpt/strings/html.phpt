--TEST--
htmlspecialchars, htmlentities and their decoders
--FILE--
<?php
var_dump(htmlspecialchars("<a href='x'>T&amp;C \"q\"</a>"), htmlspecialchars("a&amp;b&#12;&x&#xZ;", ENT_NOQUOTES, "UTF-8", false), htmlspecialchars("'\"", ENT_COMPAT), htmlspecialchars("it's", ENT_QUOTES | ENT_HTML5), htmlspecialchars("it's", ENT_QUOTES | ENT_XML1));
var_dump(htmlspecialchars("bad\xffutf"), htmlspecialchars("bad\xffutf", ENT_QUOTES), htmlspecialchars("bad\xffutf", ENT_IGNORE), htmlspecialchars("caf\xe9", ENT_QUOTES, "ISO-8859-1"));
var_dump(htmlentities("café € <b> ©®™ Ωω"), htmlentities("caf\xe9", ENT_QUOTES, "ISO-8859-1"), html_entity_decode("caf&eacute; &euro; &lt;b&gt; &#39; &#x41; &apos; &quot; &nosuch; &amp;lt; &#0; &#x110000;"));
var_dump(htmlspecialchars_decode("&lt;p&gt; &amp;amp; &quot;x&quot; &#039; &#39; &eacute;"), htmlspecialchars_decode("&quot; &#039;", ENT_NOQUOTES), html_entity_decode("&apos;", ENT_QUOTES | ENT_HTML5), html_entity_decode("&#039;", ENT_COMPAT));
try { htmlspecialchars("x", ENT_QUOTES, "bogus"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(63) "&lt;a href=&#039;x&#039;&gt;T&amp;amp;C &quot;q&quot;&lt;/a&gt;"
string(27) "a&amp;b&#12;&amp;x&amp;#xZ;"
string(7) "'&quot;"
string(9) "it&apos;s"
string(9) "it&apos;s"
string(9) "bad�utf"
string(0) ""
string(6) "badutf"
string(4) "caf�"
string(62) "caf&eacute; &euro; &lt;b&gt; &copy;&reg;&trade; &Omega;&omega;"
string(11) "caf&eacute;"
string(56) "café € <b> ' A &apos; " &nosuch; &lt; &#0; &#x110000;"
string(26) "<p> &amp; "x" ' ' &eacute;"
string(13) "&quot; &#039;"
string(1) "'"
string(6) "&#039;"

Warning: htmlspecialchars(): Charset "bogus" is not supported, assuming UTF-8 in %s/html.php on line 6
