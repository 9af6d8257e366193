--TEST--
assert() callback: (file, line, null, description) for direct calls, no description for calls through a name
--FILE--
<?php
ini_set('assert.exception', 0);
assert_options(ASSERT_CALLBACK, function ($file, $line, $assertion, $description = 'MISSING') {
    echo basename($file), ':', $line, ' ', func_num_args(), ' ', var_export($assertion, true), ' ', var_export($description, true), "\n";
});
var_dump(assert(1 + 1 == 3));
$f = 'assert';
var_dump($f(1 + 1 == 3));
var_dump($f(1 + 1 == 3, 'described'));
ini_set('assert.warning', 0);
var_dump(assert(false, "with\0nul"));
assert_options(ASSERT_CALLBACK, 'report');
function report(...$args) {
    echo count($args), ' ', var_export(end($args), true), "\n";
}
assert($x ?? false);
$f(0);
call_user_func('assert', 0);
--EXPECTF--
callback.php:6 4 NULL 'assert(1 + 1 == 3)'

Warning: assert(): assert(1 + 1 == 3) failed in %s/callback.php on line 6
bool(false)
callback.php:8 3 NULL 'MISSING'

Warning: assert(): Assertion failed failed in %s/callback.php on line 8
bool(false)
callback.php:9 4 NULL 'described'

Warning: assert(): described failed in %s/callback.php on line 9
bool(false)
callback.php:11 4 NULL 'with' . "\0" . 'nul'
bool(false)
4 'assert($x ?? false)'
3 NULL
3 NULL
