--TEST--
getReturn(): values and errors
--FILE--
<?php
function g() { yield 1; return 'done'; }
$g = g();
try { $g->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$g->current();
try { $g->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$g->next();
var_dump($g->getReturn());
function noReturn() { yield 1; }
$n = noReturn();
foreach ($n as $_);
var_dump($n->getReturn());
function throws() { yield 1; throw new LogicException("failed"); }
$t = throws();
try { foreach ($t as $_); } catch (LogicException $e) { echo "caught ", $e->getMessage(), "\n"; }
try { $t->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function empty_gen() { return 5; yield; }
var_dump(empty_gen()->getReturn());
function &refgen() { $v = 1; yield $v; return $v; }
$r = refgen();
foreach ($r as &$x) { $x = 10; }
var_dump($r->getReturn());
--EXPECT--
Exception: Cannot get return value of a generator that hasn't returned
Exception: Cannot get return value of a generator that hasn't returned
string(4) "done"
NULL
caught failed
Exception: Cannot get return value of a generator that hasn't returned
int(5)
int(10)
