--TEST--
A --SKIPIF-- printing "skip" skips the test (so the harness reports it skipped)
--SKIPIF--
<?php
echo "skip this test always skips: it checks the harness's SKIPIF handling";
--FILE--
<?php
echo "never run\n";
--EXPECT--
This expectation is never compared: the test is always skipped.
