--TEST--
A class calling a method on a subclass object gets its own private method, even when the subclass declares a public one of that name
--FILE--
<?php
class P { private function f() { echo "P::f\n"; } function call(P $o) { $o->f(); } }
class K extends P { public function f() { echo "K::f\n"; } }
(new P)->call(new K);
(new K)->call(new K);
(new K)->f();
--EXPECT--
P::f
P::f
K::f
