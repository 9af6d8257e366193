--TEST--
assert() messages: variables, properties, calls and object creation, with PHP's quirks kept
--FILE--
<?php
function show(Closure $check) {
    try {
        $check();
    } catch (AssertionError $e) {
        echo $e->getMessage(), "\n";
    }
}
show(fn() => assert(!fn() => [$a, $$a, $$$a, ${'a'}, ${'a b'}, ${'1x'}, ${$a . 'b'}, ${$a}, $this]));
show(fn() => assert(!fn() => [$a[0], $a['x'][1], $a[$b][$c], $a->b->c, $a?->b?->c, $a->$b, $a->{$b}]));
show(fn() => assert(!fn() => [$a->{'b'}, $a->{'b c'}, $a->{$b . 'c'}, $a->b[0], $a[0]->b, $a::$b::$c]));
show(fn() => assert(!fn() => [A::$b, A::$$b, A::${'b'}, A::$b[0], $a::$b, static::$a, self::$a, parent::$a]));
show(fn() => assert(!fn() => [$a->b(), $a?->b(), $a->b()->c(), $a->$b(), $a->{'b'}(), $a->{'x y'}()]));
show(fn() => assert(!fn() => [A::b(), A::$b(), A::{'b'}(), $a::b(), static::b(), parent::__construct()]));
show(fn() => assert(!fn() => [f(1, 2), f($a, ...$b), f(...$b), f(a: 1, b: 2), f(1, b: 2), new A(...$b)]));
show(fn() => assert(!fn() => [f(...), $a->b(...), A::b(...), strlen(...), f(...)(...)]));
show(fn() => assert(!fn() => [\strlen($a), A\f(), \A\f(), namespace\f(), $f(), $a[0](), ($a->b)()]));
show(fn() => assert(!fn() => [(function () {})(), (fn() => 1)(), $a()(), f()(), f()[0], f()->a]));
show(fn() => assert(!fn() => [new A, new A(), new \A\B(1), new $a, new $a->b, new $a['b'], new static]));
show(fn() => assert(!fn() => [new (trim(' A ')), (new A)->b, (new A)->b(), (new A)['x'], (new A)::b()]));
show(fn() => assert(!fn() => [[1, 2][0], 'abc'[0], "abc"[1], A::B[0], A::b()[0], $a[0]::B, $a->b::c()]));
show(fn() => assert(!fn() => [array(), array(1, 2), ['a' => 1, 2 => [3]], [&$a, 'k' => &$b], [...$a, ...$b]]));
show(fn() => assert(!fn() => [$a[] = 1, $a->b[] = 1, A::$b[] = 1, [[$a]] = $b, [$a[0], $b->c] = $d]));
--EXPECT--
assert(!fn() => [$a, $$a, $$$a, $a, ${a b}, ${1x}, ${$a . 'b'}, $$a, $this])
assert(!fn() => [$a[0], $a['x'][1], $a[$b][$c], $a->b->c, $a?->b?->c, $a->$b, $a->$b])
assert(!fn() => [$a->b, $a->{b c}, $a->{$b . 'c'}, $a->b[0], $a[0]->b, $a::$b::$c])
assert(!fn() => [A::$b, A::$$b, A::$b, A::$b[0], $a::$b, static::$a, self::$a, parent::$a])
assert(!fn() => [$a->b(), $a?->b(), $a->b()->c(), $a->$b(), $a->b(), $a->{x y}()])
assert(!fn() => [A::b(), A::$b(), A::b(), $a::b(), static::b(), parent::__construct()])
assert(!fn() => [f(1, 2), f($a, ...$b), f(...$b), f(a: 1, b: 2), f(1, b: 2), new A(...$b)])
assert(!fn() => [f(...), $a->b(...), A::b(...), strlen(...), f(...)(...)])
assert(!fn() => [\strlen($a), A\f(), \A\f(), namespace\f(), $f(), $a[0](), $a->b()])
assert(!fn() => [function () {
}(), fn() => 1(), $a()(), f()(), f()[0], f()->a])
assert(!fn() => [new A(), new A(), new \A\B(1), new $a(), new $a->b(), new $a['b'](), new static()])
assert(!fn() => [new trim(' A ')(), new A()->b, new A()->b(), new A()['x'], new A()::b()])
assert(!fn() => [[1, 2][0], 'abc'[0], 'abc'[1], A::B[0], A::b()[0], $a[0]::B, $a->b::c()])
assert(!fn() => [[], [1, 2], ['a' => 1, 2 => [3]], [&$a, 'k' => &$b], [...$a, ...$b]])
assert(!fn() => [$a[] = 1, $a->b[] = 1, A::$b[] = 1, [[$a]] = $b, [$a[0], $b->c] = $d])
