//! International Bank Account Numbers (ISO 13616).
//!
//! An IBAN names one account and so one person; it is also self-checking,
//! which makes it one of the few values we can recognise in free text with
//! almost no false positives: the country fixes the length and the mod-97
//! check rejects all but one in 97 random strings of that shape.

use super::MAX_VALUE_LEN;

/// IBAN length per country, from the SWIFT IBAN registry: every SEPA country
/// plus the other registered ones pages are likely to show. Sorted by code
/// for binary search.
static IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BI", 27),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DJ", 27),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FK", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HN", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("LY", 25),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MN", 20),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NI", 28),
    ("NL", 18),
    ("NO", 15),
    ("OM", 23),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("RU", 33),
    ("SA", 24),
    ("SC", 31),
    ("SD", 18),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("SO", 23),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
    ("YE", 30),
];

/// Separators printed between the groups of four. Pages use plain and
/// non-breaking spaces; anything else ends the candidate.
fn is_group_sep(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

fn expected_len(country: &str) -> Option<usize> {
    IBAN_LENGTHS
        .binary_search_by(|(cc, _)| (*cc).cmp(country))
        .ok()
        .map(|i| IBAN_LENGTHS[i].1)
}

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

/// The check on an upper-case, separator-free candidate.
fn valid_compact(iban: &str) -> bool {
    let b = iban.as_bytes();
    if b.len() < 15 || !b[0].is_ascii_uppercase() || !b[1].is_ascii_uppercase() {
        return false;
    }
    if !b[2].is_ascii_digit() || !b[3].is_ascii_digit() {
        return false;
    }
    // Check digits 00, 01 and 99 cannot come out of the ISO 7064 computation.
    let check = (b[2] - b'0') * 10 + (b[3] - b'0');
    if !(2..=98).contains(&check) {
        return false;
    }
    if expected_len(&iban[..2]) != Some(b.len()) {
        return false;
    }
    if !b
        .iter()
        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    {
        return false;
    }
    mod97(b) == 1
}

/// ISO 7064 MOD 97-10 over the rearranged number (BBAN first, then country
/// and check digits), letters counting as 10..=35. Computed digit by digit so
/// no big integers are needed.
fn mod97(iban: &[u8]) -> u32 {
    let (head, bban) = iban.split_at(4);
    let mut rem: u32 = 0;
    for &c in bban.iter().chain(head) {
        if c.is_ascii_digit() {
            rem = (rem * 10 + u32::from(c - b'0')) % 97;
        } else {
            let v = u32::from(c - b'A') + 10;
            rem = (rem * 100 + v) % 97;
        }
    }
    rem
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
/// chars it spans.
fn candidate_at(chars: &[(usize, char)]) -> Option<(String, usize)> {
    let country: String = chars[..2]
        .iter()
        .map(|&(_, c)| c.to_ascii_uppercase())
        .collect();
    let want = expected_len(&country)?;
    let mut compact = String::with_capacity(want);
    let mut j = 0;
    while compact.len() < want {
        let &(_, c) = chars.get(j)?;
        if c.is_ascii_alphanumeric() {
            compact.push(c.to_ascii_uppercase());
            j += 1;
        } else if is_group_sep(c)
            && chars
                .get(j + 1)
                .is_some_and(|&(_, n)| n.is_ascii_alphanumeric())
        {
            j += 1;
        } else {
            return None;
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

    #[test]
    fn length_table_is_sorted_and_sane() {
        assert!(IBAN_LENGTHS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(IBAN_LENGTHS
            .iter()
            .all(|(cc, n)| cc.len() == 2 && (15..=34).contains(n)));
        assert_eq!(expected_len("DE"), Some(22));
        assert_eq!(expected_len("XX"), None);
    }

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
