<?php
// Reference counts as debug_zval_dump() prints them. The dump takes its
// argument by value, so every count it prints includes that one copy.

$literal = 'hello';             // a literal: interned, shared, never counted
$built = str_repeat('ab', 3);   // made while running: counted
debug_zval_dump($literal, $built);

$list = [1, 2, 3];              // a constant array: built once when compiled; the code holds a count
debug_zval_dump($list);
$list[] = 4;                    // the first write copies it into an array of its own
debug_zval_dump($list);

$alias = $list;                 // assignment shares the array: one more count
debug_zval_dump($list);

$object = new stdClass;
$same = $object;                // objects are handles: both names hold one object
debug_zval_dump($object);

$n = 1;
$pair = [&$n, $n];              // `&` puts $n in a reference box that the array shares
debug_zval_dump($pair);
