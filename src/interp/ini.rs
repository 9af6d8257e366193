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

impl Interp {
    pub fn init_ini(&mut self) {
        for (k, v) in DEFAULTS {
            self.ini.insert(k.as_bytes().to_vec(), v.as_bytes().to_vec());
            self.ini_defaults.insert(k.as_bytes().to_vec(), v.as_bytes().to_vec());
        }
    }

    /// Applies a directive given with `-d` (unknown ones are accepted).
    pub fn ini_set_startup(&mut self, key: &[u8], value: &[u8]) {
        self.ini.insert(key.to_vec(), value.to_vec());
        self.ini_defaults.insert(key.to_vec(), value.to_vec());
        self.apply_ini(key, value);
    }

    /// Makes an ini value take effect in the engine; false when rejected.
    pub fn apply_ini(&mut self, key: &[u8], value: &[u8]) -> bool {
        let int = || crate::numeric::str_to_int(value);
        let flag = || {
            let v = value.to_ascii_lowercase();
            matches!(v.as_slice(), b"1" | b"on" | b"yes" | b"true") || crate::numeric::str_to_int(&v) != 0
        };
        match key {
            b"precision" => self.settings.precision = int() as i32,
            b"serialize_precision" => self.settings.serialize_precision = int() as i32,
            b"error_reporting" => {
                self.settings.error_reporting = if value.is_empty() { super::errors::E_ALL } else { int() }
            }
            b"display_errors" => {
                let v = value.to_ascii_lowercase();
                self.settings.display_errors = flag() || v == b"stdout" || v == b"stderr";
                self.settings.display_errors_stderr = v == b"stderr";
            }
            b"memory_limit" => self.settings.memory_limit = super::parse_size(value),
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
