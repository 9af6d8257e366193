--TEST--
End of script: a global holding an object whose destructor frees another global's last copy; objects only in static variables and properties come last, in creation order
--FILE--
<?php
class D {
    public function __construct(public string $name, public $link = null) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
class Registry { public static $items = []; }
function remember() { static $kept; $kept = new D('static var'); }
Registry::$items[] = new D('static prop');
remember();
$b = new D('b');
$a = new D('a', $b);
unset($b);
$c = new D('c');
$GLOBALS['dynamic'] = new D('dynamic global');
$d = new D('d');
echo "end\n";
--EXPECT--
end
destruct dynamic global
destruct d
destruct c
destruct a
destruct b
destruct static prop
destruct static var
