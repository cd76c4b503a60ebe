//! Value recognisers: what a string *is*, independent of where it stands.
//!
//! The field classifier says what a control asks for; these functions say
//! what a value looks like. Both are needed: a pre-filled `value="Vorname"`
//! sits in a given-name field but is a label, and an unlabelled text node
//! reading "•••• 4412" is a card whatever its surroundings.
//!
//! Every recogniser is hand-written over `char`s rather than a regex. The
//! field tables' matcher knows ASCII only (`fields::matcher`), and the
//! values we care about are full of letters outside ASCII (`müller@bücher.de`,
//! `14. März 1986`, `Ayşe`). Plain code is also easier to keep total and
//! linear on arbitrary input, which matters because page text is hostile.
//!
//! The words they read (honorifics, greetings, months, sample values,
//! phone labels) are in the language files of [`crate::lang`], so adding
//! a language is a data change there.

pub mod card;
pub mod date;
pub mod email;
pub mod iban;
pub mod id_number;
pub mod name;
pub mod phone;
pub mod placeholder;
pub mod postcode;

pub use card::{card_brand, find_cards, luhn_valid, parse_card, parse_expiry, CardValue};
pub use date::{is_plausible_birth_date, month_number, parse_date, Date};
pub use email::{find_emails, is_email};
pub use iban::{find_ibans, is_valid_iban};
pub use id_number::{distinctive_national_number, is_id_number, national_number, IdScheme};
pub use name::{
    greeting, greeting_name, honorifics, looks_like_person_name, may_greet, strip_honorifics,
};
pub use phone::is_service_number;
pub use phone::{looks_like_phone, normalize_phone};
pub use placeholder::is_not_data;
pub use postcode::{is_postcode, normalize_postcode};

/// Longest input a whole-value recogniser looks at. Real values are far
/// shorter; anything longer is prose, and bailing out keeps the cost of a
/// hostile page bounded.
const MAX_VALUE_LEN: usize = 256;

/// Matches `phrase` at the start of `hay`, ignoring case, and returns the
/// number of bytes of `hay` it covered.
///
/// `phrase` is written in lower case; a space in it matches any run of
/// whitespace, because pages break phrases with non-breaking spaces and
/// newlines. Works on `char`s, not folded text, so callers keep exact byte
/// offsets into the original.
fn match_ci(hay: &str, phrase: &str) -> Option<usize> {
    let mut it = hay.char_indices().peekable();
    for pc in phrase.chars() {
        if pc == ' ' {
            let mut any = false;
            while let Some(&(_, c)) = it.peek() {
                if !c.is_whitespace() {
                    break;
                }
                any = true;
                it.next();
            }
            if !any {
                return None;
            }
        } else {
            let (_, c) = it.next()?;
            if lower(c) != pc {
                return None;
            }
        }
    }
    Some(it.peek().map_or(hay.len(), |&(i, _)| i))
}

/// One-char lower-casing. The rare characters whose lower case is two chars
/// (`İ`) compare by their first, which is the base letter.
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Whether `rest` (the text after a match) starts at a word boundary.
fn at_word_end(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_ci_ignores_case_and_whitespace_runs() {
        assert_eq!(match_ci("Endet  auf 1008", "endet auf"), Some(10));
        assert_eq!(match_ci("ENDING\u{a0}IN", "ending in"), Some(10));
        assert_eq!(match_ci("Kończąca się na", "kończąca się na"), Some(18));
        assert_eq!(match_ci("endetauf", "endet auf"), None);
        assert_eq!(match_ci("end", "endet"), None);
        assert!(at_word_end(" x"));
        assert!(at_word_end(""));
        assert!(!at_word_end("x"));
    }

    /// Pieces that stress char boundaries and every recogniser's special
    /// characters.
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "0",
        "4",
        "9",
        " ",
        "@",
        ".",
        "-",
        "+",
        "(",
        ")",
        "/",
        "*",
        "•",
        "·",
        "x",
        "X",
        "ß",
        "İ",
        "ł",
        "€",
        "👋",
        "\u{a0}",
        ",",
        ":",
        "{{",
        "}}",
        "%",
        "|",
        "#",
        "'",
        "é",
        "Ä",
        "DE89",
        "4111 ",
        "ending in ",
        "Hallo ",
        "Frau ",
        "März ",
        "\n",
        "\u{301}",
        "ı",
    ];

    fn corpus() -> Vec<String> {
        // A fixed linear congruential generator: deterministic, no deps.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize
        };
        (0..3000)
            .map(|_| {
                let len = next() % 24;
                (0..len).map(|_| PIECES[next() % PIECES.len()]).collect()
            })
            .collect()
    }

    #[test]
    fn every_recogniser_is_total_on_arbitrary_input() {
        for s in corpus() {
            let s = s.as_str();
            is_email(s);
            for e in find_emails(s) {
                assert!(is_email(e), "{s:?} → {e:?}");
            }
            for cc in ["49", "1", "44", "39", ""] {
                if let Some(p) = normalize_phone(s, cc) {
                    assert!(p.starts_with('+') && p[1..].bytes().all(|b| b.is_ascii_digit()));
                    assert!((7..=16).contains(&p.len()), "{s:?} → {p}");
                }
            }
            looks_like_phone(s);
            is_valid_iban(s);
            for iban in find_ibans(s) {
                assert!(is_valid_iban(&iban));
            }
            luhn_valid(s);
            parse_card(s);
            for (a, b, _) in find_cards(s) {
                assert!(a < b && s.is_char_boundary(a) && s.is_char_boundary(b));
            }
            parse_expiry(s);
            is_postcode(s);
            normalize_postcode(s);
            if let Some(d) = parse_date(s) {
                assert!(Date::new(d.year, d.month, d.day).is_some());
            }
            strip_honorifics(s);
            looks_like_person_name(s, true);
            looks_like_person_name(s, false);
            greeting_name(s);
            is_not_data(s, &[s, "Name"]);
        }
    }

    #[test]
    fn large_hostile_inputs_finish_quickly() {
        let inputs = [
            "a@".repeat(2048),
            "4111 ".repeat(820),
            "* ".repeat(2048),
            "ending in ".repeat(410),
            "DE89 ".repeat(820),
            "Hallo ".repeat(683),
            "{{".repeat(2048),
            "•".repeat(1365),
        ];
        let start = std::time::Instant::now();
        for s in &inputs {
            find_emails(s);
            find_ibans(s);
            find_cards(s);
            greeting_name(s);
            is_not_data(s, &[]);
            parse_card(s);
            normalize_phone(s, "49");
            parse_date(s);
            looks_like_person_name(s, false);
        }
        // Generous bound for an unoptimised build on a shared machine; a
        // quadratic scan over 4 KB would take far longer.
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
    }
}
