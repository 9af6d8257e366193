--TEST--
Resurrection: a destructor run by the collector stores $this in a global; the object survives, its destructor does not run again, and it is freed later
--FILE--
<?php
class Phoenix {
    public $self;
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destruct {$this->name}\n";
        $GLOBALS['saved'] = $this;
    }
}
$p = new Phoenix('phoenix');
$p->self = $p;
unset($p);
var_dump(gc_collect_cycles());
var_dump(isset($saved), $saved->name, $saved->self === $saved);
unset($saved);
echo "released again\n";
var_dump(gc_collect_cycles());
var_dump(isset($saved));
echo "end\n";
--EXPECT--
destruct phoenix
int(0)
bool(true)
string(7) "phoenix"
bool(true)
released again
int(1)
bool(false)
end
