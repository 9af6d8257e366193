--TEST--
Classes bound early (usable before their declaration) are those without interfaces or traits; enums and the others are declared when reached
--FILE--
<?php
var_dump(class_exists('Plain'), class_exists('Child'), class_exists('FromInternal'));
var_dump(class_exists('WithInterface'), class_exists('WithTrait'), enum_exists('Suit'));
var_dump(interface_exists('Alone'), interface_exists('Extending'));
class Plain {}
class Child extends Plain {}
class FromInternal extends ArrayObject {}
class WithInterface implements Countable { function count(): int { return 0; } }
trait T {}
class WithTrait { use T; }
enum Suit { case Hearts; }
interface Alone {}
interface Extending extends Countable {}
var_dump(class_exists('WithInterface'), class_exists('WithTrait'), enum_exists('Suit'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
