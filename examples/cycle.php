<?php
// Reference counting cannot free two objects that point at each other;
// the cycle collector can.

class Node
{
    public ?Node $other = null;

    public function __construct(public string $name)
    {
    }

    public function __destruct()
    {
        echo "destruct {$this->name}\n";
    }
}

function makeCycle(): void
{
    $a = new Node('a');
    $b = new Node('b');
    $a->other = $b;
    $b->other = $a;
}   // leaving the function drops $a and $b: each count falls to 1, not 0

function status(string $when): void
{
    $s = gc_status();
    echo "$when: runs={$s['runs']} collected={$s['collected']} roots={$s['roots']}\n";
}

makeCycle();
status('after makeCycle()');    // nothing freed yet; the objects are possible roots
echo 'gc_collect_cycles() = ', gc_collect_cycles(), "\n";
status('after collection');
