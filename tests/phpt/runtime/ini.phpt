--TEST--
ini_get, ini_set, ini_restore, ini_get_all, set_time_limit
--INI--
precision=10
--FILE--
<?php
var_dump(ini_get('precision'), ini_get('display_errors'), ini_get('memory_limit'), ini_get('unknown.directive'));
var_dump(ini_get('error_log'), ini_get('zend.assertions'), ini_get('serialize_precision'));
var_dump(ini_set('precision', 5), ini_get('precision'));
echo 1/3, "\n";
var_dump(ini_set('precision', true), ini_set('precision', null), ini_get('precision'), ini_set('precision', '14'));
var_dump(ini_restore('precision'), ini_get('precision'));
var_dump(ini_set('unknown.directive', 1), ini_set('allow_url_fopen', 0), ini_alter('default_charset', 'ISO-8859-1'), ini_get('default_charset'));
var_dump(ini_set('memory_limit', '1K'), ini_get('memory_limit'), ini_set('memory_limit', '256M'), ini_get('memory_limit'));
var_dump(ini_set('zend.assertions', -1), ini_set('zend.assertions', 0), ini_get('zend.assertions'));
var_dump(ini_set('date.timezone', 'Not/AZone'), ini_set('date.timezone', 'Europe/Paris'), date_default_timezone_get());
try { ini_set('precision', []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(set_time_limit(30), ini_get('max_execution_time'), set_time_limit(0));
var_dump(ini_get_all('date'));
var_dump(ini_get_all('pcre', false));
var_dump(ini_get_all('nope'));
$all = ini_get_all();
var_dump($all['precision'], $all['error_log']);
var_dump(ini_set('include_path', '/tmp'), get_include_path(), set_include_path('.:/x'), get_include_path(), set_include_path(''));
--EXPECTF--
string(2) "10"
string(1) "1"
string(4) "128M"
bool(false)
string(0) ""
string(1) "1"
string(2) "-1"
string(2) "10"
string(1) "5"
0.33333
string(1) "5"
string(1) "1"
string(0) ""
string(0) ""
NULL
string(2) "10"
bool(false)
bool(false)
string(5) "UTF-8"
string(10) "ISO-8859-1"

Warning: Failed to set memory limit to 1024 bytes (Current memory usage is 2097152 bytes) in %s/ini.php on line 9
bool(false)
string(4) "128M"
string(4) "128M"
string(4) "256M"

Warning: zend.assertions may be completely enabled or disabled only in php.ini in %s/ini.php on line 10
bool(false)
string(1) "1"
string(1) "0"

Warning: ini_set(): Invalid date.timezone value 'Not/AZone', using 'UTC' instead in %s/ini.php on line 11
bool(false)
string(3) "UTC"
string(12) "Europe/Paris"
ini_set(): Argument #2 ($value) must be of type string|int|float|bool|null
bool(true)
string(2) "30"
bool(true)
array(5) {
  ["date.default_latitude"]=>
  array(3) {
    ["global_value"]=>
    string(7) "31.7667"
    ["local_value"]=>
    string(7) "31.7667"
    ["access"]=>
    int(7)
  }
  ["date.default_longitude"]=>
  array(3) {
    ["global_value"]=>
    string(7) "35.2333"
    ["local_value"]=>
    string(7) "35.2333"
    ["access"]=>
    int(7)
  }
  ["date.sunrise_zenith"]=>
  array(3) {
    ["global_value"]=>
    string(9) "90.833333"
    ["local_value"]=>
    string(9) "90.833333"
    ["access"]=>
    int(7)
  }
  ["date.sunset_zenith"]=>
  array(3) {
    ["global_value"]=>
    string(9) "90.833333"
    ["local_value"]=>
    string(9) "90.833333"
    ["access"]=>
    int(7)
  }
  ["date.timezone"]=>
  array(3) {
    ["global_value"]=>
    string(3) "UTC"
    ["local_value"]=>
    string(12) "Europe/Paris"
    ["access"]=>
    int(7)
  }
}
array(3) {
  ["pcre.backtrack_limit"]=>
  string(7) "1000000"
  ["pcre.jit"]=>
  string(1) "1"
  ["pcre.recursion_limit"]=>
  string(6) "100000"
}

Warning: ini_get_all(): Extension "nope" cannot be found in %s/ini.php on line 16
bool(false)
array(3) {
  ["global_value"]=>
  string(2) "10"
  ["local_value"]=>
  string(2) "10"
  ["access"]=>
  int(7)
}
array(3) {
  ["global_value"]=>
  NULL
  ["local_value"]=>
  NULL
  ["access"]=>
  int(7)
}
string(16) ".:/usr/share/php"
string(4) "/tmp"
string(4) "/tmp"
string(4) ".:/x"
bool(false)
