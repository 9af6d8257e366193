--TEST--
json_encode: values, floats, string escaping flags, lists and objects, pretty printing, JsonSerializable
--FILE--
<?php
foreach ([null, true, false, 0, -12, PHP_INT_MAX, 1.0, 0.1, -0.0, 1e25, 1.5e-7, 100.0, 'plain', '', "quote\" back\\ slash/ nl\n tab\t cr\r bs\x08 ff\x0c ctl\x01\x1f"] as $v) {
    echo json_encode($v), "\n";
}
echo json_encode(1.0, JSON_PRESERVE_ZERO_FRACTION), " ", json_encode([2.0, 0.5], JSON_PRESERVE_ZERO_FRACTION), "\n";
ini_set('serialize_precision', 3);
echo json_encode(1/3), "\n";
ini_set('serialize_precision', -1);
$text = "é ü 😀 €\u{2028}\u{2029} <a href='x'>&amp;</a> \"q\"";
echo json_encode($text), "\n";
echo json_encode($text, JSON_UNESCAPED_UNICODE), "\n";
echo json_encode($text, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS), "\n";
echo json_encode($text, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT), "\n";
echo json_encode('a/b/c'), " ", json_encode('a/b/c', JSON_UNESCAPED_SLASHES), "\n";
echo json_encode(['12', '-1.5', '1e3', ' 7', 'x1', '0x1A'], JSON_NUMERIC_CHECK), "\n";
echo json_encode(['12' => 'numeric-looking key'], JSON_NUMERIC_CHECK), "\n";
echo json_encode([1, 2, 3]), json_encode([1 => 'a', 2 => 'b']), json_encode([0 => 'a', 2 => 'b']), json_encode(['a' => 1, 0 => 2]), "\n";
echo json_encode([]), json_encode([], JSON_FORCE_OBJECT), json_encode([1, [2]], JSON_FORCE_OBJECT), json_encode(new stdClass), "\n";
#[AllowDynamicProperties]
class Point { public $x = 1; public $y; protected $hidden = 2; private $secret = 3; public int $uninit; }
$p = new Point;
$p->extra = ['k' => true];
echo json_encode($p), "\n";
echo json_encode(['name' => 'n', 'list' => [1, [2, []], new stdClass], 'map' => ['a' => null]], JSON_PRETTY_PRINT), "\n";
echo json_encode([], JSON_PRETTY_PRINT), json_encode(new stdClass, JSON_PRETTY_PRINT), "\n";
class Money implements JsonSerializable {
    function __construct(private int $cents) {}
    function jsonSerialize(): mixed { return ['amount' => $this->cents / 100, 'currency' => 'EUR']; }
}
class Self_ implements JsonSerializable {
    public $a = 'public';
    private $b = 'private';
    function jsonSerialize(): mixed { return $this; }
}
class Scalar implements JsonSerializable { function jsonSerialize(): mixed { return 42; } }
echo json_encode([new Money(1234), new Self_, new Scalar]), "\n";
$o = (object) ['a' => 1, '0' => 'zero', '' => 'empty'];
echo json_encode($o), "\n";
--EXPECT--
null
true
false
0
-12
9223372036854775807
1
0.1
-0
1.0e+25
1.5e-7
100
"plain"
""
"quote\" back\\ slash\/ nl\n tab\t cr\r bs\b ff\f ctl\u0001\u001f"
1.0 [2.0,0.5]
0.333
"\u00e9 \u00fc \ud83d\ude00 \u20ac\u2028\u2029 <a href='x'>&amp;<\/a> \"q\""
"é ü 😀 €\u2028\u2029 <a href='x'>&amp;<\/a> \"q\""
"é ü 😀 €   <a href='x'>&amp;<\/a> \"q\""
"\u00e9 \u00fc \ud83d\ude00 \u20ac\u2028\u2029 \u003Ca href=\u0027x\u0027\u003E\u0026amp;\u003C\/a\u003E \u0022q\u0022"
"a\/b\/c" "a/b/c"
[12,-1.5,1000,7,"x1","0x1A"]
{"12":"numeric-looking key"}
[1,2,3]{"1":"a","2":"b"}{"0":"a","2":"b"}{"a":1,"0":2}
[]{}{"0":1,"1":{"0":2}}{}
{"x":1,"y":null,"extra":{"k":true}}
{
    "name": "n",
    "list": [
        1,
        [
            2,
            []
        ],
        {}
    ],
    "map": {
        "a": null
    }
}
[]{}
[{"amount":12.34,"currency":"EUR"},{"a":"public"},42]
{"a":1,"0":"zero","":"empty"}
