<?php
// Generates the oracle tables under src/numeric/testdata/ by running real
// PHP 8.2 on pseudo-random inputs (fixed seed, so the output is stable).
// The cargo tests read these tables; they never run PHP themselves.
//
//     php -n scripts/numeric_oracle.php src/numeric/testdata [ROWS [SEED]]
//
// (A larger ROWS or another SEED makes a deeper one-off check; commit only
// the default tables.)
//
// Every line is tab-separated. Floats are written as the hex of their IEEE
// bits (big-endian), byte strings as hex, so no escaping is needed.

if (PHP_MAJOR_VERSION != 8 || PHP_MINOR_VERSION != 2) {
    fwrite(STDERR, "run this with PHP 8.2, not " . PHP_VERSION . "\n");
    exit(1);
}
$dir = $argv[1] ?? 'src/numeric/testdata';
define('ROWS', (int)($argv[2] ?? 800));
mt_srand((int)($argv[3] ?? 20240601));

function bits(float $f): string { return bin2hex(pack('E', $f)); }

/** A float drawn from the kinds that stress formatting and rounding. */
function random_float(): float {
    switch (mt_rand(0, 8)) {
        case 0: // any finite bit pattern
            do {
                $f = unpack('E', pack('NN', mt_rand(0, 0xFFFFFFFF), mt_rand(0, 0xFFFFFFFF)))[1];
            } while (!is_finite($f));
            return $f;
        case 1: // short decimals such as 1.955 or 5.045
            return mt_rand(-99999, 99999) / 10 ** mt_rand(0, 5);
        case 2: // ties: k + 0.5 and k.x5
            return (mt_rand(-2000, 2000) + 0.5) / 10 ** mt_rand(0, 3);
        case 3: // around powers of ten, where layouts switch
            $p = mt_rand(-8, 22);
            return 10 ** $p * [1, 1, 0.999999999999, 1.0000000000001, 9.5, 1.5][mt_rand(0, 5)];
        case 4: // huge and tiny magnitudes, subnormals included
            return mt_rand(1, 9999) * 10 ** mt_rand(-330, 300) * (mt_rand(0, 1) ? 1 : -1);
        case 5: // integers near the edges of exact doubles and of int64
            return (float)mt_rand(0, PHP_INT_MAX) * [1, 2 ** 10, 1 / 3][mt_rand(0, 2)];
        case 6: // sums that are not what they look like
            return mt_rand(1, 9) / 10 + mt_rand(1, 9) / 10;
        case 7: // integers that are cut exactly halfway at some precision
            return (float)(mt_rand(1, 10 ** mt_rand(1, 14)) * 10 + 5) * (mt_rand(0, 1) ? 1 : -1);
        default:
            return mt_rand() / mt_getrandmax() * 10 ** mt_rand(-6, 18);
    }
}

/** A string drawn from the shapes numeric-string parsing distinguishes. */
function random_numeric_string(): string {
    $ws = ["", "", "", " ", "\t", "\n", "\r", "\v", "\f", "  "];
    $sign = ["", "", "-", "+"][mt_rand(0, 3)] . ['', '', '', '', '0x', '0b', '0'][mt_rand(0, 6)];
    $digits = fn(int $max) => substr(str_repeat('0', mt_rand(0, 2)) . mt_rand(0, PHP_INT_MAX) . mt_rand(0, 999999), 0, mt_rand(0, $max));
    switch (mt_rand(0, 5)) {
        case 0:
            $body = $digits(25);
            break;
        case 1:
            $body = $digits(12) . '.' . $digits(12);
            break;
        case 2:
            $body = $digits(6) . ['e', 'E'][mt_rand(0, 1)] . ['', '-', '+'][mt_rand(0, 2)] . $digits(4);
            break;
        case 3:
            $body = ['9223372036854775807', '9223372036854775808', '9223372036854775806',
                '18446744073709551616', '1e308', '1e309', '0x1A', '0b11', '.', 'e5', '1e',
                'INF', 'NAN', ' ', '', '1_000', '00', '.5', '5.'][mt_rand(0, 18)];
            break;
        case 4:
            $body = $digits(8) . ['abc', ' x', '.5.5', 'e+', '-', "\0", 'E5e', ' 1'][mt_rand(0, 7)];
            break;
        default:
            $body = sprintf('%.' . mt_rand(0, 20) . 'g', random_float());
    }
    return $ws[mt_rand(0, 9)] . $sign . $body . $ws[mt_rand(0, 9)];
}

$out = fopen("$dir/floats.tsv", 'w');
fwrite($out, "# bits\techo@14\techo@17\techo@5\tvar_dump\tvar_export\tjson\n");
foreach (range(1, ROWS) as $_) {
    $f = random_float();
    $at = function (int $precision) use ($f) { ini_set('precision', $precision); $s = (string)$f; ini_restore('precision'); return $s; };
    ob_start(); var_dump($f); $dump = substr(trim(ob_get_clean()), 6, -1);
    fwrite($out, implode("\t", [bits($f), $at(14), $at(17), $at(5), $dump, var_export($f, true), json_encode($f)]) . "\n");
}

$out = fopen("$dir/printf.tsv", 'w');
fwrite($out, "# format\tfloat bits\toutput\n");
foreach (range(1, ROWS) as $_) {
    $flags = ['', '', '-', '+', '0', ' ', "'*", '+0', '-0'][mt_rand(0, 8)];
    $width = mt_rand(0, 3) ? '' : (string)mt_rand(1, 30);
    $precision = mt_rand(0, 4) ? '.' . mt_rand(0, 20) : '';
    $format = '%' . $flags . $width . $precision . 'eEfFgGhH'[mt_rand(0, 7)];
    $f = mt_rand(0, 20) ? random_float() : [INF, -INF, NAN, -0.0, 0.0][mt_rand(0, 4)];
    fwrite($out, $format . "\t" . bits($f) . "\t" . sprintf($format, $f) . "\n");
}

$out = fopen("$dir/printf_int_string.tsv", 'w');
fwrite($out, "# format\targument: i:INT or s:HEX\toutput(hex)\n");
foreach (range(1, ROWS) as $_) {
    $flags = ['', '', '-', '+', '0', ' ', "'x", '+0', '-0', "-'0"][mt_rand(0, 9)];
    $width = mt_rand(0, 2) ? '' : (string)mt_rand(1, 25);
    $precision = mt_rand(0, 3) ? '' : '.' . mt_rand(0, 8);
    $format = '%' . $flags . $width . $precision . 'bcdouxXs'[mt_rand(0, 7)];
    if (mt_rand(0, 2)) {
        $arg = [mt_rand(), -mt_rand(), PHP_INT_MAX, PHP_INT_MIN, 0, mt_rand(0, 255)][mt_rand(0, 5)];
        $encoded = "i:$arg";
    } else {
        $arg = random_numeric_string();
        $encoded = 's:' . bin2hex($arg);
    }
    set_error_handler(fn() => true);
    $output = sprintf($format, $arg);
    restore_error_handler();
    fwrite($out, "$format\t$encoded\t" . bin2hex($output) . "\n");
}

$out = fopen("$dir/round.tsv", 'w');
fwrite($out, "# float bits\tplaces\tround bits\tnumber_format with max(0, min(places, 12)) decimals\tmode\tround in that mode\n");
foreach (range(1, ROWS) as $_) {
    $f = random_float();
    $places = mt_rand(0, 3) ? mt_rand(-3, 6) : mt_rand(-30, 330);
    $decimals = max(0, min($places, 12));
    $mode = mt_rand(1, 4);
    fwrite($out, implode("\t", [bits($f), $places, bits(round($f, $places)), number_format($f, $decimals),
        $mode, bits(round($f, $places, $mode))]) . "\n");
}

$out = fopen("$dir/strings.tsv", 'w');
fwrite($out, "# string(hex)\tis_numeric\t(int)\t(float) bits\tstring+0: int:N, float:BITS, each with ! when PHP warns, or TypeError\t"
    . "array key: int or -\tstring after ++ (hex), or - when numeric\tBASE:intval(string, BASE)\n");
foreach (range(1, ROWS) as $_) {
    $s = random_numeric_string();
    $warned = false;
    set_error_handler(function () use (&$warned) { $warned = true; return true; });
    try {
        $sum = $s + 0;
        $sum = (is_int($sum) ? "int:$sum" : 'float:' . bits($sum)) . ($warned ? '!' : '');
    } catch (TypeError $e) {
        $sum = 'TypeError';
    }
    restore_error_handler();
    $key = array_key_first([$s => 1]);
    $next = $s;
    $next++;
    fwrite($out, implode("\t", [bin2hex($s), is_numeric($s) ? 1 : 0, (int)$s, bits((float)$s), $sum,
        is_int($key) ? $key : '-', is_string($next) ? bin2hex($next) : '-',
        ($base = [0, 2, 8, 16, 36, 5][mt_rand(0, 5)]) . ':' . intval($s, $base)]) . "\n");
}

$out = fopen("$dir/compare.tsv", 'w');
fwrite($out, "# left(hex)\tright(hex)\tleft <=> right\t(int)left <=> right\t(float)left <=> right\n");
foreach (range(1, ROWS) as $_) {
    $left = random_numeric_string();
    $right = mt_rand(0, 2) ? random_numeric_string() : $left . ['', ' ', '0', '.0'][mt_rand(0, 3)];
    fwrite($out, implode("\t", [bin2hex($left), bin2hex($right), $left <=> $right,
        (int)$left <=> $right, (float)$left <=> $right]) . "\n");
}
