--TEST--
date_default_timezone_set/get; local time, DST transitions and offsets in a few zones
--FILE--
<?php
var_dump(date_default_timezone_get());
var_dump(date_default_timezone_set('Nowhere/Special'), date_default_timezone_get());
var_dump(date_default_timezone_set(''));
var_dump(date_default_timezone_set('Europe/Paris'), date_default_timezone_get());
foreach ([0, 1679792399, 1679792400, 1698541199, 1698541200, 1700000000] as $ts) {
    echo $ts, " ", date('Y-m-d H:i:s T I O P Z e', $ts), "\n";
}
var_dump(mktime(2, 30, 0, 3, 26, 2023), date('c', mktime(2, 30, 0, 3, 26, 2023)));
var_dump(mktime(2, 30, 0, 10, 29, 2023), date('c', mktime(2, 30, 0, 10, 29, 2023)));
var_dump(date('c', mktime(12, 0, 0, 7, 1, 2024)));
date_default_timezone_set('America/New_York');
foreach ([0, 1678604400, 1699164000, 1720000000] as $ts) {
    echo $ts, " ", date('Y-m-d H:i:s T I P', $ts), "\n";
}
var_dump(date('c', strtotime('2020-03-08 02:30')), date('c', strtotime('2020-11-01 01:30')));
date_default_timezone_set('Asia/Kolkata');
echo date('c T Z', 0), "\n";
date_default_timezone_set('Australia/Sydney');
echo date('c T I', 1700000000), " ", date('c T I', 1720000000), "\n";
date_default_timezone_set('UTC');
echo date('c T e', 1700000000), " ", gmdate('c T e', 1700000000), "\n";
var_dump(date_default_timezone_set('europe/london'), date_default_timezone_get(), date('T', 1720000000));
--EXPECTF--
string(3) "UTC"

Notice: date_default_timezone_set(): Timezone ID 'Nowhere/Special' is invalid in %s/timezones.php on line 3
bool(false)
string(3) "UTC"

Notice: date_default_timezone_set(): Timezone ID '' is invalid in %s/timezones.php on line 4
bool(false)
bool(true)
string(12) "Europe/Paris"
0 1970-01-01 01:00:00 CET 0 +0100 +01:00 3600 Europe/Paris
1679792399 2023-03-26 01:59:59 CET 0 +0100 +01:00 3600 Europe/Paris
1679792400 2023-03-26 03:00:00 CEST 1 +0200 +02:00 7200 Europe/Paris
1698541199 2023-10-29 02:59:59 CEST 1 +0200 +02:00 7200 Europe/Paris
1698541200 2023-10-29 02:00:00 CET 0 +0100 +01:00 3600 Europe/Paris
1700000000 2023-11-14 23:13:20 CET 0 +0100 +01:00 3600 Europe/Paris
int(1679794200)
string(25) "2023-03-26T03:30:00+02:00"
int(1698543000)
string(25) "2023-10-29T02:30:00+01:00"
string(25) "2024-07-01T12:00:00+02:00"
0 1969-12-31 19:00:00 EST 0 -05:00
1678604400 2023-03-12 03:00:00 EDT 1 -04:00
1699164000 2023-11-05 01:00:00 EST 0 -05:00
1720000000 2024-07-03 05:46:40 EDT 1 -04:00
string(25) "2020-03-08T03:30:00-04:00"
string(25) "2020-11-01T01:30:00-04:00"
1970-01-01T05:30:00+05:30 IST 19800
2023-11-15T09:13:20+11:00 AEDT 1 2024-07-03T19:46:40+10:00 AEST 0
2023-11-14T22:13:20+00:00 UTC UTC 2023-11-14T22:13:20+00:00 GMT UTC
bool(true)
string(13) "europe/london"
string(3) "BST"
