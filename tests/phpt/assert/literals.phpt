--TEST--
assert() messages: numbers, strings and interpolation printed back as PHP prints them
--FILE--
<?php
function show(Closure $check) {
    try {
        $check();
    } catch (AssertionError $e) {
        echo $e->getMessage(), "\n";
    }
}
show(fn() => assert(!fn() => [0x1F, 0b101, 0o17, 017, 1_000_000, -1, +1]));
show(fn() => assert(!fn() => [9223372036854775807, 9223372036854775808, -9223372036854775808]));
show(fn() => assert(!fn() => [1.0, 1.5, .5, 1e3, 1E-5, 0.0001, 1e14, 1e15, -0.0, 0.1 + 0.7]));
show(fn() => assert(!fn() => [1.5e100, 123456789012345678.0, 3.14159265358979, 1e999, -1e999, 4.9e-324]));
show(fn() => assert(!fn() => ['abc', "abc", 'it\'s', "it's", 'back\\slash', "dq\"", '', ""]));
show(fn() => assert(!fn() => "tab\tnew\nline\rff\fvt\v\e\x01\x7f \$ \\ é"));
show(fn() => assert(!fn() => 'raw
newline'));
show(fn() => assert(!fn() => "$a $a[0] $a[1]x $a[-1] $a[key] $a[$b] $a->b $a->b->c $a_b $a-b $a$b x$a"));
show(fn() => assert(!fn() => "{$a}b {$a} {$a}[0] {$a}é {$a['x']} {$a[0][1]} {$a->b->c} {$a()} {$a::$b} {$a?->b}"));
show(fn() => assert(!fn() => "\"$a\"\n" . "$a\$" . "$a{"));
show(fn() => assert(!fn() => `ls -l $a[0] {$b}` . `plain` . `$c`));
show(fn() => assert(!fn() => <<<EOT
      heredoc $a
        indented {$b->c}
      EOT . <<<EOT
    plain heredoc
    EOT . <<<'EOT'
    nowdoc $a
    EOT));
show(fn() => assert(!fn() => [true, TRUE, false, null, NULL, PHP_EOL, \PHP_EOL, FOO\BAR, \FOO\BAR, namespace\FOO]));
show(fn() => assert(!fn() => [__FILE__, __DIR__, __CLASS__, __FUNCTION__, __METHOD__, __NAMESPACE__, __TRAIT__]));
show(fn() => assert(!fn() => [A::B, A::class, $a::class, static::class, self::B, \A\B::C, A::CLASS]));
ini_set('assert.exception', 0);
ini_set('assert.warning', 0);
assert_options(ASSERT_CALLBACK, function ($file, $line, $assertion, $description) {
    echo bin2hex($description), "\n";
});
// Control bytes are escaped in interpolated strings, kept raw in plain ones
// (the exception message would end at the NUL: the callback sees it all).
assert(!fn() => ["\x00$a\x02\x1f\x1b\x7f\xff", "\x00\x02", '
']);
--EXPECT--
assert(!fn() => [31, 5, 15, 15, 1000000, -1, +1])
assert(!fn() => [9223372036854775807, 9.2233720368548E+18, -9.2233720368548E+18])
assert(!fn() => [1, 1.5, 0.5, 1000, 1.0E-5, 0.0001, 1.0E+14, 1.0E+15, -0, 0.1 + 0.7])
assert(!fn() => [1.5E+100, 1.2345678901235E+17, 3.1415926535898, INF, -INF, 4.9406564584125E-324])
assert(!fn() => ['abc', 'abc', 'it\'s', 'it\'s', 'back\\slash', 'dq"', '', ''])
assert(!fn() => 'tab	new
lineffvt $ \\ é')
assert(!fn() => 'raw
newline')
assert(!fn() => "$a {$a[0]} {$a[1]}x {$a[-1]} {$a['key']} {$a[$b]} {$a->b} {$a->b}->c $a_b $a-b $a$b x$a")
assert(!fn() => "{$a}b $a {$a}[0] {$a}é {$a['x']} {$a[0][1]} {$a->b->c} {$a()} {$a::$b} {$a?->b}")
assert(!fn() => "\"$a\"\n" . "$a\$" . "$a{")
assert(!fn() => `ls -l {$a[0]} $b` . `plain` . `$c`)
assert(!fn() => "heredoc $a\n  indented {$b->c}" . 'plain heredoc' . 'nowdoc $a')
assert(!fn() => [true, TRUE, false, null, NULL, PHP_EOL, \PHP_EOL, FOO\BAR, \FOO\BAR, namespace\FOO])
assert(!fn() => [__FILE__, __DIR__, __CLASS__, __FUNCTION__, __METHOD__, __NAMESPACE__, __TRAIT__])
assert(!fn() => [A::B, A::class, $a::class, static::class, self::B, \A\B::C, A::class])
6173736572742821666e2829203d3e205b225c30303024615c3030325c3033375c657fff222c20270002272c20270a275d29
