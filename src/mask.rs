//! Masking: how other people's data is shown by default.
//!
//! A finding must let a reader see *what kind* of value leaked and recognise
//! it when they hold the page in front of them, without spreading it further.
//! We keep what sites themselves print in the clear (last four card digits)
//! and the first letter of each word, and hide lengths behind a fixed run of
//! bullets.

use crate::kinds::DataKind;
use crate::text::fold;
use std::collections::HashSet;

const DOTS: &str = "•••";

/// Masks `raw`, a value of kind `kind`, for display and export.
pub fn mask(kind: DataKind, raw: &str) -> String {
    let raw = raw.trim();
    match kind {
        DataKind::Email => mask_email(raw),
        DataKind::Card => {
            let digits = last_digits(raw, 4);
            if digits.is_empty() {
                "•••• ••••".to_string()
            } else {
                format!("•••• {digits}")
            }
        }
        DataKind::CardExpiry => "••/••".to_string(),
        DataKind::BirthDate => "••.••.••••".to_string(),
        DataKind::Phone => format!("{DOTS}{}", last_digits(raw, 2)),
        DataKind::Iban => {
            let compact: String = raw.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            let cc: String = compact
                .chars()
                .take(2)
                .collect::<String>()
                .to_ascii_uppercase();
            let tail: String = compact
                .chars()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            format!("{cc}•• {DOTS} {tail}")
        }
        DataKind::CustomerNumber | DataKind::IdNumber => {
            let compact: Vec<char> = raw.chars().filter(|c| c.is_alphanumeric()).collect();
            let keep = if compact.len() > 4 { 2 } else { 0 };
            let tail: String = compact[compact.len() - keep..].iter().collect();
            format!("{DOTS}{tail}")
        }
        DataKind::PostalCode => {
            let first: String = raw.chars().take(1).collect();
            format!("{first}{DOTS}")
        }
        DataKind::Name
        | DataKind::Street
        | DataKind::City
        | DataKind::Address
        | DataKind::Username => mask_words(raw),
    }
}

/// First letter of each word, the rest bullets; digits are hidden entirely.
/// Punctuation between words is kept, so "Brenner, Jonas" stays readable as
/// "B•••, J•••".
fn mask_words(raw: &str) -> String {
    let mut out = String::new();
    let mut in_word = false;
    for c in raw.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                if c.is_numeric() {
                    out.push('•');
                } else {
                    out.push(c);
                    out.push_str(DOTS);
                }
                in_word = true;
            }
        } else {
            in_word = false;
            if c.is_whitespace() {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            } else {
                out.push(c);
            }
        }
    }
    out.trim().to_string()
}

fn mask_email(raw: &str) -> String {
    match raw.rsplit_once('@') {
        Some((local, domain)) => {
            let l: String = local.chars().take(1).collect();
            let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
            let h: String = host.chars().take(1).collect();
            if tld.is_empty() {
                format!("{l}{DOTS}@{h}{DOTS}")
            } else {
                format!("{l}{DOTS}@{h}{DOTS}.{tld}")
            }
        }
        None => mask_words(raw),
    }
}

fn last_digits(raw: &str, n: usize) -> String {
    let digits: Vec<char> = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    let start = digits.len().saturating_sub(n);
    digits[start..].iter().collect()
}

/// Masks free text (an excerpt's text and its controls' values) by the
/// words it holds, not by exact strings: "Miriam␠␠Anna" or
/// "Lindenstraße⇥12" are the same words as the values found, however the
/// page spaced them.
///
/// In text, a word is masked when it is one of the page's personal words
/// (the findings' values and every value the page shows or pre-fills,
/// compared folded), and every word with a digit is hidden (birth dates,
/// customer numbers and house numbers are all digits); an email address is
/// masked as [`mask`] masks one. A control's value is someone's input, so
/// all of it is masked ([`TextMask::value`]).
#[derive(Debug, Clone, Default)]
pub struct TextMask {
    words: HashSet<String>,
}

impl TextMask {
    /// A mask of the words of `values`; words shorter than two letters are
    /// left alone (initials, "a").
    pub fn new<'a>(values: impl IntoIterator<Item = &'a str>) -> TextMask {
        let mut words = HashSet::new();
        for v in values {
            for w in v.split(|c: char| !c.is_alphanumeric()) {
                if w.chars().count() >= 2 && !w.chars().any(|c| c.is_numeric()) {
                    words.insert(fold(w));
                }
            }
        }
        TextMask { words }
    }

    /// Free text: personal words, numbers and email addresses masked,
    /// everything else (labels, punctuation, spacing) kept.
    pub fn text(&self, s: &str) -> String {
        self.pieces(s, true)
    }

    /// An attribute (`id`, `name`, `for`): only the personal words, so a
    /// field id `kunde-miriam` does not name her while `field_12` stays.
    pub fn attr(&self, s: &str) -> String {
        self.pieces(s, false)
    }

    /// A control's value: every word masked ([`mask`]'s way for words and
    /// email addresses).
    pub fn value(&self, s: &str) -> String {
        if s.contains('@') {
            return s
                .split_whitespace()
                .map(|w| {
                    if w.contains('@') {
                        mask_email(w)
                    } else {
                        mask_words(w)
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
        }
        mask_words(s)
    }

    fn pieces(&self, s: &str, numbers: bool) -> String {
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        while !rest.is_empty() {
            let ws = rest.len() - rest.trim_start().len();
            out.push_str(&rest[..ws]);
            rest = &rest[ws..];
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let (chunk, after) = rest.split_at(end);
            rest = after;
            // An email address, less the punctuation around it.
            let core = chunk.trim_matches(|c: char| !c.is_alphanumeric());
            if numbers && core.contains('@') && !core.starts_with('@') && !core.ends_with('@') {
                let at = chunk.find(core).unwrap_or(0);
                out.push_str(&chunk[..at]);
                out.push_str(&mask_email(core));
                out.push_str(&chunk[at + core.len()..]);
                continue;
            }
            self.words_of(chunk, numbers, &mut out);
        }
        out
    }

    fn words_of(&self, chunk: &str, numbers: bool, out: &mut String) {
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            if word.is_empty() {
                return;
            }
            if numbers && word.chars().any(|c| c.is_numeric()) {
                out.push('•');
            } else if self.words.contains(&fold(word)) {
                out.extend(word.chars().take(1));
                out.push_str(DOTS);
            } else {
                out.push_str(word);
            }
            word.clear();
        };
        for c in chunk.chars() {
            if c.is_alphanumeric() {
                word.push(c);
            } else {
                flush(&mut word, out);
                out.push(c);
            }
        }
        flush(&mut word, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_masked_by_words_however_spaced() {
        let m = TextMask::new(["Miriam Anna Hartwig", "Lindenstraße 12"]);
        assert_eq!(m.text("Hallo Miriam  Anna!"), "Hallo M•••  A•••!");
        assert_eq!(m.text("Lindenstraße\t12, Berlin"), "L•••\t•, Berlin");
        // Folded: case and diacritics do not matter.
        assert_eq!(m.text("MIRIAM, lindenstrasse"), "M•••, l•••");
        // Numbers and email addresses are masked whoever they belong to.
        assert_eq!(
            m.text("Geboren am 12.03.1985, Kundennummer 4711-0815 (miriam.h@posteo.de)."),
            "Geboren am •.•.•, Kundennummer •-• (m•••@p•••.de)."
        );
        // Other words stay, so the excerpt still reads as the page did.
        assert_eq!(m.text("Vorname Nachname"), "Vorname Nachname");
    }

    #[test]
    fn attributes_lose_personal_words_only_and_values_every_word() {
        let m = TextMask::new(["Miriam Hartwig"]);
        assert_eq!(m.attr("kunde-miriam field_12"), "kunde-m••• field_12");
        assert_eq!(m.value("Anna\tLindner"), "A••• L•••");
        assert_eq!(m.value("14.02.1990"), "•.•.•");
        assert_eq!(m.value(" a.lindner@web.de "), "a•••@w•••.de");
    }

    #[test]
    fn masks_each_kind() {
        assert_eq!(
            mask(DataKind::Email, "jonas.brenner@gmx.de"),
            "j•••@g•••.de"
        );
        assert_eq!(mask(DataKind::Name, "Jonas Brenner"), "J••• B•••");
        assert_eq!(mask(DataKind::Name, "Brenner, Jonas"), "B•••, J•••");
        assert_eq!(mask(DataKind::Street, "Lindenallee 7"), "L••• •");
        assert_eq!(mask(DataKind::Card, "**** **** **** 4412"), "•••• 4412");
        assert_eq!(mask(DataKind::Card, "ending in 1008"), "•••• 1008");
        assert_eq!(mask(DataKind::Phone, "+49 1520 3948571"), "•••71");
        assert_eq!(
            mask(DataKind::Iban, "DE89 3704 0044 0532 0130 00"),
            "DE•• ••• 3000"
        );
        assert_eq!(mask(DataKind::CustomerNumber, "4711-0815"), "•••15");
        assert_eq!(mask(DataKind::PostalCode, "50667"), "5•••");
        assert_eq!(mask(DataKind::BirthDate, "14.03.1986"), "••.••.••••");
    }
}
