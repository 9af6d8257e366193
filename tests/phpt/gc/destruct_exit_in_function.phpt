--TEST--
exit() inside a function: shutdown functions run, then destructors of everything still alive (locals of the exiting frames included)
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
register_shutdown_function(function () { echo "shutdown function\n"; });
$global = new D('global');
function deep() {
    $deepLocal = new D('deep local');
    echo "exiting\n";
    exit(3);
}
function caller() {
    $callerLocal = new D('caller local');
    deep();
}
caller();
echo "not reached\n";
--EXPECT--
exiting
destruct deep local
destruct caller local
shutdown function
destruct global
