//! PHP's "Perl-style" increment of non-numeric strings (`$s++` on `"a"`,
//! `"Az"`, `"a9"`). Numeric strings are incremented as numbers instead; the
//! caller decides which applies with [`super::parse_numeric`].

/// The successor of a non-numeric string under `$s++`: the last
/// alphanumeric run counts like an odometer (`"a"` → `"b"`, `"z"` → `"aa"`,
/// `"Az"` → `"Ba"`, `"a9"` → `"b0"`, `"Zz"` → `"AAa"`, `"9z"` → `"10a"`).
/// Counting stops at the first byte from the end that is not an ASCII letter
/// or digit, so `"a-z"` gives `"a-a"` and `"z "` is unchanged. When the carry
/// runs off the front, a `1`, `A` or `a` is prepended, matching the kind of
/// the leftmost character counted. The empty string becomes `"1"`.
pub fn increment_string(bytes: &[u8]) -> Vec<u8> {
    if bytes.is_empty() {
        return b"1".to_vec();
    }
    let mut result = bytes.to_vec();
    // What to prepend if the carry passes the first byte.
    let mut carry_out = None;
    for byte in result.iter_mut().rev() {
        let (lowest, highest, prepend) = match *byte {
            b'a'..=b'z' => (b'a', b'z', b'a'),
            b'A'..=b'Z' => (b'A', b'Z', b'A'),
            b'0'..=b'9' => (b'0', b'9', b'1'),
            _ => return result,
        };
        if *byte != highest {
            *byte += 1;
            return result;
        }
        *byte = lowest;
        carry_out = Some(prepend);
    }
    result.splice(0..0, carry_out);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn increments_like_php() {
        let cases: &[(&[u8], &[u8])] = &[
            (b"a", b"b"),
            (b"z", b"aa"),
            (b"Az", b"Ba"),
            (b"a9", b"b0"),
            (b"Zz", b"AAa"),
            (b"zz", b"aaa"),
            (b"Z9", b"AA0"),
            (b"a-z", b"a-a"),
            (b"-", b"-"),
            (b"", b"1"),
            (b"z ", b"z "),
            (b"9z", b"10a"),
            (b" ", b" "),
            ("\u{3a9}".as_bytes(), "\u{3a9}".as_bytes()),
            (b"Zz9", b"AAa0"),
            (b"abc", b"abd"),
            (b"a\xffz", b"a\xffa"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                increment_string(input),
                *expected,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }
}
