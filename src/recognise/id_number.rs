//! Identity documents and national identification numbers.
//!
//! A national number is one person's for life and, unlike a name, nobody
//! else's: a stranger's on a booking or account page is as grave as their
//! IBAN. Where the number carries a check digit it is validated, so that an
//! order number or a sample ("12345678Z" is a valid DNI, "00000000T" is
//! not a person) does not pass for one; where it has none (US Social
//! Security, UK National Insurance) its allocation rules are checked; a
//! passport or identity-card number has neither, and is only believed
//! under a label that names it (`src/lang/*` field rows, type
//! [`FieldType::IdNumber`](crate::kinds::FieldType::IdNumber)).
//!
//! The formats, from each issuer's public specification:
//! - Spain, DNI: 8 digits and a letter, `"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]`;
//!   NIE: `X`/`Y`/`Z` (read as 0/1/2), 7 digits and the same letter.
//! - Italy, codice fiscale: 16 characters, 6 letters, 2 digits, a month
//!   letter, 2 digits, a letter, 3 digits and a check letter computed from
//!   the values of the characters in odd and even positions (digits may be
//!   replaced by letters, "omocodia").
//! - Poland, PESEL: 11 digits, weights 1 3 7 9 1 3 7 9 1 3, check
//!   `(10 - sum % 10) % 10`; the first six digits are a birth date.
//! - Netherlands, BSN: 9 digits passing the "elfproef":
//!   `9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11)`.
//! - Germany, Steuer-ID: 11 digits, not starting with 0, check digit by ISO
//!   7064 MOD 11,10; in the first ten one digit occurs two or three times.
//! - Sweden, personnummer: `YYMMDD-NNNC` (or with the century), a Luhn
//!   check over the ten digits; a day plus 60 is a coordination number.
//! - United States, SSN: `AAA-GG-SSSS`, area not 000, 666 or 900–999, group
//!   not 00, serial not 0000.
//! - United Kingdom, National Insurance number: two letters (neither D, F,
//!   I, Q, U, V; the second not O; not BG, GB, KN, NK, NT, TN, ZZ), six
//!   digits, a suffix A–D.

use super::MAX_VALUE_LEN;

/// Which number a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdScheme {
    SpanishDni,
    SpanishNie,
    ItalianCodiceFiscale,
    PolishPesel,
    DutchBsn,
    GermanTaxId,
    SwedishPersonnummer,
    UsSsn,
    UkNino,
}

/// The national number `v` is, by its format and check digit, among those
/// that can be told by their form alone, wherever they stand: the Spanish
/// DNI and NIE and the Italian codice fiscale. Digit-only numbers (PESEL,
/// BSN, Steuer-ID, personnummer, SSN) look like too many other numbers,
/// and a National Insurance number has no check digit; [`national_number`]
/// reads them under a label.
pub fn distinctive_national_number(v: &str) -> Option<IdScheme> {
    if is_sample(v) {
        return None;
    }
    let c = compact(v)?;
    if is_dni(&c) {
        Some(IdScheme::SpanishDni)
    } else if is_nie(&c) {
        Some(IdScheme::SpanishNie)
    } else if is_codice_fiscale(&c) {
        Some(IdScheme::ItalianCodiceFiscale)
    } else {
        None
    }
}

/// The national number `v` is, of any scheme this module knows: what a
/// value under a label naming a national number must be.
pub fn national_number(v: &str) -> Option<IdScheme> {
    if is_sample(v) {
        return None;
    }
    if let Some(s) = distinctive_national_number(v) {
        return Some(s);
    }
    let c = compact(v)?;
    if is_nino(&c) {
        Some(IdScheme::UkNino)
    } else if is_pesel(&c) {
        Some(IdScheme::PolishPesel)
    } else if is_german_tax_id(&c) {
        Some(IdScheme::GermanTaxId)
    } else if is_bsn(&c) {
        Some(IdScheme::DutchBsn)
    } else if is_personnummer(v) {
        Some(IdScheme::SwedishPersonnummer)
    } else if is_ssn(v) {
        Some(IdScheme::UsSsn)
    } else {
        None
    }
}

/// Whether `v` can be an identity document's number (passport, identity
/// card, driving licence) or a national number: a national number of a
/// known scheme, or 6 to 12 letters and digits with at least two digits,
/// not all the same character. Only under a label that names a document.
pub fn is_id_number(v: &str) -> bool {
    if national_number(v).is_some() {
        return true;
    }
    let Some(c) = compact(v) else {
        return false;
    };
    let digits = c.bytes().filter(u8::is_ascii_digit).count();
    (6..=12).contains(&c.len())
        && digits >= 2
        && c.bytes().all(|b| b.is_ascii_alphanumeric())
        && !c.bytes().all(|b| b == c.as_bytes()[0])
        && !is_sample(v)
}

/// The value upper-cased without spaces, dots, dashes or slashes; `None`
/// when anything else is in it or it is too long to be a number.
fn compact(v: &str) -> Option<String> {
    let v = v.trim();
    if v.is_empty() || v.len() > MAX_VALUE_LEN.min(40) {
        return None;
    }
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            ' ' | '\u{a0}' | '.' | '-' | '/' => {}
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_uppercase()),
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A sample, not a document: its digits count up ("12345678Z", the DNI
/// of every form's example; "123-45-6789") or are all one digit.
fn is_sample(v: &str) -> bool {
    let d: Vec<u8> = v.bytes().filter(u8::is_ascii_digit).collect();
    d.len() >= 6 && (d.windows(2).all(|w| w[1] == w[0] + 1) || d.iter().all(|&x| x == d[0]))
}

fn digits_of(s: &str) -> Option<Vec<u32>> {
    s.chars().map(|c| c.to_digit(10)).collect()
}

const DNI_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

fn dni_letter_ok(number: u32, letter: u8) -> bool {
    DNI_LETTERS[(number % 23) as usize] == letter
}

fn is_dni(c: &str) -> bool {
    let b = c.as_bytes();
    if b.len() != 9 || !b[..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n: u32 = c[..8].parse().unwrap_or(0);
    // "00000000T" passes the letter but names nobody.
    n != 0 && dni_letter_ok(n, b[8])
}

fn is_nie(c: &str) -> bool {
    let b = c.as_bytes();
    if b.len() != 9 || !b[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let lead = match b[0] {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return false,
    };
    let n: u32 = lead * 10_000_000 + c[1..8].parse::<u32>().unwrap_or(0);
    dni_letter_ok(n, b[8])
}

/// Values of the characters in odd positions (1st, 3rd, …) of a codice
/// fiscale, for 0–9 and A–Z alike (a digit counts as the letter at its index).
const CF_ODD: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

fn is_codice_fiscale(c: &str) -> bool {
    let b = c.as_bytes();
    if b.len() != 16 {
        return false;
    }
    // Letters where the shape wants letters; digits, or their omocodia
    // letters, where it wants digits.
    const OMOCODIA: &[u8] = b"LMNPQRSTUV";
    let letter = |i: usize| b[i].is_ascii_uppercase();
    let digitish = |i: usize| b[i].is_ascii_digit() || OMOCODIA.contains(&b[i]);
    let shape = (0..6).all(letter)
        && (6..8).all(digitish)
        && b"ABCDEHLMPRST".contains(&b[8])
        && (9..11).all(digitish)
        && letter(11)
        && (12..15).all(digitish)
        && letter(15);
    if !shape {
        return false;
    }
    let index = |ch: u8| -> u32 {
        if ch.is_ascii_digit() {
            u32::from(ch - b'0')
        } else {
            u32::from(ch - b'A')
        }
    };
    let sum: u32 = b[..15]
        .iter()
        .enumerate()
        .map(|(i, &ch)| {
            let k = index(ch);
            if i % 2 == 0 {
                CF_ODD[k as usize]
            } else {
                k
            }
        })
        .sum();
    b[15] == b'A' + (sum % 26) as u8
}

fn is_pesel(c: &str) -> bool {
    let Some(d) = digits_of(c).filter(|d| d.len() == 11) else {
        return false;
    };
    const W: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = d.iter().zip(W).map(|(a, w)| a * w).sum();
    if (10 - sum % 10) % 10 != d[10] {
        return false;
    }
    // The month carries the century: +20 for 2000–2099, +80 for the 1800s.
    let month = d[2] * 10 + d[3];
    let day = d[4] * 10 + d[5];
    matches!(month % 20, 1..=12) && (1..=31).contains(&day)
}

fn is_bsn(c: &str) -> bool {
    let Some(d) = digits_of(c).filter(|d| d.len() == 9) else {
        return false;
    };
    if d.iter().all(|&x| x == 0) {
        return false;
    }
    let sum: i64 = d[..8]
        .iter()
        .enumerate()
        .map(|(i, &x)| i64::from(x) * (9 - i as i64))
        .sum::<i64>()
        - i64::from(d[8]);
    sum % 11 == 0
}

fn is_german_tax_id(c: &str) -> bool {
    let Some(d) = digits_of(c).filter(|d| d.len() == 11) else {
        return false;
    };
    if d[0] == 0 {
        return false;
    }
    // One digit of the first ten occurs twice or three times, the others
    // at most once.
    let mut counts = [0u8; 10];
    for &x in &d[..10] {
        counts[x as usize] += 1;
    }
    let repeated = counts.iter().filter(|&&n| n >= 2).count();
    if repeated != 1 || counts.iter().any(|&n| n > 3) {
        return false;
    }
    // ISO 7064 MOD 11,10.
    let mut product = 10;
    for &x in &d[..10] {
        let mut sum = (x + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    check == d[10]
}

fn is_personnummer(v: &str) -> bool {
    let v = v.trim();
    // The separator ("-", or "+" past a hundred years) sits before the
    // last four digits; without one the number is 10 or 12 digits.
    let digits: String = v.chars().filter(char::is_ascii_digit).collect();
    let others_ok = v
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | ' '));
    if !others_ok {
        return false;
    }
    let ten = match digits.len() {
        10 => digits.as_str(),
        12 if matches!(&digits[..2], "18" | "19" | "20") => &digits[2..],
        _ => return false,
    };
    let Some(d) = digits_of(ten) else {
        return false;
    };
    let month = d[2] * 10 + d[3];
    let day = d[4] * 10 + d[5];
    let day = if day > 60 { day - 60 } else { day };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return false;
    }
    luhn(&d)
}

/// The Luhn check over any number of digits (the card recogniser's wants
/// at least twelve).
fn luhn(d: &[u32]) -> bool {
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    sum % 10 == 0
}

fn is_ssn(v: &str) -> bool {
    let v = v.trim();
    let b = v.as_bytes();
    // Written "123-45-6789" or "123 45 6789": nine bare digits are anything.
    if b.len() != 11 || !matches!((b[3], b[6]), (b'-', b'-') | (b' ', b' ')) {
        return false;
    }
    let (area, group, serial) = (&v[..3], &v[4..6], &v[7..]);
    if ![area, group, serial]
        .iter()
        .all(|p| p.bytes().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    let a: u32 = area.parse().unwrap_or(0);
    a != 0 && a != 666 && a < 900 && group != "00" && serial != "0000"
}

fn is_nino(c: &str) -> bool {
    let b = c.as_bytes();
    if b.len() != 9
        || !b[0].is_ascii_uppercase()
        || !b[1].is_ascii_uppercase()
        || !b[2..8].iter().all(u8::is_ascii_digit)
        || !b"ABCD".contains(&b[8])
    {
        return false;
    }
    const NEVER: &[u8] = b"DFIQUV";
    if NEVER.contains(&b[0]) || NEVER.contains(&b[1]) || b[1] == b'O' {
        return false;
    }
    !matches!(&c[..2], "BG" | "GB" | "KN" | "NK" | "NT" | "TN" | "ZZ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_dni_and_nie() {
        assert_eq!(national_number("48230561K"), Some(IdScheme::SpanishDni));
        assert_eq!(national_number("48.230.561-K"), Some(IdScheme::SpanishDni));
        assert_eq!(national_number("48230561A"), None, "wrong letter");
        assert_eq!(national_number("12345678Z"), None, "the sample DNI");
        assert_eq!(national_number("00000000T"), None, "nobody");
        assert_eq!(national_number("X5183926W"), Some(IdScheme::SpanishNie));
        assert_eq!(national_number("Y2938475D"), Some(IdScheme::SpanishNie));
        assert_eq!(national_number("X5183926A"), None);
        assert_eq!(national_number("X1234567L"), None, "a sample NIE");
    }

    #[test]
    fn italian_codice_fiscale() {
        assert_eq!(
            distinctive_national_number("RSSMRA85T10A562S"),
            Some(IdScheme::ItalianCodiceFiscale)
        );
        assert_eq!(
            distinctive_national_number("rssmra85t10a562s"),
            Some(IdScheme::ItalianCodiceFiscale)
        );
        assert_eq!(distinctive_national_number("RSSMRA85T10A562T"), None);
        assert_eq!(distinctive_national_number("RSSMRA85X10A562S"), None);
    }

    #[test]
    fn polish_pesel() {
        assert_eq!(national_number("44051401359"), Some(IdScheme::PolishPesel));
        assert_eq!(national_number("02270803624"), Some(IdScheme::PolishPesel));
        assert_eq!(national_number("44051401358"), None);
        assert_eq!(national_number("44151401352"), None, "month 15");
    }

    #[test]
    fn dutch_bsn() {
        assert_eq!(national_number("111222333"), Some(IdScheme::DutchBsn));
        assert_eq!(national_number("123456782"), Some(IdScheme::DutchBsn));
        assert_eq!(national_number("123456789"), None);
        assert_eq!(national_number("000000000"), None);
    }

    #[test]
    fn german_tax_id() {
        assert_eq!(national_number("86095742719"), Some(IdScheme::GermanTaxId));
        assert_eq!(national_number("47036892816"), Some(IdScheme::GermanTaxId));
        assert_eq!(national_number("86095742718"), None, "check digit");
        assert_eq!(national_number("12345678903"), None, "no digit twice");
    }

    #[test]
    fn swedish_personnummer() {
        assert_eq!(
            national_number("811218-9876"),
            Some(IdScheme::SwedishPersonnummer)
        );
        assert_eq!(
            national_number("19811218-9876"),
            Some(IdScheme::SwedishPersonnummer)
        );
        assert_eq!(national_number("811218-9877"), None);
        assert_eq!(national_number("811318-9876"), None, "month 13");
    }

    #[test]
    fn us_ssn_and_uk_nino() {
        assert_eq!(national_number("536-22-1234"), Some(IdScheme::UsSsn));
        assert_eq!(national_number("123-45-6789"), None, "the sample SSN");
        assert_eq!(national_number("666-22-1234"), None);
        assert_eq!(national_number("936-22-1234"), None);
        assert_eq!(national_number("536-00-1234"), None);
        assert_eq!(national_number("536221234"), None, "bare digits");
        assert_eq!(national_number("AB 58 21 94 C"), Some(IdScheme::UkNino));
        assert_eq!(national_number("QQ582194C"), None);
        assert_eq!(national_number("GB582194A"), None);
        assert_eq!(national_number("AB582194E"), None);
    }

    #[test]
    fn document_numbers_need_letters_and_digits_in_measure() {
        for v in ["C01X00T47", "L01X00T47", "P7034912", "T22000129"] {
            assert!(is_id_number(v), "{v}");
        }
        for v in [
            "123456",
            "AAAAAAAA",
            "ABCDEFGH",
            "12",
            "C01X-00T47-XXXX-YYYY",
            "Müller 7",
        ] {
            assert!(!is_id_number(v), "{v}");
        }
    }
}
