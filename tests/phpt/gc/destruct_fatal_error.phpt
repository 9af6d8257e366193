--TEST--
After a fatal error shutdown functions run, but no destructor, not even for the unwound frames' objects
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
register_shutdown_function(function () { echo "shutdown function\n"; });
$g = new D('global');
function f() { $local = new D('local'); trigger_error("boom", E_USER_ERROR); }
f();
--EXPECTF--
Fatal error: boom in %s/destruct_fatal_error.php on line 8
shutdown function
