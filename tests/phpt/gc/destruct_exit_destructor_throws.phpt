--TEST--
exit() in a function: a destructor throwing while exit unwinds the frames turns the exit into that exception (finally blocks run, it is uncaught)
--FILE--
<?php
class D { public function __construct(public string $name) {} public function __destruct() { echo "destruct {$this->name}\n"; if ($this->name == 'thrower') throw new Exception('from dtor'); } }
register_shutdown_function(function () { echo "shutdown function\n"; });
function deep() { $x = new D('thrower'); $y = new D('y'); exit("bye\n"); }
function mid() { $m = new D('m'); deep(); }
try { mid(); } finally { echo "finally\n"; }
--EXPECTF--
bye
destruct thrower
destruct y
destruct m
finally

Fatal error: Uncaught Exception: from dtor in %s/destruct_exit_destructor_throws.php:2
Stack trace:
#0 %s/destruct_exit_destructor_throws.php(5): D->__destruct()
#1 %s/destruct_exit_destructor_throws.php(6): mid()
#2 {main}
  thrown in %s/destruct_exit_destructor_throws.php on line 2
shutdown function
