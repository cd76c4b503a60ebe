//! Telephone numbers.
//!
//! The same number appears as "+49 1520 3948571", "0049 1520 3948571",
//! "01520-3948571" and "+49 (0)1520 3948571"; matching against the user's
//! own number needs one canonical form, E.164 ("+4915203948571"). The
//! national forms need a default country, because "030 12345678" only
//! becomes "+493012345678" if we know we are in Germany.
//!
//! Digit strings are everywhere on a page, so the recogniser is strict about
//! what else a number may contain: separators, one pair of parentheses, a
//! leading "+" and a "Tel.:"-style label. Dates, postcodes and card numbers
//! are handed to their own recognisers first and rejected here.

use super::card::{card_brand, luhn_valid};
use super::date::parse_date;
use super::postcode::is_postcode;
use super::{match_ci, MAX_VALUE_LEN};
use crate::lang::countries::{by_calling_code, COUNTRIES};

/// Calling codes whose national numbers carry a trunk "0" dropped after the
/// country code ([`crate::lang::countries::Country::trunk_zero`]).
fn trunk_zero_codes() -> impl Iterator<Item = &'static str> {
    COUNTRIES
        .iter()
        .filter(|c| c.trunk_zero)
        .map(|c| c.calling_code)
}

/// Labels printed before a number in the same text ("Tel.: 030 …",
/// "Mobil: 0171 …"), lower case. Stripped together with a following `.`/`:`.
fn labels() -> &'static [&'static str] {
    crate::lang::phone_labels()
}

/// Single-letter labels ("T: …", "M. …") count only with a `:` or `.`.
static SHORT_LABELS: &[&str] = &["t", "m", "p", "f"];

/// E.164 allows at most 15 digits; fewer than 6 is an extension or a code.
const MIN_DIGITS: usize = 6;
const MAX_DIGITS: usize = 15;

/// More separator characters in a row than this ("030 / - 123") means the
/// digits are separate values.
const MAX_SEP_RUN: usize = 3;

/// At most this many digit groups: "+33 1 23 45 67 89" has six.
const MAX_GROUPS: usize = 8;

fn is_sep(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\u{a0}'
            | '\u{202f}'
            | '\u{2009}'
            | '-'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2013}'
            | '.'
            | '/'
    )
}

/// Removes a leading "Tel.:", "Phone:" or "tel:" label.
fn strip_label(s: &str) -> &str {
    let after = |n: usize, need_punct: bool| -> Option<&str> {
        let rest = &s[n..];
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        let body = rest.trim_start_matches(|c: char| c == '.' || c == ':' || c.is_whitespace());
        let punct = rest[..rest.len() - body.len()].contains(['.', ':']);
        (!need_punct || punct).then_some(body)
    };
    for l in labels() {
        if let Some(body) = match_ci(s, l).and_then(|n| after(n, false)) {
            return body;
        }
    }
    for l in SHORT_LABELS {
        if let Some(body) = match_ci(s, l).and_then(|n| after(n, true)) {
            return body;
        }
    }
    s
}

/// Whether a normalised number ("+18665343097") is a service number.
pub fn is_service_number(normalized: &str) -> bool {
    let Some(digits) = normalized.strip_prefix('+') else {
        return false;
    };
    // Toll-free, shared-cost and premium ranges ([`crate::lang::countries::Country::service_prefixes`]).
    COUNTRIES.iter().any(|c| {
        digits
            .strip_prefix(c.calling_code)
            .is_some_and(|nsn| c.service_prefixes.iter().any(|p| nsn.starts_with(p)))
    })
}

/// Normalises a phone number to "+", country code and national significant
/// number, digits only ("+4915203948571"). `default_cc` is the calling code
/// for numbers written nationally ("49", "44", "1", …).
pub fn normalize_phone(s: &str, default_cc: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s.len() > MAX_VALUE_LEN {
        return None;
    }
    let body = strip_label(s);
    if parse_date(body).is_some() || is_postcode(body) {
        return None;
    }
    let scan = scan(body)?;
    let digits = scan.digits.as_str();

    let international_part = if scan.plus {
        Some(digits)
    } else if let Some(rest) = digits.strip_prefix("00") {
        Some(rest)
    } else if default_cc == "1" {
        digits.strip_prefix("011")
    } else {
        None
    };

    let number = match international_part {
        Some(num) => {
            if num.starts_with('0') {
                return None;
            }
            // "+49 030 …": a trunk 0 written after the country code.
            let cc = trunk_zero_codes().find(|cc| {
                num.strip_prefix(*cc)
                    .is_some_and(|rest| rest.starts_with('0'))
            });
            match cc {
                Some(cc) => format!("{cc}{}", &num[cc.len() + 1..]),
                None => num.to_string(),
            }
        }
        None => {
            // A national number: looks like a card, then it is one.
            if digits.len() >= 13 && card_brand(digits).is_some() && luhn_valid(digits) {
                return None;
            }
            if default_cc.is_empty()
                || default_cc.len() > 3
                || !default_cc.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            let nsn = if default_cc == "1" {
                // NANP: ten digits, optionally after the "1" trunk prefix;
                // area codes never start with 0 or 1.
                let ten = match digits.len() {
                    11 => digits.strip_prefix('1')?,
                    10 => digits,
                    _ => return None,
                };
                if ten.starts_with(['0', '1']) {
                    return None;
                }
                ten
            } else if by_calling_code(default_cc).is_some_and(|c| c.trunk_zero) {
                // Without its trunk 0 a number has no area code and cannot
                // be placed; nor can a second 0 follow the trunk.
                let nsn = digits.strip_prefix('0')?;
                if nsn.starts_with('0') {
                    return None;
                }
                nsn
            } else {
                digits
            };
            format!("{default_cc}{nsn}")
        }
    };
    if !(MIN_DIGITS..=MAX_DIGITS).contains(&number.len()) {
        return None;
    }
    Some(format!("+{number}"))
}

/// What [`scan`] learnt about a candidate.
struct Scan {
    digits: String,
    plus: bool,
}

/// Checks the characters of a candidate and collects its digits. A "(0)"
/// after an international prefix is the trunk marker and is dropped.
fn scan(body: &str) -> Option<Scan> {
    let plus = body.starts_with('+');
    let rest = if plus { &body[1..] } else { body };
    let international = plus || rest.starts_with("00");
    let mut digits = String::with_capacity(16);
    let mut sep_run = if plus { 1 } else { 0 };
    let mut groups = 0;
    let mut depth = 0;
    let mut parens = 0;
    let mut digits_in_paren = 0;
    let mut slashes = 0;
    let mut prev_digit = false;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            if !prev_digit {
                groups += 1;
            }
            if digits.len() > MAX_DIGITS + 2 {
                return None;
            }
            digits.push(c);
            digits_in_paren += 1;
            prev_digit = true;
            sep_run = 0;
            continue;
        }
        prev_digit = false;
        match c {
            '(' => {
                if international && !digits.is_empty() && rest[i..].starts_with("(0)") {
                    // Skip the "(0)" trunk marker entirely.
                    chars.next();
                    chars.next();
                    sep_run += 1;
                    continue;
                }
                if depth > 0 || parens == 2 {
                    return None;
                }
                depth = 1;
                parens += 1;
                digits_in_paren = 0;
            }
            ')' => {
                if depth == 0 || digits_in_paren == 0 {
                    return None;
                }
                depth = 0;
            }
            '/' => {
                slashes += 1;
                if slashes > 1 {
                    return None;
                }
            }
            c if is_sep(c) => {}
            _ => return None,
        }
        sep_run += 1;
        if sep_run > MAX_SEP_RUN {
            return None;
        }
    }
    if depth != 0 || groups > MAX_GROUPS || digits.is_empty() {
        return None;
    }
    Some(Scan { digits, plus })
}

/// Whether a value reads as a phone number (German default for national
/// forms) and is mostly digits rather than punctuation.
pub fn looks_like_phone(s: &str) -> bool {
    if normalize_phone(s, "49").is_none() {
        return false;
    }
    let body = strip_label(s.trim());
    let digits = body.chars().filter(char::is_ascii_digit).count();
    let others = body
        .chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_whitespace())
        .count();
    digits >= 2 * others
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_numbers_reach_a_business() {
        assert!(is_service_number("+18665343097"));
        assert!(is_service_number("+498001234567"));
        assert!(!is_service_number("+441612345678"));
        assert!(!is_service_number("+4915203948571"));
        assert!(!is_service_number("+15032814476"));
        assert!(!is_service_number("+4989412233"));
    }

    fn n(s: &str, cc: &str) -> Option<String> {
        normalize_phone(s, cc)
    }

    #[test]
    fn german_numbers() {
        let mobile = Some("+4915203948571".to_string());
        assert_eq!(n("+49 1520 3948571", "49"), mobile);
        assert_eq!(n("0049 1520 3948571", "49"), mobile);
        assert_eq!(n("01520-3948571", "49"), mobile);
        assert_eq!(n("01520 3948571", "49"), mobile);
        assert_eq!(n("+49 (0)1520 3948571", "49"), mobile);
        assert_eq!(n("+49 01520 3948571", "49"), mobile);
        assert_eq!(n("Tel.: +49 1520 3948571", "49"), mobile);
        assert_eq!(n("Mobil: 01520/3948571", "49"), mobile);
        assert_eq!(n("tel:+4915203948571", "49"), mobile);
        assert_eq!(n("T: 01520 3948571", "49"), mobile);
        let berlin = Some("+493012345678".to_string());
        assert_eq!(n("+49 (0)30 12345678", "49"), berlin);
        assert_eq!(n("+49 (0) 30 12345678", "49"), berlin);
        assert_eq!(n("030/12345678", "49"), berlin);
        assert_eq!(n("030 / 12345678", "49"), berlin);
        assert_eq!(n("(030) 123 456-78", "49"), berlin);
        assert_eq!(n("030 123 456 78", "49"), berlin);
        assert_eq!(n("Telefon 030-12345678", "49"), berlin);
    }

    #[test]
    fn austrian_and_swiss_numbers() {
        assert_eq!(n("+43 1 5344 0", "49"), Some("+43153440".into()));
        assert_eq!(n("01 5344 0", "43"), Some("+43153440".into()));
        assert_eq!(n("+43 (0)664 1234567", "49"), Some("+436641234567".into()));
        assert_eq!(n("+41 44 668 18 00", "49"), Some("+41446681800".into()));
        assert_eq!(n("044 668 18 00", "41"), Some("+41446681800".into()));
        assert_eq!(n("0041 44 668 18 00", "49"), Some("+41446681800".into()));
    }

    #[test]
    fn uk_us_and_french_numbers() {
        assert_eq!(n("020 7946 0958", "44"), Some("+442079460958".into()));
        assert_eq!(n("+44 20 7946 0958", "49"), Some("+442079460958".into()));
        assert_eq!(n("+44 (0)20 7946 0958", "49"), Some("+442079460958".into()));
        assert_eq!(n("07700 900123", "44"), Some("+447700900123".into()));
        assert_eq!(n("+1 (415) 555-0132", "49"), Some("+14155550132".into()));
        assert_eq!(n("415-555-0132", "1"), Some("+14155550132".into()));
        assert_eq!(n("(415) 555-0132", "1"), Some("+14155550132".into()));
        assert_eq!(n("1-415-555-0132", "1"), Some("+14155550132".into()));
        assert_eq!(n("415.555.0132", "1"), Some("+14155550132".into()));
        assert_eq!(n("011 49 30 12345678", "1"), Some("+493012345678".into()));
        assert_eq!(n("01 23 45 67 89", "33"), Some("+33123456789".into()));
        assert_eq!(n("01.23.45.67.89", "33"), Some("+33123456789".into()));
        assert_eq!(n("+33 1 23 45 67 89", "49"), Some("+33123456789".into()));
        assert_eq!(n("+33 (0)1 23 45 67 89", "49"), Some("+33123456789".into()));
        assert_eq!(
            n("Tél. : 06 12 34 56 78", "33"),
            Some("+33612345678".into())
        );
    }

    #[test]
    fn other_default_countries_keep_their_digits() {
        assert_eq!(n("06 1234 5678", "39"), Some("+390612345678".into()));
        assert_eq!(n("612 345 678", "34"), Some("+34612345678".into()));
    }

    #[test]
    fn rejects_non_numbers() {
        for (bad, cc) in [
            ("", "49"),
            ("12345", "49"),
            ("+49 123", "49"),
            ("14.03.1986", "49"),
            ("14/03/1986", "49"),
            ("1986-03-14", "49"),
            ("10961", "49"),
            ("12345-6789", "1"),
            ("DE89 3704 0044 0532 0130 00", "49"),
            ("4111 1111 1111 1111", "49"),
            ("4111 1111 1111 1111", "1"),
            ("4111 1111 1111 1111", "34"),
            ("+49 1520 3948571 1234 5678", "49"),
            ("030 / - 12345678", "49"),
            ("030 - - 12345678", "49"),
            ("Call 030 12345678 now", "49"),
            ("030 12345678 ext 12", "49"),
            ("Telefonnummer", "49"),
            ("Tel.:", "49"),
            ("12345678", "49"),
            ("0030", "49"),
            ("+0 30 12345678", "49"),
            ("00 0 30 12345678", "49"),
            ("030 (123) (456) (78)", "49"),
            ("030 ((12)) 345678", "49"),
            ("030 () 12345678", "49"),
            ("030 (12345678", "49"),
            ("030)12345678", "49"),
            ("030/123/45678", "49"),
            ("12:30", "49"),
            ("0301234+5678", "49"),
            ("555-0132", "1"),
            ("015-555-0132", "1"),
            ("030 12345678", ""),
            ("030 12345678", "abc"),
            ("1 2 3 4 5 6 7 8 9 0", "39"),
            ("Tx 030 12345678", "49"),
        ] {
            assert_eq!(n(bad, cc), None, "{bad} ({cc})");
        }
        assert_eq!(n(&"0".repeat(300), "49"), None);
        assert_eq!(n(&"1".repeat(40), "39"), None);
    }

    #[test]
    fn looks_like_phone_is_german_by_default() {
        assert!(looks_like_phone("+49 1520 3948571"));
        assert!(looks_like_phone("030/12345678"));
        assert!(looks_like_phone("Tel. (030) 123 456-78"));
        assert!(looks_like_phone("+1 (415) 555-0132"));
        assert!(!looks_like_phone("415-555-0132"));
        assert!(!looks_like_phone("14.03.1986"));
        assert!(!looks_like_phone("Jonas Brenner"));
        assert!(!looks_like_phone("0-1-2-3-4-5"));
    }
}
