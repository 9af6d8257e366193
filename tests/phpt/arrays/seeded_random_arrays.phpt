--TEST--
Seeded random arrays through 40 array functions (differential test against PHP)
--FILE--
<?php
mt_srand(20240611);
function rv($depth = 0) {
    switch (mt_rand(0, 11)) {
        case 0: return mt_rand(-5, 5);
        case 1: return mt_rand(-100, 100) / 4;
        case 2: return ['a', 'B', 'abc', '10', '9', '1e1', ' 5', '5 ', '', '0', 'x1', '-3'][mt_rand(0, 11)];
        case 3: return null;
        case 4: return (bool)mt_rand(0, 1);
        case 5: return $depth < 2 ? ra($depth + 1) : 1;
        case 6: return PHP_INT_MAX - mt_rand(0, 1);
        case 7: return mt_rand(0, 3);
        default: return mt_rand(0, 20);
    }
}
function rk() {
    switch (mt_rand(0, 3)) {
        case 0: return mt_rand(0, 10);
        case 1: return ['a', 'b', 'B', '10', '05', 'x', ''][mt_rand(0, 6)];
        default: return mt_rand(0, 6);
    }
}
function ra($depth = 0) {
    $a = [];
    $n = mt_rand(0, 7);
    for ($i = 0; $i < $n; $i++) {
        if (mt_rand(0, 2)) { $a[] = rv($depth); } else { $a[rk()] = rv($depth); }
    }
    if (mt_rand(0, 4) == 0 && $a) { unset($a[array_key_first($a)]); }
    return $a;
}
$flags = [SORT_REGULAR, SORT_NUMERIC, SORT_STRING, SORT_STRING | SORT_FLAG_CASE, SORT_NATURAL, SORT_NATURAL | SORT_FLAG_CASE, SORT_LOCALE_STRING];
$ops = [
    'sort' => function ($a) use ($flags) { $f = $flags[mt_rand(0, 6)]; sort($a, $f); return $a; },
    'rsort' => function ($a) use ($flags) { $f = $flags[mt_rand(0, 6)]; rsort($a, $f); return $a; },
    'asort' => function ($a) use ($flags) { $f = $flags[mt_rand(0, 6)]; asort($a, $f); return $a; },
    'arsort' => function ($a) use ($flags) { $f = $flags[mt_rand(0, 6)]; arsort($a, $f); return $a; },
    'ksort' => function ($a) use ($flags) { $f = $flags[mt_rand(0, 6)]; ksort($a, $f); return $a; },
    'krsort' => function ($a) use ($flags) { $f = $flags[mt_rand(0, 6)]; krsort($a, $f); return $a; },
    'usort' => function ($a) { usort($a, fn($x, $y) => $x <=> $y); return $a; },
    'uksort' => function ($a) { uksort($a, fn($x, $y) => $y <=> $x); return $a; },
    'natsort' => function ($a) { natcasesort($a); return $a; },
    'unique' => function ($a) use ($flags) { return array_unique($a, $flags[mt_rand(0, 6)]); },
    'diff' => fn($a) => array_diff($a, ra()),
    'diff_assoc' => fn($a) => array_diff_assoc($a, ra()),
    'diff_key' => fn($a) => array_diff_key($a, ra(), ra()),
    'intersect' => fn($a) => array_intersect($a, ra()),
    'intersect_assoc' => fn($a) => array_intersect_assoc($a, ra()),
    'intersect_key' => fn($a) => array_intersect_key($a, ra()),
    'udiff' => fn($a) => array_udiff($a, ra(), fn($x, $y) => $x <=> $y),
    'uintersect' => fn($a) => array_uintersect($a, ra(), fn($x, $y) => $x <=> $y),
    'merge' => fn($a) => array_merge($a, ra()),
    'merge_rec' => fn($a) => array_merge_recursive($a, ra()),
    'replace_rec' => fn($a) => array_replace_recursive($a, ra()),
    'slice' => fn($a) => array_slice($a, mt_rand(-5, 5), mt_rand(0, 1) ? null : mt_rand(-5, 5), (bool)mt_rand(0, 1)),
    'splice' => function ($a) { $r = array_splice($a, mt_rand(-5, 5), mt_rand(-3, 3), ra()); return [$r, $a]; },
    'search' => fn($a) => [array_search(rv(), $a), in_array(rv(), $a, (bool)mt_rand(0, 1)), array_keys($a, rv())],
    'flip' => fn($a) => @array_flip($a),
    'count_values' => fn($a) => @array_count_values($a),
    'sum' => fn($a) => [array_sum($a), array_product($a)],
    'minmax' => fn($a) => $a ? [min($a), max($a)] : null,
    'reverse' => fn($a) => array_reverse($a, (bool)mt_rand(0, 1)),
    'pad' => fn($a) => array_pad($a, mt_rand(-9, 9), 'p'),
    'chunk' => fn($a) => array_chunk($a, mt_rand(1, 3), (bool)mt_rand(0, 1)),
    'values' => fn($a) => [array_values($a), array_keys($a), array_is_list($a)],
    'filter' => fn($a) => array_filter($a),
    'combine' => fn($a) => @array_combine(array_values($a), array_keys($a)),
    'change_case' => fn($a) => array_change_key_case($a, mt_rand(0, 1)),
    'multisort' => function ($a) { $b = array_reverse($a); array_multisort($a, $b); return [$a, $b]; },
    'rand' => fn($a) => $a ? array_rand($a, mt_rand(1, count($a))) : null,
    'shuffle' => function ($a) { shuffle($a); return $a; },
    'stack' => function ($a) { $x = array_pop($a); $y = array_shift($a); array_unshift($a, 'u'); array_push($a, 'p'); $a[] = 'z'; return [$x, $y, $a]; },
    'fill_keys' => fn($a) => @array_fill_keys($a, 0),
    'column' => fn($a) => array_column([$a, $a], mt_rand(0, 3)),
    'range' => fn($a) => range(mt_rand(-3, 3), mt_rand(-3, 3), mt_rand(1, 3)),
];
$names = array_keys($ops);
for ($i = 0; $i < 120; $i++) {
    $a = ra();
    $name = $names[mt_rand(0, count($names) - 1)];
    echo "#$i $name\n";
    try {
        var_dump($ops[$name]($a));
    } catch (Throwable $e) {
        echo $e::class, ": ", $e->getMessage(), "\n";
    }
}
--EXPECTF--
#0 column
array(0) {
}
#1 pad
array(6) {
  [0]=>
  int(18)
  [1]=>
  int(15)
  [2]=>
  int(-5)
  [""]=>
  int(11)
  [3]=>
  string(1) "p"
  [4]=>
  string(1) "p"
}
#2 rsort
array(2) {
  [0]=>
  string(2) "5 "
  [1]=>
  int(-2)
}
#3 asort
array(3) {
  [0]=>
  bool(false)
  [1]=>
  int(15)
  [6]=>
  int(15)
}
#4 shuffle
array(5) {
  [0]=>
  int(9)
  [1]=>
  array(4) {
    [1]=>
    int(2)
    ["B"]=>
    int(1)
    [2]=>
    int(3)
    [3]=>
    int(9)
  }
  [2]=>
  int(19)
  [3]=>
  string(3) "abc"
  [4]=>
  int(0)
}
#5 column
array(0) {
}
#6 intersect_key
array(1) {
  [1]=>
  int(18)
}
#7 intersect_assoc

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 48

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 48
array(0) {
}
#8 stack
array(3) {
  [0]=>
  string(2) "x1"
  [1]=>
  int(9223372036854775806)
  [2]=>
  array(5) {
    [0]=>
    string(1) "u"
    [1]=>
    bool(true)
    [2]=>
    int(18)
    [3]=>
    string(1) "p"
    [4]=>
    string(1) "z"
  }
}
#9 merge_rec
array(5) {
  [0]=>
  bool(true)
  [1]=>
  int(9223372036854775806)
  [2]=>
  float(-18.75)
  ["x"]=>
  int(8)
  [3]=>
  int(9223372036854775807)
}
#10 ksort
array(0) {
}
#11 reverse
array(1) {
  [0]=>
  int(9223372036854775807)
}
#12 chunk
array(2) {
  [0]=>
  array(1) {
    [0]=>
    array(1) {
      [1]=>
      NULL
    }
  }
  [1]=>
  array(1) {
    [0]=>
    int(1)
  }
}
#13 filter
array(3) {
  [0]=>
  string(3) "1e1"
  [1]=>
  int(-1)
  [2]=>
  int(4)
}
#14 rsort
array(5) {
  [0]=>
  int(9223372036854775806)
  [1]=>
  int(4)
  [2]=>
  bool(false)
  [3]=>
  bool(false)
  [4]=>
  string(2) "x1"
}
#15 search
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  array(0) {
  }
}
#16 intersect_assoc
array(0) {
}
#17 unique

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 43

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 43

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 43

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 43

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 43
array(4) {
  [0]=>
  NULL
  [1]=>
  int(5)
  [2]=>
  array(6) {
    [0]=>
    int(5)
    [1]=>
    int(12)
    [3]=>
    int(1)
    [""]=>
    NULL
    [4]=>
    int(3)
    ["05"]=>
    int(16)
  }
  [5]=>
  int(19)
}
#18 arsort
array(5) {
  [7]=>
  int(7)
  [8]=>
  int(2)
  [0]=>
  bool(false)
  [6]=>
  NULL
  [9]=>
  NULL
}
#19 krsort
array(3) {
  [3]=>
  array(0) {
  }
  [2]=>
  int(3)
  [0]=>
  int(17)
}
#20 multisort
array(2) {
  [0]=>
  array(7) {
    [0]=>
    NULL
    [1]=>
    int(0)
    [2]=>
    int(4)
    [3]=>
    int(15)
    [4]=>
    int(17)
    [5]=>
    int(20)
    [6]=>
    array(7) {
      [6]=>
      int(9)
      [7]=>
      bool(false)
      [8]=>
      float(-1.5)
      [9]=>
      int(3)
      [10]=>
      int(6)
      ["a"]=>
      int(0)
      [11]=>
      int(0)
    }
  }
  [1]=>
  array(7) {
    [0]=>
    int(4)
    [1]=>
    int(20)
    [2]=>
    NULL
    [3]=>
    int(17)
    [4]=>
    int(15)
    [5]=>
    int(0)
    [6]=>
    array(7) {
      [6]=>
      int(9)
      [7]=>
      bool(false)
      [8]=>
      float(-1.5)
      [9]=>
      int(3)
      [10]=>
      int(6)
      ["a"]=>
      int(0)
      [11]=>
      int(0)
    }
  }
}
#21 arsort

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 37
array(2) {
  [1]=>
  array(0) {
  }
  [0]=>
  NULL
}
#22 merge
array(10) {
  [0]=>
  int(9223372036854775806)
  [1]=>
  int(5)
  [2]=>
  int(-5)
  [3]=>
  float(-0.5)
  [4]=>
  int(7)
  [5]=>
  int(1)
  [6]=>
  string(3) "1e1"
  [7]=>
  string(1) "9"
  [8]=>
  int(9223372036854775806)
  [9]=>
  int(9223372036854775807)
}
#23 combine
array(4) {
  [-3]=>
  int(3)
  [19]=>
  string(1) "a"
  [2]=>
  int(4)
  [9223372036854775806]=>
  int(5)
}
#24 count_values
array(6) {
  [2]=>
  int(1)
  [12]=>
  int(1)
  [9223372036854775807]=>
  int(1)
  [10]=>
  int(1)
  [-5]=>
  int(1)
  [16]=>
  int(1)
}
#25 rsort
array(1) {
  [0]=>
  int(9)
}
#26 ksort
array(6) {
  [0]=>
  bool(false)
  [1]=>
  int(0)
  [2]=>
  int(3)
  [3]=>
  int(15)
  [4]=>
  int(3)
  [5]=>
  int(9223372036854775807)
}
#27 change_case
array(0) {
}
#28 values
array(3) {
  [0]=>
  array(4) {
    [0]=>
    NULL
    [1]=>
    float(22.25)
    [2]=>
    NULL
    [3]=>
    int(1)
  }
  [1]=>
  array(4) {
    [0]=>
    int(0)
    [1]=>
    int(1)
    [2]=>
    int(2)
    [3]=>
    string(1) "a"
  }
  [2]=>
  bool(false)
}
#29 splice
array(2) {
  [0]=>
  array(0) {
  }
  [1]=>
  array(8) {
    [0]=>
    int(9223372036854775807)
    [1]=>
    bool(false)
    [2]=>
    float(23.25)
    [3]=>
    int(9223372036854775807)
    [4]=>
    float(15.5)
    [5]=>
    bool(false)
    [6]=>
    int(9223372036854775806)
    [7]=>
    NULL
  }
}
#30 flip
array(3) {
  [9223372036854775806]=>
  int(0)
  [16]=>
  int(1)
  [3]=>
  int(6)
}
#31 diff
array(1) {
  [10]=>
  float(-4.25)
}
#32 diff_key
array(0) {
}
#33 multisort
array(2) {
  [0]=>
  array(0) {
  }
  [1]=>
  array(0) {
  }
}
#34 slice
array(1) {
  [0]=>
  float(-10.25)
}
#35 intersect
array(0) {
}
#36 diff_assoc
array(3) {
  [0]=>
  bool(true)
  [1]=>
  int(8)
  [5]=>
  int(1)
}
#37 splice
array(2) {
  [0]=>
  array(1) {
    [0]=>
    bool(true)
  }
  [1]=>
  array(9) {
    [0]=>
    bool(false)
    [1]=>
    int(8)
    [2]=>
    int(6)
    [3]=>
    bool(false)
    [4]=>
    NULL
    [5]=>
    int(16)
    [6]=>
    string(2) " 5"
    [7]=>
    array(3) {
      [1]=>
      int(1)
      [2]=>
      int(9223372036854775807)
      [9]=>
      int(0)
    }
    [8]=>
    string(3) "abc"
  }
}
#38 merge
array(8) {
  [0]=>
  NULL
  [1]=>
  int(9223372036854775806)
  [2]=>
  int(14)
  [3]=>
  int(7)
  [4]=>
  int(1)
  [5]=>
  int(0)
  ["05"]=>
  string(2) "10"
  [6]=>
  int(1)
}
#39 ksort
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(9223372036854775807)
  [4]=>
  int(1)
}
#40 replace_rec
array(3) {
  [4]=>
  NULL
  [5]=>
  bool(false)
  [0]=>
  int(9223372036854775807)
}
#41 reverse
array(0) {
}
#42 fill_keys
array(4) {
  ["Array"]=>
  int(0)
  [""]=>
  int(0)
  [9223372036854775806]=>
  int(0)
  [0]=>
  int(0)
}
#43 merge_rec
array(9) {
  [0]=>
  array(2) {
    [1]=>
    int(9223372036854775807)
    [4]=>
    int(10)
  }
  [1]=>
  bool(true)
  [2]=>
  int(3)
  [3]=>
  string(2) "10"
  [4]=>
  float(-1.5)
  [5]=>
  int(-2)
  [6]=>
  string(2) "5 "
  [7]=>
  int(16)
  [8]=>
  string(2) "-3"
}
#44 intersect_key
array(0) {
}
#45 rsort

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 35

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 35
array(3) {
  [0]=>
  array(6) {
    [1]=>
    string(2) "-3"
    [2]=>
    int(9223372036854775806)
    [3]=>
    int(18)
    [4]=>
    int(4)
    [5]=>
    int(-2)
    [6]=>
    int(16)
  }
  [1]=>
  int(9223372036854775806)
  [2]=>
  int(2)
}
#46 diff
array(0) {
}
#47 ksort
array(2) {
  [0]=>
  NULL
  [2]=>
  int(0)
}
#48 usort
array(4) {
  [0]=>
  bool(false)
  [1]=>
  string(0) ""
  [2]=>
  int(7)
  [3]=>
  array(4) {
    [0]=>
    float(4.75)
    [1]=>
    int(1)
    [2]=>
    bool(true)
    [3]=>
    float(-2.75)
  }
}
#49 chunk
array(6) {
  [0]=>
  array(1) {
    [0]=>
    NULL
  }
  [1]=>
  array(1) {
    [0]=>
    array(5) {
      [0]=>
      float(-19.5)
      [1]=>
      int(5)
      [2]=>
      int(10)
      [3]=>
      string(2) " 5"
      [4]=>
      int(14)
    }
  }
  [2]=>
  array(1) {
    [0]=>
    int(2)
  }
  [3]=>
  array(1) {
    [0]=>
    int(2)
  }
  [4]=>
  array(1) {
    [0]=>
    float(9.75)
  }
  [5]=>
  array(1) {
    [0]=>
    string(2) "10"
  }
}
#50 pad
array(7) {
  ["a"]=>
  int(17)
  [0]=>
  int(9223372036854775806)
  [6]=>
  int(9223372036854775806)
  [7]=>
  float(15.5)
  [2]=>
  int(1)
  [8]=>
  int(5)
  [9]=>
  bool(false)
}
#51 replace_rec
array(7) {
  ["B"]=>
  int(-1)
  [0]=>
  string(2) "5 "
  [5]=>
  int(20)
  [6]=>
  int(9223372036854775807)
  [7]=>
  int(18)
  [8]=>
  int(4)
  [9]=>
  int(0)
}
#52 values
array(3) {
  [0]=>
  array(1) {
    [0]=>
    float(19.5)
  }
  [1]=>
  array(1) {
    [0]=>
    int(3)
  }
  [2]=>
  bool(false)
}
#53 search
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  array(0) {
  }
}
#54 chunk
array(2) {
  [0]=>
  array(3) {
    [0]=>
    int(9223372036854775807)
    [1]=>
    int(17)
    [2]=>
    int(9223372036854775806)
  }
  [1]=>
  array(1) {
    [0]=>
    string(1) "B"
  }
}
#55 usort
array(4) {
  [0]=>
  NULL
  [1]=>
  int(17)
  [2]=>
  int(17)
  [3]=>
  string(1) "a"
}
#56 krsort
array(0) {
}
#57 krsort
array(0) {
}
#58 slice
array(1) {
  [0]=>
  array(0) {
  }
}
#59 natsort

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 42

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 42

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 42
array(5) {
  [2]=>
  string(2) "-3"
  [3]=>
  int(-5)
  [1]=>
  int(3)
  [4]=>
  array(5) {
    [6]=>
    NULL
    [7]=>
    array(2) {
      [0]=>
      string(2) "-3"
      [1]=>
      int(3)
    }
    [8]=>
    int(-2)
    [5]=>
    int(6)
    [9]=>
    int(12)
  }
  [5]=>
  array(2) {
    [1]=>
    NULL
    [4]=>
    int(19)
  }
}
#60 change_case
array(3) {
  [0]=>
  string(1) "0"
  [1]=>
  int(4)
  [""]=>
  array(6) {
    [0]=>
    array(3) {
      [0]=>
      int(6)
      [1]=>
      int(15)
      [2]=>
      int(17)
    }
    [2]=>
    int(0)
    [3]=>
    int(2)
    [4]=>
    NULL
    [5]=>
    int(17)
    [6]=>
    float(17.25)
  }
}
#61 stack
array(3) {
  [0]=>
  int(4)
  [1]=>
  NULL
  [2]=>
  array(3) {
    [0]=>
    string(1) "u"
    [1]=>
    string(1) "p"
    [2]=>
    string(1) "z"
  }
}
#62 usort
array(0) {
}
#63 usort
array(0) {
}
#64 diff_key
array(0) {
}
#65 intersect
array(0) {
}
#66 pad
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(9223372036854775806)
  [2]=>
  bool(true)
}
#67 multisort
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(16)
  }
  [1]=>
  array(1) {
    [0]=>
    int(16)
  }
}
#68 intersect

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 47

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 47

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 47

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 47

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 47

Warning: Array to string conversion in %s/seeded_random_arrays.php on line 47
array(0) {
}
#69 filter
array(1) {
  ["05"]=>
  array(2) {
    [0]=>
    int(18)
    [1]=>
    int(9223372036854775807)
  }
}
#70 column
array(2) {
  [0]=>
  array(4) {
    [1]=>
    int(11)
    [2]=>
    array(7) {
      [0]=>
      string(3) "1e1"
      ["a"]=>
      int(4)
      [1]=>
      int(9223372036854775806)
      [2]=>
      int(2)
      [""]=>
      int(0)
      [3]=>
      int(1)
      [6]=>
      int(4)
    }
    [3]=>
    int(3)
    [4]=>
    int(1)
  }
  [1]=>
  array(4) {
    [1]=>
    int(11)
    [2]=>
    array(7) {
      [0]=>
      string(3) "1e1"
      ["a"]=>
      int(4)
      [1]=>
      int(9223372036854775806)
      [2]=>
      int(2)
      [""]=>
      int(0)
      [3]=>
      int(1)
      [6]=>
      int(4)
    }
    [3]=>
    int(3)
    [4]=>
    int(1)
  }
}
#71 merge_rec
array(5) {
  [0]=>
  float(9.5)
  [1]=>
  int(2)
  [2]=>
  string(3) "abc"
  [3]=>
  bool(true)
  [4]=>
  string(1) "a"
}
#72 merge
array(8) {
  [0]=>
  string(2) "-3"
  [1]=>
  int(13)
  [2]=>
  NULL
  [3]=>
  int(18)
  [4]=>
  array(3) {
    [1]=>
    int(10)
    ["b"]=>
    int(18)
    [2]=>
    int(1)
  }
  [5]=>
  int(12)
  [6]=>
  int(16)
  [7]=>
  NULL
}
#73 sum
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(3)
}
#74 stack
array(3) {
  [0]=>
  string(1) "0"
  [1]=>
  int(9)
  [2]=>
  array(8) {
    [0]=>
    string(1) "u"
    [1]=>
    int(18)
    [2]=>
    int(8)
    [3]=>
    int(9223372036854775807)
    [4]=>
    int(-1)
    [5]=>
    int(5)
    [6]=>
    string(1) "p"
    [7]=>
    string(1) "z"
  }
}
#75 chunk
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}
#76 intersect
array(0) {
}
#77 slice
array(1) {
  [2]=>
  int(0)
}
#78 shuffle
array(1) {
  [0]=>
  int(10)
}
#79 count_values
array(1) {
  [-4]=>
  int(1)
}
#80 asort
array(1) {
  [1]=>
  NULL
}
#81 values
array(3) {
  [0]=>
  array(1) {
    [0]=>
    bool(false)
  }
  [1]=>
  array(1) {
    [0]=>
    int(0)
  }
  [2]=>
  bool(true)
}
#82 unique
array(5) {
  [2]=>
  int(5)
  [3]=>
  float(19.75)
  [4]=>
  bool(false)
  [5]=>
  int(10)
  ["b"]=>
  array(5) {
    [5]=>
    int(11)
    [4]=>
    NULL
    [3]=>
    int(11)
    [6]=>
    float(0.75)
    [7]=>
    int(-1)
  }
}
#83 rand
int(1)
#84 pad
array(9) {
  [0]=>
  array(5) {
    [3]=>
    bool(false)
    [4]=>
    int(8)
    [5]=>
    int(10)
    ["a"]=>
    string(3) "1e1"
    [6]=>
    int(7)
  }
  [1]=>
  float(-22.75)
  [2]=>
  NULL
  [3]=>
  string(1) "p"
  [4]=>
  string(1) "p"
  [5]=>
  string(1) "p"
  [6]=>
  string(1) "p"
  [7]=>
  string(1) "p"
  [8]=>
  string(1) "p"
}
#85 multisort
array(2) {
  [0]=>
  array(3) {
    [0]=>
    bool(false)
    [1]=>
    int(17)
    [2]=>
    int(9223372036854775806)
  }
  [1]=>
  array(3) {
    [0]=>
    int(17)
    [1]=>
    bool(false)
    [2]=>
    int(9223372036854775806)
  }
}
#86 rand
NULL
#87 filter
array(1) {
  [0]=>
  string(1) "9"
}
#88 intersect_key
array(2) {
  [6]=>
  int(9223372036854775806)
  [1]=>
  bool(false)
}
#89 merge
array(5) {
  [0]=>
  int(9223372036854775806)
  [1]=>
  string(2) "10"
  [2]=>
  int(3)
  [""]=>
  int(-2)
  [3]=>
  int(9223372036854775806)
}
#90 unique
array(7) {
  [0]=>
  NULL
  [1]=>
  int(1)
  [2]=>
  int(9)
  ["b"]=>
  int(12)
  [3]=>
  int(16)
  [4]=>
  int(19)
  [10]=>
  string(2) "5 "
}
#91 intersect_assoc
array(0) {
}
#92 uksort
array(4) {
  [3]=>
  string(1) "0"
  [2]=>
  NULL
  [1]=>
  int(1)
  [0]=>
  int(11)
}
#93 arsort
array(3) {
  [2]=>
  array(7) {
    [0]=>
    int(3)
    [1]=>
    array(0) {
    }
    [6]=>
    int(-1)
    [7]=>
    int(3)
    [8]=>
    array(3) {
      [6]=>
      int(5)
      [0]=>
      int(19)
      [7]=>
      int(16)
    }
    ["B"]=>
    NULL
    [9]=>
    string(1) "a"
  }
  [1]=>
  int(19)
  [0]=>
  NULL
}
#94 intersect_key
array(0) {
}
#95 slice
array(0) {
}
#96 unique
array(2) {
  [0]=>
  NULL
  [1]=>
  int(17)
}
#97 diff_assoc
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(14)
}
#98 natsort
array(0) {
}
#99 stack
array(3) {
  [0]=>
  float(-7.5)
  [1]=>
  int(19)
  [2]=>
  array(3) {
    [0]=>
    string(1) "u"
    [1]=>
    string(1) "p"
    [2]=>
    string(1) "z"
  }
}
#100 intersect
array(0) {
}
#101 natsort
array(1) {
  [0]=>
  int(3)
}
#102 usort
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(14)
  [2]=>
  float(22.75)
  [3]=>
  int(9223372036854775806)
}
#103 diff
array(7) {
  [1]=>
  array(1) {
    [0]=>
    bool(false)
  }
  [2]=>
  NULL
  [3]=>
  float(22.75)
  [4]=>
  int(9223372036854775806)
  [5]=>
  int(5)
  [0]=>
  int(1)
  [6]=>
  int(11)
}
#104 sort
array(2) {
  [0]=>
  array(5) {
    [0]=>
    float(-1.25)
    [1]=>
    bool(true)
    [2]=>
    int(0)
    [3]=>
    bool(true)
    [4]=>
    int(0)
  }
  [1]=>
  int(18)
}
#105 minmax
NULL
#106 udiff
array(4) {
  [0]=>
  int(1)
  [2]=>
  int(12)
  [3]=>
  int(1)
  [5]=>
  int(9223372036854775807)
}
#107 flip
array(2) {
  [13]=>
  int(5)
  [-1]=>
  int(6)
}
#108 merge_rec
array(3) {
  [0]=>
  int(9223372036854775806)
  [1]=>
  NULL
  [2]=>
  int(17)
}
#109 merge
array(7) {
  [0]=>
  int(2)
  ["b"]=>
  int(10)
  [1]=>
  int(12)
  [2]=>
  NULL
  [3]=>
  int(9223372036854775807)
  ["B"]=>
  NULL
  [4]=>
  int(18)
}
#110 unique
array(0) {
}
#111 fill_keys
array(2) {
  ["Array"]=>
  int(0)
  [16]=>
  int(0)
}
#112 diff_key
array(1) {
  ["b"]=>
  int(10)
}
#113 minmax
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(18)
}
#114 count_values
array(2) {
  [-2]=>
  int(1)
  [4]=>
  int(1)
}
#115 intersect
array(0) {
}
#116 column
array(0) {
}
#117 diff_assoc
array(0) {
}
#118 count_values
array(1) {
  [13]=>
  int(1)
}
#119 range
ValueError: range(): Argument #3 ($step) must not exceed the specified range
