//! Calendar dates, for birth dates above all.
//!
//! A birth date next to a name narrows a person down to a handful of
//! people, and account pages print it in whatever the locale prefers:
//! "14.03.1986", "1986-03-14", "14. März 1986", "March 14, 1986". Every
//! spelling must parse to the same [`Date`] so the profile can compare them.
//! Ambiguous numeric dates are read day first, as everywhere the pattern
//! tables speak except the US; month first is tried only when day first is
//! impossible ("03/14/1986").

use crate::text::word_key;

/// Month names and common abbreviations, in folded form (lower case, ASCII,
/// no dots), for de/en/fr/es/it/nl/pl/tr. Polish lists the genitive that
/// dates use ("14 marca") beside the nominative.
fn month_names() -> &'static [(&'static str, u8)] {
    crate::lang::months()
}

/// Words that may stand between the parts of a written date and carry no
/// value: "14 de marzo de 1986", "the 14th of March", "le 14 mars", "den 14.
/// März", "am 14. März".
fn filler_words() -> &'static [&'static str] {
    crate::lang::date_fillers()
}

/// Ordinal endings after a day number: "14th", "1st", "1er", "1o".
fn ordinal_suffixes() -> &'static [&'static str] {
    crate::lang::ordinal_suffixes()
}

/// Two-digit years up to this one are read as 20xx, later ones as 19xx.
/// Birth dates written with two digits are overwhelmingly last century.
const PIVOT_YEAR: u16 = 29;

/// Whole values longer than this are not a date.
const MAX_DATE_LEN: usize = 64;

/// A calendar date. Field order makes the derived ordering chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date, if it exists in the Gregorian calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }
}

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Parses a whole value as a date, numeric ("14.03.1986", "14.3.86",
/// "1986-03-14", "14/03/1986", "03/14/1986") or written ("14. März 1986",
/// "March 14, 1986", "14 de marzo de 1986").
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.is_empty() || s.len() > MAX_DATE_LEN {
        return None;
    }
    if s.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b'-' | b' '))
    {
        parse_numeric(s)
    } else {
        parse_written(s)
    }
}

/// The month a word names ("März", "march", "mars", or its abbreviation
/// "Apr", "Okt." when only one month starts so), in any language the date
/// tables know.
pub fn month_number(word: &str) -> Option<u8> {
    let w = word_key(word.trim_end_matches('.'));
    if let Some(&(_, m)) = month_names().iter().find(|(name, _)| *name == w) {
        return Some(m);
    }
    if w.len() < 3 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut hits = month_names()
        .iter()
        .filter(|(name, _)| name.starts_with(w.as_str()))
        .map(|&(_, m)| m);
    let first = hits.next()?;
    hits.all(|m| m == first).then_some(first)
}

/// Birth dates we believe: a living customer, born 1900..=2025.
pub fn is_plausible_birth_date(d: &Date) -> bool {
    (1900..=2025).contains(&d.year)
}

/// Three digit groups with the same separator (`.`, `/` or `-`), spaces
/// allowed around it ("14. 03. 1986").
fn parse_numeric(s: &str) -> Option<Date> {
    let mut groups: Vec<&str> = Vec::with_capacity(3);
    let mut sep: Option<u8> = None;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if start == i {
            return None;
        }
        groups.push(&s[start..i]);
        if i == b.len() {
            break;
        }
        // One separator, optionally padded with spaces.
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        let c = *b.get(i)?;
        if c == b' ' || c.is_ascii_digit() || sep.is_some_and(|p| p != c) {
            return None;
        }
        sep = Some(c);
        i += 1;
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        if i == b.len() || groups.len() == 3 {
            return None;
        }
    }
    let [a, m, c] = groups.as_slice() else {
        return None;
    };
    let num = |g: &str| g.parse::<u16>().ok();
    if a.len() == 4 {
        if m.len() > 2 || c.len() > 2 {
            return None;
        }
        return Date::new(
            full_year(a)?,
            u8::try_from(num(m)?).ok()?,
            u8::try_from(num(c)?).ok()?,
        );
    }
    if a.len() > 2 || m.len() > 2 {
        return None;
    }
    let year = full_year(c)?;
    let (x, y) = (u8::try_from(num(a)?).ok()?, u8::try_from(num(m)?).ok()?);
    // Day first; month first only where that is the sole valid reading and
    // the separator is one US dates use.
    Date::new(year, y, x).or_else(|| {
        if sep == Some(b'.') {
            None
        } else {
            Date::new(year, x, y)
        }
    })
}

/// A year written with two or four digits.
fn full_year(g: &str) -> Option<u16> {
    let y: u16 = g.parse().ok()?;
    match g.len() {
        2 if y <= PIVOT_YEAR => Some(2000 + y),
        2 => Some(1900 + y),
        4 if y >= 1000 => Some(y),
        _ => None,
    }
}

/// One token of a written date.
#[derive(Clone, Copy)]
enum Part<'a> {
    /// Digits, and whether an ordinal ending followed them.
    Num(&'a str, bool),
    Month(u8),
}

/// Written dates: day, month name and year in either common order, on the
/// folded text so "März", "Maerz" and "MÄRZ." all read as March (in a
/// script `fold` drops, on the words as written: "3 марта 2026 г.").
fn parse_written(s: &str) -> Option<Date> {
    let folded = word_key(s);
    let mut parts = Vec::with_capacity(3);
    for tok in folded.split(' ') {
        if filler_words().contains(&tok) {
            continue;
        }
        if parts.len() == 3 {
            return None;
        }
        parts.push(classify(tok)?);
    }
    let (day, month, year) = match parts.as_slice() {
        [Part::Num(d, _), Part::Month(m), Part::Num(y, false)] if d.len() <= 2 => (*d, *m, *y),
        [Part::Month(m), Part::Num(d, _), Part::Num(y, false)] if d.len() <= 2 => (*d, *m, *y),
        [Part::Num(y, false), Part::Month(m), Part::Num(d, _)] if y.len() == 4 && d.len() <= 2 => {
            (*d, *m, *y)
        }
        _ => return None,
    };
    Date::new(full_year(year)?, month, day.parse().ok()?)
}

fn classify(tok: &str) -> Option<Part<'_>> {
    let n = tok.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 {
        return month_names()
            .iter()
            .find(|(name, _)| *name == tok)
            .map(|&(_, m)| Part::Month(m));
    }
    let (digits, suffix) = tok.split_at(n);
    if suffix.is_empty() {
        Some(Part::Num(digits, false))
    } else if ordinal_suffixes().contains(&suffix) {
        Some(Part::Num(digits, true))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_dates_in_a_script_fold_drops() {
        assert_eq!(parse_date("3 марта 1986 г."), Date::new(1986, 3, 3));
        assert_eq!(parse_date("14 сентября 1990"), Date::new(1990, 9, 14));
        assert_eq!(month_number("Декабря"), Some(12));
        assert_eq!(parse_date("3 марта"), None);
    }

    #[test]
    fn month_table_is_folded_and_unambiguous() {
        for (i, (name, m)) in month_names().iter().enumerate() {
            assert_eq!(word_key(name), *name);
            assert!((1..=12).contains(m));
            for (other, m2) in &month_names()[i + 1..] {
                assert!(name != other || m == m2, "{name} maps to two months");
            }
        }
    }

    fn d(year: u16, month: u8, day: u8) -> Option<Date> {
        Some(Date { year, month, day })
    }

    #[test]
    fn parses_numeric_formats() {
        let want = d(1986, 3, 14);
        for s in [
            "14.03.1986",
            "14.3.1986",
            "14.03.86",
            "1986-03-14",
            "14/03/1986",
            "03/14/1986",
            "14-03-1986",
            "14. 03. 1986",
            " 14.03.1986 ",
            "1986/03/14",
        ] {
            assert_eq!(parse_date(s), want, "{s}");
        }
        assert_eq!(parse_date("01.02.03"), d(2003, 2, 1));
        assert_eq!(parse_date("01.02.29"), d(2029, 2, 1));
        assert_eq!(parse_date("01.02.30"), d(1930, 2, 1));
        assert_eq!(parse_date("05/04/1990"), d(1990, 4, 5));
    }

    #[test]
    fn parses_written_formats() {
        let want = d(1986, 3, 14);
        for s in [
            "14. März 1986",
            "14. Maerz 1986",
            "14. MÄRZ 1986",
            "14 March 1986",
            "March 14, 1986",
            "Mar. 14, 1986",
            "14th March 1986",
            "the 14th of March 1986",
            "14 mars 1986",
            "le 14 mars 1986",
            "14 de marzo de 1986",
            "14 marzo 1986",
            "14 maart 1986",
            "14 marca 1986",
            "14 Mart 1986",
            "14. Mär 1986",
            "14 mrt 1986",
            "1986 March 14",
        ] {
            assert_eq!(parse_date(s), want, "{s}");
        }
        assert_eq!(parse_date("1er janvier 2000"), d(2000, 1, 1));
        assert_eq!(parse_date("3 Sept. 1999"), d(1999, 9, 3));
        assert_eq!(parse_date("3 Jan. 99"), d(1999, 1, 3));
        assert_eq!(parse_date("24 Aralık 1975"), d(1975, 12, 24));
        assert_eq!(parse_date("9 października 1980"), d(1980, 10, 9));
        assert_eq!(parse_date("1. Dezember 1970"), d(1970, 12, 1));
        assert_eq!(parse_date("15 août 1969"), d(1969, 8, 15));
        assert_eq!(parse_date("2 Şubat 2001"), d(2001, 2, 2));
    }

    #[test]
    fn validates_the_calendar() {
        assert_eq!(parse_date("29.02.2000"), d(2000, 2, 29));
        assert_eq!(parse_date("29.02.1996"), d(1996, 2, 29));
        assert_eq!(parse_date("29.02.1900"), None);
        assert_eq!(parse_date("29.02.1986"), None);
        assert_eq!(parse_date("31.04.1986"), None);
        assert_eq!(parse_date("32.01.1986"), None);
        assert_eq!(parse_date("00.01.1986"), None);
        assert_eq!(parse_date("14.13.1986"), None);
        assert_eq!(parse_date("31 June 1986"), None);
        assert_eq!(parse_date("30 February 2000"), None);
    }

    #[test]
    fn rejects_non_dates() {
        for bad in [
            "",
            "14.03",
            "14.03.",
            "1986",
            "14031986",
            "14.03.1986.",
            "14/03-1986",
            "03.14.1986",
            "14.03.198",
            "14.03.6",
            "123.03.1986",
            "1986-3-141",
            "030/12345678",
            "+49 30 123456",
            "10961",
            "14 Foo 1986",
            "March 1986",
            "14 March",
            "14 March 1986 um 12:00",
            "14xx March 1986",
            "March 14th 1986 2",
            "14 March 0986",
            "Geburtsdatum",
            "TT.MM.JJJJ",
            "14..03.1986",
            "1.2.3.4",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(parse_date(&"1".repeat(300)), None);
    }

    #[test]
    fn plausible_birth_dates() {
        assert!(is_plausible_birth_date(&Date {
            year: 1986,
            month: 3,
            day: 14
        }));
        assert!(is_plausible_birth_date(&Date {
            year: 1900,
            month: 1,
            day: 1
        }));
        assert!(is_plausible_birth_date(&Date {
            year: 2025,
            month: 12,
            day: 31
        }));
        assert!(!is_plausible_birth_date(&Date {
            year: 1899,
            month: 12,
            day: 31
        }));
        assert!(!is_plausible_birth_date(&Date {
            year: 2026,
            month: 1,
            day: 1
        }));
    }

    #[test]
    fn dates_order_chronologically() {
        assert!(Date::new(1986, 3, 14) < Date::new(1986, 4, 1));
        assert!(Date::new(1985, 12, 31) < Date::new(1986, 1, 1));
        assert_eq!(Date::new(2023, 2, 29), None);
    }
}
