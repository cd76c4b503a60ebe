//! International Bank Account Numbers (ISO 13616).
//!
//! An IBAN names one account and so one person; it is also self-checking,
//! which makes it one of the few values we can recognise in free text with
//! almost no false positives: the country fixes the length and the layout
//! of the account part, and the mod-97 check rejects all but one in 97
//! random strings of that shape.
//!
//! Which countries issue IBANs, and how long and how laid out each one's
//! is, comes from the SWIFT registry through the `iban_validate` crate
//! (every registered country, the account part's letters and digits
//! checked; about 9 KiB gzip in the .wasm, measured in BENCHMARKS.md).
//! This module keeps what the crate does not do: reading an IBAN as pages
//! print it (groups of four, non-breaking spaces) and finding it in text.

use super::MAX_VALUE_LEN;

/// Separators printed between the groups of four. Pages use plain and
/// non-breaking spaces; anything else ends the candidate.
fn is_group_sep(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The most characters an IBAN has (ISO 13616); the fewest any registered
/// country's has is 15 (Norway).
const MAX_LEN: usize = 34;
const MIN_LEN: usize = 15;

/// Whether `s` is one valid IBAN: grouped or compact, any case, with the
/// length its country prescribes and a correct mod-97 check.
pub fn is_valid_iban(s: &str) -> bool {
    let s = s.trim();
    if s.len() > MAX_VALUE_LEN {
        return false;
    }
    let mut compact = String::with_capacity(34);
    let mut prev_sep = true;
    for c in s.chars() {
        if is_group_sep(c) {
            // One separator between groups; a double space is two values.
            if prev_sep {
                return false;
            }
            prev_sep = true;
        } else if c.is_ascii_alphanumeric() {
            compact.push(c.to_ascii_uppercase());
            prev_sep = false;
        } else {
            return false;
        }
    }
    valid_compact(&compact)
}

/// The check on an upper-case, separator-free candidate: its country's
/// length and layout from the registry, and the mod-97 check digits.
fn valid_compact(iban: &str) -> bool {
    let b = iban.as_bytes();
    if !(MIN_LEN..=MAX_LEN).contains(&b.len()) || !b[2].is_ascii_digit() || !b[3].is_ascii_digit() {
        return false;
    }
    // Check digits 00, 01 and 99 cannot come out of the ISO 7064 computation.
    let check = (b[2] - b'0') * 10 + (b[3] - b'0');
    (2..=98).contains(&check) && iban.parse::<iban::Iban>().is_ok()
}

/// Every valid IBAN in free text, grouped in fours or compact, returned
/// compact and upper-case.
///
/// A candidate starts at two letters and two digits standing at a word
/// start; the country then says exactly how many characters to take, single
/// spaces between them allowed. Each candidate reads at most 34 characters
/// plus separators, so the scan stays linear.
pub fn find_ibans(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Two check digits at least; most lines of a page have none.
    if text.bytes().filter(u8::is_ascii_digit).nth(1).is_none() {
        return out;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i + 4 <= chars.len() {
        let at_start = i == 0 || !chars[i - 1].1.is_alphanumeric();
        let shape = chars[i].1.is_ascii_alphabetic()
            && chars[i + 1].1.is_ascii_alphabetic()
            && chars[i + 2].1.is_ascii_digit()
            && chars[i + 3].1.is_ascii_digit();
        if !(at_start && shape) {
            i += 1;
            continue;
        }
        match candidate_at(&chars[i..]) {
            Some((iban, used)) => {
                out.push(iban);
                i += used;
            }
            None => i += 1,
        }
    }
    out
}

/// Reads one IBAN from the start of `chars`; returns it and the number of
/// chars it spans. The characters are read up to [`MAX_LEN`], single
/// spaces between them allowed; the IBAN is the shortest run of them that
/// ends at a word boundary and is valid (a country's IBANs have one length,
/// so at most one run is).
fn candidate_at(chars: &[(usize, char)]) -> Option<(String, usize)> {
    let mut compact = String::with_capacity(MAX_LEN);
    let mut j = 0;
    while compact.len() < MAX_LEN {
        let Some(&(_, c)) = chars.get(j) else { break };
        if c.is_ascii_alphanumeric() {
            compact.push(c.to_ascii_uppercase());
            j += 1;
        } else if is_group_sep(c)
            && chars
                .get(j + 1)
                .is_some_and(|&(_, n)| n.is_ascii_alphanumeric())
        {
            // A separator ends the run read so far at a word boundary.
            if compact.len() >= MIN_LEN && valid_compact(&compact) {
                return Some((compact, j));
            }
            j += 1;
        } else {
            break;
        }
    }
    // The IBAN must end at a word boundary: a longer run of digits is some
    // other number that merely starts like one.
    if chars.get(j).is_some_and(|&(_, c)| c.is_alphanumeric()) {
        return None;
    }
    valid_compact(&compact).then_some((compact, j))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Well-known valid example IBANs in real national formats.
    const VALID: &[&str] = &[
        "DE89 3704 0044 0532 0130 00",
        "DE89370400440532013000",
        "AT61 1904 3002 3457 3201",
        "CH93 0076 2011 6238 5295 7",
        "GB29 NWBK 6016 1331 9268 19",
        "FR14 2004 1010 0505 0001 3M02 606",
        "NL91 ABNA 0417 1643 00",
        "BE68 5390 0754 7034",
        "ES91 2100 0418 4502 0005 1332",
        "IT60 X054 2811 1010 0000 0123 456",
        "PL61 1090 1014 0000 0712 1981 2874",
        "NO93 8601 1117 947",
    ];

    #[test]
    fn accepts_valid_ibans() {
        for ok in VALID {
            assert!(is_valid_iban(ok), "{ok}");
        }
        assert!(is_valid_iban("de89 3704 0044 0532 0130 00"));
        assert!(is_valid_iban("  gb29nwbk60161331926819 "));
        assert!(is_valid_iban(
            "DE89\u{a0}3704\u{a0}0044\u{a0}0532\u{a0}0130\u{a0}00"
        ));
    }

    #[test]
    fn rejects_broken_check_digits() {
        for bad in [
            "DE88 3704 0044 0532 0130 00",
            "AT62 1904 3002 3457 3201",
            "CH94 0076 2011 6238 5295 7",
            "GB28 NWBK 6016 1331 9268 19",
            "FR15 2004 1010 0505 0001 3M02 606",
            "NL92 ABNA 0417 1643 00",
            // One transposed pair in the account number.
            "DE89 3704 0044 0532 0103 00",
        ] {
            assert!(!is_valid_iban(bad), "{bad}");
        }
    }

    #[test]
    fn rejects_wrong_shapes() {
        for bad in [
            "",
            "DE89 3704 0044 0532 0130 0",
            "DE89 3704 0044 0532 0130 000",
            "XX89 3704 0044 0532 0130 00",
            "DE89-3704-0044-0532-0130-00",
            "DE89  3704 0044 0532 0130 00",
            "8937 0400 4405 3201 3000",
            "D E89 3704",
            "DE00 0000 0000 0000 0000 00",
            "Kontonummer",
        ] {
            assert!(!is_valid_iban(bad), "{bad}");
        }
    }

    #[test]
    fn the_registry_lays_out_each_countrys_account_part() {
        // Right length and check digits, but a letter where the German
        // account number has digits, a digit where the Dutch bank code has
        // letters: shapes no bank issues (the old length table took both).
        assert!(!is_valid_iban("DE97 3704 0044 0532 0130 A0"));
        assert!(!is_valid_iban("NL25 1BNA 0417 1643 00"));
        assert!(!is_valid_iban("GB18 NWBK 6016 1331 9268 1X"));
        // Countries beyond Europe, with their own lengths.
        for ok in [
            "BR15 0000 0000 0000 1093 2840 814P2",
            "SA03 8000 0000 6080 1016 7519",
            "MU17 BOMM 0101 1010 3030 0200 000M UR",
        ] {
            assert!(is_valid_iban(ok), "{ok}");
        }
    }

    #[test]
    fn finds_ibans_in_text() {
        let text = "IBAN: DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX; \
                    alt AT611904300234573201 und CH93 0076 2011 6238 5295 7.";
        assert_eq!(
            find_ibans(text),
            vec![
                "DE89370400440532013000",
                "AT611904300234573201",
                "CH9300762011623852957"
            ]
        );
        assert_eq!(
            find_ibans("Konto GB29 NWBK 6016 1331 9268 19 (Hauptkonto)"),
            vec!["GB29NWBK60161331926819"]
        );
    }

    #[test]
    fn find_skips_invalid_and_embedded_candidates() {
        assert!(find_ibans("DE88 3704 0044 0532 0130 00").is_empty());
        assert!(find_ibans("XDE89370400440532013000").is_empty());
        assert!(find_ibans("DE893704004405320130001").is_empty());
        assert!(find_ibans("Bestellung AB12 3456 vom 14.03.1986").is_empty());
        assert!(find_ibans("").is_empty());
        assert!(find_ibans("DE8").is_empty());
        let hostile = "DE89 ".repeat(1000);
        assert!(find_ibans(&hostile).is_empty());
    }
}
