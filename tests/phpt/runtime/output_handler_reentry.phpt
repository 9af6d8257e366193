--TEST--
Output handlers see their buffer while they run; output control inside a handler is a fatal error
--FILE--
<?php
ob_start(function ($buffer, $phase) {
    $level = ob_get_level();
    $contents = ob_get_contents();
    echo "dropped";
    return "[level $level, contents '$contents', buffer '$buffer']\n";
});
echo "abc";
ob_end_flush();
register_shutdown_function(function () { echo "shutdown still runs\n"; });
ob_start(function ($buffer) { ob_end_clean(); return "never"; });
echo "text";
ob_end_flush();
echo "not reached\n";
--EXPECTF--
[level 1, contents 'abc', buffer 'abc']

Fatal error: ob_end_clean(): Cannot use output buffering in output buffering display handlers in %s/output_handler_reentry.php on line 11
shutdown still runs
