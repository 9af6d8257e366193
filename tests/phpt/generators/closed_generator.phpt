--TEST--
Traversing a finished generator; methods on it
--FILE--
<?php
function gen() { yield 1; yield 2; }
$g = gen();
foreach ($g as $v) echo $v, "\n";
try {
    foreach ($g as $v) echo $v, "\n";
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($g->valid(), $g->current(), $g->key());
$g->next();
var_dump($g->send(3));
try {
    $g->throw(new RuntimeException("into a closed generator"));
} catch (RuntimeException $e) {
    echo "rethrown here: ", $e->getMessage(), "\n";
}
try {
    iterator_to_array($g);
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
1
2
Exception: Cannot traverse an already closed generator
bool(false)
NULL
NULL
NULL
rethrown here: into a closed generator
Cannot traverse an already closed generator
