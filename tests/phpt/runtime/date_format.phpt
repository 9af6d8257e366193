--TEST--
date and gmdate format characters, idate, checkdate, mktime and gmmktime normalisation
--INI--
date.timezone=UTC
--FILE--
<?php
$t = 1700000000;
echo date('d D j l N S w z W F m M n t L o Y y a A B g G h H i s u v e I O P p T Z U', $t), "\n";
echo date('c | r', $t), "\n";
echo date('\Y\-\m\-\d \\\\ Y-m-d', $t), "\n";
echo gmdate(DATE_ATOM, 0), " ", gmdate(DATE_RFC2822, -1), " ", gmdate(DATE_COOKIE, 86400 * 365), "\n";
foreach ([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31] as $d) { echo date('jS ', gmmktime(0, 0, 0, 1, $d, 2021)); }
echo "\n";
foreach (['2020-12-31', '2021-01-03', '2021-01-04', '2026-12-31', '2027-01-01'] as $day) {
    $ts = strtotime($day);
    echo $day, " W=", date('W', $ts), " o=", date('o', $ts), " N=", date('N', $ts), " z=", date('z', $ts), "\n";
}
echo date('Y y x X', gmmktime(0, 0, 0, 1, 1, 12345)), " ", date('Y x X', gmmktime(0, 0, 0, 6, 1, -44)), " ", date('Y x X', 0), "\n";
echo date('g G h H a A', gmmktime(0, 5)), " ", date('g G h H a A', gmmktime(12, 5)), " ", date('g h', gmmktime(23)), "\n";
var_dump(idate('Y', $t), idate('z', $t), idate('t', $t), idate('U', $t), idate('B', $t));
var_dump(idate("Yz", $t));
var_dump(idate("Q", $t));
var_dump(checkdate(2, 29, 2000), checkdate(2, 29, 1900), checkdate(2, 29, 2024), checkdate(4, 31, 2020));
var_dump(checkdate(13, 1, 2020), checkdate(0, 1, 2020), checkdate(1, 0, 2020), checkdate(1, 1, 0), checkdate(12, 31, 32767), checkdate(1, 1, 32768));
var_dump(mktime(0, 0, 0, 1, 1, 2000), gmmktime(0, 0, 0, 1, 1, 1970), gmmktime(12, 30, 45, 6, 15, 2023));
var_dump(gmmktime(25, 70, 70, 14, 35, 1999), gmmktime(0, 0, 0, 3, 0, 2024), gmmktime(0, 0, 0, 0, 1, 2024), gmmktime(-1, 0, 0, 1, 1, 2000));
var_dump(gmmktime(0, 0, 0, 1, 1, 0), gmmktime(0, 0, 0, 1, 1, 69), gmmktime(0, 0, 0, 1, 1, 70), gmmktime(0, 0, 0, 1, 1, 100), gmmktime(0, 0, 0, 1, 1, 101));
try { mktime(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
echo date('Y-m-d H:i:s', PHP_INT_MAX), "\n";
--EXPECTF--
14 Tue 14 Tuesday 2 th 2 317 46 November 11 Nov 11 30 0 2023 2023 23 pm PM 967 10 22 10 22 13 20 000000 000 UTC 0 +0000 +00:00 Z UTC 0 1700000000
2023-11-14T22:13:20+00:00 | Tue, 14 Nov 2023 22:13:20 +0000
Y-m-d \ 2023-11-14
1970-01-01T00:00:00+00:00 Wed, 31 Dec 1969 23:59:59 +0000 Friday, 01-Jan-1971 00:00:00 GMT
1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 31st 
2020-12-31 W=53 o=2020 N=4 z=365
2021-01-03 W=53 o=2020 N=7 z=2
2021-01-04 W=01 o=2021 N=1 z=3
2026-12-31 W=53 o=2026 N=4 z=364
2027-01-01 W=53 o=2026 N=5 z=0
12345 45 +12345 +12345 -0044 -0044 -0044 1970 1970 +1970
12 0 12 00 am AM 12 12 12 12 pm PM 11 11
int(2023)
int(317)
int(30)
int(1700000000)
int(967)

Warning: idate(): idate format is one char in %s/date_format.php on line 16
bool(false)

Warning: idate(): Unrecognized date format token in %s/date_format.php on line 17
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
int(946684800)
int(0)
int(1686832245)
int(952395070)
int(1709164800)
int(1701388800)
int(946681200)
int(946684800)
int(3124224000)
int(0)
int(946684800)
int(-58979923200)
mktime() expects at least 1 argument, 0 given
292277026596-12-04 15:30:07
