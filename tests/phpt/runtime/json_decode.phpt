--TEST--
json_decode: scalars, numbers, strings and escapes, objects and arrays, depth, flags
--FILE--
<?php
$cases = ['null', 'true', 'false', ' 1 ', '-0', '-0.0', '0.5', '1.5e3', '1E2', '2e-2', '12345678901234567890', '-9223372036854775808', '9223372036854775807',
    '"text"', '"a\u00e9\ud83d\ude00\/\\\\\"\b\f\n\r\t"', '"\u0041\u00DF"', '[]', '{}', '[1,"2",[3,[4]],{"a":null}]',
    '{"a":1,"a":2}', '{"":"empty key","0":"zero","1.5":"x"}', " \t\n\r[ 1 ,\n 2 ]  ", '1e400', '-1e400'];
foreach ($cases as $c) {
    echo var_export($c, true), " => ";
    var_dump(json_decode($c));
}
var_dump(json_decode('{"a":{"b":[1,{"c":2}]},"0":3}', true));
var_dump(json_decode('{"a":{"b":1}}', null, 512, JSON_OBJECT_AS_ARRAY));
var_dump(json_decode('{"a":{"b":1}}', false, 512, JSON_OBJECT_AS_ARRAY));
var_dump(json_decode('[12345678901234567890, 1.5, 3]', true, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode('[1]', true, 1), json_last_error_msg(), json_decode('[1]', true, 2), json_decode('5', true, 1));
var_dump(json_decode('[[1]]', true, 2), json_decode('{"a":{"b":{}}}', true, 3), json_decode('{"a":{"b":{}}}', true, 4));
var_dump(json_decode('"a\xffb"', false, 512, JSON_INVALID_UTF8_IGNORE), json_decode('"a\xffb"', false, 512, JSON_INVALID_UTF8_SUBSTITUTE));
try { json_decode('1', false, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
'null' => NULL
'true' => bool(true)
'false' => bool(false)
' 1 ' => int(1)
'-0' => int(0)
'-0.0' => float(-0)
'0.5' => float(0.5)
'1.5e3' => float(1500)
'1E2' => float(100)
'2e-2' => float(0.02)
'12345678901234567890' => float(1.2345678901234567E+19)
'-9223372036854775808' => int(-9223372036854775808)
'9223372036854775807' => int(9223372036854775807)
'"text"' => string(4) "text"
'"a\\u00e9\\ud83d\\ude00\\/\\\\\\"\\b\\f\\n\\r\\t"' => string(15) "aé😀/\"
	"
'"\\u0041\\u00DF"' => string(3) "Aß"
'[]' => array(0) {
}
'{}' => object(stdClass)#1 (0) {
}
'[1,"2",[3,[4]],{"a":null}]' => array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "2"
  [2]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    array(1) {
      [0]=>
      int(4)
    }
  }
  [3]=>
  object(stdClass)#1 (1) {
    ["a"]=>
    NULL
  }
}
'{"a":1,"a":2}' => object(stdClass)#1 (1) {
  ["a"]=>
  int(2)
}
'{"":"empty key","0":"zero","1.5":"x"}' => object(stdClass)#1 (3) {
  [""]=>
  string(9) "empty key"
  ["0"]=>
  string(4) "zero"
  ["1.5"]=>
  string(1) "x"
}
' 	
[ 1 ,
 2 ]  ' => array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
'1e400' => float(INF)
'-1e400' => float(-INF)
array(2) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      array(1) {
        ["c"]=>
        int(2)
      }
    }
  }
  [0]=>
  int(3)
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    int(1)
  }
}
object(stdClass)#2 (1) {
  ["a"]=>
  object(stdClass)#1 (1) {
    ["b"]=>
    int(1)
  }
}
array(3) {
  [0]=>
  string(20) "12345678901234567890"
  [1]=>
  float(1.5)
  [2]=>
  int(3)
}
NULL
string(28) "Maximum stack depth exceeded"
array(1) {
  [0]=>
  int(1)
}
int(5)
NULL
NULL
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(0) {
    }
  }
}
NULL
NULL
json_decode(): Argument #3 ($depth) must be greater than 0
