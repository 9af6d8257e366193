//! The `--EXPECTF--` placeholder language, converted to a regular expression
//! the way php-src's run-tests.php does it.
//!
//! The text is quoted as `preg_quote($text, '/')` would, except for `%r...%r`
//! spans, which are regular expressions already and go in verbatim as
//! groups. Then each placeholder is replaced, left to right, over the whole
//! result (spans included, as run-tests.php's `strtr` does):
//!
//! | placeholder | matches |
//! |---|---|
//! | `%e` | the directory separator |
//! | `%s` / `%S` | one or more / zero or more bytes other than `\r` `\n` |
//! | `%a` / `%A` | one or more / zero or more bytes, newlines included |
//! | `%w` | optional whitespace |
//! | `%i` / `%d` | a signed / an unsigned integer |
//! | `%x` | hexadecimal digits |
//! | `%f` | a floating-point number |
//! | `%c` | one byte |
//! | `%0` | a NUL byte |

/// The regular expression run-tests.php builds from an `--EXPECTF--` text.
pub fn expectf_to_regex(wanted: &[u8]) -> Vec<u8> {
    let wanted = crlf_to_lf(wanted);
    let mut quoted = Vec::with_capacity(wanted.len() * 2);
    let mut offset = 0;
    while offset < wanted.len() {
        // The next `%r...%r` span; an unbalanced `%r` is plain text.
        let span = find(&wanted, b"%r", offset)
            .and_then(|start| find(&wanted, b"%r", start + 2).map(|end| (start, end)));
        let (start, end) = span.unwrap_or((wanted.len(), wanted.len()));
        preg_quote_into(&wanted[offset..start], &mut quoted);
        if end > start {
            quoted.push(b'(');
            quoted.extend_from_slice(&wanted[start + 2..end]);
            quoted.push(b')');
        }
        offset = end + 2;
    }
    replace_placeholders(&quoted)
}

/// Replaces `\r\n` with `\n`, as run-tests.php does to both sides.
pub fn crlf_to_lf(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for (index, &byte) in text.iter().enumerate() {
        if !(byte == b'\r' && text.get(index + 1) == Some(&b'\n')) {
            out.push(byte);
        }
    }
    out
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|position| position + from)
}

/// `preg_quote($text, '/')`.
fn preg_quote_into(text: &[u8], out: &mut Vec<u8>) {
    for &byte in text {
        match byte {
            b'.' | b'\\' | b'+' | b'*' | b'?' | b'[' | b'^' | b']' | b'$' | b'(' | b')' | b'{'
            | b'}' | b'=' | b'!' | b'<' | b'>' | b'|' | b':' | b'-' | b'#' | b'/' => {
                out.push(b'\\');
                out.push(byte);
            }
            0 => out.extend_from_slice(b"\\000"),
            _ => out.push(byte),
        }
    }
}

/// The regular expression each placeholder stands for.
fn placeholder_regex(letter: u8) -> Option<&'static [u8]> {
    Some(match letter {
        b'e' => b"\\/",
        b's' => b"[^\\r\\n]+",
        b'S' => b"[^\\r\\n]*",
        b'a' => b".+",
        b'A' => b".*",
        b'w' => b"\\s*",
        b'i' => b"[+-]?\\d+",
        b'd' => b"\\d+",
        b'x' => b"[0-9a-fA-F]+",
        b'f' => b"[+-]?(?:\\d+|(?=\\.\\d))(?:\\.\\d+)?(?:[Ee][+-]?\\d+)?",
        b'c' => b".",
        b'0' => b"\\x00",
        _ => return None,
    })
}

/// Whether `%` followed by `letter` means something in an `--EXPECTF--` text.
pub fn is_placeholder_letter(letter: u8) -> bool {
    letter == b'r' || placeholder_regex(letter).is_some()
}

fn replace_placeholders(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut index = 0;
    while index < text.len() {
        let replacement = (text[index] == b'%')
            .then(|| {
                text.get(index + 1)
                    .and_then(|&letter| placeholder_regex(letter))
            })
            .flatten();
        match replacement {
            Some(regex) => {
                out.extend_from_slice(regex);
                index += 2;
            }
            None => {
                out.push(text[index]);
                index += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{crlf_to_lf, expectf_to_regex};
    use crate::harness::pcre::Regex;

    fn matches(expectf: &str, output: &str) -> bool {
        let mut pattern = b"^".to_vec();
        pattern.extend(expectf_to_regex(expectf.as_bytes()));
        pattern.push(b'$');
        Regex::new(&pattern, true)
            .unwrap()
            .is_match(output.as_bytes())
    }

    #[test]
    fn builds_the_regex_run_tests_builds() {
        // Each expected value printed by run-tests.php's expectf_to_regex() under PHP 8.2.
        let cases: &[(&str, &str)] = &[
            (
                "Warning: %s in %s on line %d",
                "Warning\\: [^\\r\\n]+ in [^\\r\\n]+ on line \\d+",
            ),
            ("a.b%r(x|y)+%rc", "a\\.b((x|y)+)c"),
            ("50% done %r", "50% done %r"),
            ("%r\\d%r%d", "(\\d)\\d+"),
            ("obj(%x)#%i", "obj\\([0-9a-fA-F]+\\)\\#[+-]?\\d+"),
            ("a\0b%e", "a\\000b\\/"),
        ];
        for &(expectf, regex) in cases {
            assert_eq!(
                String::from_utf8(expectf_to_regex(expectf.as_bytes())).unwrap(),
                regex,
                "{expectf:?}"
            );
        }
    }

    #[test]
    fn placeholders_match_like_run_tests() {
        assert!(matches(
            "Warning: %s in %s on line %d",
            "Warning: oops in /t/x.php on line 3"
        ));
        assert!(!matches(
            "Warning: %s in %s on line %d",
            "Warning: oops in x\ny on line 3"
        ));
        assert!(matches("a%Ab", "a\nxx\nb"));
        assert!(!matches("a%ab", "ab"));
        assert!(matches("float(%f)", "float(-1.5E-7)"));
        assert!(matches("%r(foo|bar)%r!", "bar!"));
        assert!(matches("x%wy", "x \n\ty"));
        assert!(matches("%c%c", "ab"));
        assert!(matches("dir%efile", "dir/file"));
        assert!(!matches("%d", "-1"));
        assert!(matches("%i", "-1"));
    }

    #[test]
    fn crlf_becomes_lf() {
        assert_eq!(crlf_to_lf(b"a\r\nb\rc\n"), b"a\nb\rc\n");
    }
}
