--TEST--
exit() at the top level: shutdown functions, then globals in reverse order, then the rest in creation order; exit() inside a destructor stops the remaining ones
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destruct {$this->name}\n";
        if ($this->name === 'exits') {
            exit("exit from destructor\n");
        }
    }
}
register_shutdown_function(function () { echo "shutdown 1\n"; });
register_shutdown_function(function () { echo "shutdown 2\n"; });
$a = new D('a');
$exits = new D('exits');
$b = new D('b');
$held = [new D('in array')];
exit("bye\n");
--EXPECT--
bye
shutdown 1
shutdown 2
destruct b
destruct exits
exit from destructor
