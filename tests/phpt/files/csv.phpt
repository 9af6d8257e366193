--TEST--
fgetcsv and fputcsv: enclosures, escapes, records spanning lines, blank lines, options and their errors
--FILE--
<?php
$cases = ["a,b,c\n", "\n", "a,\"b,c\",d\n", "\"x\"\"y\",z\n", "  \"q\"  ,r\n", " a , b\n", "\"a\\\"b\",c\n",
    "\"multi\nline\",end\n", "a,\n", "\"open\n", "\"open", "a\r,b\r\n", "x,\"y\"z,w\n", "\"a\"\"\n", ",\n", "\"\"\n",
    "a,\"b\n\nc\"\n", "1;2;'3;4'\n"];
foreach ($cases as $c) {
    $m = fopen("php://memory", "w+");
    fwrite($m, $c);
    rewind($m);
    echo json_encode($c), " => ", json_encode(fgetcsv($m)), " ", json_encode(fgetcsv($m)), "\n";
}
$m = fopen("php://memory", "w+");
fwrite($m, "1;2;'3;4'\nx|y\n");
rewind($m);
var_dump(fgetcsv($m, null, ";", "'"), fgetcsv($m, 0, "|"));
$m = fopen("php://memory", "w+");
var_dump(fputcsv($m, ["a", "b c", "q\"q", "e\\\"x", "t\tt", "", "n\nn", 1.5, true, null]));
var_dump(fputcsv($m, ["x;y", "z"], ";", "'", "", "\r\n"));
rewind($m);
var_dump(stream_get_contents($m));
rewind($m);
var_dump(fgetcsv($m));
foreach ([[2, ""], [2, "ab"], [3, "xy"], [4, "xy"]] as [$arg, $value]) {
    try {
        $args = [$m, ["a"], ",", "\"", "\\"];
        $args[$arg] = $value;
        fputcsv(...$args);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    fgetcsv($m, -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$p = sys_get_temp_dir() . "/phpi-files-csv-" . getmypid() . ".csv";
$f = fopen($p, "w");
foreach ([["id", "name"], [1, "Ann \"A\""], [2, "Bob, Jr."]] as $row) {
    fputcsv($f, $row);
}
fclose($f);
echo file_get_contents($p);
$f = fopen($p, "r");
while (($row = fgetcsv($f)) !== false) {
    echo json_encode($row), "\n";
}
fclose($f);
unlink($p);
?>
--EXPECT--
"a,b,c\n" => ["a","b","c"] false
"\n" => [null] false
"a,\"b,c\",d\n" => ["a","b,c","d"] false
"\"x\"\"y\",z\n" => ["x\"y","z"] false
"  \"q\"  ,r\n" => ["q  ","r"] false
" a , b\n" => [" a "," b"] false
"\"a\\\"b\",c\n" => ["a\\\"b","c"] false
"\"multi\nline\",end\n" => ["multi\nline","end"] false
"a,\n" => ["a",""] false
"\"open\n" => ["open\n"] false
"\"open" => ["open"] false
"a\r,b\r\n" => ["a","b"] false
"x,\"y\"z,w\n" => ["x","yz","w"] false
"\"a\"\"\n" => ["a\"\n"] false
",\n" => ["",""] false
"\"\"\n" => [""] false
"a,\"b\n\nc\"\n" => ["a","b\n\nc"] false
"1;2;'3;4'\n" => ["1;2;'3;4'"] false
array(3) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "2"
  [2]=>
  string(3) "3;4"
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
int(42)
int(9)
string(51) "a,"b c","q""q","e\"x","t	t",,"n
n",1.5,1,
'x;y';z
"
array(10) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b c"
  [2]=>
  string(3) "q"q"
  [3]=>
  string(4) "e\"x"
  [4]=>
  string(3) "t	t"
  [5]=>
  string(0) ""
  [6]=>
  string(3) "n
n"
  [7]=>
  string(3) "1.5"
  [8]=>
  string(1) "1"
  [9]=>
  string(0) ""
}
fputcsv(): Argument #3 ($separator) must be a single character
fputcsv(): Argument #3 ($separator) must be a single character
fputcsv(): Argument #4 ($enclosure) must be a single character
fputcsv(): Argument #5 ($escape) must be empty or a single character
fgetcsv(): Argument #2 ($length) must be between 0 and 9223372036854775806
id,name
1,"Ann ""A"""
2,"Bob, Jr."
["id","name"]
["1","Ann \"A\""]
["2","Bob, Jr."]
