--TEST--
Path strings: basename, dirname with levels, pathinfo, fnmatch with its flags
--FILE--
<?php
foreach (["", "/", "//", "a", "/a", "a/", "a/b", "a/b/", "/a/b/c.txt", ".", "..", "a//b//", "/usr/lib/", "c:\\x\\y",
          "a.b.c", ".hidden", "dir/.hidden", "x.", "/a/b.c/d"] as $p) {
    echo json_encode($p), ": ", json_encode(basename($p)), " ", json_encode(basename($p, ".txt")), " ",
        json_encode(dirname($p)), " ", json_encode(dirname($p, 2)), " ", json_encode(pathinfo($p)), "\n";
}
var_dump(basename("a.txt", "a.txt"), basename("/x/a.txt/", ".txt"));
var_dump(pathinfo("/a/b.c", PATHINFO_EXTENSION), pathinfo("/a/b", PATHINFO_EXTENSION), pathinfo("/a/b.c", PATHINFO_FILENAME | PATHINFO_BASENAME));
var_dump(pathinfo("a", PATHINFO_DIRNAME), pathinfo("", PATHINFO_DIRNAME), pathinfo("/x/y.tar.gz", PATHINFO_FILENAME));
var_dump(dirname("/a/b/c/d", 10), dirname("a/b/c", 3), dirname("/a/b/c/d", 2));
try {
    dirname("a", 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
foreach ([["*.txt", "a.txt", 0], ["*", "a/b", 0], ["*", "a/b", FNM_PATHNAME], ["*", ".x", 0], ["*", ".x", FNM_PERIOD],
          ["a?c", "abc", 0], ["[a-c]x", "bx", 0], ["[!a-c]x", "bx", 0], ["[^a-c]x", "dx", 0], ["\\*", "*", 0],
          ["\\*", "\\*", FNM_NOESCAPE], ["ABC", "abc", FNM_CASEFOLD], ["[[:digit:]]", "5", 0], ["a*b*c", "axxbyyc", 0],
          ["*/x", "a/x", FNM_PATHNAME], ["[]]", "]", 0], ["[a-]", "-", 0], ["a[", "a[", 0], ["*.php", "x.PHP", 0],
          ["*/.x", "a/.x", FNM_PATHNAME | FNM_PERIOD], ["a/*", "a/.x", FNM_PATHNAME | FNM_PERIOD], ["?", "/", FNM_PATHNAME],
          ["[[:alpha:]][[:upper:]]", "aB", 0], ["*a*", "", 0], ["", "", 0], ["**", "abc", 0], ["a\\", "a\\", 0]] as [$p, $s, $fl]) {
    echo "$p $s $fl: ", var_export(fnmatch($p, $s, $fl), true), "\n";
}
?>
--EXPECT--
"": "" "" "" "" {"basename":"","filename":""}
"\/": "" "" "\/" "\/" {"dirname":"\/","basename":"","filename":""}
"\/\/": "" "" "\/" "\/" {"dirname":"\/","basename":"","filename":""}
"a": "a" "a" "." "." {"dirname":".","basename":"a","filename":"a"}
"\/a": "a" "a" "\/" "\/" {"dirname":"\/","basename":"a","filename":"a"}
"a\/": "a" "a" "." "." {"dirname":".","basename":"a","filename":"a"}
"a\/b": "b" "b" "a" "." {"dirname":"a","basename":"b","filename":"b"}
"a\/b\/": "b" "b" "a" "." {"dirname":"a","basename":"b","filename":"b"}
"\/a\/b\/c.txt": "c.txt" "c" "\/a\/b" "\/a" {"dirname":"\/a\/b","basename":"c.txt","extension":"txt","filename":"c"}
".": "." "." "." "." {"dirname":".","basename":".","extension":"","filename":""}
"..": ".." ".." "." "." {"dirname":".","basename":"..","extension":"","filename":"."}
"a\/\/b\/\/": "b" "b" "a" "." {"dirname":"a","basename":"b","filename":"b"}
"\/usr\/lib\/": "lib" "lib" "\/usr" "\/" {"dirname":"\/usr","basename":"lib","filename":"lib"}
"c:\\x\\y": "c:\\x\\y" "c:\\x\\y" "." "." {"dirname":".","basename":"c:\\x\\y","filename":"c:\\x\\y"}
"a.b.c": "a.b.c" "a.b.c" "." "." {"dirname":".","basename":"a.b.c","extension":"c","filename":"a.b"}
".hidden": ".hidden" ".hidden" "." "." {"dirname":".","basename":".hidden","extension":"hidden","filename":""}
"dir\/.hidden": ".hidden" ".hidden" "dir" "." {"dirname":"dir","basename":".hidden","extension":"hidden","filename":""}
"x.": "x." "x." "." "." {"dirname":".","basename":"x.","extension":"","filename":"x"}
"\/a\/b.c\/d": "d" "d" "\/a\/b.c" "\/a" {"dirname":"\/a\/b.c","basename":"d","filename":"d"}
string(5) "a.txt"
string(1) "a"
string(1) "c"
string(0) ""
string(3) "b.c"
string(1) "."
string(0) ""
string(5) "y.tar"
string(1) "/"
string(1) "."
string(4) "/a/b"
dirname(): Argument #2 ($levels) must be greater than or equal to 1
*.txt a.txt 0: true
* a/b 0: true
* a/b 1: false
* .x 0: true
* .x 4: false
a?c abc 0: true
[a-c]x bx 0: true
[!a-c]x bx 0: false
[^a-c]x dx 0: true
\* * 0: true
\* \* 2: true
ABC abc 16: true
[[:digit:]] 5 0: true
a*b*c axxbyyc 0: true
*/x a/x 1: true
[]] ] 0: true
[a-] - 0: true
a[ a[ 0: true
*.php x.PHP 0: false
*/.x a/.x 5: true
a/* a/.x 5: false
? / 1: false
[[:alpha:]][[:upper:]] aB 0: true
*a*  0: false
  0: true
** abc 0: true
a\ a\ 0: false
