--TEST--
Resurrection into a static property during an automatic run; the saved objects' destructors never run twice, even at the end of the script
--FILE--
<?php
class Keeper { public static $kept = []; }
class Saved {
    public $self;
    public function __construct(public int $n) {}
    public function __destruct() {
        if ($this->n % 1000 == 0) {
            Keeper::$kept[] = $this;
            echo "saved {$this->n}\n";
        }
    }
}
for ($i = 0; $i < 10500; $i++) {
    $s = new Saved($i);
    $s->self = $s;
    unset($s);
}
$st = gc_status();
echo "runs {$st['runs']} collected {$st['collected']}\n";
echo count(Keeper::$kept), " kept\n";
Keeper::$kept = [];
var_dump(gc_collect_cycles());
echo "end\n";
--EXPECT--
saved 0
saved 1000
saved 2000
saved 3000
saved 4000
saved 5000
saved 6000
saved 7000
saved 8000
saved 9000
runs 2 collected 9990
10 kept
saved 10000
int(509)
end
