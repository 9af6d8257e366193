--TEST--
md5, sha1, crc32, hash, hash_hmac
--FILE--
<?php
var_dump(md5(""), md5("abc"), sha1("abc"), crc32("hello"), crc32(""), bin2hex(md5("x", true)), strlen(sha1("x", true)));
foreach (["md5", "sha1", "sha224", "sha256", "sha384", "sha512/224", "sha512/256", "sha512", "adler32", "crc32", "crc32b", "crc32c", "fnv132", "fnv1a32", "fnv164", "fnv1a64", "joaat", "SHA256"] as $a) echo $a, " ", hash($a, "The quick brown fox"), "\n";
var_dump(hash_hmac("sha256", "data", "key"), hash_hmac("md5", "data", str_repeat("k", 100)), bin2hex(hash("crc32b", "abc", true)));
try { hash_hmac("crc32b", "a", "b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash("nope", "x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(is_array(hash_algos()));
--EXPECT--
string(32) "d41d8cd98f00b204e9800998ecf8427e"
string(32) "900150983cd24fb0d6963f7d28e17f72"
string(40) "a9993e364706816aba3e25717850c26c9cd0d89d"
int(907060870)
int(0)
string(32) "9dd4e461268c8034f5c8564e155c67a6"
int(20)
md5 a2004f37730b9445670a738fa0fc9ee5
sha1 c519c1a06cdbeb2bc499e22137fb48683858b345
sha224 146129bd31db775c819f4c28929cc5ac7130d4bac470e97134857c1a
sha256 5cac4f980fedc3d3f1f99b4be3472c9b30d56523e632d151237ec9309048bda9
sha384 2e45933dd1a1e6a6928a732d58abeb180c225e5e7b99c64eb6f233a7b99ee4635c17f44ca544cf620cf4289deb4c08cf
sha512/224 d3f7845efd77de7aceb0e3049be18ce8e99e5607cd79a07323a19cea
sha512/256 d99dd5e1f7302ded09f1557974a2d53b3d001a2071c9ac24150a66c7c992d8f6
sha512 015e6d23e760f612cca616c54f110cb12dd54213f1e046c7607081372402eff4936b379296ed549236020afb37bd3e728a044a4243754f095498c98bc24f77e0
adler32 452e0714
crc32 4c1c7a15
crc32b b74574de
crc32c 537e5cf4
fnv132 cb423604
fnv1a32 ae4d67e2
fnv164 54b3b0bed86ce184
fnv1a64 2374316b9b449782
joaat 43cf4eff
SHA256 5cac4f980fedc3d3f1f99b4be3472c9b30d56523e632d151237ec9309048bda9
string(64) "5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0"
string(32) "38a034384b6cbf08275f34dc859e6d6b"
string(8) "352441c2"
hash_hmac(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
hash(): Argument #1 ($algo) must be a valid hashing algorithm
bool(true)
