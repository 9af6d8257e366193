--TEST--
array_merge_recursive() and array_replace_recursive(): references in the destination are broken, recursion is detected
--FILE--
<?php
$x = ['a' => 1];
$arr = ['k' => &$x];
$r = array_merge_recursive($arr, ['k' => ['b' => 2]]);
var_dump($x, $r);
$y = ['a' => [1]];
$arr2 = ['k' => &$y];
$r2 = array_replace_recursive($arr2, ['k' => ['a' => [2]]]);
var_dump($y, $r2);
$z = 'str';
$arr3 = ['k' => &$z];
$r3 = array_merge_recursive($arr3, ['k' => 'more']);
var_dump($z, $r3);
$a = ['x' => [1]];
$a['x']['self'] = &$a;
try { $r = array_merge_recursive($a, $a); echo "merged\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r = array_replace_recursive($a, $a); echo "replaced\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$b = ['k' => 1];
$b['r'] = &$b;
try { $r = array_merge_recursive($b, $b); echo "merged2\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r = array_replace_recursive($b, $b); echo "replaced2\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(array_merge_recursive(['a' => ['b' => ['c' => 1]]], ['a' => ['b' => ['c' => 2, 'd' => 3]]]));
var_dump(array_replace_recursive(['a' => ['b' => ['c' => 1]]], ['a' => ['b' => ['c' => 2, 'd' => 3]]]));
--EXPECT--
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  ["k"]=>
  array(2) {
    ["a"]=>
    int(1)
    ["b"]=>
    int(2)
  }
}
array(1) {
  ["a"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(1) {
  ["k"]=>
  array(1) {
    ["a"]=>
    array(1) {
      [0]=>
      int(2)
    }
  }
}
string(3) "str"
array(1) {
  ["k"]=>
  array(2) {
    [0]=>
    string(3) "str"
    [1]=>
    string(4) "more"
  }
}
Recursion detected
Recursion detected
Recursion detected
Recursion detected
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(2) {
      ["c"]=>
      array(2) {
        [0]=>
        int(1)
        [1]=>
        int(2)
      }
      ["d"]=>
      int(3)
    }
  }
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(2) {
      ["c"]=>
      int(2)
      ["d"]=>
      int(3)
    }
  }
}
