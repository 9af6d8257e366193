--TEST--
set_error_handler, restore_error_handler, trigger_error/user_error levels, error_get_last, error_clear_last
--FILE--
<?php
var_dump(error_get_last());
function handler($errno, $errstr, $errfile, $errline) {
    echo "handler: [$errno] $errstr (line $errline)\n";
    return true;
}
var_dump(set_error_handler('handler'));
trigger_error("a notice");
trigger_error("a warning", E_USER_WARNING);
trigger_error("a deprecation", E_USER_DEPRECATED);
user_error("via alias");
echo $undefinedVariable;
$prev = set_error_handler(function ($no, $str) {
    echo "only warnings: $str\n";
    return false;
}, E_USER_WARNING | E_WARNING);
var_dump($prev);
trigger_error("notice passes through");
trigger_error("warning handled then shown", E_USER_WARNING);
var_dump(restore_error_handler());
trigger_error("back to the first handler");
var_dump(restore_error_handler(), restore_error_handler());
trigger_error("no handler left", E_USER_WARNING);
$last = error_get_last();
var_dump($last['type'], $last['message'], $last['line'], str_ends_with($last['file'], 'error_handlers.php'));
error_clear_last();
var_dump(error_get_last());
@trigger_error("silenced", E_USER_NOTICE);
var_dump(error_get_last()['message']);
set_error_handler(function ($no, $str) { echo "sees silenced: $str, reporting=", error_reporting(), "\n"; return true; });
@trigger_error("under @");
restore_error_handler();
set_error_handler(null);
trigger_error("null handler means default");
restore_error_handler();
set_error_handler(function ($no, $str) { throw new ErrorException($str, 0, $no); });
try {
    trigger_error("converted", E_USER_WARNING);
} catch (ErrorException $e) {
    echo get_class($e), ": ", $e->getMessage(), " severity ", $e->getSeverity(), "\n";
}
restore_error_handler();
foreach ([E_WARNING, E_NOTICE, 0, 12345] as $bad) {
    try { trigger_error("x", $bad); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
try { set_error_handler('not_a_function'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(trigger_error("returns", E_USER_NOTICE));
--EXPECTF--
NULL
NULL
handler: [1024] a notice (line 8)
handler: [512] a warning (line 9)
handler: [16384] a deprecation (line 10)
handler: [1024] via alias (line 11)
handler: [2] Undefined variable $undefinedVariable (line 12)
string(7) "handler"

Notice: notice passes through in %s/error_handlers.php on line 18
only warnings: warning handled then shown

Warning: warning handled then shown in %s/error_handlers.php on line 19
bool(true)
handler: [1024] back to the first handler (line 21)
bool(true)
bool(true)

Warning: no handler left in %s/error_handlers.php on line 23
int(512)
string(15) "no handler left"
int(23)
bool(true)
NULL
string(8) "silenced"
sees silenced: under @, reporting=4437

Notice: null handler means default in %s/error_handlers.php on line 34
ErrorException: converted severity 512
trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED
trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED
trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED
trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED
set_error_handler(): Argument #1 ($callback) must be a valid callback or null, function "not_a_function" not found or invalid function name

Notice: returns in %s/error_handlers.php on line 47
bool(true)
