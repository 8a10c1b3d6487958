//! Calendar time BIFs: `date/0`, `time/0`, `localtime/0`, `universaltime/0`,
//! `localtime_to_universaltime/1,2`, `universaltime_to_localtime/1`, `time_offset/0,1`, and
//! `os:timestamp/0`, `os:system_time/0,1`. The clock is the platform's; local time is UTC
//! plus the platform's offset (UTC unless the platform says otherwise).
//!
//! Dates are proleptic Gregorian; OTP accepts years 1902 to 2147483646 in conversions.

use crate::bif::erlang::{now_ns, system_time0, system_time1, timestamp0, unit_per_second};
use crate::bif::BifDef;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;

type A<'a> = &'a [Term];

/// A date and time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
}

/// Days since 1970-01-01 of a Gregorian date (valid for any year).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date `days` days after 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
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

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl DateTime {
    pub fn from_unix(secs: i64) -> DateTime {
        let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
        let s = secs.rem_euclid(86_400);
        DateTime {
            year: y,
            month: m,
            day: d,
            hour: s / 3600,
            minute: s / 60 % 60,
            second: s % 60,
        }
    }
    pub fn to_unix(self) -> i64 {
        days_from_civil(self.year, self.month, self.day) * 86_400
            + self.hour * 3600
            + self.minute * 60
            + self.second
    }

    /// `{{Y, M, D}, {H, Mi, S}}` as OTP's conversions accept it, or `None`.
    fn from_term(t: Term) -> Option<DateTime> {
        let dt = t.as_tuple().filter(|x| x.len() == 2)?;
        let date = dt[0].as_tuple().filter(|x| x.len() == 3)?;
        let time = dt[1].as_tuple().filter(|x| x.len() == 3)?;
        let v = |t: Term| t.as_small();
        let r = DateTime {
            year: v(date[0])?,
            month: v(date[1])?,
            day: v(date[2])?,
            hour: v(time[0])?,
            minute: v(time[1])?,
            second: v(time[2])?,
        };
        let ok = (1902..=2_147_483_646).contains(&r.year)
            && (1..=12).contains(&r.month)
            && r.day >= 1
            && r.day <= days_in_month(r.year, r.month)
            && (0..24).contains(&r.hour)
            && (0..60).contains(&r.minute)
            && (0..60).contains(&r.second);
        ok.then_some(r)
    }

    fn date_term(self, p: &mut Process) -> Term {
        p.heap.tuple(&[
            Term::small(self.year),
            Term::small(self.month),
            Term::small(self.day),
        ])
    }
    fn time_term(self, p: &mut Process) -> Term {
        p.heap.tuple(&[
            Term::small(self.hour),
            Term::small(self.minute),
            Term::small(self.second),
        ])
    }
    fn to_term(self, p: &mut Process) -> Term {
        let d = self.date_term(p);
        let t = self.time_term(p);
        p.heap.tuple(&[d, t])
    }
}

fn utc_now() -> i64 {
    (now_ns(true) / 1_000_000_000) as i64
}

fn offset_at(utc: i64) -> i64 {
    crate::platform::platform().map_or(0, |pl| pl.utc_offset_seconds(utc))
}

fn local_now() -> DateTime {
    let utc = utc_now();
    DateTime::from_unix(utc + offset_at(utc))
}

fn date(p: &mut Process, _a: A) -> BifResult {
    Ok(local_now().date_term(p))
}
fn time(p: &mut Process, _a: A) -> BifResult {
    Ok(local_now().time_term(p))
}
fn localtime(p: &mut Process, _a: A) -> BifResult {
    Ok(local_now().to_term(p))
}
fn universaltime(p: &mut Process, _a: A) -> BifResult {
    Ok(DateTime::from_unix(utc_now()).to_term(p))
}

fn universaltime_to_localtime(p: &mut Process, a: A) -> BifResult {
    let dt = DateTime::from_term(a[0]).ok_or_else(Exception::badarg)?;
    let utc = dt.to_unix();
    Ok(DateTime::from_unix(utc + offset_at(utc)).to_term(p))
}

/// `localtime_to_universaltime/1,2`. `IsDst = true` takes the local time as daylight saving
/// time, one hour ahead of standard time; `false` and `undefined` take it as it comes.
fn localtime_to_universaltime(p: &mut Process, a: A) -> BifResult {
    let dt = DateTime::from_term(a[0]);
    let dst = match a.get(1) {
        None => false,
        Some(&t) if t == Term::TRUE => true,
        Some(&t) if t == Term::FALSE || t == Term::UNDEFINED => false,
        Some(_) => return Err(Exception::badarg()),
    };
    let dt = dt.ok_or_else(Exception::badarg)?;
    let local = dt.to_unix();
    let utc = local - offset_at(local) - if dst { 3600 } else { 0 };
    Ok(DateTime::from_unix(utc).to_term(p))
}

/// `erlang:time_offset/0,1`: system time minus monotonic time.
fn time_offset(p: &mut Process, a: A) -> BifResult {
    let per = match a.first() {
        None => 1_000_000_000,
        Some(&u) => unit_per_second(u).ok_or_else(Exception::badarg)?,
    };
    let ns = i128::from(now_ns(true)) - i128::from(now_ns(false));
    let v = (ns * i128::from(per)).div_euclid(1_000_000_000);
    Ok(crate::term::make_i128(&mut p.heap, v))
}

fn os_system_time(p: &mut Process, a: A) -> BifResult {
    if a.is_empty() {
        system_time0(p, a)
    } else {
        system_time1(p, a)
    }
}

pub static BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "date", 0 => date;
    "time", 0 => time;
    "localtime", 0 => localtime;
    "universaltime", 0 => universaltime;
    "universaltime_to_localtime", 1 => universaltime_to_localtime;
    "localtime_to_universaltime", 1 => localtime_to_universaltime;
    "localtime_to_universaltime", 2 => localtime_to_universaltime;
    "time_offset", 0 => time_offset;
    "time_offset", 1 => time_offset;
};

pub static OS_BIFS: &[BifDef] = crate::bif_table! { "os";
    "timestamp", 0 => timestamp0;
    "system_time", 0 => os_system_time;
    "system_time", 1 => os_system_time;
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [
            -1_000_000i64,
            -719_468,
            -1,
            0,
            1,
            59,
            60,
            365,
            10_957,
            19_000,
            2_932_896,
        ] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(days_from_civil(1902, 1, 1), -24_837);
    }
}
