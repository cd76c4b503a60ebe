//! Postal codes.
//!
//! A postcode alone is shared by thousands of people, so this recogniser
//! exists to *support* other evidence: a street line followed by "10961
//! Berlin" is an address, a bare "10961" in a postcode field is a weak
//! finding. It therefore recognises shapes, not real codes: the formats of
//! the countries the pattern tables speak, and nothing looser (a 6-digit
//! number is an order number, not a postcode).

/// Country prefixes written before a postcode ("D-10961", "CH-8001"): the
/// old vehicle-registration letters and the ISO codes that replaced them.
#[rustfmt::skip]
static COUNTRY_PREFIXES: &[&str] = &[
    "a", "at", "b", "be", "ch", "cz", "d", "de", "dk", "e", "es", "f", "fl", "fr", "i", "it", "l",
    "li", "lu", "nl", "p", "pl", "pt", "s", "se",
];

/// Letters never used in the two-letter suffix of a Dutch postcode, and the
/// suffixes withheld for historical reasons.
const NL_UNUSED_LETTERS: &[u8] = b"FIOQUY";
static NL_UNUSED_SUFFIXES: &[&str] = &["SA", "SD", "SS"];

/// Letters never used in the inward code of a UK postcode.
const UK_UNUSED_INWARD: &[u8] = b"CIKMOV";

/// Postcodes are short; anything longer than this is not one.
const MAX_POSTCODE_LEN: usize = 16;

/// Whether the whole trimmed value is a postcode: DE/FR/ES/IT/US five
/// digits, AT/CH/BE/DK/NL four digits, NL "1234 AB", PL "00-950", PT
/// "1234-567", SE/CZ/SK "123 45", US ZIP+4, or UK; optionally led by a
/// country prefix ("D-10961").
pub fn is_postcode(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > MAX_POSTCODE_LEN {
        return false;
    }
    let body = strip_country(s);
    let b = body.as_bytes();
    let digits = |r: &[u8]| !r.is_empty() && r.iter().all(u8::is_ascii_digit);
    match b.len() {
        4 | 5 if digits(b) => !b.iter().all(|&c| c == b'0'),
        6 if b[2] == b'-' && digits(&b[..2]) => digits(&b[3..]),
        6 if b[3] == b' ' && digits(&b[..3]) => digits(&b[4..]) && b[0] != b'0',
        6 | 7 if digits(&b[..4]) => dutch(b),
        8 if b[4] == b'-' && digits(&b[..4]) => digits(&b[5..]),
        10 if b[5] == b'-' && digits(&b[..5]) => digits(&b[6..]),
        7 | 8 if irish(b) => true,
        _ => uk(body),
    }
}

/// Irish Eircode: a routing key (letter, two digits, or "D6W") and a
/// four-character unique identifier, "T12 X2KP" / "D6WXY12".
fn irish(b: &[u8]) -> bool {
    let compact: Vec<u8> = b.iter().copied().filter(|&c| c != b' ').collect();
    if compact.len() != 7 || (b.len() == 8 && b[3] != b' ') {
        return false;
    }
    let up: Vec<u8> = compact.iter().map(u8::to_ascii_uppercase).collect();
    let routing = up[0].is_ascii_uppercase()
        && up[1].is_ascii_digit()
        && (up[2].is_ascii_digit() || &up[..3] == b"D6W");
    let unique =
        up[3..].iter().all(u8::is_ascii_alphanumeric) && up[3..].iter().any(u8::is_ascii_uppercase);
    routing && unique
}

/// "1234 AB" or "1234AB"; the first digit is never 0.
fn dutch(b: &[u8]) -> bool {
    let letters = match b.len() {
        6 => &b[4..],
        7 if b[4] == b' ' => &b[5..],
        _ => return false,
    };
    let upper = [
        letters[0].to_ascii_uppercase(),
        letters[1].to_ascii_uppercase(),
    ];
    b[0] != b'0'
        && upper
            .iter()
            .all(|c| c.is_ascii_uppercase() && !NL_UNUSED_LETTERS.contains(c))
        && !NL_UNUSED_SUFFIXES
            .iter()
            .any(|s| s.as_bytes() == upper.as_slice())
}

/// UK postcodes: an outward code (A9, A99, A9A, AA9, AA99, AA9A), an
/// optional single space, and an inward code (9AA). Case-insensitive, since
/// people type them in lower case.
fn uk(s: &str) -> bool {
    let up = s.to_ascii_uppercase();
    if up == "GIR 0AA" || up == "GIR0AA" {
        return true;
    }
    let b = up.as_bytes();
    if !(5..=8).contains(&b.len()) {
        return false;
    }
    let (outward, inward) = b.split_at(b.len() - 3);
    let outward = outward.strip_suffix(b" ").unwrap_or(outward);
    let inward_ok = inward[0].is_ascii_digit()
        && inward[1..]
            .iter()
            .all(|c| c.is_ascii_uppercase() && !UK_UNUSED_INWARD.contains(c));
    let a = |i: usize| outward[i].is_ascii_uppercase();
    let d = |i: usize| outward[i].is_ascii_digit();
    let outward_ok = match outward.len() {
        2 => a(0) && d(1),
        3 => a(0) && ((d(1) && (d(2) || a(2))) || (a(1) && d(2))),
        4 => a(0) && a(1) && d(2) && (d(3) || a(3)),
        _ => false,
    };
    inward_ok && outward_ok
}

/// Strips a country prefix such as "D-" or "CH-" when a digit follows.
fn strip_country(s: &str) -> &str {
    let Some((prefix, rest)) = s.split_once('-') else {
        return s;
    };
    let known = COUNTRY_PREFIXES
        .iter()
        .any(|p| p.eq_ignore_ascii_case(prefix));
    if known && rest.starts_with(|c: char| c.is_ascii_digit()) {
        rest
    } else {
        s
    }
}

/// The comparison key of a postcode: upper case, no whitespace, no country
/// prefix. "d-10961" and "10961", "sw1a1aa" and "SW1A 1AA" compare equal.
pub fn normalize_postcode(s: &str) -> String {
    strip_country(s.trim())
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn eircodes() {
        assert!(super::is_postcode("T12 X2KP"));
        assert!(super::is_postcode("D6W XY12"));
        assert!(!super::is_postcode("T12 34567"));
    }

    use super::*;

    #[test]
    fn accepts_postcode_formats() {
        for ok in [
            "10961",
            "75008",
            "28013",
            "00184",
            "1010",
            "8001",
            "1000",
            "2100",
            "1012 AB",
            "1012AB",
            "1012 ab",
            "00-950",
            "1234-567",
            "113 51",
            "SW1A 1AA",
            "SW1A1AA",
            "M1 1AE",
            "EC1A 1BB",
            "W1A 0AX",
            "B33 8TH",
            "CR2 6XH",
            "DN55 1PT",
            "sw1a 1aa",
            "GIR 0AA",
            "12345-6789",
            "D-10961",
            "d-10961",
            "DE-10961",
            "A-1010",
            "CH-8001",
            "NL-1012 AB",
            " 10961 ",
        ] {
            assert!(is_postcode(ok), "{ok}");
        }
    }

    #[test]
    fn rejects_non_postcodes() {
        for bad in [
            "",
            "123",
            "109",
            "123456",
            "1234567",
            "00000",
            "0000",
            "0123 AB",
            "1012 SS",
            "1012 FI",
            "Berlin",
            "PLZ",
            "SW1A",
            "SW1A 1CA",
            "1AA 1AA",
            "X-10961",
            "D-Berlin",
            "10961 Berlin",
            "12345-678",
            "123-45",
            "14.03.1986",
            "+49 30 1234",
            "DE89 3704 0044 0532 0130 00",
        ] {
            assert!(!is_postcode(bad), "{bad}");
        }
    }

    #[test]
    fn normalizes_for_comparison() {
        assert_eq!(normalize_postcode(" d-10961 "), "10961");
        assert_eq!(normalize_postcode("CH-8001"), "8001");
        assert_eq!(normalize_postcode("sw1a 1aa"), "SW1A1AA");
        assert_eq!(normalize_postcode("1012 ab"), "1012AB");
        assert_eq!(normalize_postcode("00-950"), "00-950");
        assert_eq!(normalize_postcode("12345-6789"), "12345-6789");
        assert_eq!(normalize_postcode(""), "");
    }
}
