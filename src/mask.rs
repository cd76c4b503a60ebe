//! Masking: how other people's data is shown by default.
//!
//! A finding must let a reader see *what kind* of value leaked and recognise
//! it when they hold the page in front of them, without spreading it further.
//! We keep what sites themselves print in the clear (last four card digits)
//! and the first letter of each word, and hide lengths behind a fixed run of
//! bullets.

use crate::kinds::DataKind;

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
        DataKind::CustomerNumber => {
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

#[cfg(test)]
mod tests {
    use super::*;

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
