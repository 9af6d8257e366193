--TEST--
trigger_error with E_USER_ERROR ends the script; shutdown functions see it in error_get_last
--FILE--
<?php
register_shutdown_function(function () {
    echo "shutdown\n";
    $last = error_get_last();
    var_dump($last['type'], $last['message'], $last['line']);
});
set_error_handler(function ($no, $str) { echo "handled: $str\n"; return true; });
trigger_error("handled fatal", E_USER_ERROR);
restore_error_handler();
echo "still running\n";
trigger_error("real fatal", E_USER_ERROR);
echo "never printed\n";
--EXPECTF--
handled: handled fatal
still running

Fatal error: real fatal in %s/user_error_fatal.php on line 11
shutdown
int(256)
string(10) "real fatal"
int(11)
