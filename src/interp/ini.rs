//! ini directives: their defaults, `-d` and `ini_set` changes, and the
//! engine settings they control.

use super::Interp;
use crate::value::Str;

/// Directives phpi knows, with PHP's defaults under `-n`.
pub const DEFAULTS: &[(&str, &str)] = &[
    ("precision", "14"),
    ("serialize_precision", "-1"),
    ("error_reporting", ""),
    ("display_errors", "1"),
    ("display_startup_errors", "1"),
    ("log_errors", "0"),
    ("html_errors", "0"),
    ("memory_limit", "128M"),
    ("memory_hard_limit_percent", ""),
    ("max_execution_time", "0"),
    ("zend.enable_gc", "1"),
    ("gc.trace", "0"),
    ("short_open_tag", "1"),
    ("zend.assertions", "-1"),
    ("zend.exception_ignore_args", "0"),
    ("zend.exception_string_param_max_len", "15"),
    ("output_buffering", "0"),
    ("implicit_flush", "1"),
    ("error_log", ""),
    ("include_path", ".:/usr/share/php"),
    ("default_charset", "UTF-8"),
    ("date.timezone", ""),
    ("arg_separator.output", "&"),
    ("auto_detect_line_endings", "0"),
    ("user_agent", ""),
    ("default_socket_timeout", "60"),
    ("allow_url_fopen", "1"),
    ("register_argc_argv", "1"),
    ("variables_order", "EGPCS"),
    ("error_prepend_string", ""),
    ("error_append_string", ""),
    ("docref_root", ""),
    ("docref_ext", ""),
    ("ignore_repeated_errors", "0"),
    ("track_errors", "0"),
    ("report_memleaks", "1"),
    ("assert.active", "1"),
    ("assert.exception", "1"),
    ("open_basedir", ""),
    ("disable_functions", ""),
    ("auto_prepend_file", ""),
    ("auto_append_file", ""),
];

/// The value of an ini expression as PHP's ini parser computes it:
/// numbers, the `E_*` constants and `| & ^ ~ !` with parentheses
/// (`E_ALL & ~E_NOTICE`).
pub fn ini_expression(text: &[u8]) -> i64 {
    struct P<'a> {
        s: &'a [u8],
        i: usize,
    }
    impl P<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
        }
        fn or(&mut self) -> i64 {
            let mut v = self.xor();
            loop {
                self.ws();
                if self.s.get(self.i) == Some(&b'|') {
                    self.i += 1;
                    v |= self.xor();
                } else {
                    return v;
                }
            }
        }
        fn xor(&mut self) -> i64 {
            let mut v = self.and();
            loop {
                self.ws();
                if self.s.get(self.i) == Some(&b'^') {
                    self.i += 1;
                    v ^= self.and();
                } else {
                    return v;
                }
            }
        }
        fn and(&mut self) -> i64 {
            let mut v = self.unary();
            loop {
                self.ws();
                if self.s.get(self.i) == Some(&b'&') {
                    self.i += 1;
                    v &= self.unary();
                } else {
                    return v;
                }
            }
        }
        fn unary(&mut self) -> i64 {
            self.ws();
            match self.s.get(self.i) {
                Some(b'~') => {
                    self.i += 1;
                    !self.unary()
                }
                Some(b'!') => {
                    self.i += 1;
                    (self.unary() == 0) as i64
                }
                Some(b'(') => {
                    self.i += 1;
                    let v = self.or();
                    self.ws();
                    if self.s.get(self.i) == Some(&b')') {
                        self.i += 1;
                    }
                    v
                }
                _ => {
                    let start = self.i;
                    while self.i < self.s.len()
                        && (self.s[self.i].is_ascii_alphanumeric()
                            || self.s[self.i] == b'_'
                            || self.s[self.i] == b'-')
                    {
                        self.i += 1;
                    }
                    let word = &self.s[start..self.i];
                    constant(word).unwrap_or_else(|| crate::numeric::str_to_int(word))
                }
            }
        }
    }
    fn constant(word: &[u8]) -> Option<i64> {
        use super::errors::*;
        Some(match word {
            b"E_ERROR" => E_ERROR,
            b"E_WARNING" => E_WARNING,
            b"E_PARSE" => E_PARSE,
            b"E_NOTICE" => E_NOTICE,
            b"E_CORE_ERROR" => E_CORE_ERROR,
            b"E_CORE_WARNING" => E_CORE_WARNING,
            b"E_COMPILE_ERROR" => E_COMPILE_ERROR,
            b"E_COMPILE_WARNING" => E_COMPILE_WARNING,
            b"E_USER_ERROR" => E_USER_ERROR,
            b"E_USER_WARNING" => E_USER_WARNING,
            b"E_USER_NOTICE" => E_USER_NOTICE,
            b"E_STRICT" => E_STRICT,
            b"E_RECOVERABLE_ERROR" => E_RECOVERABLE_ERROR,
            b"E_DEPRECATED" => E_DEPRECATED,
            b"E_USER_DEPRECATED" => E_USER_DEPRECATED,
            b"E_ALL" => E_ALL,
            _ => return None,
        })
    }
    let mut p = P { s: text, i: 0 };
    p.or()
}

/// A value as the ini parser reads it: quotes removed from a quoted
/// string, `On`/`Yes`/`True` as "1" and `Off`/`No`/`False`/`None` as "".
fn ini_scalar(value: &[u8]) -> Vec<u8> {
    let trimmed = value.trim_ascii();
    for quote in [b'"', b'\''] {
        if trimmed.len() >= 2 && trimmed[0] == quote && trimmed[trimmed.len() - 1] == quote {
            return trimmed[1..trimmed.len() - 1].to_vec();
        }
    }
    match trimmed.to_ascii_lowercase().as_slice() {
        b"on" | b"yes" | b"true" => b"1".to_vec(),
        b"off" | b"no" | b"false" | b"none" => Vec::new(),
        _ => value.to_vec(),
    }
}

/// A boolean directive's value: on, yes, true or a non-zero number.
fn ini_flag(value: &[u8]) -> bool {
    let v = value.to_ascii_lowercase();
    matches!(v.as_slice(), b"1" | b"on" | b"yes" | b"true") || crate::numeric::str_to_int(&v) != 0
}

impl Interp {
    pub fn init_ini(&mut self) {
        for (k, v) in DEFAULTS {
            self.ini
                .insert(k.as_bytes().to_vec(), v.as_bytes().to_vec());
            self.ini_defaults
                .insert(k.as_bytes().to_vec(), v.as_bytes().to_vec());
        }
    }

    /// Applies a directive given with `-d` (unknown ones are accepted).
    pub fn ini_set_startup(&mut self, key: &[u8], value: &[u8]) {
        if key == b"memory_limit" {
            if let Err(refused) = self.memory_limit_changed(value) {
                // PHP keeps its default and says so before the script runs.
                let _ = self.report_in(
                    super::errors::E_WARNING,
                    refused.to_string().as_bytes(),
                    b"Unknown",
                    0,
                );
                return;
            }
        }
        // The ini parser (for -d and ini files, not ini_set) evaluates
        // constant expressions such as `E_ALL & ~E_NOTICE`.
        let evaluated;
        let value = if key == b"error_reporting"
            && value
                .iter()
                .any(|b| b.is_ascii_alphabetic() || b"|&^~!(".contains(b))
        {
            evaluated = ini_expression(value).to_string().into_bytes();
            &evaluated[..]
        } else {
            evaluated = ini_scalar(value);
            &evaluated[..]
        };
        self.ini.insert(key.to_vec(), value.to_vec());
        self.ini_defaults.insert(key.to_vec(), value.to_vec());
        if key == b"zend.enable_gc" {
            crate::gc::set_enabled_at_startup(ini_flag(value));
            return;
        }
        self.apply_ini(key, value);
    }

    /// Makes an ini value take effect in the engine; false when rejected.
    pub fn apply_ini(&mut self, key: &[u8], value: &[u8]) -> bool {
        let int = || crate::numeric::str_to_int(value);
        let flag = || ini_flag(value);
        match key {
            b"precision" => self.settings.precision = int() as i32,
            b"serialize_precision" => self.settings.serialize_precision = int() as i32,
            b"error_reporting" => {
                self.settings.error_reporting = if value.is_empty() {
                    super::errors::E_ALL
                } else {
                    int()
                }
            }
            b"display_errors" => {
                let v = value.to_ascii_lowercase();
                self.settings.display_errors = flag() || v == b"stdout" || v == b"stderr";
                self.settings.display_errors_stderr = v == b"stderr";
            }
            b"memory_limit" => return self.memory_limit_changed(value).is_ok(),
            b"memory_hard_limit_percent" => return self.memory_hard_limit_percent_changed(value),
            b"max_execution_time" => {
                self.settings.max_execution_time = int();
                self.time_limit_at = if int() > 0 {
                    Some(std::time::Instant::now() + std::time::Duration::from_secs(int() as u64))
                } else {
                    None
                };
            }
            b"zend.enable_gc" => {
                crate::gc::set_enabled(flag());
            }
            b"gc.trace" => crate::gc::set_trace(flag()),
            b"short_open_tag" => self.settings.short_open_tag = flag(),
            b"html_errors" => self.settings.html_errors = flag(),
            b"zend.assertions" => self.settings.assertions = int(),
            b"zend.exception_ignore_args" => self.settings.exception_ignore_args = flag(),
            b"zend.exception_string_param_max_len" => {
                self.settings.exception_string_param_max_len = int().clamp(0, 1_000_000) as usize
            }
            _ => {}
        }
        true
    }

    pub fn ini_get(&self, key: &[u8]) -> Option<Str> {
        self.ini.get(key).map(|v| Str::new(v))
    }
}
