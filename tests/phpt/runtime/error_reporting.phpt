--TEST--
error_reporting and the error_reporting ini value stay in step; display of each level
--FILE--
<?php
var_dump(error_reporting(), ini_get('error_reporting'));
var_dump(error_reporting(E_ALL & ~E_NOTICE & ~E_USER_NOTICE));
var_dump(error_reporting(), ini_get('error_reporting'));
trigger_error("hidden notice");
trigger_error("shown warning", E_USER_WARNING);
var_dump(ini_set('error_reporting', E_ALL), error_reporting());
trigger_error("shown notice again");
var_dump(error_reporting(null));
error_reporting(0);
trigger_error("everything hidden", E_USER_WARNING);
var_dump(error_get_last()['message']);
error_reporting(E_ALL);
try { error_reporting("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
ini_restore('error_reporting');
var_dump(error_reporting());
--EXPECTF--
int(32767)
string(5) "32767"
int(32767)
int(31735)
string(5) "31735"

Warning: shown warning in %s/error_reporting.php on line 6
string(5) "31735"
int(32767)

Notice: shown notice again in %s/error_reporting.php on line 8
int(32767)
string(17) "everything hidden"
error_reporting(): Argument #1 ($error_level) must be of type ?int, string given
int(32767)
