--TEST--
assert() messages: PHP's parser folds concatenated literals into one, and prints a string used as a name as a qualified name
--FILE--
<?php
function show(Closure $check) {
    try {
        $check();
    } catch (AssertionError $e) {
        echo $e->getMessage(), "\n";
    }
}
show(fn() => assert(!fn() => ["a" . 'b' . "c$d", 'a' . ('b' . 'c'), $c . 'a' . 'b', 'a' . 'b' . $c . 'd' . 'e']));
show(fn() => assert(!fn() => [1 . 2, 1.5 . 2, 'a' . 1e100, 0.1 . '', 1e15 . '', -0.0 . '', 'x' . -1]));
show(fn() => assert(!fn() => ['a' . true, 'a' . PHP_EOL, 'a' . 'b' + 1, [1 . 2 => 3], "x\n" . <<<'EOT'
    now$doc
    EOT]));
show(fn() => assert(!fn() => [${'a' . 'b'}, $a->{'b' . 'c'}, $a::{'b' . 'c'}(), "{$a->{'b' . 'c'}}"]));
show(fn() => assert(!fn() => ['f'(), 'A::b'(), ('f')(1), 'f'(...), ('a' . 'b')(), 'a b'(), "f$x"()]));
show(fn() => assert(!fn() => [new ('A'), new ('A' . 'B')(1), 'A'::b(), 'A'::B, 'A'::$b, 'A'::class]));
assert('a' . 'b' === 'c');
--EXPECTF--
assert(!fn() => ['ab' . "c$d", 'abc', $c . 'a' . 'b', 'ab' . $c . 'd' . 'e'])
assert(!fn() => ['12', '1.52', 'a1.0E+100', '0.1', '1.0E+15', -0 . '', 'x' . -1])
assert(!fn() => ['a' . true, 'a' . PHP_EOL, 'a' . 'b' + 1, ['12' => 3], 'x
now$doc'])
assert(!fn() => [$ab, $a->bc, $a::bc(), "{$a->bc}"])
assert(!fn() => [\f(), \A::b(), \f(1), \f(...), \ab(), \a b(), "f$x"()])
assert(!fn() => [new \A(), new \AB(1), \A::b(), \A::B, \A::$b, \A::class])

Fatal error: Uncaught AssertionError: assert('ab' === 'c') in %s/folded_literals.php:17
Stack trace:
#0 %s/folded_literals.php(17): assert(false, 'assert('ab' ===...')
#1 {main}
  thrown in %s/folded_literals.php on line 17
