--TEST--
An uncaught exception: the error is printed first, then destructors of the remaining objects run
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
$g = new D('global');
function thrower() {
    $local = new D('local');
    throw new RuntimeException('uncaught');
}
thrower();
--EXPECTF--
destruct local

Fatal error: Uncaught RuntimeException: uncaught in %s/destruct_uncaught_exception.php:9
Stack trace:
#0 %s/destruct_uncaught_exception.php(11): thrower()
#1 {main}
  thrown in %s/destruct_uncaught_exception.php on line 9
destruct global
