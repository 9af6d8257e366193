--TEST--
ob_start, ob_get_contents, ob_get_clean, ob_end_*, nesting and the notices without a buffer
--FILE--
<?php
var_dump(ob_get_level(), ob_get_contents(), ob_get_length(), ob_get_clean(), ob_list_handlers(), ob_get_status());
var_dump(ob_end_clean(), ob_end_flush(), ob_flush(), ob_clean(), ob_get_flush());
ob_start();
echo "hello";
$contents = ob_get_contents();
$length = ob_get_length();
$level = ob_get_level();
ob_end_clean();
var_dump($contents, $length, $level);
ob_start();
echo "outer ";
ob_start();
echo "inner";
$inner = ob_get_clean();
echo "after inner ($inner)";
$outer = ob_get_flush();
echo "\n";
var_dump($outer, ob_get_level());
ob_start();
echo "to be flushed\n";
ob_flush();
echo "cleaned away";
ob_clean();
echo "kept\n";
ob_end_flush();
ob_start();
echo "discarded";
ob_start();
echo "inner flushed into outer";
ob_end_flush();
var_dump(ob_get_contents());
ob_end_clean();
ob_start(null, 0, PHP_OUTPUT_HANDLER_STDFLAGS ^ PHP_OUTPUT_HANDLER_REMOVABLE);
echo "not removable";
var_dump(ob_end_clean(), ob_end_flush());
$text = ob_get_clean();
echo "[", $text, "]\n";
ob_start(null, 0, 0);
var_dump(ob_clean(), ob_flush());
$status = ob_get_status(true);
ob_start();
echo "left open at the end\n";
--EXPECTF--
int(0)
bool(false)
bool(false)
bool(false)
array(0) {
}
array(0) {
}

Notice: ob_end_clean(): Failed to delete buffer. No buffer to delete in %s/output_buffering.php on line 3

Notice: ob_end_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s/output_buffering.php on line 3

Notice: ob_flush(): Failed to flush buffer. No buffer to flush in %s/output_buffering.php on line 3

Notice: ob_clean(): Failed to delete buffer. No buffer to delete in %s/output_buffering.php on line 3

Notice: ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s/output_buffering.php on line 3
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
string(5) "hello"
int(5)
int(1)
outer after inner (inner)
string(25) "outer after inner (inner)"
int(0)
to be flushed
kept
not removable
Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s/output_buffering.php on line 36

Notice: ob_end_flush(): Failed to send buffer of default output handler (0) in %s/output_buffering.php on line 36
bool(false)
bool(false)

Notice: ob_get_clean(): Failed to discard buffer of default output handler (0) in %s/output_buffering.php on line 37

Notice: ob_get_clean(): Failed to delete buffer of default output handler (0) in %s/output_buffering.php on line 37
[not removable
Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s/output_buffering.php on line 36

Notice: ob_end_flush(): Failed to send buffer of default output handler (0) in %s/output_buffering.php on line 36
bool(false)
bool(false)
]

Notice: ob_clean(): Failed to delete buffer of default output handler (1) in %s/output_buffering.php on line 40

Notice: ob_flush(): Failed to flush buffer of default output handler (1) in %s/output_buffering.php on line 40
bool(false)
bool(false)
left open at the end
