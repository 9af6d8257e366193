--TEST--
return: the value of a return in flight survives finally blocks, destructors run as the loop is left, and a generator's finally that yields
--FILE--
<?php
// A return value in flight survives code run before the function ends:
// a finally block that calls functions, a destructor run when the loop
// that returns is left, a generator's finally that yields.
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; helper(); } }
function helper() { return "helper"; }
function in_finally() {
    try { return "from try"; } finally { echo helper(), "\n"; }
}
var_dump(in_finally());
function finally_overrides() {
    try { return "try"; } finally { return "finally"; }
}
var_dump(finally_overrides());
function leaves_loop() {
    for ($i = 0; $i < 3; $i++) {
        $d = new D($i);
        if ($i == 1) { return "left at $i"; }
    }
}
var_dump(leaves_loop());
function in_foreach() {
    foreach ([1, 2, 3] as $v) {
        $x = new D("f$v");
        $x = null;
        if ($v == 2) return $v * 10;
    }
}
var_dump(in_foreach());
function gen() {
    try { yield 1; return "gen return"; } finally { yield 2; echo "after yield in finally: ", helper(), "\n"; }
}
$g = gen();
foreach ($g as $v) { var_dump($v); var_dump(helper()); }
var_dump($g->getReturn());
function nested() {
    try {
        try { return "inner"; } finally { echo "inner finally\n"; }
    } finally { echo "outer finally ", helper(), "\n"; }
}
var_dump(nested());
function throws_in_finally() {
    try { return new D("ret"); } finally { throw new Exception("boom"); }
}
try { throws_in_finally(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
echo "end\n";
--EXPECT--
helper
string(8) "from try"
string(7) "finally"
destruct 0
destruct 1
string(9) "left at 1"
destruct f1
destruct f2
int(20)
int(1)
string(6) "helper"
int(2)
string(6) "helper"
after yield in finally: helper
string(10) "gen return"
inner finally
outer finally helper
string(5) "inner"
destruct ret
boom
end
