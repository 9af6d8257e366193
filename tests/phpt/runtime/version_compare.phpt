--TEST--
version_compare: canonical forms, special version names, operators
--FILE--
<?php
$versions = ['1', '1.0', '1.0.0', '1.0.1', '1.1', '1.10', '1.2', '1.0-dev', '1.0alpha', '1.0a1', '1.0b2', '1.0beta',
    '1.0RC1', '1.0rc2', '1.0pl1', '1.0p', '1.0.0.0', '5.2', '5.10', '1.0_1', '1.0+1', '1..0', '1.', '', 'x', '#', '1.0#'];
foreach ($versions as $a) {
    $row = [];
    foreach ($versions as $b) {
        $row[] = ['-', '=', '+'][version_compare($a, $b) + 1];
    }
    echo str_pad(var_export($a, true), 12), implode('', $row), "\n";
}
foreach (['<', 'lt', '<=', 'le', '>', 'gt', '>=', 'ge', '==', '=', 'eq', '!=', '<>', 'ne'] as $op) {
    echo $op, ' ', var_export(version_compare('8.2.0', '8.2.1', $op), true), ' ', var_export(version_compare('8.2', '8.2.0', $op), true), "\n";
}
try { version_compare('1', '2', 'bad'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(version_compare(PHP_VERSION, '8.2.0', '>='), version_compare(PHP_VERSION, '8.3.0', '<'));
--EXPECT--
'1'         =---------------------+++=-
'1.0'       +=-----+++++++-------=++++=
'1.0.0'     ++=----+++++++-------+++++=
'1.0.1'     +++=---+++++++--+--==+++++=
'1.1'       ++++=--++++++++++--++++++++
'1.10'      +++++=+++++++++++--++++++++
'1.2'       +++++-=++++++++++--++++++++
'1.0-dev'   +------=--------------++++-
'1.0alpha'  +------+=-------------++++-
'1.0a1'     +------++=------------++++-
'1.0b2'     +------+++=+----------++++-
'1.0beta'   +------+++-=----------++++-
'1.0RC1'    +------+++++=---------++++-
'1.0rc2'    +------++++++=--------++++-
'1.0pl1'    ++++---+++++++=++--++++++++
'1.0p'      ++++---+++++++-=+--++++++++
'1.0.0.0'   +++----+++++++--=----++++++
'5.2'       +++++++++++++++++=-++++++++
'5.10'      ++++++++++++++++++=++++++++
'1.0_1'     +++=---+++++++--+--==+++++=
'1.0+1'     +++=---+++++++--+--==+++++=
'1..0'      +=-----+++++++-------=++++=
'1.'        -----------------------++--
''          -----------------------=---
'x'         -----------------------+=--
'#'         =---------------------+++=-
'1.0#'      +===---+++++++-----===++++=
< true true
lt true true
<= true true
le true true
> false false
gt false false
>= false false
ge false false
== false false
= false false
eq false false
!= true true
<> true true
ne true true
version_compare(): Argument #3 ($operator) must be a valid comparison operator
bool(true)
bool(true)
