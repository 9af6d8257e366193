--TEST--
in_array() and array_search(): loose and strict comparison, keys returned
--FILE--
<?php
$h = [0 => 'a', 'x' => '1', 5 => 1.5, 'n' => null, 7 => [1, 2], 8 => '10'];
var_dump(in_array('a', $h), in_array(0, $h), in_array('abc', [0]), in_array(null, [0]), in_array(null, ['']));
var_dump(in_array(1, $h), in_array(1, $h, true), in_array('1', $h, true));
var_dump(in_array('1e1', $h), in_array(10, $h), in_array([1, 2], $h), in_array([2, 1], $h));
var_dump(array_search('1', $h), array_search(1.5, $h), array_search(null, $h), array_search(null, $h, true));
var_dump(array_search('zzz', $h), array_search('10', ['1e1', '10']), array_search('10', ['1e1', '10'], true));
var_dump(in_array(true, ['x']), in_array(false, ['0']), in_array('', [null], true));
$o = new stdClass;
var_dump(in_array($o, [new stdClass]), in_array($o, [new stdClass], true), in_array($o, [$o], true));
var_dump(array_search(0, ['a' => 'x', 'b' => 0]));
try {
    in_array(1, 'abc');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    array_search(1, [], []);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
string(1) "x"
int(5)
string(1) "n"
string(1) "n"
bool(false)
int(0)
int(1)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
string(1) "b"
in_array(): Argument #2 ($haystack) must be of type array, string given
array_search(): Argument #3 ($strict) must be of type bool, array given
