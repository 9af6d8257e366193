--TEST--
echo and print: several arguments, heredoc, nowdoc, inline HTML
--FILE--
before <?php
echo "a", 'b', 1, 2.5, true, null, false, "\n";
$returned = print "printed\n";
echo "print returned $returned\n";
$name = "world";
echo <<<TXT
  Hello $name
    indented {$name}!
  TXT;
echo "\n", <<<'RAW'
$name is not interpolated
RAW;
?>
 after
--EXPECT--
before ab12.51
printed
print returned 1
Hello world
  indented world!
$name is not interpolated after
