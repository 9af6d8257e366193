--TEST--
readonly: initializing from outside the declaring class names the declaring class and the scope; modifying an initialized one
--FILE--
<?php
class A { public readonly int $x; public function __construct() {} public function set($v) { $this->x = $v; } }
class B extends A { public function setFromChild($v) { $this->x = $v; } }
class C { public function poke(A $a) { $a->x = 1; } }
$a = new A;
try { $a->x = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { (new C)->poke($a); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$b = new B;
try { $b->setFromChild(2); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a->set(3);
var_dump($a->x);
try { $a->set(4); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a->x = 5; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Cannot initialize readonly property A::$x from global scope
Cannot initialize readonly property A::$x from scope C
Cannot initialize readonly property A::$x from scope B
int(3)
Cannot modify readonly property A::$x
Cannot modify readonly property A::$x
