--TEST--
class_exists and friends with autoloading; is_a and is_subclass_of
--FILE--
<?php
interface I {}
interface J extends I {}
trait T {}
class P implements J {}
class K extends P {}
spl_autoload_register(function ($name) {
    echo "autoload($name)\n";
    if ($name === 'Lazy') {
        eval('class Lazy extends K {}');
    }
});
var_dump(class_exists('k'), class_exists('\K'), class_exists('I'), class_exists('T'));
var_dump(interface_exists('J'), interface_exists('K'), trait_exists('T'), trait_exists('P'));
var_dump(enum_exists('K'), class_exists('Missing'), class_exists('Missing2', false), interface_exists('MissingI'));
var_dump(class_exists('Lazy'), class_exists('Lazy'));
echo "-- is_a\n";
$k = new K;
var_dump(is_a($k, 'K'), is_a($k, 'P'), is_a($k, 'I'), is_a($k, 'k'), is_a($k, 'stdClass'));
var_dump(is_a('K', 'P'), is_a('K', 'P', true), is_a('Unknown', 'P', true), is_a($k, 'Unknown'));
var_dump(is_a(null, 'K'), is_a(1, 'K'));
echo "-- is_subclass_of\n";
var_dump(is_subclass_of($k, 'K'), is_subclass_of($k, 'P'), is_subclass_of($k, 'J'), is_subclass_of('K', 'I'));
var_dump(is_subclass_of('K', 'P', false), is_subclass_of('J', 'I'), is_subclass_of('I', 'I'), is_subclass_of('Another', 'K'));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
autoload(Missing)
autoload(MissingI)
bool(false)
bool(false)
bool(false)
bool(false)
autoload(Lazy)
bool(true)
bool(true)
-- is_a
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
autoload(Unknown)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
-- is_subclass_of
bool(false)
bool(true)
bool(true)
bool(true)
autoload(Another)
bool(false)
bool(true)
bool(false)
bool(false)
