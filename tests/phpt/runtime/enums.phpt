--TEST--
Enums through the runtime functions: existence, methods, interfaces, serialize, unserialize, json_encode, constant
--FILE--
<?php
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; const Wild = self::Spades; function label() { return ucfirst(strtolower($this->name)); } }
enum Plain { case A; case B; }
var_dump(enum_exists('Suit'), class_exists('Suit'), enum_exists('Plain', false), interface_exists('UnitEnum'));
var_dump(get_class_methods('Suit'), get_class_methods('Plain'));
var_dump(class_implements('Suit'), class_implements(Plain::A));
echo serialize(Suit::Hearts), " ", serialize([Plain::A, Plain::A]), "\n";
var_dump(unserialize(serialize(Suit::Hearts)) === Suit::Hearts, unserialize('E:7:"Plain:B";'));
var_dump(unserialize('E:7:"Plain:C";'), unserialize('E:11:"Suit:Hearts";'), unserialize('E:10:"Suit:Wild";'));
echo json_encode([Suit::Hearts, 'x' => Suit::Spades]), "\n";
var_dump(json_encode(Plain::A), json_last_error_msg());
var_dump(constant('Suit::Hearts'), defined('Suit::Hearts'), get_object_vars(Suit::Hearts));
var_dump(is_a(Suit::Hearts, 'BackedEnum'), Suit::Hearts instanceof UnitEnum, method_exists(Suit::Hearts, 'from'), method_exists('Plain', 'cases'));
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
array(4) {
  [0]=>
  string(5) "label"
  [1]=>
  string(5) "cases"
  [2]=>
  string(4) "from"
  [3]=>
  string(7) "tryFrom"
}
array(1) {
  [0]=>
  string(5) "cases"
}
array(2) {
  ["UnitEnum"]=>
  string(8) "UnitEnum"
  ["BackedEnum"]=>
  string(10) "BackedEnum"
}
array(1) {
  ["UnitEnum"]=>
  string(8) "UnitEnum"
}
E:11:"Suit:Hearts"; a:2:{i:0;E:7:"Plain:A";i:1;r:2;}
bool(true)
enum(Plain::B)

Warning: unserialize(): Undefined constant Plain::C in %s/enums.php on line 9

Notice: unserialize(): Error at offset 14 of 14 bytes in %s/enums.php on line 9

Notice: unserialize(): Error at offset 16 of 17 bytes in %s/enums.php on line 9
bool(false)
enum(Suit::Hearts)
bool(false)
{"0":"H","x":"S"}
bool(false)
string(46) "Non-backed enums have no default serialization"
enum(Suit::Hearts)
bool(true)
array(2) {
  ["name"]=>
  string(6) "Hearts"
  ["value"]=>
  string(1) "H"
}
bool(true)
bool(true)
bool(true)
bool(true)
