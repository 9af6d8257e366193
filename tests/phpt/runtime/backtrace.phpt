--TEST--
debug_backtrace and debug_print_backtrace: frames, objects, options and limits
--FILE--
<?php
class Service {
    function run($x) { return Helper::work($x, [1, 2]); }
}
class Helper {
    static function work($a, $b) {
        $trace = debug_backtrace();
        foreach ($trace as $i => $frame) {
            echo "#$i ", $frame['function'], " line ", $frame['line'] ?? '-', " class ", $frame['class'] ?? '-',
                " type ", $frame['type'] ?? '-', " object ", isset($frame['object']) ? get_class($frame['object']) : '-',
                " args ", isset($frame['args']) ? json_encode($frame['args']) : '-', "\n";
        }
        var_dump(array_keys($trace[1]));
        $limited = debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 1);
        var_dump(count($limited), array_keys($limited[0]), $limited[0]['function'], $limited[0]['line']);
        var_dump(count(debug_backtrace(0)), isset(debug_backtrace(0)[1]['object']));
        debug_print_backtrace();
        debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 2);
        return 'done';
    }
}
function outer($s) { return (new Service)->run($s); }
var_dump(outer('a string that is longer than fifteen characters'));
$fn = function (...$args) { debug_print_backtrace(); };
$fn(1.5, null, true, false, [1], new stdClass);
call_user_func($fn, 'via call_user_func');
var_dump(debug_backtrace());
debug_print_backtrace();
echo "end\n";
--EXPECTF--
#0 work line 3 class Helper type :: object - args ["a string that is longer than fifteen characters",[1,2]]
#1 run line 22 class Service type -> object Service args ["a string that is longer than fifteen characters"]
#2 outer line 23 class - type - object - args ["a string that is longer than fifteen characters"]
array(7) {
  [0]=>
  string(4) "file"
  [1]=>
  string(4) "line"
  [2]=>
  string(8) "function"
  [3]=>
  string(5) "class"
  [4]=>
  string(6) "object"
  [5]=>
  string(4) "type"
  [6]=>
  string(4) "args"
}
int(1)
array(5) {
  [0]=>
  string(4) "file"
  [1]=>
  string(4) "line"
  [2]=>
  string(8) "function"
  [3]=>
  string(5) "class"
  [4]=>
  string(4) "type"
}
string(4) "work"
int(3)
int(3)
bool(false)
#0 %s/backtrace.php(3): Helper::work('a string that i...', Array)
#1 %s/backtrace.php(22): Service->run('a string that i...')
#2 %s/backtrace.php(23): outer('a string that i...')
#0 %s/backtrace.php(3): Helper::work()
#1 %s/backtrace.php(22): Service->run()
string(4) "done"
#0 %s/backtrace.php(25): {closure}(1.5, NULL, true, false, Array, Object(stdClass))
#0 %s/backtrace.php(26): {closure}('via call_user_f...')
array(0) {
}
end
