--TEST--
assert() messages: closures, arrow functions, match and anonymous classes printed with their bodies
--FILE--
<?php
function show(Closure $check) {
    try {
        $check();
    } catch (AssertionError $e) {
        echo $e->getMessage(), "\n";
    }
}
show(fn() => assert(!fn() => fn($x) => fn($y) => $x + $y));
show(fn() => assert(!fn() => [fn&($x) => $x, static fn(): int => 1, fn(int ...$x): int => array_sum($x)]));
show(fn() => assert(!fn() => function (int $a, ?string $b, A|B $c, A&B $d, &$e, ?\A\B $f, \C $g, int &...$h): ?int {}));
show(fn() => assert(!fn() => function (ARRAY $a, CALLABLE $b, ITERABLE $c, MIXED $d, SELF $e, $f = [1, 2], $g = -1): STATIC {}));
show(fn() => assert(!fn() => static function &() use ($a, &$b): ?array { return []; }));
show(fn() => assert(!fn() => match ($a) { 1 => 'one', 2, 3 => 'more', default => throw new E() }));
show(fn() => assert(!fn() => match ($a) { 1 => match ($b) { 2 => function () { return 3; } } }));
show(fn() => assert(!fn() => function () {
    $a = 1;
    echo $a, "b$c";
    if ($a) f(); else g();
    if ($a): f(); elseif ($b): g(); else: h(); endif;
    if ($a) { } else if ($b) { } elseif ($c) { } else { }
    while ($a) { $a--; }
    do { $a++; } while ($a < 10);
    for ($i = 0, $j = 1; $i < 10; $i++, $j--) { continue; }
    for (;;) { break; }
    foreach ($a as $k => &$v) {}
    foreach ($a as [$x, ['y' => $y]]) {}
    foreach ($a as list($x, list(, $y))) {}
    switch ($a) {
        case 1:
            f();
            break;
        case 2:
        default:
            h();
    }
    try {
        f();
    } catch (A $e) {
    } catch (B|\C\D $e) {
    } catch (E) {
    } finally {
        h();
    }
    global $g1, $g2;
    static $s1 = 1, $s2;
    unset($a, $b[0]);
    ;
    { f(); { g(); } }
    ?>inline 'html'<?php
    $f = fn() => match ($a) {
        1 => function () {
            return 1;
        },
        default => 2,
    };
    return [function () { return 1; }];
}));
show(fn() => assert(!fn() => function () {
    function inner(int $a = 1): int {
        return $a;
    }
    abstract class A extends \B implements \C, D {
        const X = 1, Y = 2;
        final public const Z = 3;
        public $p1, $p2 = 2;
        var $p3;
        protected static ?\B\C $p4 = null;
        public readonly int $p5;
        abstract protected function f(): int;
        final public static function &g(array &$x): static {
            return $x;
        }
        public function __construct(private int $x = 1) {}
    }
    interface I extends J, K {
        function m();
    }
    trait T {
        use U, \V {
            U::x insteadof \V;
            V::x as protected y;
            z as private;
            w as w2;
        }
    }
    enum Status: string implements I {
        case Active = 'a';
        case Gone = 'g';
        const DEFAULT = self::Active;
    }
    final class F {}
    readonly class R {}
}));
show(fn() => assert(!fn() => [new class {}, new class(1, 2) extends A implements B, C {
    use T;
    public function count(): int {
        return 0;
    }
}]));
--EXPECT--
assert(!fn() => fn($x) => fn($y) => $x + $y)
assert(!fn() => [fn&($x) => $x, static fn(): int => 1, fn(int ...$x): int => array_sum($x)])
assert(!fn() => function (int $a, ?string $b, A|B $c, A&B $d, &$e, ?A\B $f, \C $g, int &...$h): ?int {
})
assert(!fn() => function (array $a, callable $b, ITERABLE $c, MIXED $d, SELF $e, $f = [1, 2], $g = -1): static {
})
assert(!fn() => static function &() use($a, &$b): ?array {
    return [];
})
assert(!fn() => match ($a) {
    1 => 'one',
    2, 3 => 'more',
    default => throw new E(),
})
assert(!fn() => match ($a) {
    1 => match ($b) {
    2 => function () {
    return 3;
},
},
})
assert(!fn() => function () {
    $a = 1;
    echo $a;
    echo "b$c";
    if ($a) {
        f();
    } else {
        g();
    }
    if ($a) {
        f();
    } elseif ($b) {
        g();
    } else {
        h();
    }
    if ($a) {
    } else if ($b) {
    } elseif ($c) {
    } else {
    }
    while ($a) {
        $a--;
    }
    do {
        $a++;
    } while ($a < 10);
    for ($i = 0, $j = 1; $i < 10; $i++, $j--) {
        continue;
    }
    for (;;) {
        break;
    }
    foreach ($a as $k => &$v) {
    }
    foreach ($a as [$x, ['y' => $y]]) {
    }
    foreach ($a as [$x, [, $y]]) {
    }
    switch ($a) {
        case 1:
            f();
            break;
        case 2:
        default:
            h();
    }
    try {
        f();
    } catch (A $e) {
    } catch (B|C\D $e) {
    } catch (E) {
    } finally {
        h();
    }
    global $g1;
    global $g2;
    static $s1 = 1;
    static $s2;
    unset($a);
    unset($b[0]);
    f();
    g();
    echo 'inline \'html\'';
    $f = fn() => match ($a) {
        1 => function () {
    return 1;
},
        default => 2,
    };
    return [function () {
        return 1;
    }];
})
assert(!fn() => function () {
    function inner(int $a = 1): int {
        return $a;
    }

    abstract class A extends \B implements C, D {
        public const X = 1, Y = 2;
        public const Z = 3;
        public $p1, $p2 = 2;
        public $p3;
        protected static ?B\C $p4 = null;
        public readonly int $p5;
        protected abstract function f(): int;

        public static final function &g(array &$x): static {
            return $x;
        }

        public function __construct(int $x = 1) {
        }

    }

    interface I implements J, K {
        public function m();

    }

    trait T {
        use U, V {
            U::x insteadof V;
            V::x as protected y;
            z as private;
            w as w2;
        }
    }

    enum Status: string implements I {
        case Active = 'a';
        case Gone = 'g';
        public const DEFAULT = self::Active;
    }

    final class F {
    }

    readonly class R {
    }

})
assert(!fn() => [new class {
}, new class(1, 2) extends A implements B, C {
    use T;
    public function count(): int {
        return 0;
    }

}])
