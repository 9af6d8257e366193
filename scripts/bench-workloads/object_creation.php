<?php
// Object creation: 1,000,000 short-lived objects with constructors and
// typed properties, plus a list of 100,000 kept alive.
final class Vector {
    public function __construct(public float $x, public float $y) {}
    public function plus(Vector $other): Vector { return new Vector($this->x + $other->x, $this->y + $other->y); }
}
$total = new Vector(0, 0);
for ($i = 0; $i < 1_000_000; $i++) {
    $total = $total->plus(new Vector($i % 3, 1));
}
$kept = [];
for ($i = 0; $i < 100_000; $i++) {
    $kept[] = new Vector($i, -$i);
}
echo $total->x, " ", $total->y, " ", count($kept), "\n";
