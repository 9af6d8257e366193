--TEST--
memory_limit: the pending error is raised on entering a function, not on leaving one
--INI--
memory_limit=8M
--FILE--
<?php
function build() {
    $s = "x";
    for ($i = 0; $i < 21; $i++) { $s .= $s; }
    $s .= $s;
    echo "leaving build\n";
    return $s;
}
function other() {
    echo "not reached\n";
}
$kept = build();
echo "back in main\n";
other();
--EXPECTF--
leaving build
back in main

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line 5
