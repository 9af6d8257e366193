--TEST--
Destroying a generator: finally blocks that throw or yield
--FILE--
<?php
function g3() { try { yield 1; } finally { throw new Exception("boom"); } }
$y = g3();
$y->current();
try { unset($y); } catch (Exception $e) { echo $e, "\n"; }
function g() { try { yield 1; } finally { echo "in finally\n"; yield 2; echo "not reached\n"; } }
$g = g();
$g->current();
try { unset($g); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo "end\n";
--EXPECTF--
Exception: boom in %s/destroy_errors.php:2
Stack trace:
#0 %s/destroy_errors.php(5): g3()
#1 {main}
in finally
Error: Cannot yield from finally in a force-closed generator
end
