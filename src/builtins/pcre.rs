//! Perl-compatible regular expressions (`preg_*`), on PCRE2 itself (the
//! `pcre2` crate), as PHP's `ext/pcre` uses it.
//!
//! This module owns the pattern syntax PHP adds around PCRE2 (delimiters,
//! bracket-style delimiters, trailing modifiers and their warnings), a cache
//! of compiled patterns, the shape of match arrays (named groups, offset
//! capture, unmatched groups), replacement references (`$1`, `\1`, `${1}`),
//! global matching with PHP's handling of empty matches, and
//! `preg_last_error`.
//!
//! Modifiers the crate has no option for are expressed inside the pattern
//! (`U` as `(?U)`, `J` as `(?J)`, `n` as `(?n)`); `A` (anchored) is checked on
//! each match. After an empty match, global matching retries at the same
//! place for a non-empty match anchored there (PCRE2's
//! `NOTEMPTY_ATSTART | ANCHORED`), using a variant of the pattern wrapped
//! as `\G(?:...)(?!\G)`.

use crate::builtins::strings::{bytes_value, fn_error, slice_value, str_or_array, warn, StrOrArr};
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::{Interp, R};
use crate::value::{Arr, Key, Str, Value};
use pcre2::bytes::{CaptureLocations, Regex, RegexBuilder};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!(
        "preg_match",
        preg_match,
        "$pattern, $subject, &$matches=, $flags=, $offset="
    ),
    f!(
        "preg_match_all",
        preg_match_all,
        "$pattern, $subject, &$matches=, $flags=, $offset="
    ),
    f!(
        "preg_replace",
        preg_replace,
        "$pattern, $replacement, $subject, $limit=, &$count="
    ),
    f!(
        "preg_filter",
        preg_filter,
        "$pattern, $replacement, $subject, $limit=, &$count="
    ),
    f!(
        "preg_replace_callback",
        preg_replace_callback,
        "$pattern, $callback, $subject, $limit=, &$count=, $flags="
    ),
    f!(
        "preg_replace_callback_array",
        preg_replace_callback_array,
        "$pattern, $subject, $limit=, &$count=, $flags="
    ),
    f!(
        "preg_split",
        preg_split,
        "$pattern, $subject, $limit=, $flags="
    ),
    f!("preg_quote", preg_quote, "$str, $delimiter="),
    f!("preg_grep", preg_grep, "$pattern, $array, $flags="),
    f!("preg_last_error", preg_last_error, ""),
    f!("preg_last_error_msg", preg_last_error_msg, ""),
];

const PATTERN_ORDER: i64 = 1;
const SET_ORDER: i64 = 2;
const OFFSET_CAPTURE: i64 = 256;
const UNMATCHED_AS_NULL: i64 = 512;
const SPLIT_NO_EMPTY: i64 = 1;
const SPLIT_DELIM_CAPTURE: i64 = 2;
const SPLIT_OFFSET_CAPTURE: i64 = 4;
const GREP_INVERT: i64 = 1;

const NO_ERROR: i64 = 0;
const INTERNAL_ERROR: i64 = 1;
const BACKTRACK_LIMIT_ERROR: i64 = 2;
const BAD_UTF8_ERROR: i64 = 4;
const BAD_UTF8_OFFSET_ERROR: i64 = 5;
const JIT_STACKLIMIT_ERROR: i64 = 6;

/// The `PREG_*` and `PCRE_*` constants.
pub fn register_constants(it: &mut Interp) {
    let ints = [
        ("PREG_PATTERN_ORDER", PATTERN_ORDER),
        ("PREG_SET_ORDER", SET_ORDER),
        ("PREG_OFFSET_CAPTURE", OFFSET_CAPTURE),
        ("PREG_UNMATCHED_AS_NULL", UNMATCHED_AS_NULL),
        ("PREG_SPLIT_NO_EMPTY", SPLIT_NO_EMPTY),
        ("PREG_SPLIT_DELIM_CAPTURE", SPLIT_DELIM_CAPTURE),
        ("PREG_SPLIT_OFFSET_CAPTURE", SPLIT_OFFSET_CAPTURE),
        ("PREG_GREP_INVERT", GREP_INVERT),
        ("PREG_NO_ERROR", NO_ERROR),
        ("PREG_INTERNAL_ERROR", INTERNAL_ERROR),
        ("PREG_BACKTRACK_LIMIT_ERROR", BACKTRACK_LIMIT_ERROR),
        ("PREG_RECURSION_LIMIT_ERROR", 3),
        ("PREG_BAD_UTF8_ERROR", BAD_UTF8_ERROR),
        ("PREG_BAD_UTF8_OFFSET_ERROR", BAD_UTF8_OFFSET_ERROR),
        ("PREG_JIT_STACKLIMIT_ERROR", JIT_STACKLIMIT_ERROR),
        ("PCRE_VERSION_MAJOR", 10),
        ("PCRE_VERSION_MINOR", 42),
    ];
    for (name, v) in ints {
        it.constants
            .insert(Str::interned(name.as_bytes()), Value::Int(v));
    }
    it.constants.insert(
        Str::interned(b"PCRE_VERSION"),
        Value::Str(Str::interned(b"10.42 2022-12-11")),
    );
    it.constants
        .insert(Str::interned(b"PCRE_JIT_SUPPORT"), Value::Bool(true));
}

// ---- compiled patterns ----------------------------------------------------------

/// A compiled PHP pattern.
struct Pattern {
    regex: Regex,
    /// The pattern text given to PCRE2 and its options (for the non-empty
    /// variant).
    source: String,
    options: RegexBuilder,
    utf: bool,
    extended: bool,
    anchored: bool,
    /// Group names by group number (group 0 has none).
    names: Vec<Option<Str>>,
    /// `\G(?:...)(?!\G)`, compiled on the first empty match.
    non_empty: OnceCell<Option<Regex>>,
}

impl Pattern {
    fn group_count(&self) -> usize {
        self.names.len()
    }

    fn non_empty_regex(&self) -> Option<&Regex> {
        self.non_empty
            .get_or_init(|| {
                let nl = if self.extended { "\n" } else { "" };
                let text = format!("\\G(?:{}{})(?!\\G)", self.source, nl);
                self.options.build(&text).ok()
            })
            .as_ref()
    }
}

thread_local! {
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Pattern>>> = RefCell::new(HashMap::new());
    static LAST_ERROR: Cell<i64> = const { Cell::new(NO_ERROR) };
}

const CACHE_LIMIT: usize = 4096;

fn set_error(code: i64) {
    LAST_ERROR.with(|e| e.set(code));
}

/// Compiles (or fetches from the cache) a PHP pattern, warning as PHP does
/// when it is malformed; `None` then.
fn compile(it: &mut Interp, a: &CallArgs, pattern: &[u8]) -> R<Option<Rc<Pattern>>> {
    if let Some(p) = CACHE.with(|c| c.borrow().get(pattern).cloned()) {
        return Ok(Some(p));
    }
    match parse_pattern(pattern) {
        Ok(p) => {
            let p = Rc::new(p);
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= CACHE_LIMIT {
                    c.clear();
                }
                c.insert(pattern.to_vec(), p.clone());
            });
            Ok(Some(p))
        }
        Err(msg) => {
            warn(it, a, &msg)?;
            set_error(INTERNAL_ERROR);
            Ok(None)
        }
    }
}

fn closing_delimiter(c: u8) -> Option<u8> {
    match c {
        b'(' => Some(b')'),
        b'[' => Some(b']'),
        b'{' => Some(b'}'),
        b'<' => Some(b'>'),
        _ => None,
    }
}

/// Splits `/body/flags`, checks the modifiers and compiles the body.
fn parse_pattern(full: &[u8]) -> Result<Pattern, String> {
    let start = full
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(full.len());
    let Some(&delim) = full.get(start) else {
        return Err("Empty regular expression".into());
    };
    if delim.is_ascii_alphanumeric() || delim == b'\\' || delim == 0 {
        return Err("Delimiter must not be alphanumeric, backslash, or NUL".into());
    }
    let body_start = start + 1;
    let mut i = body_start;
    let body_end;
    if let Some(close) = closing_delimiter(delim) {
        let mut depth = 1;
        loop {
            match full.get(i) {
                None => {
                    return Err(format!(
                        "No ending matching delimiter '{}' found",
                        close as char
                    ))
                }
                Some(b'\\') => i += 2,
                Some(&c) if c == close => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    i += 1;
                }
                Some(&c) if c == delim => {
                    depth += 1;
                    i += 1;
                }
                Some(_) => i += 1,
            }
        }
        body_end = i;
    } else {
        loop {
            match full.get(i) {
                None => return Err(format!("No ending delimiter '{}' found", delim as char)),
                Some(b'\\') => i += 2,
                Some(&c) if c == delim => break,
                Some(_) => i += 1,
            }
        }
        body_end = i;
    }
    let body = &full[body_start..body_end];
    let mut b = RegexBuilder::new();
    let (mut utf, mut extended, mut anchored) = (false, false, false);
    let mut prefix = String::new();
    for &m in &full[body_end + 1..] {
        match m {
            b'i' => {
                b.caseless(true);
            }
            b'm' => {
                b.multi_line(true);
            }
            b's' => {
                b.dotall(true);
            }
            b'x' => {
                b.extended(true);
                extended = true;
            }
            b'u' => utf = true,
            b'U' => prefix.push_str("(?U)"),
            b'J' => prefix.push_str("(?J)"),
            b'n' => prefix.push_str("(?n)"),
            b'A' => anchored = true,
            b'D' | b'S' | b'X' | b' ' | b'\n' | b'\r' => {}
            b'e' => {
                return Err(
                    "The /e modifier is no longer supported, use preg_replace_callback instead"
                        .into(),
                )
            }
            0 => return Err("NUL is not a valid modifier".into()),
            other => {
                return Err(if other.is_ascii_graphic() {
                    format!("Unknown modifier '{}'", other as char)
                } else {
                    format!("Unknown modifier '{}'", String::from_utf8_lossy(&[other]))
                })
            }
        }
    }
    b.utf(utf).ucp(utf).jit_if_available(true);
    let text = if utf {
        match std::str::from_utf8(body) {
            Ok(s) => s.to_string(),
            Err(e) => {
                return Err(format!(
                    "Compilation failed: UTF-8 error: isolated byte with 0x80 bit set at offset {}",
                    e.valid_up_to()
                ))
            }
        }
    } else {
        escape_high_bytes(body)
    };
    let source = format!("{}{}", prefix, text);
    let regex = b
        .build(&source)
        .map_err(|e| compile_message(&e, prefix.len()))?;
    let names = regex
        .capture_names()
        .iter()
        .map(|n| n.as_ref().map(|s| Str::interned(s.as_bytes())))
        .collect::<Vec<_>>();
    Ok(Pattern {
        regex,
        source,
        options: b,
        utf,
        extended,
        anchored,
        names,
        non_empty: OnceCell::new(),
    })
}

/// Without `u`, bytes above 0x7f stand for themselves: spell them `\x{..}`
/// so the pattern is valid text for the crate.
fn escape_high_bytes(body: &[u8]) -> String {
    let mut out = String::with_capacity(body.len());
    for &c in body {
        if c < 0x80 {
            out.push(c as char);
        } else {
            out.push_str(&format!("\\x{{{:02x}}}", c));
        }
    }
    out
}

fn compile_message(e: &pcre2::Error, prefix_len: usize) -> String {
    let text = e.to_string();
    let msg = text.split_once(": ").map(|(_, m)| m).unwrap_or(&text);
    let msg = msg.strip_prefix("error compiling pattern").unwrap_or(msg);
    let msg = match msg.find(": ") {
        Some(p) if text.contains("at offset") => &msg[p + 2..],
        _ => msg,
    };
    let offset = e.offset().unwrap_or(0).saturating_sub(prefix_len);
    format!("Compilation failed: {} at offset {}", msg, offset)
}

// ---- matching -------------------------------------------------------------------------

/// One match: the span of every group (`None` when unset).
type Spans = Vec<Option<(usize, usize)>>;

/// Why matching stopped early.
enum MatchError {
    BadUtf8,
    BadOffset,
    Limit(i64),
}

/// Checks the subject (and offset) for UTF-8 patterns, as PCRE2 would.
fn check_subject(p: &Pattern, subject: &[u8], offset: usize) -> Result<(), MatchError> {
    if !p.utf {
        return Ok(());
    }
    if std::str::from_utf8(subject).is_err() {
        return Err(MatchError::BadUtf8);
    }
    if offset < subject.len() && (subject[offset] & 0xc0) == 0x80 {
        return Err(MatchError::BadOffset);
    }
    Ok(())
}

fn map_match_error(e: &pcre2::Error) -> MatchError {
    match e.code() {
        -47 => MatchError::Limit(BACKTRACK_LIMIT_ERROR),
        -46 => MatchError::Limit(JIT_STACKLIMIT_ERROR),
        -22 => MatchError::BadOffset,
        c if (-21..=-3).contains(&c) => MatchError::BadUtf8,
        _ => MatchError::Limit(INTERNAL_ERROR),
    }
}

fn record(e: MatchError) {
    set_error(match e {
        MatchError::BadUtf8 => BAD_UTF8_ERROR,
        MatchError::BadOffset => BAD_UTF8_OFFSET_ERROR,
        MatchError::Limit(code) => code,
    });
}

/// The first match at or after `start` (exactly at `start` when anchored),
/// using `locs` (made by `regex`) as the match data.
fn find_with(
    p: &Pattern,
    regex: &Regex,
    locs: &mut CaptureLocations,
    subject: &[u8],
    start: usize,
    anchored: bool,
) -> Result<Option<Spans>, MatchError> {
    match regex.captures_read_at(locs, subject, start) {
        Err(e) => Err(map_match_error(&e)),
        Ok(None) => Ok(None),
        Ok(Some(m)) => {
            if (anchored || p.anchored) && m.start() != start {
                return Ok(None);
            }
            Ok(Some((0..p.group_count()).map(|i| locs.get(i)).collect()))
        }
    }
}

/// The first match of the pattern at or after `start`.
fn find_at(p: &Pattern, subject: &[u8], start: usize) -> Result<Option<Spans>, MatchError> {
    let mut locs = p.regex.capture_locations();
    find_with(p, &p.regex, &mut locs, subject, start, false)
}

/// Iterates matches from `start` the way PHP's global matching does.
struct Matcher<'a> {
    p: &'a Pattern,
    subject: &'a [u8],
    /// Match data for the pattern, and for its non-empty variant once used.
    locs: CaptureLocations,
    retry_locs: Option<CaptureLocations>,
    pos: usize,
    /// The last match was empty: try a non-empty one at the same place first.
    after_empty: bool,
    done: bool,
}

impl<'a> Matcher<'a> {
    fn new(p: &'a Pattern, subject: &'a [u8], start: usize) -> Self {
        Matcher {
            p,
            subject,
            locs: p.regex.capture_locations(),
            retry_locs: None,
            pos: start,
            after_empty: false,
            done: false,
        }
    }

    fn next_match(&mut self) -> Result<Option<Spans>, MatchError> {
        loop {
            if self.done || self.pos > self.subject.len() {
                return Ok(None);
            }
            let found = if self.after_empty {
                self.after_empty = false;
                let retry = match self.p.non_empty_regex() {
                    Some(r) => {
                        let locs = self.retry_locs.get_or_insert_with(|| r.capture_locations());
                        find_with(self.p, r, locs, self.subject, self.pos, true)?
                    }
                    None => None,
                };
                if retry.is_none() {
                    // Step over one character and search on.
                    self.pos += self.char_len(self.pos);
                    continue;
                }
                retry
            } else {
                find_with(
                    self.p,
                    &self.p.regex,
                    &mut self.locs,
                    self.subject,
                    self.pos,
                    false,
                )?
            };
            let Some(spans) = found else {
                self.done = true;
                return Ok(None);
            };
            let (s, e) = spans[0].unwrap_or((self.pos, self.pos));
            self.pos = e;
            self.after_empty = s == e;
            return Ok(Some(spans));
        }
    }

    fn char_len(&self, at: usize) -> usize {
        if !self.p.utf {
            return 1;
        }
        let mut n = 1;
        while at + n < self.subject.len() && (self.subject[at + n] & 0xc0) == 0x80 {
            n += 1;
        }
        n
    }
}

// ---- match arrays -------------------------------------------------------------------

fn group_value(subject: &[u8], span: Option<(usize, usize)>, flags: i64) -> Value {
    let text = match span {
        Some((s, e)) => slice_value(&subject[s..e]),
        None if flags & UNMATCHED_AS_NULL != 0 => Value::Null,
        None => Value::Str(Str::empty()),
    };
    if flags & OFFSET_CAPTURE == 0 {
        return text;
    }
    let mut pair = Arr::with_capacity(2);
    pair.table_mut().push(text);
    pair.table_mut()
        .push(Value::Int(span.map_or(-1, |(s, _)| s as i64)));
    Value::Arr(pair)
}

/// How many groups a match reports: up to the last one set (all of them
/// with `PREG_UNMATCHED_AS_NULL`).
fn reported_groups(spans: &Spans, flags: i64) -> usize {
    if flags & UNMATCHED_AS_NULL != 0 {
        return spans.len();
    }
    spans.iter().rposition(|s| s.is_some()).map_or(0, |i| i + 1)
}

/// The array `preg_match` gives for one match.
fn match_array(p: &Pattern, subject: &[u8], spans: &Spans, flags: i64) -> Arr {
    let n = reported_groups(spans, flags);
    let mut arr = Arr::with_capacity(n);
    for (i, span) in spans.iter().enumerate().take(n) {
        let v = group_value(subject, *span, flags);
        if let Some(name) = &p.names[i] {
            arr.table_mut().insert(Key::Str(name.clone()), v.clone());
        }
        arr.table_mut().insert(Key::Int(i as i64), v);
    }
    arr
}

fn subject_offset(len: usize, offset: i64) -> Option<usize> {
    let o = if offset < 0 {
        (len as i64 + offset).max(0)
    } else {
        offset
    };
    (o as u64 <= len as u64).then_some(o as usize)
}

fn preg_match(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let pattern = a.string(it, 0)?;
    let subject = a.string(it, 1)?;
    let flags = a.opt_int(it, 3)?.unwrap_or(0);
    let offset = a.opt_int(it, 4)?.unwrap_or(0);
    let Some(p) = compile(it, a, pattern.as_bytes())? else {
        return Ok(Value::Bool(false));
    };
    if flags & 0xff != 0 {
        return Err(a.value_error(it, 3, "must be a PREG_* constant"));
    }
    set_error(NO_ERROR);
    let s = subject.as_bytes();
    let Some(start) = subject_offset(s.len(), offset) else {
        a.set_ref(2, Value::Arr(Arr::new()));
        set_error(INTERNAL_ERROR);
        return Ok(Value::Bool(false));
    };
    let found = check_subject(&p, s, start).and_then(|_| find_at(&p, s, start));
    match found {
        Err(e) => {
            record(e);
            a.set_ref(2, Value::Arr(Arr::new()));
            Ok(Value::Bool(false))
        }
        Ok(None) => {
            a.set_ref(2, Value::Arr(Arr::new()));
            Ok(Value::Int(0))
        }
        Ok(Some(spans)) => {
            if a.has(2) {
                a.set_ref(2, Value::Arr(match_array(&p, s, &spans, flags)));
            }
            Ok(Value::Int(1))
        }
    }
}

fn preg_match_all(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let pattern = a.string(it, 0)?;
    let subject = a.string(it, 1)?;
    let flags = a.nullable_int(it, 3)?.unwrap_or(0);
    let offset = a.opt_int(it, 4)?.unwrap_or(0);
    let Some(p) = compile(it, a, pattern.as_bytes())? else {
        return Ok(Value::Bool(false));
    };
    let order = if flags & 0xff != 0 {
        flags & 0xff
    } else {
        PATTERN_ORDER
    };
    if !(PATTERN_ORDER..=SET_ORDER).contains(&order) {
        return Err(a.value_error(it, 3, "must be a PREG_* constant"));
    }
    set_error(NO_ERROR);
    let s = subject.as_bytes();
    let Some(start) = subject_offset(s.len(), offset) else {
        a.set_ref(2, Value::Arr(Arr::new()));
        set_error(INTERNAL_ERROR);
        return Ok(Value::Bool(false));
    };
    if let Err(e) = check_subject(&p, s, start) {
        record(e);
        a.set_ref(2, Value::Arr(Arr::new()));
        return Ok(Value::Bool(false));
    }
    let groups = p.group_count();
    let mut by_group: Vec<Arr> = (0..groups).map(|_| Arr::new()).collect();
    let mut sets = Arr::new();
    let mut count = 0;
    let mut matcher = Matcher::new(&p, s, start);
    loop {
        match matcher.next_match() {
            Err(e) => {
                record(e);
                a.set_ref(2, Value::Arr(Arr::new()));
                return Ok(Value::Bool(false));
            }
            Ok(None) => break,
            Ok(Some(spans)) => {
                count += 1;
                if order == SET_ORDER {
                    sets.table_mut()
                        .push(Value::Arr(match_array(&p, s, &spans, flags)));
                } else {
                    let reported = reported_groups(&spans, flags);
                    for (i, span) in spans.iter().enumerate() {
                        let span = if i < reported { *span } else { None };
                        by_group[i].table_mut().push(group_value(s, span, flags));
                    }
                }
            }
        }
    }
    if a.has(2) {
        let result = if order == SET_ORDER {
            sets
        } else {
            let mut arr = Arr::with_capacity(groups);
            for (i, list) in by_group.into_iter().enumerate() {
                if let Some(name) = &p.names[i] {
                    arr.table_mut()
                        .insert(Key::Str(name.clone()), Value::Arr(list.clone()));
                }
                arr.table_mut().insert(Key::Int(i as i64), Value::Arr(list));
            }
            arr
        };
        a.set_ref(2, Value::Arr(result));
    }
    Ok(Value::Int(count))
}

// ---- replacing -------------------------------------------------------------------------

/// A piece of a replacement string.
enum Piece {
    Text(Vec<u8>),
    Group(usize),
}

/// Parses `$n`, `${n}` and `\n` references (n up to 99); a backslash before
/// `$` or `\` makes it literal.
fn parse_replacement(r: &[u8]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut text = Vec::new();
    let mut i = 0;
    while i < r.len() {
        let c = r[i];
        if c == b'\\' && matches!(r.get(i + 1), Some(b'\\' | b'$')) {
            text.push(r[i + 1]);
            i += 2;
            continue;
        }
        if c == b'\\' || c == b'$' {
            let braced = c == b'$' && r.get(i + 1) == Some(&b'{');
            let digits_at = if braced { i + 2 } else { i + 1 };
            let digits = r[digits_at.min(r.len())..]
                .iter()
                .take(2)
                .take_while(|d| d.is_ascii_digit())
                .count();
            let closes = !braced || r.get(digits_at + digits) == Some(&b'}');
            if digits > 0 && closes {
                let n = r[digits_at..digits_at + digits]
                    .iter()
                    .fold(0usize, |n, d| n * 10 + (d - b'0') as usize);
                if !text.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut text)));
                }
                pieces.push(Piece::Group(n));
                i = digits_at + digits + usize::from(braced);
                continue;
            }
        }
        text.push(c);
        i += 1;
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    pieces
}

/// What replaces each match.
enum Replacer<'a> {
    Template(Vec<Piece>),
    Callback(&'a Value, i64),
}

/// Replaces up to `limit` matches of `p` in `subject`; `Ok(None)` on a
/// matching error (already recorded).
fn replace_one(
    it: &mut Interp,
    p: &Pattern,
    subject: &Str,
    replacer: &Replacer,
    limit: i64,
    count: &mut i64,
) -> R<Option<Str>> {
    let s = subject.as_bytes();
    if let Err(e) = check_subject(p, s, 0) {
        record(e);
        return Ok(None);
    }
    let mut out = Vec::new();
    let mut last = 0;
    let mut replaced = 0i64;
    let mut matcher = Matcher::new(p, s, 0);
    while limit < 0 || replaced < limit {
        let spans = match matcher.next_match() {
            Err(e) => {
                record(e);
                return Ok(None);
            }
            Ok(None) => break,
            Ok(Some(spans)) => spans,
        };
        let (ms, me) = spans[0].unwrap_or((0, 0));
        out.extend_from_slice(&s[last..ms]);
        match replacer {
            Replacer::Template(pieces) => {
                for piece in pieces {
                    match piece {
                        Piece::Text(t) => out.extend_from_slice(t),
                        Piece::Group(g) => {
                            if let Some(Some((gs, ge))) = spans.get(*g) {
                                out.extend_from_slice(&s[*gs..*ge]);
                            }
                        }
                    }
                }
            }
            Replacer::Callback(callback, flags) => {
                let arg = Value::Arr(match_array(p, s, &spans, *flags));
                let r = it.call_value(callback, vec![arg])?;
                it.append_str(&mut out, &r)?;
            }
        }
        last = me;
        replaced += 1;
    }
    *count += replaced;
    if replaced == 0 {
        return Ok(Some(subject.clone()));
    }
    out.extend_from_slice(&s[last..]);
    Ok(Some(match bytes_value(&out) {
        Value::Str(s) => s,
        _ => Str::empty(),
    }))
}

/// The (pattern, replacer) pairs of a replace call, in order.
type Rules<'a> = Vec<(Rc<Pattern>, Replacer<'a>)>;

/// Applies every rule to one subject; `None` when a pattern failed.
fn apply_rules(
    it: &mut Interp,
    rules: &Rules,
    subject: Str,
    limit: i64,
    count: &mut i64,
) -> R<Option<(Str, bool)>> {
    let mut current = subject;
    let before = *count;
    for (p, replacer) in rules {
        match replace_one(it, p, &current, replacer, limit, count)? {
            Some(s) => current = s,
            None => return Ok(None),
        }
    }
    Ok(Some((current, *count > before)))
}

/// Compiles the patterns of a replace call; `None` when one is malformed.
fn compile_patterns(
    it: &mut Interp,
    a: &CallArgs,
    patterns: &StrOrArr,
) -> R<Option<Vec<Rc<Pattern>>>> {
    let list: Vec<Str> = match patterns {
        StrOrArr::Str(s) => vec![s.clone()],
        StrOrArr::Arr(arr) => {
            let mut v = Vec::new();
            for x in arr.table().values().cloned().collect::<Vec<_>>() {
                v.push(it.to_str(&x)?);
            }
            v
        }
    };
    let mut out = Vec::with_capacity(list.len());
    for s in list {
        match compile(it, a, s.as_bytes())? {
            Some(p) => out.push(p),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

/// Runs the rules over a string or array subject. `filter`: keep only the
/// subjects that matched (`preg_filter`).
fn replace_subjects(
    it: &mut Interp,
    a: &CallArgs,
    rules: &Rules,
    subject_arg: usize,
    limit: i64,
    filter: bool,
) -> R<(Value, i64)> {
    let mut count = 0;
    let subject = str_or_array(it, a, subject_arg)?;
    let result = match subject {
        StrOrArr::Str(s) => match apply_rules(it, rules, s, limit, &mut count)? {
            Some((s, matched)) if matched || !filter => Value::Str(s),
            _ => Value::Null,
        },
        StrOrArr::Arr(arr) => {
            let entries: Vec<(Key, Value)> = arr
                .table()
                .iter()
                .map(|(k, v)| (k.to_owned(), v.clone()))
                .collect();
            let mut out = Arr::new();
            for (k, v) in entries {
                let s = it.to_str(&v)?;
                if let Some((s, matched)) = apply_rules(it, rules, s, limit, &mut count)? {
                    if matched || !filter {
                        out.table_mut().insert(k, Value::Str(s));
                    }
                }
            }
            Value::Arr(out)
        }
    };
    Ok((result, count))
}

fn replace_impl(it: &mut Interp, a: &mut CallArgs, filter: bool) -> R<Value> {
    let patterns = str_or_array(it, a, 0)?;
    let replacement = str_or_array(it, a, 1)?;
    let limit = a.opt_int(it, 3)?.unwrap_or(-1);
    if let (StrOrArr::Str(_), StrOrArr::Arr(_)) = (&patterns, &replacement) {
        let msg = format!(
            "{}(): Argument #1 ($pattern) must be of type array when argument #2 ($replacement) is an array, string given",
            a.func.name
        );
        return Err(it.throw_error("TypeError", &msg));
    }
    set_error(NO_ERROR);
    let Some(compiled) = compile_patterns(it, a, &patterns)? else {
        return Ok(match str_or_array(it, a, 2)? {
            StrOrArr::Arr(_) => Value::Arr(Arr::new()),
            StrOrArr::Str(_) => Value::Null,
        });
    };
    let replacements: Vec<Str> = match &replacement {
        StrOrArr::Str(r) => vec![r.clone(); compiled.len()],
        StrOrArr::Arr(arr) => {
            let vals: Vec<Value> = arr.table().values().cloned().collect();
            let mut v = Vec::with_capacity(compiled.len());
            for i in 0..compiled.len() {
                v.push(match vals.get(i) {
                    Some(x) => it.to_str(x)?,
                    None => Str::empty(),
                });
            }
            v
        }
    };
    let rules: Rules = compiled
        .into_iter()
        .zip(replacements)
        .map(|(p, r)| (p, Replacer::Template(parse_replacement(r.as_bytes()))))
        .collect();
    let (result, count) = replace_subjects(it, a, &rules, 2, limit, filter)?;
    if a.has(4) {
        a.set_ref(4, Value::Int(count));
    }
    Ok(result)
}

fn preg_replace(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    replace_impl(it, a, false)
}

fn preg_filter(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    replace_impl(it, a, true)
}

fn callback_flags(it: &mut Interp, a: &CallArgs, i: usize) -> R<i64> {
    let flags = a.opt_int(it, i)?.unwrap_or(0);
    Ok(flags & (OFFSET_CAPTURE | UNMATCHED_AS_NULL))
}

fn preg_replace_callback(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let patterns = str_or_array(it, a, 0)?;
    let callback = a.callable(it, 1)?;
    let limit = a.opt_int(it, 3)?.unwrap_or(-1);
    let flags = callback_flags(it, a, 5)?;
    set_error(NO_ERROR);
    let Some(compiled) = compile_patterns(it, a, &patterns)? else {
        return Ok(Value::Null);
    };
    let rules: Rules = compiled
        .into_iter()
        .map(|p| (p, Replacer::Callback(&callback, flags)))
        .collect();
    let (result, count) = replace_subjects(it, a, &rules, 2, limit, false)?;
    if a.has(4) {
        a.set_ref(4, Value::Int(count));
    }
    Ok(result)
}

fn preg_replace_callback_array(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let map = a.array(it, 0)?;
    let limit = a.opt_int(it, 2)?.unwrap_or(-1);
    let flags = callback_flags(it, a, 4)?;
    set_error(NO_ERROR);
    let entries: Vec<(Key, Value)> = map
        .table()
        .iter()
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .collect();
    let mut callbacks = Vec::with_capacity(entries.len());
    let mut patterns = Vec::with_capacity(entries.len());
    for (k, cb) in entries {
        let pattern = match k {
            Key::Int(i) => Str::new(i.to_string().as_bytes()),
            Key::Str(s) => s,
        };
        if it.try_resolve_callable(&cb)?.is_err() {
            let msg = "Argument #1 ($pattern) must contain only valid callbacks";
            return Err(fn_error(it, a, "TypeError", msg));
        }
        match compile(it, a, pattern.as_bytes())? {
            Some(p) => patterns.push(p),
            None => return Ok(Value::Null),
        }
        callbacks.push(cb);
    }
    let rules: Rules = patterns
        .into_iter()
        .zip(callbacks.iter())
        .map(|(p, cb)| (p, Replacer::Callback(cb, flags)))
        .collect();
    let (result, count) = replace_subjects(it, a, &rules, 1, limit, false)?;
    if a.has(3) {
        a.set_ref(3, Value::Int(count));
    }
    Ok(result)
}

// ---- splitting, quoting, filtering ------------------------------------------------------

fn preg_split(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let pattern = a.string(it, 0)?;
    let subject = a.string(it, 1)?;
    let mut limit = a.nullable_int(it, 2)?.unwrap_or(-1);
    let flags = a.opt_int(it, 3)?.unwrap_or(0);
    let Some(p) = compile(it, a, pattern.as_bytes())? else {
        return Ok(Value::Bool(false));
    };
    set_error(NO_ERROR);
    if limit == 0 {
        limit = -1;
    }
    let no_empty = flags & SPLIT_NO_EMPTY != 0;
    let delim_capture = flags & SPLIT_DELIM_CAPTURE != 0;
    let offset_capture = flags & SPLIT_OFFSET_CAPTURE != 0;
    let s = subject.as_bytes();
    if let Err(e) = check_subject(&p, s, 0) {
        record(e);
        return Ok(Value::Bool(false));
    }
    let mut out = Arr::new();
    let piece = |out: &mut Arr, from: usize, to: usize| {
        let text = if from == 0 && to == s.len() {
            Value::Str(subject.clone())
        } else {
            slice_value(&s[from..to])
        };
        if offset_capture {
            let mut pair = Arr::with_capacity(2);
            pair.table_mut().push(text);
            pair.table_mut().push(Value::Int(from as i64));
            out.table_mut().push(Value::Arr(pair));
        } else {
            out.table_mut().push(text);
        }
    };
    let mut last = 0;
    let mut matcher = Matcher::new(&p, s, 0);
    while limit == -1 || limit > 1 {
        let spans = match matcher.next_match() {
            Err(e) => {
                record(e);
                return Ok(Value::Bool(false));
            }
            Ok(None) => break,
            Ok(Some(spans)) => spans,
        };
        let (ms, me) = spans[0].unwrap_or((last, last));
        if !no_empty || ms != last {
            piece(&mut out, last, ms);
            if limit != -1 {
                limit -= 1;
            }
        }
        if delim_capture {
            let reported = reported_groups(&spans, 0);
            for span in spans.iter().take(reported).skip(1) {
                let (gs, ge) = span.unwrap_or((0, 0));
                if !no_empty || gs != ge {
                    piece(&mut out, gs, ge);
                }
            }
        }
        last = me;
    }
    if !no_empty || last < s.len() {
        piece(&mut out, last, s.len());
    }
    Ok(Value::Arr(out))
}

fn preg_quote(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let s = a.string(it, 0)?;
    let delim = a
        .nullable_string(it, 1)?
        .and_then(|d| d.as_bytes().first().copied());
    let special = |c: u8| {
        matches!(
            c,
            b'.' | b'\\'
                | b'+'
                | b'*'
                | b'?'
                | b'['
                | b'^'
                | b']'
                | b'$'
                | b'('
                | b')'
                | b'{'
                | b'}'
                | b'='
                | b'!'
                | b'>'
                | b'<'
                | b'|'
                | b':'
                | b'-'
                | b'#'
        )
    };
    if !s
        .as_bytes()
        .iter()
        .any(|&c| special(c) || c == 0 || Some(c) == delim)
    {
        return Ok(Value::Str(s));
    }
    let mut out = Vec::with_capacity(s.len() * 2);
    for &c in s.as_bytes() {
        if c == 0 {
            out.extend_from_slice(b"\\000");
            continue;
        }
        if special(c) || Some(c) == delim {
            out.push(b'\\');
        }
        out.push(c);
    }
    Ok(bytes_value(&out))
}

fn preg_grep(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let pattern = a.string(it, 0)?;
    let arr = a.array(it, 1)?;
    let flags = a.opt_int(it, 2)?.unwrap_or(0);
    let Some(p) = compile(it, a, pattern.as_bytes())? else {
        return Ok(Value::Bool(false));
    };
    set_error(NO_ERROR);
    let invert = flags & GREP_INVERT != 0;
    let entries: Vec<(Key, Value)> = arr
        .table()
        .iter()
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .collect();
    let mut out = Arr::new();
    for (k, v) in entries {
        let s = it.to_str(&v)?;
        let found = check_subject(&p, s.as_bytes(), 0).and_then(|_| find_at(&p, s.as_bytes(), 0));
        match found {
            Err(e) => {
                record(e);
                break;
            }
            Ok(m) => {
                if m.is_some() != invert {
                    out.table_mut().insert(k, v.deref_clone());
                }
            }
        }
    }
    Ok(Value::Arr(out))
}

fn preg_last_error(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(Value::Int(LAST_ERROR.with(|e| e.get())))
}

fn preg_last_error_msg(_it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let msg: &[u8] = match LAST_ERROR.with(|e| e.get()) {
        NO_ERROR => b"No error",
        INTERNAL_ERROR => b"Internal error",
        BACKTRACK_LIMIT_ERROR => b"Backtrack limit exhausted",
        3 => b"Recursion limit exhausted",
        BAD_UTF8_ERROR => b"Malformed UTF-8 characters, possibly incorrectly encoded",
        BAD_UTF8_OFFSET_ERROR => {
            b"The offset did not correspond to the beginning of a valid UTF-8 code point"
        }
        JIT_STACKLIMIT_ERROR => b"JIT stack limit exhausted",
        _ => b"Unknown error",
    };
    Ok(Value::Str(Str::interned(msg)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_and_modifiers_are_checked() {
        assert_eq!(
            parse_pattern(b"abc").err().unwrap(),
            "Delimiter must not be alphanumeric, backslash, or NUL"
        );
        assert_eq!(
            parse_pattern(b"/abc").err().unwrap(),
            "No ending delimiter '/' found"
        );
        assert_eq!(
            parse_pattern(b"(abc").err().unwrap(),
            "No ending matching delimiter ')' found"
        );
        assert_eq!(
            parse_pattern(b"/abc/q").err().unwrap(),
            "Unknown modifier 'q'"
        );
        assert_eq!(
            parse_pattern(b"").err().unwrap(),
            "Empty regular expression"
        );
        assert_eq!(
            parse_pattern(b"/(abc/").err().unwrap(),
            "Compilation failed: missing closing parenthesis at offset 4"
        );
        assert!(parse_pattern(b"{a{1,2}}i").is_ok());
        assert!(parse_pattern(b"  #a#").is_ok());
    }

    #[test]
    fn replacement_references() {
        let pieces = parse_replacement(b"<$1|\\2|${10}|\\$1|$x>");
        let shown: Vec<String> = pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => String::from_utf8_lossy(t).into_owned(),
                Piece::Group(g) => format!("#{}", g),
            })
            .collect();
        assert_eq!(shown, vec!["<", "#1", "|", "#2", "|", "#10", "|$1|$x>"]);
    }
}
