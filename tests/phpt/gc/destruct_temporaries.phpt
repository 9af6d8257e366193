--TEST--
Destructors of temporaries: new Foo as a statement, (new Foo)->m(), results of calls that are discarded
--FILE--
<?php
class D {
    public function __construct(public string $name) { echo "construct {$this->name}\n"; }
    public function __destruct() { echo "destruct {$this->name}\n"; }
    public function m() { echo "method of {$this->name}\n"; return $this; }
    public function value() { return "value of {$this->name}"; }
}
new D('statement');
echo "next statement\n";
(new D('chained'))->m();
echo "after chained\n";
echo (new D('inline'))->value(), "\n";
echo "after inline\n";
(new D('twice'))->m()->m();
echo "after twice\n";
function make($n) { return new D($n); }
make('discarded');
echo "after discarded\n";
$len = strlen((new D('arg'))->value());
echo "len $len\n";
echo "echo ", (new D('in echo'))->name, " end\n";
$x = (new D('cond'))->name === 'cond' ? 'yes' : 'no';
echo "$x\n";
class S extends D { public function __toString(): string { return "str {$this->name}"; } }
echo "cast: ", (string) new S('cast'), " end\n";
echo "concat: " . new S('concat') . " end\n";
echo "dim: ", (new D('dim'))->name[0], " end\n";
$s = sprintf("%s|%s", new S('sp1'), new S('sp2'));
echo "$s\n";
--EXPECT--
construct statement
destruct statement
next statement
construct chained
method of chained
destruct chained
after chained
construct inline
destruct inline
value of inline
after inline
construct twice
method of twice
method of twice
destruct twice
after twice
construct discarded
destruct discarded
after discarded
construct arg
destruct arg
len 12
echo construct in echo
destruct in echo
in echo end
construct cond
destruct cond
yes
cast: construct cast
destruct cast
str cast end
construct concat
destruct concat
concat: str concat end
dim: construct dim
destruct dim
d end
construct sp1
construct sp2
destruct sp1
destruct sp2
str sp1|str sp2
