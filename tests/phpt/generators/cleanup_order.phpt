--TEST--
Destruction order: self references, yield inside finally, nested finally, held objects, iteration in destructors
--FILE--
<?php
function selfref() { $me = yield; try { yield 1; } finally { echo "selfref finally\n"; } }
$g = selfref();
$g->send($g);
unset($g);
echo "unset\n";
var_dump(gc_collect_cycles());
function holds($x) { yield 1; }
$o = new stdClass;
$o->g = holds($o);
$o->g->current();
unset($o);
var_dump(gc_collect_cycles());
function fin() { try { yield 1; yield 2; } finally { echo "fin: "; yield 3; echo "after\n"; } }
foreach (fin() as $v) echo $v, "\n";
function nested() {
    try {
        try { yield 1; } finally { echo "inner finally\n"; }
    } catch (Exception $e) {
        echo "never\n";
    } finally {
        echo "outer finally\n";
    }
}
$n = nested();
$n->current();
$n = null;
class D { function __destruct() { echo "D destroyed\n"; } }
function holdsD() { $d = new D; yield 1; echo "not reached\n"; }
$h = holdsD();
$h->current();
$h = null;
echo "after holdsD\n";
function throwsInFinally() { try { yield 1; } finally { throw new Exception("from finally"); } }
$e = throwsInFinally();
$e->current();
try { $e = null; } catch (Exception $x) { echo "caught: ", $x->getMessage(), "\n"; }
class W { public $g; function __destruct() { foreach ($this->g as $v) echo "w $v\n"; } }
$w = new W;
$w->g = (function () { yield 1; yield 2; })();
unset($w);
try { Generator::current(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo "end\n";
--EXPECT--
unset
selfref finally
int(1)
int(1)
1
2
fin: 3
after
inner finally
outer finally
D destroyed
after holdsD
caught: from finally
w 1
w 2
Non-static method Generator::current() cannot be called statically
end
