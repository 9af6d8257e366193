--TEST--
Classes: constructors, inheritance, interfaces, static members, magic methods
--FILE--
<?php
interface Shape { public function area(): float; }
abstract class Base implements Shape {
    public static int $count = 0;
    public function __construct(protected string $name) { static::$count++; }
    public function __toString(): string { return sprintf("%s(%.2f)", $this->name, $this->area()); }
}
final class Circle extends Base {
    public function __construct(private float $r) { parent::__construct("circle"); }
    public function area(): float { return M_PI * $this->r ** 2; }
}
class Square extends Base {
    public function __construct(private float $side) { parent::__construct("square"); }
    public function area(): float { return $this->side ** 2; }
    public function __get($name) { return "magic $name"; }
}
$shapes = [new Circle(1), new Square(2)];
foreach ($shapes as $shape) {
    echo $shape, " ", $shape instanceof Shape ? "is" : "is not", " a Shape\n";
}
echo Base::$count, " ", $shapes[1]->missing, " ", get_class($shapes[0]), "\n";
$clone = clone $shapes[1];
var_dump($clone == $shapes[1], $clone === $shapes[1]);
--EXPECT--
circle(3.14) is a Shape
square(4.00) is a Shape
2 magic missing Circle
bool(true)
bool(false)
