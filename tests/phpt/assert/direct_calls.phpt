--TEST--
assert(): only direct calls of the global assert() get their text as description, in and out of namespaces
--FILE--
<?php
namespace App\Checks {
    function check(\Closure $f) {
        try {
            $f();
            echo "passed\n";
        } catch (\AssertionError $e) {
            echo get_class($e), ': [', $e->getMessage(), "]\n";
        }
    }
    check(fn() => assert(1 > 2));
    check(fn() => ASSERT(false));
    check(fn() => \assert(false));
    check(fn() => assert(assertion: 1 === '1'));
    check(fn() => assert(false, 'explicit'));
    check(fn() => assert(false, description: 'named explicit'));
    check(fn() => assert(false, null));
    check(function () {
        $f = 'assert';
        $f(0);
    });
    check(fn() => call_user_func('assert', false));
    check(fn() => \call_user_func_array('assert', [false]));
    check(fn() => array_map('assert', [0]));
    check(fn() => assert(
        count([])
            ==
        2
    ));
    class Box {
        public $items = [];
        function test() {
            assert(count($this->items) > 0 && $this->items[0] instanceof Box);
        }
    }
    check(fn() => (new Box)->test());
}
namespace {
    use function assert as verify;
    check(fn() => verify(1 + 1 == 3));
    check(fn() => namespace\assert(true && false));
    check(fn() => assert("a\0b" == 'c'));
    check(fn() => assert(false, "cut at\0the NUL"));
    ini_set('assert.exception', 0);
    var_dump(assert(1 > 2));
    $f = 'assert';
    var_dump($f(1 > 2));
    var_dump(assert(false, "cut at\0the NUL"));
    function check(Closure $f) { App\Checks\check($f); }
}
--EXPECTF--
AssertionError: [assert(1 > 2)]
AssertionError: [assert(false)]
AssertionError: [assert(false)]
AssertionError: [assert(assertion: 1 === '1')]
AssertionError: [explicit]
AssertionError: [named explicit]
AssertionError: []
AssertionError: []
AssertionError: []
AssertionError: []
AssertionError: []
AssertionError: [assert(count([]) == 2)]
AssertionError: [assert(count($this->items) > 0 && $this->items[0] instanceof Box)]
AssertionError: [assert(1 + 1 == 3)]
AssertionError: [assert(true && false)]
AssertionError: [assert('a]
AssertionError: [cut at]

Warning: assert(): assert(1 > 2) failed in %s/direct_calls.php on line 45
bool(false)

Warning: assert(): Assertion failed failed in %s/direct_calls.php on line 47
bool(false)

Warning: assert(): cut at failed in %s/direct_calls.php on line 48
bool(false)
