--TEST--
define, defined, constant: global, namespaced and class constants; get_defined_constants
--FILE--
<?php
var_dump(define('GREETING', 'hello'), GREETING, define('GREETING', 'again'), GREETING);
var_dump(define('LIST_CONST', [1, [2, 3]]), LIST_CONST[1][0]);
var_dump(define('OBJ_CONST', new stdClass), OBJ_CONST);
var_dump(define('CASE_FLAG', 1, true));
var_dump(define('NS\Sub\VALUE', 42), \NS\Sub\VALUE, defined('ns\sub\VALUE'), defined('NS\Sub\value'));
var_dump(define('', 'empty name'), constant(''));
try { define('Klass::X', 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(define('true', 1), define('NULL', 1));
var_dump(defined('GREETING'), defined('\GREETING'), defined('greeting'), defined('PHP_EOL'), defined('TRUE'), defined('NOPE'));
const VIA_CONST = 'c';
var_dump(constant('VIA_CONST'), constant('GREETING'), constant('E_ALL'), constant('null'));
class K {
    const PUB = 'public';
    protected const PROT = 'protected';
    private const PRIV = 'private';
    static function inside() { return [constant('self::PRIV'), constant('K::PROT'), defined('K::PRIV')]; }
}
class Sub extends K {}
var_dump(constant('K::PUB'), constant('Sub::PUB'), defined('K::PUB'), defined('K::PRIV'), defined('K::NOPE'), defined('Nope::X'));
var_dump(K::inside());
foreach (['K::PRIV', 'K::NOPE', 'Nope::X', 'NOPE_CONST'] as $name) {
    try { constant($name); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$user = get_defined_constants(true)['user'];
var_dump(array_keys($user));
var_dump(isset(get_defined_constants()['E_ALL']), get_defined_constants(true)['Core']['E_ALL']);
var_dump(get_defined_constants(true)['json']['JSON_PRETTY_PRINT'], DEBUG_BACKTRACE_IGNORE_ARGS, PHP_OUTPUT_HANDLER_STDFLAGS, INI_ALL);
--EXPECTF--
Warning: Constant GREETING already defined in %s/constants.php on line 2
bool(true)
string(5) "hello"
bool(false)
string(5) "hello"
bool(true)
int(2)
bool(true)
object(stdClass)#1 (0) {
}

Warning: define(): Argument #3 ($case_insensitive) is ignored since declaration of case-insensitive constants is no longer supported in %s/constants.php on line 5
bool(true)
bool(true)
int(42)
bool(true)
bool(false)
bool(true)
string(10) "empty name"
define(): Argument #1 ($constant_name) cannot be a class constant

Warning: Constant true already defined in %s/constants.php on line 9

Warning: Constant NULL already defined in %s/constants.php on line 9
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
string(1) "c"
string(5) "hello"
int(32767)
NULL
string(6) "public"
string(6) "public"
bool(true)
bool(false)
bool(false)
bool(false)
array(3) {
  [0]=>
  string(7) "private"
  [1]=>
  string(9) "protected"
  [2]=>
  bool(true)
}
Error: Cannot access private constant K::PRIV
Error: Undefined constant K::NOPE
Error: Class "Nope" not found
Error: Undefined constant "NOPE_CONST"
array(7) {
  [0]=>
  string(8) "GREETING"
  [1]=>
  string(10) "LIST_CONST"
  [2]=>
  string(9) "OBJ_CONST"
  [3]=>
  string(9) "CASE_FLAG"
  [4]=>
  string(12) "NS\Sub\VALUE"
  [5]=>
  string(0) ""
  [6]=>
  string(9) "VIA_CONST"
}
bool(true)
int(32767)
int(128)
int(2)
int(112)
int(7)
