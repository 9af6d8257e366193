--TEST--
sort(), rsort(), asort(), arsort(), ksort(), krsort() with the SORT_* flags
--FILE--
<?php
$mixed = ['10', 9, '9a', 'abc', 1.5, true, null, 'B', 'a', '1e1', -1, '', [1], '010'];
foreach (['REGULAR' => SORT_REGULAR, 'NUMERIC' => SORT_NUMERIC, 'STRING' => SORT_STRING,
          'STRING|CASE' => SORT_STRING | SORT_FLAG_CASE, 'NATURAL' => SORT_NATURAL,
          'NATURAL|CASE' => SORT_NATURAL | SORT_FLAG_CASE, 'LOCALE' => SORT_LOCALE_STRING] as $name => $flag) {
    $a = $mixed;
    echo "$name: ";
    var_dump(@sort($a, $flag));
    var_dump($a);
}
$a = ['b' => 2, 'a' => 2, 'c' => 1, 'd' => 3, 'e' => 1];
asort($a);
var_dump($a);
arsort($a);
var_dump($a);
rsort($a);
var_dump($a);
$k = ['10' => 'a', '9' => 'b', 'x' => 'c', '1e1' => 'd', 'X' => 'e', '-5' => 'f', 'img12' => 'g', 'img10' => 'h', '' => 'i'];
foreach ([SORT_REGULAR, SORT_NUMERIC, SORT_STRING, SORT_STRING | SORT_FLAG_CASE, SORT_NATURAL] as $flag) {
    $c = $k;
    ksort($c, $flag);
    echo implode_keys($c), "\n";
    krsort($c, $flag);
    echo implode_keys($c), "\n";
}
function implode_keys(array $a): string {
    $s = '';
    foreach ($a as $key => $v) {
        $s .= "[$key]";
    }
    return $s;
}
$one = ['k' => 'v'];
sort($one);
var_dump($one);
$one = ['k' => 'v'];
asort($one);
var_dump($one);
$stable = [];
for ($i = 0; $i < 40; $i++) {
    $stable["k$i"] = $i % 3;
}
asort($stable);
echo implode_keys($stable), "\n";
$big = [];
for ($i = 0; $i < 50; $i++) {
    $big[] = ($i * 37) % 23;
}
sort($big);
echo implode_keys(array_flip($big)), "\n";
$p = [3, 1, 2];
next($p);
sort($p);
var_dump(current($p));
$holes = [5 => 'b', 9 => 'a'];
asort($holes);
$holes[] = 'next';
var_dump($holes);
try {
    sort($undefined);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
REGULAR: bool(true)
array(14) {
  [0]=>
  NULL
  [1]=>
  string(0) ""
  [2]=>
  int(-1)
  [3]=>
  float(1.5)
  [4]=>
  int(9)
  [5]=>
  string(2) "10"
  [6]=>
  string(2) "9a"
  [7]=>
  string(3) "abc"
  [8]=>
  bool(true)
  [9]=>
  string(3) "1e1"
  [10]=>
  string(3) "010"
  [11]=>
  string(1) "B"
  [12]=>
  string(1) "a"
  [13]=>
  array(1) {
    [0]=>
    int(1)
  }
}
NUMERIC: bool(true)
array(14) {
  [0]=>
  int(-1)
  [1]=>
  string(3) "abc"
  [2]=>
  NULL
  [3]=>
  string(1) "B"
  [4]=>
  string(1) "a"
  [5]=>
  string(0) ""
  [6]=>
  bool(true)
  [7]=>
  array(1) {
    [0]=>
    int(1)
  }
  [8]=>
  float(1.5)
  [9]=>
  int(9)
  [10]=>
  string(2) "9a"
  [11]=>
  string(2) "10"
  [12]=>
  string(3) "1e1"
  [13]=>
  string(3) "010"
}
STRING: bool(true)
array(14) {
  [0]=>
  NULL
  [1]=>
  string(0) ""
  [2]=>
  int(-1)
  [3]=>
  string(3) "010"
  [4]=>
  bool(true)
  [5]=>
  float(1.5)
  [6]=>
  string(2) "10"
  [7]=>
  string(3) "1e1"
  [8]=>
  int(9)
  [9]=>
  string(2) "9a"
  [10]=>
  array(1) {
    [0]=>
    int(1)
  }
  [11]=>
  string(1) "B"
  [12]=>
  string(1) "a"
  [13]=>
  string(3) "abc"
}
STRING|CASE: bool(true)
array(14) {
  [0]=>
  NULL
  [1]=>
  string(0) ""
  [2]=>
  int(-1)
  [3]=>
  string(3) "010"
  [4]=>
  bool(true)
  [5]=>
  float(1.5)
  [6]=>
  string(2) "10"
  [7]=>
  string(3) "1e1"
  [8]=>
  int(9)
  [9]=>
  string(2) "9a"
  [10]=>
  string(1) "a"
  [11]=>
  string(3) "abc"
  [12]=>
  array(1) {
    [0]=>
    int(1)
  }
  [13]=>
  string(1) "B"
}
NATURAL: bool(true)
array(14) {
  [0]=>
  NULL
  [1]=>
  string(0) ""
  [2]=>
  int(-1)
  [3]=>
  bool(true)
  [4]=>
  float(1.5)
  [5]=>
  string(3) "1e1"
  [6]=>
  int(9)
  [7]=>
  string(2) "9a"
  [8]=>
  string(2) "10"
  [9]=>
  string(3) "010"
  [10]=>
  array(1) {
    [0]=>
    int(1)
  }
  [11]=>
  string(1) "B"
  [12]=>
  string(1) "a"
  [13]=>
  string(3) "abc"
}
NATURAL|CASE: bool(true)
array(14) {
  [0]=>
  NULL
  [1]=>
  string(0) ""
  [2]=>
  int(-1)
  [3]=>
  bool(true)
  [4]=>
  float(1.5)
  [5]=>
  string(3) "1e1"
  [6]=>
  int(9)
  [7]=>
  string(2) "9a"
  [8]=>
  string(2) "10"
  [9]=>
  string(3) "010"
  [10]=>
  string(1) "a"
  [11]=>
  string(3) "abc"
  [12]=>
  array(1) {
    [0]=>
    int(1)
  }
  [13]=>
  string(1) "B"
}
LOCALE: bool(true)
array(14) {
  [0]=>
  NULL
  [1]=>
  string(0) ""
  [2]=>
  int(-1)
  [3]=>
  string(3) "010"
  [4]=>
  bool(true)
  [5]=>
  float(1.5)
  [6]=>
  string(2) "10"
  [7]=>
  string(3) "1e1"
  [8]=>
  int(9)
  [9]=>
  string(2) "9a"
  [10]=>
  array(1) {
    [0]=>
    int(1)
  }
  [11]=>
  string(1) "B"
  [12]=>
  string(1) "a"
  [13]=>
  string(3) "abc"
}
array(5) {
  ["c"]=>
  int(1)
  ["e"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(2)
  ["d"]=>
  int(3)
}
array(5) {
  ["d"]=>
  int(3)
  ["b"]=>
  int(2)
  ["a"]=>
  int(2)
  ["c"]=>
  int(1)
  ["e"]=>
  int(1)
}
array(5) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(2)
  [3]=>
  int(1)
  [4]=>
  int(1)
}
[][-5][9][10][1e1][X][img10][img12][x]
[x][img12][img10][X][10][1e1][9][-5][]
[-5][x][X][img12][img10][][9][10][1e1]
[10][1e1][9][x][X][img12][img10][][-5]
[][-5][10][1e1][9][X][img10][img12][x]
[x][img12][img10][X][9][1e1][10][-5][]
[][-5][10][1e1][9][img10][img12][x][X]
[x][X][img12][img10][9][1e1][10][-5][]
[][-5][1e1][9][10][X][img10][img12][x]
[x][img12][img10][X][10][9][1e1][-5][]
array(1) {
  [0]=>
  string(1) "v"
}
array(1) {
  ["k"]=>
  string(1) "v"
}
[k0][k3][k6][k9][k12][k15][k18][k21][k24][k27][k30][k33][k36][k39][k1][k4][k7][k10][k13][k16][k19][k22][k25][k28][k31][k34][k37][k2][k5][k8][k11][k14][k17][k20][k23][k26][k29][k32][k35][k38]
[0][1][2][3][4][5][6][7][8][9][10][11][12][13][14][15][16][17][18][19][20][21][22]
int(1)
array(3) {
  [9]=>
  string(1) "a"
  [5]=>
  string(1) "b"
  [10]=>
  string(4) "next"
}
sort(): Argument #1 ($array) must be of type array, null given
