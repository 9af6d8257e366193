--TEST--
memory_limit: after the error shutdown functions run, destructors do not
--INI--
memory_limit=8M
--FILE--
<?php
class Noisy {
    public function __destruct() { echo "destructor\n"; }
}
$keep = new Noisy;
register_shutdown_function(function () {
    $e = error_get_last();
    echo "shutdown: ", $e['type'], " ", $e['message'], "\n";
});
$s = "x";
for ($i = 0; ; $i++) {
    $s .= $s;
}
--EXPECTF--
Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line 12
shutdown: 1 Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes)
