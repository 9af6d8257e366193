--TEST--
assert() messages: operators printed back with PHP's spacing and only the parentheses priority needs
--FILE--
<?php
// `!fn() => ...` is a closure, so it is false negated and never runs:
// the message shows how PHP prints the expression inside.
function show(Closure $check) {
    try {
        $check();
    } catch (AssertionError $e) {
        echo $e->getMessage(), "\n";
    }
}
show(fn() => assert(!fn() => $a==1&&$b));
show(fn() => assert(!fn() => $a and $b or $c xor $d));
show(fn() => assert(!fn() => $a and ($b or $c)));
show(fn() => assert(!fn() => ($a || $b) && $c));
show(fn() => assert(!fn() => $a + $b * $c - ($d - $e) / ($f * $g) % 3));
show(fn() => assert(!fn() => ($a - $b) - $c . $d . ($e . $f)));
show(fn() => assert(!fn() => $a << 1 >> 2 & $b | $c ^ ~$d));
show(fn() => assert(!fn() => $a ** $b ** $c + ($a ** $b) ** $c));
show(fn() => assert(!fn() => -$a ** 2 + (-$a) ** 2 + 2 ** -1 - -1 - - -1));
show(fn() => assert(!fn() => -$a++ + $b-- - --$c + ++$d));
show(fn() => assert(!fn() => -(int) $a . !(bool) $b . (string) !$c . (float) $d . (binary) $e));
show(fn() => assert(!fn() => (integer) $a + (boolean) $b + (array) $c + (object) $d + (double) $e));
show(fn() => assert(!fn() => !$a == $b && !($a == $b) && !$a instanceof A && !($a instanceof A)));
show(fn() => assert(!fn() => ($a == $b) == $c && $a <> $b && $a < $b == $c > $d && $a <=> $b));
show(fn() => assert(!fn() => $a === null || $b !== false || $c >= 1 || $d <= 2));
show(fn() => assert(!fn() => $a ?? $b ?? $c . ($d ?? 'x') . (($e ?? $f) ?? $g)));
show(fn() => assert(!fn() => ($a ? $b : $c) ? $d : $e));
show(fn() => assert(!fn() => $a ? $b : ($c ? $d : $e)));
show(fn() => assert(!fn() => $a ?: $b ?: $c));
show(fn() => assert(!fn() => ($a ?: $b) ?? $c));
show(fn() => assert(!fn() => $a ? $b = 1 : $c = 2));
show(fn() => assert(!fn() => ($a = 1) ? $a ?? $b = 1 : ($b += 1)));
show(fn() => assert(!fn() => $a = $b = $c + ($d = 1)));
show(fn() => assert(!fn() => $a .= $b **= $c ??= $d <<= 1));
show(fn() => assert(!fn() => $a =& $b));
show(fn() => assert(!fn() => $a = &$b->c));
show(fn() => assert(!fn() => [$a, [, $b]] = ['k' => $c] = list(, $d) = $e));
show(fn() => assert(!fn() => @$a[0] + @f() + @$o->m()));
show(fn() => assert(!fn() => isset($a, $b[0], $c->d) && !isset($e, $f) || empty($g[1])));
show(fn() => assert(!fn() => !print $a . 'b' && (print $c) && print $d));
show(fn() => assert(!fn() => clone $a->b && (clone $a)->b && clone new A));
show(fn() => assert(!fn() => $a instanceof \A\B || $a instanceof $b || $a instanceof static));
show(fn() => assert(!fn() => (include 'a.php') + (require_once $dir . '/b.php')));
show(fn() => assert(!fn() => eval('return 1;') || exit || exit() || die('bye') || exit(2)));
show(fn() => assert(!fn() => $a ?? throw new Exception('none')));
show(fn() => assert(!fn() => [yield, yield $a, yield $k => $v, $x = yield from $g]));
show(fn() => assert(!fn() => f(yield $a) + (yield $b)));
--EXPECT--
assert(!fn() => $a == 1 && $b)
assert(!fn() => $a && $b || ($c xor $d))
assert(!fn() => $a && ($b || $c))
assert(!fn() => ($a || $b) && $c)
assert(!fn() => $a + $b * $c - ($d - $e) / ($f * $g) % 3)
assert(!fn() => $a - $b - $c . $d . ($e . $f))
assert(!fn() => $a << 1 >> 2 & $b | $c ^ ~$d)
assert(!fn() => $a ** $b ** $c + ($a ** $b) ** $c)
assert(!fn() => -$a ** 2 + (-$a) ** 2 + 2 ** (-1) - -1 - -(-1))
assert(!fn() => -($a++) + $b-- - --$c + ++$d)
assert(!fn() => -((int)$a) . !((bool)$b) . (string)(!$c) . (double)$d . (string)$e)
assert(!fn() => (int)$a + (bool)$b + (array)$c + (object)$d + (double)$e)
assert(!fn() => !$a == $b && !($a == $b) && !$a instanceof A && !$a instanceof A)
assert(!fn() => ($a == $b) == $c && $a != $b && $a < $b == $c > $d && $a <=> $b)
assert(!fn() => $a === null || $b !== false || $c >= 1 || $d <= 2)
assert(!fn() => $a ?? $b ?? $c . ($d ?? 'x') . (($e ?? $f) ?? $g))
assert(!fn() => $a ? $b : $c ? $d : $e)
assert(!fn() => $a ? $b : ($c ? $d : $e))
assert(!fn() => $a ?: $b ?: $c)
assert(!fn() => ($a ?: $b) ?? $c)
assert(!fn() => $a ? ($b = 1) : ($c = 2))
assert(!fn() => ($a = 1) ? $a ?? ($b = 1) : ($b += 1))
assert(!fn() => $a = $b = $c + ($d = 1))
assert(!fn() => $a .= $b **= $c ??= $d <<= 1)
assert(!fn() => $a =& $b)
assert(!fn() => $a =& $b->c)
assert(!fn() => [$a, [, $b]] = ['k' => $c] = [, $d] = $e)
assert(!fn() => @$a[0] + @f() + @$o->m())
assert(!fn() => isset($a) && isset($b[0]) && isset($c->d) && !(isset($e) && isset($f)) || empty($g[1]))
assert(!fn() => !(print $a . 'b' && (print $c) && (print $d)))
assert(!fn() => clone $a->b && clone $a->b && clone new A())
assert(!fn() => $a instanceof \A\B || $a instanceof $b || $a instanceof static)
assert(!fn() => include('a.php') + require_once($dir . '/b.php'))
assert(!fn() => eval('return 1;') || exit || exit || exit('bye') || exit(2))
assert(!fn() => $a ?? throw new Exception('none'))
assert(!fn() => [(yield ), (yield $a), (yield $k => $v), $x = (yield from $g)])
assert(!fn() => f(yield $a) + (yield $b))
