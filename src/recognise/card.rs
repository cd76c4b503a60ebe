//! Payment cards: full numbers, the masked forms sites print, expiry dates.
//!
//! Sites almost never print a full number; what leaks in practice is the
//! masked form ("•••• 4412", "Visa ending in 1008") next to an expiry date.
//! Masked forms carry no checksum, so they are recognised by their mask
//! characters or by an "ending in" phrase, never by four bare digits. Full
//! numbers in running text must pass Luhn, match a brand's prefix and
//! length, and either be grouped the way cards are printed or stand next to
//! a word about cards: order and customer numbers are long digit runs too.

use super::{at_word_end, match_ci, MAX_VALUE_LEN};
use std::ops::RangeInclusive;

/// One card scheme: issuer-number prefixes (inclusive ranges over a fixed
/// number of leading digits) and the number lengths it issues.
struct Brand {
    name: &'static str,
    prefixes: &'static [(&'static str, &'static str)],
    lengths: RangeInclusive<usize>,
}

/// Card schemes by issuer prefix. Order matters: the first match wins, so
/// narrow ranges come before the broad Maestro fallback.
static BRANDS: &[Brand] = &[
    Brand {
        name: "Mir",
        prefixes: &[("2200", "2204")],
        lengths: 16..=19,
    },
    Brand {
        name: "Mastercard",
        prefixes: &[("51", "55"), ("2221", "2720")],
        lengths: 16..=16,
    },
    Brand {
        name: "Visa",
        prefixes: &[("4", "4")],
        lengths: 13..=19,
    },
    Brand {
        name: "American Express",
        prefixes: &[("34", "34"), ("37", "37")],
        lengths: 15..=15,
    },
    Brand {
        name: "Diners Club",
        prefixes: &[("300", "305"), ("36", "36"), ("38", "39")],
        lengths: 14..=19,
    },
    Brand {
        name: "JCB",
        prefixes: &[("3528", "3589")],
        lengths: 16..=19,
    },
    Brand {
        name: "Discover",
        prefixes: &[("6011", "6011"), ("644", "649"), ("65", "65")],
        lengths: 16..=19,
    },
    Brand {
        name: "UnionPay",
        prefixes: &[("62", "62")],
        lengths: 16..=19,
    },
    Brand {
        name: "Maestro",
        prefixes: &[("50", "50"), ("56", "69")],
        lengths: 12..=19,
    },
];

/// Characters sites print in place of hidden digits.
static MASK_CHARS: &[char] = &[
    '*', 'x', 'X', '\u{2022}', // •
    '\u{00b7}', // ·
    '\u{25cf}', // ●
    '\u{2219}', // ∙
    '\u{22c5}', // ⋅
    '\u{2217}', // ∗
];

/// "Ending in" phrases, lower case, longest first where one is a prefix of
/// another. Followed by the last four digits.
fn ending_phrases() -> &'static [&'static str] {
    crate::lang::card_endings()
}

/// Words that make a compact digit run, or an "ending in" followed by a
/// year-like number, about a card ([`crate::lang::Lang::card_words`]).
fn card_context() -> &'static [&'static str] {
    crate::lang::card_words()
}

/// Labels that may precede an expiry date in the same value
/// ([`crate::lang::Lang::expiry_labels`]).
fn expiry_labels() -> &'static [&'static str] {
    crate::lang::expiry_labels()
}

/// How far a mask run may reach (chars); keeps the scan linear and stops a
/// page of asterisks from reading as one card.
const MAX_MASK_RUN: usize = 40;

/// How far back (bytes) a context word for a compact number may stand.
const CONTEXT_WINDOW: usize = 64;

/// A card value in a text, as the lead's extractor consumes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardValue {
    /// A complete, Luhn-valid number. Only the last four digits are kept:
    /// nothing downstream needs more, and a finding must not carry a number.
    Full {
        last4: String,
        brand: Option<&'static str>,
    },
    /// A masked number or an "ending in" phrase; the last four digits shown.
    Masked { last4: String },
}

type Hit = (usize, usize, CardValue);

fn is_mask(c: char) -> bool {
    MASK_CHARS.contains(&c)
}

/// Separators between digit or mask groups.
fn is_sep(c: char) -> bool {
    matches!(c, ' ' | '-' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The Luhn (mod 10) check. Spaces and dashes are ignored; any other
/// character, or a digit count outside 12..=19, fails.
pub fn luhn_valid(digits: &str) -> bool {
    let mut ds: Vec<u32> = Vec::with_capacity(19);
    for c in digits.chars() {
        match c {
            '0'..='9' => {
                if ds.len() == 19 {
                    return false;
                }
                ds.push(u32::from(c) - u32::from('0'));
            }
            ' ' | '-' => {}
            _ => return false,
        }
    }
    if ds.len() < 12 {
        return false;
    }
    let sum: u32 = ds
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let v = d * 2;
                if v > 9 {
                    v - 9
                } else {
                    v
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// The scheme a digits-only card number belongs to, by prefix and length.
pub fn card_brand(digits: &str) -> Option<&'static str> {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    BRANDS
        .iter()
        .find(|b| {
            b.lengths.contains(&digits.len())
                && b.prefixes
                    .iter()
                    .any(|(lo, hi)| digits.get(..lo.len()).is_some_and(|p| p >= *lo && p <= *hi))
        })
        .map(|b| b.name)
}

fn last4(digits: &str) -> String {
    digits[digits.len().saturating_sub(4)..].to_string()
}

fn all_same(digits: &str) -> bool {
    let b = digits.as_bytes();
    b.iter().all(|&c| Some(&c) == b.first())
}

/// Parses one card value: a Luhn-valid number, or a masked form optionally
/// led by a brand or label ("Visa", "Mastercard Gold", "Karte").
pub fn parse_card(s: &str) -> Option<CardValue> {
    let s = s.trim();
    if s.is_empty() || s.len() > MAX_VALUE_LEN {
        return None;
    }
    if let Some(v) = whole_number(s) {
        return Some(v);
    }
    let mut hits = Vec::new();
    masked_hits(s, true, &mut hits);
    phrase_hits(s, true, &mut hits);
    let (start, end, value) = hits.into_iter().min_by_key(|h| h.0)?;
    (is_label_prefix(&s[..start]) && is_trailer(&s[end..])).then_some(value)
}

/// A whole value that is nothing but a card number, in any grouping with
/// single space or dash separators.
fn whole_number(s: &str) -> Option<CardValue> {
    let mut digits = String::with_capacity(19);
    let mut groups = Vec::new();
    let mut run = 0;
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            run += 1;
        } else if is_sep(c) && run > 0 {
            groups.push(run);
            run = 0;
        } else {
            return None;
        }
        if digits.len() > 19 {
            return None;
        }
    }
    if run == 0 {
        return None;
    }
    groups.push(run);
    // Groups of one or two digits are dates, phone fragments or codes.
    let (last, rest) = groups.split_last()?;
    if *last == 0 || rest.iter().any(|&g| g < 3) {
        return None;
    }
    let brand = card_brand(&digits);
    let ok = (12..=19).contains(&digits.len())
        && !digits.starts_with('0')
        && (digits.len() > 12 || brand.is_some())
        && !all_same(&digits)
        && luhn_valid(&digits);
    ok.then(|| CardValue::Full {
        last4: last4(&digits),
        brand,
    })
}

/// Text before a masked form in a whole value: a brand or label of a few
/// words ("VISA", "Mastercard Gold", "Kreditkarte:").
fn is_label_prefix(p: &str) -> bool {
    p.len() <= 48
        && p.split_whitespace().count() <= 5
        && p.chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || "-:,.()/".contains(c))
}

/// Text after a masked form in a whole value: closing punctuation only.
fn is_trailer(t: &str) -> bool {
    t.len() <= 8 && t.chars().all(|c| !c.is_alphanumeric())
}

/// Every card value inside free text, as (byte start, byte end, value),
/// sorted and non-overlapping.
pub fn find_cards(text: &str) -> Vec<(usize, usize, CardValue)> {
    // Every form needs at least four ASCII digits (the last four, or the
    // whole number); most lines of a page have none.
    if text.bytes().filter(u8::is_ascii_digit).nth(3).is_none() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    masked_hits(text, false, &mut hits);
    phrase_hits(text, false, &mut hits);
    full_hits(text, &mut hits);
    hits.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    let mut last_end = 0;
    for h in hits {
        if out.is_empty() || h.0 >= last_end {
            last_end = h.1;
            out.push(h);
        }
    }
    out
}

/// Masked numbers: a run of at least two mask characters (four when they
/// are all `x`, in running text, since `xx` occurs in words and codes),
/// optionally grouped, then exactly four digits. Digits shown before the
/// mask ("4111 11** **** 1111") are included in the span.
fn masked_hits(text: &str, whole: bool, out: &mut Vec<Hit>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let prev_letter = i > 0 && chars[i - 1].1.is_alphabetic();
        if !is_mask(c) || prev_letter {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut masks = 0;
        let mut only_x = true;
        while j < chars.len() && j - i < MAX_MASK_RUN {
            let c = chars[j].1;
            if is_mask(c) {
                masks += 1;
                only_x &= matches!(c, 'x' | 'X');
            } else if !is_sep(c) {
                break;
            }
            j += 1;
        }
        let need = if only_x && !whole { 4 } else { 2 };
        let digits_ok = j + 4 <= chars.len()
            && chars[j..j + 4].iter().all(|&(_, c)| c.is_ascii_digit())
            && chars.get(j + 4).is_none_or(|&(_, c)| !c.is_alphanumeric());
        if masks >= need && digits_ok {
            let start = leading_digits(&chars, i);
            let last4 = text[byte_at(j)..byte_at(j + 4)].to_string();
            out.push((byte_at(start), byte_at(j + 4), CardValue::Masked { last4 }));
            i = j + 4;
        } else {
            i = j.max(i + 1);
        }
    }
}

/// Where a masked number really starts: up to six visible leading digits
/// (with separators) may stand before the mask.
fn leading_digits(chars: &[(usize, char)], mask_start: usize) -> usize {
    let mut k = mask_start;
    let mut digits = 0;
    while k > 0 && mask_start - k < 10 {
        let c = chars[k - 1].1;
        if c.is_ascii_digit() {
            digits += 1;
        } else if !is_sep(c) {
            break;
        }
        k -= 1;
    }
    while k < mask_start && !chars[k].1.is_ascii_digit() {
        k += 1;
    }
    let boundary = k == 0 || !chars[k - 1].1.is_alphanumeric();
    if digits == 0 || digits > 6 || !boundary {
        return mask_start;
    }
    k
}

/// "Ending in 1008" and its translations, the last four digits possibly
/// behind a mask ("ending in ••1008").
fn phrase_hits(text: &str, whole: bool, out: &mut Vec<Hit>) {
    let mut prev_alnum = false;
    let mut skip_until = 0;
    for (i, c) in text.char_indices() {
        let word_start = c.is_alphabetic() && !prev_alnum;
        prev_alnum = c.is_alphanumeric();
        if !word_start || i < skip_until {
            continue;
        }
        for phrase in ending_phrases() {
            let Some(n) = match_ci(&text[i..], phrase) else {
                continue;
            };
            let rest = &text[i + n..];
            if !at_word_end(rest) {
                continue;
            }
            let Some((len, last4, masked)) = digits_after_phrase(rest) else {
                continue;
            };
            // "ends in 2027" is usually a date; without a mask, such a
            // number counts only when the text is about a card.
            let year_like = last4.starts_with("19") || last4.starts_with("20");
            if !whole && !masked && year_like && !has_card_context(text, i) {
                continue;
            }
            out.push((i, i + n + len, CardValue::Masked { last4 }));
            skip_until = i + n + len;
            break;
        }
    }
}

/// After an "ending in" phrase: optional colon, whitespace and mask chars,
/// then exactly four digits. Returns (bytes used, digits, masked?).
fn digits_after_phrase(rest: &str) -> Option<(usize, String, bool)> {
    let mut masked = false;
    let mut start = rest.len();
    for (k, (i, c)) in rest.char_indices().enumerate() {
        if k > 16 {
            return None;
        }
        if is_mask(c) && !(c == 'x' || c == 'X') {
            masked = true;
        } else if !(c.is_whitespace() || c == ':') {
            start = i;
            break;
        }
    }
    let tail = &rest[start..];
    let four = tail.get(..4)?;
    if !four.bytes().all(|b| b.is_ascii_digit()) || !at_word_end(&tail[4..]) {
        return None;
    }
    Some((start + 4, four.to_string(), masked))
}

/// Whether a word about cards stands within [`CONTEXT_WINDOW`] bytes before
/// `pos`.
fn has_card_context(text: &str, pos: usize) -> bool {
    let mut from = pos.saturating_sub(CONTEXT_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = text[from..pos].to_lowercase();
    card_context().iter().any(|w| window.contains(w))
}

/// Full numbers in running text. A digit run counts only when it stands on
/// its own (not glued to letters, `+`, `#` or other numbers), has a card's
/// length, prefix and checksum, and is either grouped like a printed card
/// (4-4-4-4, 4-6-5, 4-6-4) or preceded by a word about cards.
fn full_hits(text: &str, out: &mut Vec<Hit>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        let mut digits = String::new();
        let mut groups = Vec::new();
        let mut sep: Option<char> = None;
        let mut consistent = true;
        loop {
            let g = j;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                if digits.len() <= 19 {
                    digits.push(chars[j].1);
                }
                j += 1;
            }
            groups.push(j - g);
            let more = j + 1 < chars.len() && is_sep(chars[j].1) && chars[j + 1].1.is_ascii_digit();
            if !more {
                break;
            }
            if sep.is_some_and(|s| s != chars[j].1) {
                consistent = false;
            }
            sep = Some(chars[j].1);
            j += 1;
        }
        let prev_ok = start == 0 || {
            let p = chars[start - 1].1;
            !(p.is_alphanumeric() || is_mask(p) || "+#/.,".contains(p))
        };
        let next_ok = match chars.get(j).map(|&(_, c)| c) {
            None => true,
            Some(n) if n.is_alphanumeric() || is_mask(n) || n == '/' => false,
            Some('.' | ',') => chars.get(j + 1).is_none_or(|&(_, c)| !c.is_ascii_digit()),
            Some(_) => true,
        };
        if prev_ok && next_ok && consistent {
            let compact = groups.len() == 1;
            let grouped_like_card = match groups.as_slice() {
                [4, 6, 5] | [4, 6, 4] => true,
                [first @ .., last] => {
                    first.len() >= 3 && first.iter().all(|&g| g == 4) && (1..=4).contains(last)
                }
                [] => false,
            };
            let brand = card_brand(&digits);
            let valid = (13..=19).contains(&digits.len())
                && brand.is_some()
                && !all_same(&digits)
                && luhn_valid(&digits);
            let placed = grouped_like_card || (compact && has_card_context(text, byte_at(start)));
            if valid && placed {
                out.push((
                    byte_at(start),
                    byte_at(j),
                    CardValue::Full {
                        last4: last4(&digits),
                        brand,
                    },
                ));
            }
        }
        i = j.max(i + 1);
    }
}

/// Parses a card expiry date: "08/27", "08 / 2027", "8/27", "08-27",
/// "2027-08", optionally after a label ("gültig bis 08/27", "Exp. 08/27").
/// Returns (month, full year).
pub fn parse_expiry(s: &str) -> Option<(u8, u16)> {
    let mut s = s.trim();
    if s.len() > 64 {
        return None;
    }
    if let Some(n) = expiry_labels()
        .iter()
        .find_map(|l| match_ci(s, l).filter(|&n| at_word_end(&s[n..])))
    {
        s = s[n..].trim_start_matches(|c: char| c.is_whitespace() || c == '.' || c == ':');
    }
    let (a, rest) = split_digits(s);
    let rest = rest.trim_start();
    let rest = rest.strip_prefix(['/', '-'])?.trim_start();
    let (b, tail) = split_digits(rest);
    if !tail.is_empty() || a.is_empty() || b.is_empty() {
        return None;
    }
    let (month, year) = match (a.len(), b.len()) {
        (4, 1..=2) => (b, a),
        (1..=2, 2 | 4) => (a, b),
        _ => return None,
    };
    let month: u8 = month.parse().ok()?;
    let mut year: u16 = year.parse().ok()?;
    if year < 100 {
        year += 2000;
    }
    ((1..=12).contains(&month) && (2000..=2099).contains(&year)).then_some((month, year))
}

/// Splits leading ASCII digits off `s`.
fn split_digits(s: &str) -> (&str, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    s.split_at(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(l: &str) -> Option<CardValue> {
        Some(CardValue::Masked {
            last4: l.to_string(),
        })
    }

    #[test]
    fn luhn_accepts_valid_numbers() {
        for ok in [
            "4111111111111111",
            "4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "5555555555554444",
            "378282246310005",
            "6011111111111117",
            "30569309025904",
            "3530111333300000",
            "4012888888881881",
            "4222222222222",
            "6759649826438453",
        ] {
            assert!(luhn_valid(ok), "{ok}");
        }
    }

    #[test]
    fn luhn_rejects_invalid_numbers() {
        for bad in [
            "4111111111111112",
            "4111 1111 1111 1121",
            "5555555555554445",
            "378282246310006",
            "41111111111",             // 11 digits
            "41111111111111111111111", // 23 digits
            "4111a111111111111",
            "4111.1111.1111.1111",
            "",
        ] {
            assert!(!luhn_valid(bad), "{bad}");
        }
    }

    #[test]
    fn brands_by_prefix_and_length() {
        assert_eq!(card_brand("4111111111111111"), Some("Visa"));
        assert_eq!(card_brand("5555555555554444"), Some("Mastercard"));
        assert_eq!(card_brand("2221000000000009"), Some("Mastercard"));
        assert_eq!(card_brand("378282246310005"), Some("American Express"));
        assert_eq!(card_brand("6011111111111117"), Some("Discover"));
        assert_eq!(card_brand("30569309025904"), Some("Diners Club"));
        assert_eq!(card_brand("3530111333300000"), Some("JCB"));
        assert_eq!(card_brand("6759649826438453"), Some("Maestro"));
        assert_eq!(card_brand("6200000000000005"), Some("UnionPay"));
        assert_eq!(card_brand("2200000000000004"), Some("Mir"));
        assert_eq!(card_brand("37828224631000"), None); // Amex is 15 long
        assert_eq!(card_brand("1234567890123456"), None);
        assert_eq!(card_brand("0123456789012345"), None);
        assert_eq!(card_brand("4111 1111"), None);
    }

    #[test]
    fn parses_full_numbers() {
        let visa = Some(CardValue::Full {
            last4: "1111".into(),
            brand: Some("Visa"),
        });
        assert_eq!(parse_card("4111 1111 1111 1111"), visa);
        assert_eq!(parse_card("4111-1111-1111-1111"), visa);
        assert_eq!(parse_card(" 4111111111111111 "), visa);
        assert_eq!(
            parse_card("3782 822463 10005"),
            Some(CardValue::Full {
                last4: "0005".into(),
                brand: Some("American Express"),
            })
        );
    }

    #[test]
    fn rejects_non_card_numbers() {
        for bad in [
            "4111 1111 1111 1112",
            "0000 0000 0000 0000",
            "1111 1111 1111 1111",
            "+49 1520 3948571",
            "01520 3948571",
            "DE89 3704 0044 0532 0130 00",
            "14.03.1986",
            "4412",
            "1234",
            "Bestellnummer 4111111111111111",
            "41 11 11 11 11 11 11 11",
            "",
        ] {
            assert_eq!(parse_card(bad), None, "{bad}");
        }
    }

    #[test]
    fn parses_masked_forms() {
        for (s, l) in [
            ("**** **** **** 4412", "4412"),
            ("•••• 4412", "4412"),
            ("···· 4412", "4412"),
            ("●●●● ●●●● ●●●● 4412", "4412"),
            ("XXXX-XXXX-XXXX-4412", "4412"),
            ("xxxxxxxxxxxx4412", "4412"),
            ("ending in 1008", "1008"),
            ("ends in 1008", "1008"),
            ("endet auf 1008", "1008"),
            ("endend auf 1008", "1008"),
            ("Endet auf: 1008", "1008"),
            ("Visa ending in 1008", "1008"),
            ("Visa ending in 2024", "2024"),
            ("Mastercard •••• 4412", "4412"),
            ("VISA ****4412", "4412"),
            ("se termine par 1008", "1008"),
            ("terminada en 1008", "1008"),
            ("que termina en 1008", "1008"),
            ("che termina con 1008", "1008"),
            ("eindigend op 1008", "1008"),
            ("kończąca się na 1008", "1008"),
            ("Kreditkarte: **** 4412", "4412"),
            ("4111 11** **** 1111", "1111"),
            ("411111******1111", "1111"),
            ("**4412", "4412"),
            ("ending in ••1008", "1008"),
            ("•••• 4412.", "4412"),
        ] {
            assert_eq!(parse_card(s), masked(l), "{s}");
        }
    }

    #[test]
    fn rejects_non_masked_forms() {
        for bad in [
            "* 4412",
            "•4412",
            "4412",
            "**** 441",
            "**** 44123",
            "**** 4412abc",
            "ending in 10",
            "ending in",
            "Order 4412",
            "Bestellung Nr. 4412",
            "Max 4412",
            "**** **** **** 4412 expires 08/27",
            "Sehr geehrter Kunde, Ihre Karte endet auf 1008 und wird bald ersetzt",
            "pending in 1008",
        ] {
            assert_eq!(parse_card(bad), None, "{bad}");
        }
    }

    #[test]
    fn finds_cards_in_text() {
        let text =
            "Zahlungsart: Visa •••• 4412, gültig bis 08/27. Alternativ Mastercard ending in 1008.";
        let hits = find_cards(text);
        assert_eq!(hits.len(), 2);
        assert_eq!(&text[hits[0].0..hits[0].1], "•••• 4412");
        assert_eq!(
            hits[0].2,
            CardValue::Masked {
                last4: "4412".into()
            }
        );
        assert_eq!(&text[hits[1].0..hits[1].1], "ending in 1008");

        let text = "Karte 4111 1111 1111 1111 gespeichert";
        let hits = find_cards(text);
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].0..hits[0].1], "4111 1111 1111 1111");
        assert_eq!(
            hits[0].2,
            CardValue::Full {
                last4: "1111".into(),
                brand: Some("Visa")
            }
        );

        let text = "Kreditkartennummer: 4111111111111111";
        assert_eq!(find_cards(text).len(), 1);
        let text = "Amex 3782 822463 10005 and XXXX XXXX XXXX 0005";
        assert_eq!(find_cards(text).len(), 2);
        let text = "Card 4111 11** **** 1111";
        let hits = find_cards(text);
        assert_eq!(&text[hits[0].0..hits[0].1], "4111 11** **** 1111");
    }

    #[test]
    fn find_stays_quiet_on_other_numbers() {
        for quiet in [
            "Tel. +49 1520 3948571, mobil 01520 3948571",
            "+1 415 555 0132",
            "IBAN DE89 3704 0044 0532 0130 00",
            "IBAN: DE89370400440532013000",
            "Bestellnummer 4111111111111111",
            "Order #4111111111111111",
            "Rechnungsnummer 4111-1111-1111-1112",
            "Geboren am 14.03.1986, Termin 2027-08-14",
            "Das Angebot endet auf 2027 hin",
            "Offer ends in 2027.",
            "xx 4412 and XXX1234",
            "Linux 4412, Box 1234",
            "Preis 4.111,11 €",
            "Summe: 1234 5678 9012 3456",
            "Footnote* 1234",
        ] {
            assert!(
                find_cards(quiet).is_empty(),
                "{quiet}: {:?}",
                find_cards(quiet)
            );
        }
    }

    #[test]
    fn find_is_bounded_on_hostile_input() {
        let stars = "* ".repeat(3000) + "1234";
        assert!(find_cards(&stars).len() <= 1);
        let digits = "4".repeat(4000);
        assert!(find_cards(&digits).is_empty());
        let phrases = "ending in ".repeat(400);
        assert!(find_cards(&phrases).is_empty());
    }

    #[test]
    fn parses_expiry_dates() {
        for (s, want) in [
            ("08/27", (8, 2027)),
            ("08 / 2027", (8, 2027)),
            ("8/27", (8, 2027)),
            ("08-27", (8, 2027)),
            ("2027-08", (8, 2027)),
            ("12/2030", (12, 2030)),
            ("01/00", (1, 2000)),
            ("gültig bis 08/27", (8, 2027)),
            ("Exp. 08/27", (8, 2027)),
            ("Valid thru: 11/29", (11, 2029)),
        ] {
            assert_eq!(parse_expiry(s), Some(want), "{s}");
        }
    }

    #[test]
    fn rejects_bad_expiry_dates() {
        for bad in [
            "13/27",
            "00/27",
            "08/1999",
            "08/2100",
            "08.27",
            "0827",
            "14.03.1986",
            "08/27/2027",
            "2027-13",
            "08/",
            "/27",
            "abc",
            "",
            "08/2",
            "123/27",
        ] {
            assert_eq!(parse_expiry(bad), None, "{bad}");
        }
    }
}
