--TEST--
set_exception_handler and restore_exception_handler; the handler ends the script
--FILE--
<?php
function first($e) { echo "first: ", $e->getMessage(), "\n"; }
var_dump(set_exception_handler('first'));
$prev = set_exception_handler(function ($e) { echo "second: ", get_class($e), " ", $e->getMessage(), "\n"; });
var_dump($prev);
var_dump(restore_exception_handler());
$prev = set_exception_handler(function (Throwable $e) { echo "third: ", $e->getMessage(), "\n"; });
var_dump($prev);
try { set_exception_handler('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
register_shutdown_function(function () { echo "shutdown runs after the handler\n"; });
echo "before\n";
throw new LogicException("uncaught");
echo "not reached\n";
--EXPECT--
NULL
string(5) "first"
bool(true)
string(5) "first"
set_exception_handler(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
before
third: uncaught
shutdown runs after the handler
