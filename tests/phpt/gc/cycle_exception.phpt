--TEST--
Collector: an exception whose trace holds an object that holds the exception; an exception chained to itself through previous is refused
--FILE--
<?php
class Task {
    public $error;
    public function run() { $this->fail($this); }
    private function fail($arg) { throw new Exception('failed'); }
}
$t = new Task;
try {
    $t->run();
} catch (Exception $e) {
    $t->error = $e;
}
unset($t, $e);
var_dump(gc_collect_cycles());
--EXPECT--
int(7)
