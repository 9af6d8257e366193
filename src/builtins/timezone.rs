//! Time zones for the date functions: the proleptic Gregorian calendar,
//! zone rules read from the system's tz database (TZif files under
//! `/usr/share/zoneinfo`, with their POSIX-TZ footer for times past the
//! last transition), and conversions between Unix timestamps and local
//! wall-clock time. `UTC` works without the database.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

const ZONEINFO: &str = "/usr/share/zoneinfo";

// ---- the calendar ---------------------------------------------------------------

/// Days from 1970-01-01 to the given proleptic Gregorian date.
/// (Out-of-range inputs wrap around, as PHP's arithmetic does.)
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let (y, m, d) = (y as i128, m as i128, d as i128);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9).rem_euclid(12);
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as i64
}

/// The date of a day count from 1970-01-01: (year, month, day).
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

pub fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Day of the week of a day count: 0 = Sunday.
pub fn weekday(days: i64) -> i64 {
    (days + 4).rem_euclid(7)
}

/// A moment as a clock on the wall shows it.
#[derive(Debug, Clone)]
pub struct LocalTime {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    /// 0 = Sunday.
    pub weekday: i64,
    /// Day of the year, from 0.
    pub yday: i64,
    /// Seconds east of UTC.
    pub offset: i64,
    pub is_dst: bool,
    pub abbr: String,
    pub timestamp: i64,
}

// ---- zone rules -----------------------------------------------------------------

#[derive(Debug, Clone)]
struct ZoneType {
    offset: i64,
    is_dst: bool,
    abbr: String,
}

/// When a POSIX-TZ rule switches: a day of the year and a local time.
#[derive(Debug, Clone, Copy)]
enum RuleDay {
    /// `Jn`: day 1-365, February 29 never counted.
    Julian(i64),
    /// `n`: day 0-365, February 29 counted.
    Zero(i64),
    /// `Mm.w.d`: day `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
    Month(i64, i64, i64),
}

#[derive(Debug, Clone)]
struct PosixRule {
    std: ZoneType,
    dst: Option<(ZoneType, RuleDay, i64, RuleDay, i64)>,
}

/// A time zone's rules.
#[derive(Debug)]
pub struct Zone {
    pub name: String,
    transitions: Vec<(i64, usize)>,
    types: Vec<ZoneType>,
    rule: Option<PosixRule>,
}

impl Zone {
    pub fn utc() -> Zone {
        Zone {
            name: "UTC".into(),
            transitions: Vec::new(),
            types: vec![ZoneType {
                offset: 0,
                is_dst: false,
                abbr: "UTC".into(),
            }],
            rule: None,
        }
    }

    /// The zone type in effect at a timestamp.
    fn type_at(&self, t: i64) -> ZoneType {
        let idx = self.transitions.partition_point(|&(at, _)| at <= t);
        if idx == self.transitions.len() {
            if let Some(rule) = &self.rule {
                if !self.transitions.is_empty() || self.types.is_empty() {
                    return rule.type_at(t);
                }
            }
        }
        if idx == 0 {
            // Before the first transition: the first standard-time type.
            return self
                .types
                .iter()
                .find(|z| !z.is_dst)
                .or(self.types.first())
                .cloned()
                .unwrap_or(ZoneType {
                    offset: 0,
                    is_dst: false,
                    abbr: "UTC".into(),
                });
        }
        self.types[self.transitions[idx - 1].1].clone()
    }

    /// Offset from UTC in seconds at a timestamp.
    pub fn offset_at(&self, t: i64) -> i64 {
        self.type_at(t).offset
    }

    /// The wall-clock time at a timestamp.
    pub fn local(&self, t: i64) -> LocalTime {
        let z = self.type_at(t);
        let local = t.saturating_add(z.offset);
        let days = local.div_euclid(86_400);
        let secs = local.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        LocalTime {
            year,
            month,
            day,
            hour: secs / 3600,
            minute: secs % 3600 / 60,
            second: secs % 60,
            weekday: weekday(days),
            yday: days - days_from_civil(year, 1, 1),
            offset: z.offset,
            is_dst: z.is_dst,
            abbr: z.abbr,
            timestamp: t,
        }
    }

    /// The timestamp of a wall-clock time given as seconds since the
    /// epoch as if it were UTC. A time a change to summer time skips is
    /// read with the offset before the change (so it moves forward); a
    /// repeated time takes the offset in effect at the wall-clock instant
    /// read as UTC, as timelib does.
    pub fn timestamp_of_local(&self, local: i64) -> i64 {
        let first = self.offset_at(local);
        let t = local.saturating_sub(first);
        let second = self.offset_at(t);
        if second == first {
            return t;
        }
        let t2 = local.saturating_sub(second);
        if self.offset_at(t2) == second {
            return t2;
        }
        local.saturating_sub(self.offset_at(t.min(t2)))
    }
}

impl PosixRule {
    fn type_at(&self, t: i64) -> ZoneType {
        let Some((dst, start_day, start_time, end_day, end_time)) = &self.dst else {
            return self.std.clone();
        };
        let year = civil_from_days(t.saturating_add(self.std.offset).div_euclid(86_400)).0;
        // Both switches as UTC timestamps: the start is in standard time,
        // the end in summer time.
        let at = |day: RuleDay, time: i64, offset: i64| {
            rule_day(year, day)
                .saturating_mul(86_400)
                .saturating_add(time - offset)
        };
        let start = at(*start_day, *start_time, self.std.offset);
        let end = at(*end_day, *end_time, dst.offset);
        let in_dst = if start < end {
            t >= start && t < end
        } else {
            t >= start || t < end
        };
        if in_dst {
            dst.clone()
        } else {
            self.std.clone()
        }
    }
}

/// The day count (from 1970) of a rule's day in `year`.
fn rule_day(year: i64, d: RuleDay) -> i64 {
    let jan1 = days_from_civil(year, 1, 1);
    match d {
        RuleDay::Julian(n) => {
            let n = n.clamp(1, 365);
            jan1 + n - 1 + i64::from(is_leap(year) && n > 59)
        }
        RuleDay::Zero(n) => jan1 + n,
        RuleDay::Month(m, w, wd) => {
            let first = days_from_civil(year, m, 1);
            let mut day = first + (wd - weekday(first)).rem_euclid(7) + (w - 1) * 7;
            let last = first + days_in_month(year, m) - 1;
            while day > last {
                day -= 7;
            }
            day
        }
    }
}

// ---- reading TZif files ------------------------------------------------------------

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.b.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn i32(&mut self) -> Option<i64> {
        self.u32().map(|v| v as i32 as i64)
    }
    fn i64(&mut self) -> Option<i64> {
        self.take(8)
            .map(|s| i64::from_be_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]))
    }
}

/// The counts in a TZif header.
struct Counts {
    isut: usize,
    isstd: usize,
    leap: usize,
    time: usize,
    types: usize,
    chars: usize,
}

fn read_header(r: &mut Reader) -> Option<(u8, Counts)> {
    if r.take(4)? != b"TZif" {
        return None;
    }
    let version = r.take(1)?[0];
    r.take(15)?;
    let mut n = [0usize; 6];
    for c in n.iter_mut() {
        *c = r.u32()? as usize;
    }
    Some((
        version,
        Counts {
            isut: n[0],
            isstd: n[1],
            leap: n[2],
            time: n[3],
            types: n[4],
            chars: n[5],
        },
    ))
}

fn parse_tzif(name: &str, b: &[u8]) -> Option<Zone> {
    let mut r = Reader { b, pos: 0 };
    let (version, c) = read_header(&mut r)?;
    let mut wide = false;
    let mut counts = c;
    if version >= b'2' {
        // Skip the 32-bit data block; the 64-bit one follows.
        let skip = counts.time * 5
            + counts.types * 6
            + counts.chars
            + counts.leap * 8
            + counts.isstd
            + counts.isut;
        r.take(skip)?;
        let (_, c2) = read_header(&mut r)?;
        counts = c2;
        wide = true;
    }
    let mut times = Vec::with_capacity(counts.time);
    for _ in 0..counts.time {
        times.push(if wide { r.i64()? } else { r.i32()? });
    }
    let indices = r.take(counts.time)?.to_vec();
    let mut raw_types = Vec::with_capacity(counts.types);
    for _ in 0..counts.types {
        let off = r.i32()?;
        let t = r.take(2)?;
        raw_types.push((off, t[0] != 0, t[1] as usize));
    }
    let chars = r.take(counts.chars)?.to_vec();
    r.take(counts.leap * if wide { 12 } else { 8 } + counts.isstd + counts.isut)?;
    let types: Vec<ZoneType> = raw_types
        .into_iter()
        .map(|(offset, is_dst, idx)| {
            let abbr = chars.get(idx..).unwrap_or(&[]);
            let end = abbr.iter().position(|&c| c == 0).unwrap_or(abbr.len());
            ZoneType {
                offset,
                is_dst,
                abbr: String::from_utf8_lossy(&abbr[..end]).into_owned(),
            }
        })
        .collect();
    let transitions = times
        .into_iter()
        .zip(indices)
        .filter(|&(_, i)| (i as usize) < types.len())
        .map(|(t, i)| (t, i as usize))
        .collect();
    let rule = if wide {
        let rest = &b[r.pos..];
        let text = rest
            .strip_prefix(b"\n")
            .and_then(|s| s.split(|&c| c == b'\n').next());
        text.and_then(|t| parse_posix_tz(std::str::from_utf8(t).ok()?))
    } else {
        None
    };
    Some(Zone {
        name: name.to_string(),
        transitions,
        types,
        rule,
    })
}

// ---- POSIX TZ strings ------------------------------------------------------------

struct TzText<'a> {
    s: &'a [u8],
    pos: usize,
}

impl TzText<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn name(&mut self) -> Option<String> {
        if self.peek() == Some(b'<') {
            let end = self.s[self.pos..].iter().position(|&c| c == b'>')? + self.pos;
            let n = String::from_utf8_lossy(&self.s[self.pos + 1..end]).into_owned();
            self.pos = end + 1;
            return Some(n);
        }
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            self.pos += 1;
        }
        (self.pos - start >= 3)
            .then(|| String::from_utf8_lossy(&self.s[start..self.pos]).into_owned())
    }

    fn number(&mut self) -> Option<i64> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        std::str::from_utf8(&self.s[start..self.pos])
            .ok()?
            .parse()
            .ok()
    }

    /// `[+-]hh[:mm[:ss]]` as seconds.
    fn time(&mut self) -> Option<i64> {
        let sign = match self.peek() {
            Some(b'-') => {
                self.pos += 1;
                -1
            }
            Some(b'+') => {
                self.pos += 1;
                1
            }
            _ => 1,
        };
        let mut secs = self.number()? * 3600;
        for unit in [60, 1] {
            if self.peek() == Some(b':') {
                self.pos += 1;
                secs += self.number()? * unit;
            } else {
                break;
            }
        }
        Some(sign * secs)
    }

    fn rule_day(&mut self) -> Option<RuleDay> {
        match self.peek()? {
            b'J' => {
                self.pos += 1;
                Some(RuleDay::Julian(self.number()?))
            }
            b'M' => {
                self.pos += 1;
                let m = self.number()?;
                self.expect(b'.')?;
                let w = self.number()?;
                self.expect(b'.')?;
                let d = self.number()?;
                Some(RuleDay::Month(m, w, d))
            }
            _ => Some(RuleDay::Zero(self.number()?)),
        }
    }

    fn expect(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.pos += 1)
    }

    /// `,day[/time]`
    fn switch(&mut self) -> Option<(RuleDay, i64)> {
        self.expect(b',')?;
        let day = self.rule_day()?;
        let time = if self.peek() == Some(b'/') {
            self.pos += 1;
            self.time()?
        } else {
            7200
        };
        Some((day, time))
    }
}

fn parse_posix_tz(s: &str) -> Option<PosixRule> {
    let mut t = TzText {
        s: s.as_bytes(),
        pos: 0,
    };
    let std_name = t.name()?;
    let std_offset = -t.time()?;
    let std = ZoneType {
        offset: std_offset,
        is_dst: false,
        abbr: std_name,
    };
    if t.peek().is_none() {
        return Some(PosixRule { std, dst: None });
    }
    let dst_name = t.name()?;
    let dst_offset = if matches!(t.peek(), Some(b',') | None) {
        std_offset + 3600
    } else {
        -t.time()?
    };
    let (start_day, start_time) = t.switch()?;
    let (end_day, end_time) = t.switch()?;
    let dst = ZoneType {
        offset: dst_offset,
        is_dst: true,
        abbr: dst_name,
    };
    Some(PosixRule {
        std,
        dst: Some((dst, start_day, start_time, end_day, end_time)),
    })
}

// ---- finding zones -------------------------------------------------------------------

thread_local! {
    static ZONES: RefCell<HashMap<String, Option<Rc<Zone>>>> = RefCell::new(HashMap::new());
}

/// Whether a name can be a zone identifier (no path tricks).
fn plausible_name(name: &[u8]) -> bool {
    !name.is_empty()
        && name.len() < 64
        && name[0] != b'/'
        && !name.windows(2).any(|w| w == b"..")
        && name
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'_' | b'-' | b'+'))
        && !name.starts_with(b"posix/")
        && !name.starts_with(b"right/")
}

/// The database's spelling of a zone name, matched without regard to case.
fn canonical_name(name: &str) -> Option<String> {
    if std::path::Path::new(ZONEINFO).join(name).is_file() {
        return Some(name.to_string());
    }
    let mut dir = std::path::PathBuf::from(ZONEINFO);
    let mut out = Vec::new();
    for part in name.split('/') {
        let entry = std::fs::read_dir(&dir)
            .ok()?
            .flatten()
            .find(|e| e.file_name().to_string_lossy().eq_ignore_ascii_case(part))?;
        let found = entry.file_name().to_string_lossy().into_owned();
        dir.push(&found);
        out.push(found);
    }
    dir.is_file().then(|| out.join("/"))
}

/// The zone called `name` (any case), if the database has it.
pub fn find_zone(name: &[u8]) -> Option<Rc<Zone>> {
    if name.eq_ignore_ascii_case(b"UTC") {
        return Some(Rc::new(Zone::utc()));
    }
    if !plausible_name(name) {
        return None;
    }
    let key = String::from_utf8_lossy(name).to_ascii_lowercase();
    if let Some(z) = ZONES.with(|z| z.borrow().get(&key).cloned()) {
        return z;
    }
    let zone = canonical_name(&String::from_utf8_lossy(name)).and_then(|canon| {
        let bytes = std::fs::read(std::path::Path::new(ZONEINFO).join(&canon)).ok()?;
        parse_tzif(&canon, &bytes).map(Rc::new)
    });
    ZONES.with(|z| z.borrow_mut().insert(key, zone.clone()));
    zone
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        for days in [-800_000i64, -1, 0, 1, 59, 10_956, 19_000, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(days_from_civil(2000, 1, 1), 10_957);
        assert_eq!(weekday(0), 4);
    }

    #[test]
    fn posix_rules() {
        let r = parse_posix_tz("CET-1CEST,M3.5.0,M10.5.0/3").expect("rule");
        // 2023-07-01 12:00 UTC is summer time; 2023-12-01 is not.
        assert_eq!(r.type_at(1_688_212_800).offset, 7200);
        assert_eq!(r.type_at(1_701_432_000).offset, 3600);
        // The switch: 2023-03-26 01:00 UTC.
        assert_eq!(r.type_at(1_679_792_399).offset, 3600);
        assert_eq!(r.type_at(1_679_792_400).offset, 7200);
        let ny = parse_posix_tz("EST5EDT,M3.2.0,M11.1.0").expect("rule");
        assert_eq!(ny.type_at(1_688_212_800).abbr, "EDT");
        assert_eq!(
            parse_posix_tz("<+0330>-3:30").expect("rule").std.offset,
            12_600
        );
    }
}
