--TEST--
Argument type errors, null deprecations, counts and named arguments across string functions
--FILE--
<?php
$fns = ["strlen", "strtolower", "ucfirst", "trim", "md5", "bin2hex", "base64_encode", "urlencode", "htmlspecialchars", "nl2br", "strrev", "str_split", "soundex", "ord", "crc32", "addslashes", "quotemeta", "strip_tags", "lcfirst", "ucwords", "sha1", "str_word_count", "count_chars", "metaphone", "stripslashes", "hex2bin", "str_rot13", "chr"];
class T { function __toString(): string { return "tostr"; } }
foreach ($fns as $f) {
    foreach ([null, [], new stdClass, 1.5, true, new T] as $arg) {
        try { $r = $f($arg); echo "$f: ", gettype($r), "\n"; } catch (Throwable $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
    }
}
foreach (["strpos", "str_repeat", "explode", "str_pad", "substr", "strcmp", "str_contains", "levenshtein", "similar_text", "strspn", "wordwrap", "chunk_split", "number_format", "sprintf", "implode", "preg_match", "preg_split", "preg_quote", "str_getcsv", "strtr"] as $f) {
    foreach ([["a", null], ["abc", []], ["abc", "1x"], [null, 2], ["abc", 1.5], ["abc", "2"]] as $args) {
        try { $r = $f(...$args); echo "$f: ", gettype($r), "\n"; } catch (Throwable $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
    }
}
try { strlen(); } catch (Throwable $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
try { strlen("a", "b"); } catch (Throwable $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
try { str_replace("a"); } catch (Throwable $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
try { echo str_pad(string: "x", length: 3, pad_type: STR_PAD_LEFT, pad_string: "-"), "\n"; } catch (Throwable $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
try { echo explode(string: "a,b", separator: ",")[1], "\n"; } catch (Throwable $e) { echo $e::class, ": ", $e->getMessage(), "\n"; }
--EXPECTF--
Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
strlen: integer
TypeError: strlen(): Argument #1 ($string) must be of type string, array given
TypeError: strlen(): Argument #1 ($string) must be of type string, stdClass given
strlen: integer
strlen: integer
strlen: integer

Deprecated: strtolower(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
strtolower: string
TypeError: strtolower(): Argument #1 ($string) must be of type string, array given
TypeError: strtolower(): Argument #1 ($string) must be of type string, stdClass given
strtolower: string
strtolower: string
strtolower: string

Deprecated: ucfirst(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
ucfirst: string
TypeError: ucfirst(): Argument #1 ($string) must be of type string, array given
TypeError: ucfirst(): Argument #1 ($string) must be of type string, stdClass given
ucfirst: string
ucfirst: string
ucfirst: string

Deprecated: trim(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
trim: string
TypeError: trim(): Argument #1 ($string) must be of type string, array given
TypeError: trim(): Argument #1 ($string) must be of type string, stdClass given
trim: string
trim: string
trim: string

Deprecated: md5(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
md5: string
TypeError: md5(): Argument #1 ($string) must be of type string, array given
TypeError: md5(): Argument #1 ($string) must be of type string, stdClass given
md5: string
md5: string
md5: string

Deprecated: bin2hex(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
bin2hex: string
TypeError: bin2hex(): Argument #1 ($string) must be of type string, array given
TypeError: bin2hex(): Argument #1 ($string) must be of type string, stdClass given
bin2hex: string
bin2hex: string
bin2hex: string

Deprecated: base64_encode(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
base64_encode: string
TypeError: base64_encode(): Argument #1 ($string) must be of type string, array given
TypeError: base64_encode(): Argument #1 ($string) must be of type string, stdClass given
base64_encode: string
base64_encode: string
base64_encode: string

Deprecated: urlencode(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
urlencode: string
TypeError: urlencode(): Argument #1 ($string) must be of type string, array given
TypeError: urlencode(): Argument #1 ($string) must be of type string, stdClass given
urlencode: string
urlencode: string
urlencode: string

Deprecated: htmlspecialchars(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
htmlspecialchars: string
TypeError: htmlspecialchars(): Argument #1 ($string) must be of type string, array given
TypeError: htmlspecialchars(): Argument #1 ($string) must be of type string, stdClass given
htmlspecialchars: string
htmlspecialchars: string
htmlspecialchars: string

Deprecated: nl2br(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
nl2br: string
TypeError: nl2br(): Argument #1 ($string) must be of type string, array given
TypeError: nl2br(): Argument #1 ($string) must be of type string, stdClass given
nl2br: string
nl2br: string
nl2br: string

Deprecated: strrev(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
strrev: string
TypeError: strrev(): Argument #1 ($string) must be of type string, array given
TypeError: strrev(): Argument #1 ($string) must be of type string, stdClass given
strrev: string
strrev: string
strrev: string

Deprecated: str_split(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
str_split: array
TypeError: str_split(): Argument #1 ($string) must be of type string, array given
TypeError: str_split(): Argument #1 ($string) must be of type string, stdClass given
str_split: array
str_split: array
str_split: array

Deprecated: soundex(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
soundex: string
TypeError: soundex(): Argument #1 ($string) must be of type string, array given
TypeError: soundex(): Argument #1 ($string) must be of type string, stdClass given
soundex: string
soundex: string
soundex: string

Deprecated: ord(): Passing null to parameter #1 ($character) of type string is deprecated in %s/argument_errors.php on line 6
ord: integer
TypeError: ord(): Argument #1 ($character) must be of type string, array given
TypeError: ord(): Argument #1 ($character) must be of type string, stdClass given
ord: integer
ord: integer
ord: integer

Deprecated: crc32(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
crc32: integer
TypeError: crc32(): Argument #1 ($string) must be of type string, array given
TypeError: crc32(): Argument #1 ($string) must be of type string, stdClass given
crc32: integer
crc32: integer
crc32: integer

Deprecated: addslashes(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
addslashes: string
TypeError: addslashes(): Argument #1 ($string) must be of type string, array given
TypeError: addslashes(): Argument #1 ($string) must be of type string, stdClass given
addslashes: string
addslashes: string
addslashes: string

Deprecated: quotemeta(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
quotemeta: string
TypeError: quotemeta(): Argument #1 ($string) must be of type string, array given
TypeError: quotemeta(): Argument #1 ($string) must be of type string, stdClass given
quotemeta: string
quotemeta: string
quotemeta: string

Deprecated: strip_tags(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
strip_tags: string
TypeError: strip_tags(): Argument #1 ($string) must be of type string, array given
TypeError: strip_tags(): Argument #1 ($string) must be of type string, stdClass given
strip_tags: string
strip_tags: string
strip_tags: string

Deprecated: lcfirst(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
lcfirst: string
TypeError: lcfirst(): Argument #1 ($string) must be of type string, array given
TypeError: lcfirst(): Argument #1 ($string) must be of type string, stdClass given
lcfirst: string
lcfirst: string
lcfirst: string

Deprecated: ucwords(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
ucwords: string
TypeError: ucwords(): Argument #1 ($string) must be of type string, array given
TypeError: ucwords(): Argument #1 ($string) must be of type string, stdClass given
ucwords: string
ucwords: string
ucwords: string

Deprecated: sha1(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
sha1: string
TypeError: sha1(): Argument #1 ($string) must be of type string, array given
TypeError: sha1(): Argument #1 ($string) must be of type string, stdClass given
sha1: string
sha1: string
sha1: string

Deprecated: str_word_count(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
str_word_count: integer
TypeError: str_word_count(): Argument #1 ($string) must be of type string, array given
TypeError: str_word_count(): Argument #1 ($string) must be of type string, stdClass given
str_word_count: integer
str_word_count: integer
str_word_count: integer

Deprecated: count_chars(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
count_chars: array
TypeError: count_chars(): Argument #1 ($string) must be of type string, array given
TypeError: count_chars(): Argument #1 ($string) must be of type string, stdClass given
count_chars: array
count_chars: array
count_chars: array

Deprecated: metaphone(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
metaphone: string
TypeError: metaphone(): Argument #1 ($string) must be of type string, array given
TypeError: metaphone(): Argument #1 ($string) must be of type string, stdClass given
metaphone: string
metaphone: string
metaphone: string

Deprecated: stripslashes(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
stripslashes: string
TypeError: stripslashes(): Argument #1 ($string) must be of type string, array given
TypeError: stripslashes(): Argument #1 ($string) must be of type string, stdClass given
stripslashes: string
stripslashes: string
stripslashes: string

Deprecated: hex2bin(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
hex2bin: string
TypeError: hex2bin(): Argument #1 ($string) must be of type string, array given
TypeError: hex2bin(): Argument #1 ($string) must be of type string, stdClass given

Warning: hex2bin(): Hexadecimal input string must have an even length in %s/argument_errors.php on line 6
hex2bin: boolean

Warning: hex2bin(): Hexadecimal input string must have an even length in %s/argument_errors.php on line 6
hex2bin: boolean

Warning: hex2bin(): Hexadecimal input string must have an even length in %s/argument_errors.php on line 6
hex2bin: boolean

Deprecated: str_rot13(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 6
str_rot13: string
TypeError: str_rot13(): Argument #1 ($string) must be of type string, array given
TypeError: str_rot13(): Argument #1 ($string) must be of type string, stdClass given
str_rot13: string
str_rot13: string
str_rot13: string

Deprecated: chr(): Passing null to parameter #1 ($codepoint) of type int is deprecated in %s/argument_errors.php on line 6
chr: string
TypeError: chr(): Argument #1 ($codepoint) must be of type int, array given
TypeError: chr(): Argument #1 ($codepoint) must be of type int, stdClass given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/argument_errors.php on line 6
chr: string
chr: string
TypeError: chr(): Argument #1 ($codepoint) must be of type int, T given

Deprecated: strpos(): Passing null to parameter #2 ($needle) of type string is deprecated in %s/argument_errors.php on line 11
strpos: integer
TypeError: strpos(): Argument #2 ($needle) must be of type string, array given
strpos: boolean

Deprecated: strpos(): Passing null to parameter #1 ($haystack) of type string is deprecated in %s/argument_errors.php on line 11
strpos: boolean
strpos: boolean
strpos: boolean

Deprecated: str_repeat(): Passing null to parameter #2 ($times) of type int is deprecated in %s/argument_errors.php on line 11
str_repeat: string
TypeError: str_repeat(): Argument #2 ($times) must be of type int, array given
TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given

Deprecated: str_repeat(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 11
str_repeat: string

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/argument_errors.php on line 11
str_repeat: string
str_repeat: string

Deprecated: explode(): Passing null to parameter #2 ($string) of type string is deprecated in %s/argument_errors.php on line 11
explode: array
TypeError: explode(): Argument #2 ($string) must be of type string, array given
explode: array

Deprecated: explode(): Passing null to parameter #1 ($separator) of type string is deprecated in %s/argument_errors.php on line 11
ValueError: explode(): Argument #1 ($separator) cannot be empty
explode: array
explode: array

Deprecated: str_pad(): Passing null to parameter #2 ($length) of type int is deprecated in %s/argument_errors.php on line 11
str_pad: string
TypeError: str_pad(): Argument #2 ($length) must be of type int, array given
TypeError: str_pad(): Argument #2 ($length) must be of type int, string given

Deprecated: str_pad(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 11
str_pad: string

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/argument_errors.php on line 11
str_pad: string
str_pad: string

Deprecated: substr(): Passing null to parameter #2 ($offset) of type int is deprecated in %s/argument_errors.php on line 11
substr: string
TypeError: substr(): Argument #2 ($offset) must be of type int, array given
TypeError: substr(): Argument #2 ($offset) must be of type int, string given

Deprecated: substr(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 11
substr: string

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/argument_errors.php on line 11
substr: string
substr: string

Deprecated: strcmp(): Passing null to parameter #2 ($string2) of type string is deprecated in %s/argument_errors.php on line 11
strcmp: integer
TypeError: strcmp(): Argument #2 ($string2) must be of type string, array given
strcmp: integer

Deprecated: strcmp(): Passing null to parameter #1 ($string1) of type string is deprecated in %s/argument_errors.php on line 11
strcmp: integer
strcmp: integer
strcmp: integer

Deprecated: str_contains(): Passing null to parameter #2 ($needle) of type string is deprecated in %s/argument_errors.php on line 11
str_contains: boolean
TypeError: str_contains(): Argument #2 ($needle) must be of type string, array given
str_contains: boolean

Deprecated: str_contains(): Passing null to parameter #1 ($haystack) of type string is deprecated in %s/argument_errors.php on line 11
str_contains: boolean
str_contains: boolean
str_contains: boolean

Deprecated: levenshtein(): Passing null to parameter #2 ($string2) of type string is deprecated in %s/argument_errors.php on line 11
levenshtein: integer
TypeError: levenshtein(): Argument #2 ($string2) must be of type string, array given
levenshtein: integer

Deprecated: levenshtein(): Passing null to parameter #1 ($string1) of type string is deprecated in %s/argument_errors.php on line 11
levenshtein: integer
levenshtein: integer
levenshtein: integer

Deprecated: similar_text(): Passing null to parameter #2 ($string2) of type string is deprecated in %s/argument_errors.php on line 11
similar_text: integer
TypeError: similar_text(): Argument #2 ($string2) must be of type string, array given
similar_text: integer

Deprecated: similar_text(): Passing null to parameter #1 ($string1) of type string is deprecated in %s/argument_errors.php on line 11
similar_text: integer
similar_text: integer
similar_text: integer

Deprecated: strspn(): Passing null to parameter #2 ($characters) of type string is deprecated in %s/argument_errors.php on line 11
strspn: integer
TypeError: strspn(): Argument #2 ($characters) must be of type string, array given
strspn: integer

Deprecated: strspn(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 11
strspn: integer
strspn: integer
strspn: integer

Deprecated: wordwrap(): Passing null to parameter #2 ($width) of type int is deprecated in %s/argument_errors.php on line 11
wordwrap: string
TypeError: wordwrap(): Argument #2 ($width) must be of type int, array given
TypeError: wordwrap(): Argument #2 ($width) must be of type int, string given

Deprecated: wordwrap(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 11
wordwrap: string

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/argument_errors.php on line 11
wordwrap: string
wordwrap: string

Deprecated: chunk_split(): Passing null to parameter #2 ($length) of type int is deprecated in %s/argument_errors.php on line 11
ValueError: chunk_split(): Argument #2 ($length) must be greater than 0
TypeError: chunk_split(): Argument #2 ($length) must be of type int, array given
TypeError: chunk_split(): Argument #2 ($length) must be of type int, string given

Deprecated: chunk_split(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 11
chunk_split: string

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/argument_errors.php on line 11
chunk_split: string
chunk_split: string
TypeError: number_format(): Argument #1 ($num) must be of type float, string given
TypeError: number_format(): Argument #1 ($num) must be of type float, string given
TypeError: number_format(): Argument #1 ($num) must be of type float, string given

Deprecated: number_format(): Passing null to parameter #1 ($num) of type float is deprecated in %s/argument_errors.php on line 11
number_format: string
TypeError: number_format(): Argument #1 ($num) must be of type float, string given
TypeError: number_format(): Argument #1 ($num) must be of type float, string given
sprintf: string
sprintf: string
sprintf: string

Deprecated: sprintf(): Passing null to parameter #1 ($format) of type string is deprecated in %s/argument_errors.php on line 11
sprintf: string
sprintf: string
sprintf: string
TypeError: implode(): Argument #1 ($array) must be of type array, string given
implode: string
TypeError: implode(): Argument #2 ($array) must be of type ?array, string given

Deprecated: implode(): Passing null to parameter #1 ($separator) of type array|string is deprecated in %s/argument_errors.php on line 11
TypeError: implode(): Argument #2 ($array) must be of type ?array, int given
TypeError: implode(): Argument #2 ($array) must be of type ?array, float given
TypeError: implode(): Argument #2 ($array) must be of type ?array, string given

Deprecated: preg_match(): Passing null to parameter #2 ($subject) of type string is deprecated in %s/argument_errors.php on line 11

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s/argument_errors.php on line 11
preg_match: boolean
TypeError: preg_match(): Argument #2 ($subject) must be of type string, array given

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s/argument_errors.php on line 11
preg_match: boolean

Deprecated: preg_match(): Passing null to parameter #1 ($pattern) of type string is deprecated in %s/argument_errors.php on line 11

Warning: preg_match(): Empty regular expression in %s/argument_errors.php on line 11
preg_match: boolean

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s/argument_errors.php on line 11
preg_match: boolean

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s/argument_errors.php on line 11
preg_match: boolean

Deprecated: preg_split(): Passing null to parameter #2 ($subject) of type string is deprecated in %s/argument_errors.php on line 11

Warning: preg_split(): Delimiter must not be alphanumeric, backslash, or NUL in %s/argument_errors.php on line 11
preg_split: boolean
TypeError: preg_split(): Argument #2 ($subject) must be of type string, array given

Warning: preg_split(): Delimiter must not be alphanumeric, backslash, or NUL in %s/argument_errors.php on line 11
preg_split: boolean

Deprecated: preg_split(): Passing null to parameter #1 ($pattern) of type string is deprecated in %s/argument_errors.php on line 11

Warning: preg_split(): Empty regular expression in %s/argument_errors.php on line 11
preg_split: boolean

Warning: preg_split(): Delimiter must not be alphanumeric, backslash, or NUL in %s/argument_errors.php on line 11
preg_split: boolean

Warning: preg_split(): Delimiter must not be alphanumeric, backslash, or NUL in %s/argument_errors.php on line 11
preg_split: boolean
preg_quote: string
TypeError: preg_quote(): Argument #2 ($delimiter) must be of type ?string, array given
preg_quote: string

Deprecated: preg_quote(): Passing null to parameter #1 ($str) of type string is deprecated in %s/argument_errors.php on line 11
preg_quote: string
preg_quote: string
preg_quote: string

Deprecated: str_getcsv(): Passing null to parameter #2 ($separator) of type string is deprecated in %s/argument_errors.php on line 11
str_getcsv: array
TypeError: str_getcsv(): Argument #2 ($separator) must be of type string, array given
str_getcsv: array

Deprecated: str_getcsv(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 11
str_getcsv: array
str_getcsv: array
str_getcsv: array

Deprecated: strtr(): Passing null to parameter #2 ($from) of type array|string is deprecated in %s/argument_errors.php on line 11
TypeError: strtr(): Argument #2 ($from) must be of type array, string given
strtr: string
TypeError: strtr(): Argument #2 ($from) must be of type array, string given

Deprecated: strtr(): Passing null to parameter #1 ($string) of type string is deprecated in %s/argument_errors.php on line 11
TypeError: strtr(): Argument #2 ($from) must be of type array, string given
TypeError: strtr(): Argument #2 ($from) must be of type array, string given
TypeError: strtr(): Argument #2 ($from) must be of type array, string given
ArgumentCountError: strlen() expects exactly 1 argument, 0 given
ArgumentCountError: strlen() expects exactly 1 argument, 2 given
ArgumentCountError: str_replace() expects at least 3 arguments, 1 given
--x
b
