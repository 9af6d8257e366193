<?php
// String building: appending in a loop, interpolation, implode of many parts.
$text = '';
for ($i = 0; $i < 1_000_000; $i++) {
    $text .= "line $i\n";
}
$parts = [];
for ($i = 0; $i < 300_000; $i++) {
    $parts[] = str_pad((string) $i, 8, '0', STR_PAD_LEFT);
}
$joined = implode(',', $parts);
echo strlen($text), " ", strlen($joined), " ", md5($text . $joined), "\n";
