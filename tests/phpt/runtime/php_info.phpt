--TEST--
PHP and host information: versions, SAPI, extensions, environment, clocks
--FILE--
<?php
var_dump(php_sapi_name(), PHP_SAPI, phpversion() === PHP_VERSION, zend_version());
var_dump(phpversion('standard') === PHP_VERSION, phpversion('json') === PHP_VERSION, phpversion('no_such_ext'));
var_dump(extension_loaded('Core'), extension_loaded('json'), extension_loaded('SPL'), extension_loaded('standard'), extension_loaded('xdebug'));
$ext = get_loaded_extensions();
var_dump(in_array('Core', $ext), in_array('date', $ext), in_array('json', $ext), get_loaded_extensions(true));
var_dump(php_ini_loaded_file(), php_ini_scanned_files());
var_dump(php_uname('s'), php_uname() === php_uname('a'), php_uname('m') === php_uname('m'));
var_dump(is_string(gethostname()), gethostname() === php_uname('n'));
var_dump(is_int(getmypid()), getmypid() > 0, sys_get_temp_dir() !== '');
var_dump(putenv('PHPI_TEST_VAR=some value'), getenv('PHPI_TEST_VAR'), getenv()['PHPI_TEST_VAR']);
var_dump(putenv('PHPI_TEST_VAR'), getenv('PHPI_TEST_VAR'), getenv('PHPI_SURELY_UNSET_VAR'));
try { putenv('=oops'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(is_int(time()), is_float(microtime(true)), microtime(true) > 1.6e9);
$m = microtime();
var_dump((bool) preg_match('/^0\.\d{8} \d+$/', $m));
$h1 = hrtime(true);
$h2 = hrtime();
var_dump(is_int($h1), count($h2), $h2[1] < 1000000000, hrtime(true) >= $h1);
$start = microtime(true);
var_dump(usleep(2000), sleep(0));
var_dump(microtime(true) - $start >= 0.002);
try { sleep(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { usleep(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(3) "cli"
string(3) "cli"
bool(true)
string(6) "4.2.36"
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
array(0) {
}
bool(false)
bool(false)
string(5) "Linux"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(10) "some value"
string(10) "some value"
bool(true)
bool(false)
bool(false)
putenv(): Argument #1 ($assignment) must have a valid syntax
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
NULL
int(0)
bool(true)
sleep(): Argument #1 ($seconds) must be greater than or equal to 0
usleep(): Argument #1 ($microseconds) must be greater than or equal to 0
