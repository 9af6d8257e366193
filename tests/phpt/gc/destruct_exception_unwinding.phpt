--TEST--
An uncaught exception unwinds the frames (their destructors run), then shutdown functions and the global destructors run
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
register_shutdown_function(function () { echo "shutdown function\n"; });
$g = new D('global');
function f() {
    $local = new D('local');
    undefined_function_call();
}
try {
    f();
} catch (Error $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
$x = new D('x');
function g() { $in_g = new D('in g'); return str_repeat('x', -1); }
g();
--EXPECTF--
destruct local
caught: Call to undefined function undefined_function_call()
destruct in g

Fatal error: Uncaught ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0 in %s/destruct_exception_unwinding.php:18
Stack trace:
#0 %s/destruct_exception_unwinding.php(18): str_repeat('x', -1)
#1 %s/destruct_exception_unwinding.php(19): g()
#2 {main}
  thrown in %s/destruct_exception_unwinding.php on line 18
shutdown function
destruct x
destruct global
