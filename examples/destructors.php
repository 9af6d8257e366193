<?php
// When destructors run: the moment the last holder lets go, not later.

class Noisy
{
    public function __construct(public string $name)
    {
        echo "construct {$this->name}\n";
    }

    public function __destruct()
    {
        echo "destruct {$this->name}\n";
    }
}

$a = new Noisy('a');
$keep = $a;
unset($a);                      // $keep still holds it: nothing happens
echo "after unset(\$a)\n";
$keep = null;                   // the last holder: destructed right here
echo "after \$keep = null\n";

$b = new Noisy('b1');
$b = new Noisy('b2');           // b2 is built first, then b1 is released
echo "after reassigning \$b\n";

function scope(): void
{
    $local = new Noisy('local');
    echo "leaving scope()\n";
}   // locals are released when the function returns
scope();

new Noisy('temporary');         // never stored: destructed at the end of the statement
echo "after the temporary\n";

$first = new Noisy('first');
$second = new Noisy('second');
echo "end of script\n";         // then globals, in reverse order: b2, second, first...
