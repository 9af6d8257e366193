--TEST--
spl_autoload_register() without a callback: spl_autoload finds lowercase file names with spl_autoload_extensions
--FILE--
<?php
var_dump(spl_autoload_extensions(), spl_autoload_extensions('.php'), spl_autoload_extensions());
spl_autoload_register();
var_dump(spl_autoload_functions());
var_dump(class_exists('AutoloadedClass'));
spl_autoload_extensions('.php,.inc');
var_dump(class_exists('AutoloadedClass'), AutoloadedClass::ORIGIN, class_exists('NotOnDisk'));
spl_autoload('AutoloadedClass');
var_dump(spl_autoload_unregister('spl_autoload'), spl_autoload_functions());
--EXPECT--
string(9) ".inc,.php"
string(4) ".php"
string(4) ".php"
array(1) {
  [0]=>
  string(12) "spl_autoload"
}
bool(false)
included autoloadedclass.inc
bool(true)
string(19) "autoloadedclass.inc"
bool(false)
bool(true)
array(0) {
}
