--TEST--
strtotime: absolute dates and times, relative expressions, weekdays, zones, failures
--INI--
date.timezone=UTC
--FILE--
<?php
$base = 1700000000; // Tue 2023-11-14 22:13:20 UTC
$cases = [
    'now', 'today', 'midnight', 'noon', 'tomorrow', 'yesterday', 'yesterday noon', 'noon tomorrow',
    '2020-01-01', '2020-1-5', '2020-01-01 10:20', '2020-01-01 10:20:30', '2020-01-01T10:20:30Z',
    '2020-01-01T10:20:30+02:00', '2020-01-01 10:20:30 UTC', '2021-06-15 14:00:00 -0530', '2021-06-15 14:00 GMT',
    '2020/01/02', '01/02/2020', '1/2', '02-01-2020', '02.01.2020', '20200102', '2020-01-02 00:00:00.5',
    '@123456', '@-5', '@0',
    '+1 day', '-2 weeks', '+1 week 2 days', '+1 month', '-1 year', '+1 year 2 months 3 days 4 hours',
    '1 hour ago', '2 days ago', '3 weeks ago', '+10 minutes', '-1 sec', '+1 fortnight',
    'next monday', 'last friday', 'monday', 'tuesday', 'this friday', 'next tuesday', 'last tuesday', 'saturday this week',
    'Monday next week', 'next month', 'last year', 'next year', 'previous day',
    'first day of next month', 'last day of next month', 'first day of this month', 'last day of february 2024',
    'first monday of january 2024', 'last friday of next month',
    '10 September 2000', 'Sep 10, 2000', '10 Sep 2000', 'September 10 2000', '1 January', 'Jan 2020', 'December 25',
    '10:30', '10:30:15', '3pm', '3:30pm', '12am', '12pm', '11:59 PM', 'tomorrow 10:00', 'today +3 hours', 'midnight +1 day',
    '2020-02-30', '2019-02-29', '1970-01-01 00:00:00',
    '', 'garbage', '2020-13-45', '25:00', 'last day of month', '+1 lightyear', '2020-01-01 10:61',
];
foreach ($cases as $c) {
    $r = strtotime($c, $base);
    echo str_pad(var_export($c, true), 36), $r === false ? 'false' : $r . ' ' . gmdate('D Y-m-d H:i:s', $r), "\n";
}
var_dump(is_int(strtotime('now')), strtotime('now') >= time() - 1);
date_default_timezone_set('Europe/Paris');
foreach (['2023-07-01', 'today', '2023-03-26 02:30', 'tomorrow', '2023-01-01 12:00 UTC'] as $c) {
    $r = strtotime($c, $base);
    echo str_pad($c, 24), $r, ' ', date('Y-m-d H:i:s T', $r), "\n";
}
--EXPECT--
'now'                               1700000000 Tue 2023-11-14 22:13:20
'today'                             1699920000 Tue 2023-11-14 00:00:00
'midnight'                          1699920000 Tue 2023-11-14 00:00:00
'noon'                              1699963200 Tue 2023-11-14 12:00:00
'tomorrow'                          1700006400 Wed 2023-11-15 00:00:00
'yesterday'                         1699833600 Mon 2023-11-13 00:00:00
'yesterday noon'                    1699876800 Mon 2023-11-13 12:00:00
'noon tomorrow'                     1700006400 Wed 2023-11-15 00:00:00
'2020-01-01'                        1577836800 Wed 2020-01-01 00:00:00
'2020-1-5'                          1578182400 Sun 2020-01-05 00:00:00
'2020-01-01 10:20'                  1577874000 Wed 2020-01-01 10:20:00
'2020-01-01 10:20:30'               1577874030 Wed 2020-01-01 10:20:30
'2020-01-01T10:20:30Z'              1577874030 Wed 2020-01-01 10:20:30
'2020-01-01T10:20:30+02:00'         1577866830 Wed 2020-01-01 08:20:30
'2020-01-01 10:20:30 UTC'           1577874030 Wed 2020-01-01 10:20:30
'2021-06-15 14:00:00 -0530'         1623785400 Tue 2021-06-15 19:30:00
'2021-06-15 14:00 GMT'              1623765600 Tue 2021-06-15 14:00:00
'2020/01/02'                        1577923200 Thu 2020-01-02 00:00:00
'01/02/2020'                        1577923200 Thu 2020-01-02 00:00:00
'1/2'                               1672617600 Mon 2023-01-02 00:00:00
'02-01-2020'                        1577923200 Thu 2020-01-02 00:00:00
'02.01.2020'                        1577923200 Thu 2020-01-02 00:00:00
'20200102'                          1577923200 Thu 2020-01-02 00:00:00
'2020-01-02 00:00:00.5'             1577923200 Thu 2020-01-02 00:00:00
'@123456'                           123456 Fri 1970-01-02 10:17:36
'@-5'                               -5 Wed 1969-12-31 23:59:55
'@0'                                0 Thu 1970-01-01 00:00:00
'+1 day'                            1700086400 Wed 2023-11-15 22:13:20
'-2 weeks'                          1698790400 Tue 2023-10-31 22:13:20
'+1 week 2 days'                    1700777600 Thu 2023-11-23 22:13:20
'+1 month'                          1702592000 Thu 2023-12-14 22:13:20
'-1 year'                           1668464000 Mon 2022-11-14 22:13:20
'+1 year 2 months 3 days 4 hours'   1737166400 Sat 2025-01-18 02:13:20
'1 hour ago'                        1699996400 Tue 2023-11-14 21:13:20
'2 days ago'                        1699827200 Sun 2023-11-12 22:13:20
'3 weeks ago'                       1698185600 Tue 2023-10-24 22:13:20
'+10 minutes'                       1700000600 Tue 2023-11-14 22:23:20
'-1 sec'                            1699999999 Tue 2023-11-14 22:13:19
'+1 fortnight'                      1701209600 Tue 2023-11-28 22:13:20
'next monday'                       1700438400 Mon 2023-11-20 00:00:00
'last friday'                       1699574400 Fri 2023-11-10 00:00:00
'monday'                            1700438400 Mon 2023-11-20 00:00:00
'tuesday'                           1699920000 Tue 2023-11-14 00:00:00
'this friday'                       1700179200 Fri 2023-11-17 00:00:00
'next tuesday'                      1700524800 Tue 2023-11-21 00:00:00
'last tuesday'                      1699315200 Tue 2023-11-07 00:00:00
'saturday this week'                1700265600 Sat 2023-11-18 00:00:00
'Monday next week'                  1700438400 Mon 2023-11-20 00:00:00
'next month'                        1702592000 Thu 2023-12-14 22:13:20
'last year'                         1668464000 Mon 2022-11-14 22:13:20
'next year'                         1731622400 Thu 2024-11-14 22:13:20
'previous day'                      1699913600 Mon 2023-11-13 22:13:20
'first day of next month'           1701468800 Fri 2023-12-01 22:13:20
'last day of next month'            1704060800 Sun 2023-12-31 22:13:20
'first day of this month'           1698876800 Wed 2023-11-01 22:13:20
'last day of february 2024'         1709164800 Thu 2024-02-29 00:00:00
'first monday of january 2024'      1704067200 Mon 2024-01-01 00:00:00
'last friday of next month'         1703808000 Fri 2023-12-29 00:00:00
'10 September 2000'                 968544000 Sun 2000-09-10 00:00:00
'Sep 10, 2000'                      968544000 Sun 2000-09-10 00:00:00
'10 Sep 2000'                       968544000 Sun 2000-09-10 00:00:00
'September 10 2000'                 968544000 Sun 2000-09-10 00:00:00
'1 January'                         1672531200 Sun 2023-01-01 00:00:00
'Jan 2020'                          1577836800 Wed 2020-01-01 00:00:00
'December 25'                       1703462400 Mon 2023-12-25 00:00:00
'10:30'                             1699957800 Tue 2023-11-14 10:30:00
'10:30:15'                          1699957815 Tue 2023-11-14 10:30:15
'3pm'                               1699974000 Tue 2023-11-14 15:00:00
'3:30pm'                            1699975800 Tue 2023-11-14 15:30:00
'12am'                              1699920000 Tue 2023-11-14 00:00:00
'12pm'                              1699963200 Tue 2023-11-14 12:00:00
'11:59 PM'                          1700006340 Tue 2023-11-14 23:59:00
'tomorrow 10:00'                    1700042400 Wed 2023-11-15 10:00:00
'today +3 hours'                    1699930800 Tue 2023-11-14 03:00:00
'midnight +1 day'                   1700006400 Wed 2023-11-15 00:00:00
'2020-02-30'                        1583020800 Sun 2020-03-01 00:00:00
'2019-02-29'                        1551398400 Fri 2019-03-01 00:00:00
'1970-01-01 00:00:00'               0 Thu 1970-01-01 00:00:00
''                                  false
'garbage'                           false
'2020-13-45'                        false
'25:00'                             false
'last day of month'                 false
'+1 lightyear'                      false
'2020-01-01 10:61'                  false
bool(true)
bool(true)
2023-07-01              1688162400 2023-07-01 00:00:00 CEST
today                   1699916400 2023-11-14 00:00:00 CET
2023-03-26 02:30        1679794200 2023-03-26 03:30:00 CEST
tomorrow                1700002800 2023-11-15 00:00:00 CET
2023-01-01 12:00 UTC    1672574400 2023-01-01 13:00:00 CET
