//! The user's own data, and tolerant matching against it.
//!
//! Sites print the same person many ways: "Frau Katrin Vogelsang",
//! "VOGELSANG, Katrin", "K. Vogelsang"; "Gneisenaustr. 41" for
//! "Gneisenaustraße 41"; "0152 03948571" for "+49 1520 3948571". Every value
//! is reduced to a *key* that erases those differences before comparing.
//! Tolerant, not loose: keys compare whole words, so "Katrin Vogel" is not
//! "Katrin Vogelsang".

use crate::kinds::DataKind;
use crate::recognise::{
    is_email, normalize_phone, normalize_postcode, parse_date, strip_honorifics, Date,
};
use crate::text::fold_value;
use serde::{Deserialize, Serialize};

/// The profile file, exactly as documented in the README. Every key is
/// optional; an unknown key is an error that names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Address>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub birth_dates: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub customer_numbers: Vec<String>,
}

/// One postal address of the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2, e.g. `DE`. Decides how national phone numbers
    /// are read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// Why a profile was refused.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("the profile is not valid: {0} (expected keys: names, emails, phones, addresses, birth_dates, customer_numbers)")]
    Json(#[from] serde_json::Error),
    #[error("the profile's {key} entry {value:?} is not usable: {why}")]
    Invalid {
        key: &'static str,
        value: String,
        why: &'static str,
    },
}

impl Profile {
    /// Parses and validates a profile file.
    pub fn from_json(s: &str) -> Result<Profile, ProfileError> {
        let p: Profile = serde_json::from_str(s)?;
        p.validate()?;
        Ok(p)
    }

    /// Checks every entry can be matched; a profile entry that can never
    /// match would silently disable the user's protection.
    pub fn validate(&self) -> Result<(), ProfileError> {
        let bad = |key, value: &str, why| ProfileError::Invalid {
            key,
            value: value.to_string(),
            why,
        };
        for n in &self.names {
            if name_tokens(n).is_empty() {
                return Err(bad("names", n, "it has no letters"));
            }
        }
        for e in &self.emails {
            if !is_email(e) {
                return Err(bad("emails", e, "it is not an email address"));
            }
        }
        for p in &self.phones {
            if normalize_phone(p, "49").is_none() {
                return Err(bad("phones", p, "it is not a phone number (6 to 15 digits, optionally starting with + and a country code)"));
            }
        }
        for d in &self.birth_dates {
            if parse_date(d).is_none() {
                return Err(bad("birth_dates", d, "it is not a date (use YYYY-MM-DD)"));
            }
        }
        for c in &self.customer_numbers {
            if compact_id(c).is_empty() {
                return Err(bad("customer_numbers", c, "it has no letters or digits"));
            }
        }
        for a in &self.addresses {
            if a.street.is_none() && a.postal_code.is_none() && a.city.is_none() {
                return Err(bad(
                    "addresses",
                    "{}",
                    "an address needs at least a street, postal_code or city",
                ));
            }
        }
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        *self == Profile::default()
    }

    /// Precomputes the keys once per scan.
    pub fn matcher(&self) -> Matcher {
        let cc = self
            .addresses
            .iter()
            .find_map(|a| a.country.as_deref())
            .and_then(calling_code)
            .unwrap_or("49");
        Matcher {
            calling_code: cc,
            page: None,
            names: self
                .names
                .iter()
                .map(|n| name_tokens(n))
                .filter(|t| !t.is_empty())
                .collect(),
            emails: self.emails.iter().map(|e| email_key(e)).collect(),
            phones: self
                .phones
                .iter()
                .filter_map(|p| normalize_phone(p, cc))
                .collect(),
            streets: self
                .addresses
                .iter()
                .filter_map(|a| a.street.as_deref())
                .map(street_key)
                .collect(),
            postcodes: self
                .addresses
                .iter()
                .filter_map(|a| a.postal_code.as_deref())
                .map(normalize_postcode)
                .collect(),
            cities: self
                .addresses
                .iter()
                .filter_map(|a| a.city.as_deref())
                .map(fold_value)
                .collect(),
            birth_dates: self
                .birth_dates
                .iter()
                .filter_map(|d| parse_date(d))
                .collect(),
            customer_numbers: self
                .customer_numbers
                .iter()
                .map(|c| compact_id(c))
                .collect(),
        }
    }
}

/// Whose a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// It matches the profile.
    Own,
    /// The profile has values of this kind and none matches.
    Stranger,
    /// The profile says nothing about this kind.
    Unknown,
}

/// A profile reduced to comparison keys.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    calling_code: &'static str,
    /// The country the page is in, if it says ([`Matcher::on_page`]).
    page: Option<&'static crate::lang::countries::Country>,
    names: Vec<Vec<String>>,
    emails: Vec<String>,
    phones: Vec<String>,
    streets: Vec<String>,
    postcodes: Vec<String>,
    cities: Vec<String>,
    birth_dates: Vec<Date>,
    customer_numbers: Vec<String>,
}

impl Matcher {
    /// This matcher on a page in `country`: a phone number the page writes
    /// nationally is read in that country's format too ("612 345 678" on a
    /// Spanish page is the user's +34 612 345 678).
    pub fn on_page(mut self, country: Option<&'static crate::lang::countries::Country>) -> Matcher {
        self.page = country;
        self
    }

    /// Decides whose `value`, of kind `kind`, is.
    pub fn owner(&self, kind: DataKind, value: &str) -> Owner {
        let verdict = |known: bool, own: bool| match (known, own) {
            (_, true) => Owner::Own,
            (true, false) => Owner::Stranger,
            (false, false) => Owner::Unknown,
        };
        match kind {
            DataKind::Name => {
                let page = name_tokens(value);
                verdict(
                    !self.names.is_empty(),
                    self.names.iter().any(|n| name_matches(&page, n)),
                )
            }
            DataKind::Email => {
                let k = email_key(value);
                verdict(!self.emails.is_empty(), self.emails.contains(&k))
            }
            DataKind::Phone => {
                // A number written nationally is read with the user's
                // calling code first, then with the others the recogniser
                // knows: "(541) 308-2217" is the user's +1 541 308 2217.
                let own = std::iter::once(self.calling_code)
                    .chain(crate::lang::countries::readings(self.page))
                    .filter_map(|cc| normalize_phone(value, cc))
                    .any(|p| self.phones.contains(&p));
                verdict(!self.phones.is_empty(), own)
            }
            DataKind::Street => {
                let k = street_key(value);
                verdict(!self.streets.is_empty(), self.streets.contains(&k))
            }
            DataKind::PostalCode => {
                let k = normalize_postcode(value);
                verdict(!self.postcodes.is_empty(), self.postcodes.contains(&k))
            }
            DataKind::City => {
                let k = fold_value(value);
                verdict(!self.cities.is_empty(), self.cities.contains(&k))
            }
            DataKind::Address => {
                // A whole address in one string ("Gneisenaustr. 41, 10961
                // Berlin", or just "10961 Berlin"). It is the user's when it
                // contains one of their streets; when it has no street part
                // (no house number besides the postcode), when it holds one
                // of their postcodes.
                let k = street_key(value);
                let street_own = self.streets.iter().any(|s| k.contains(s.as_str()));
                let postcode = self.postcodes.iter().find(|p| value.contains(p.as_str()));
                let has_street = postcode
                    .map(|p| value.replacen(p.as_str(), "", 1))
                    .unwrap_or_else(|| value.to_string())
                    .chars()
                    .any(|c| c.is_ascii_digit());
                let own = street_own || (postcode.is_some() && !has_street);
                verdict(!self.streets.is_empty() || !self.postcodes.is_empty(), own)
            }
            DataKind::BirthDate => {
                let own = parse_date(value).is_some_and(|d| self.birth_dates.contains(&d));
                verdict(!self.birth_dates.is_empty(), own)
            }
            DataKind::CustomerNumber => {
                let k = compact_id(value);
                verdict(
                    !self.customer_numbers.is_empty(),
                    self.customer_numbers.contains(&k),
                )
            }
            DataKind::Username => {
                // A login is the user's when it is one of their emails, an
                // email's local part, or built from their name
                // ("kvogelsang"). It is a stranger's when it is built from
                // two or more name-like words none of which is theirs
                // ("timo_hartmann").
                let k = value.trim().to_lowercase();
                let folded = fold_value(&k);
                let own = self
                    .emails
                    .iter()
                    .any(|e| *e == k || e.split('@').next() == Some(k.as_str()))
                    || self
                        .names
                        .iter()
                        .flatten()
                        .any(|t| t.len() >= 3 && folded.contains(t.as_str()));
                let parts: Vec<&str> = folded.split(' ').filter(|p| p.len() >= 3).collect();
                let name_built = parts.len() >= 2
                    && parts
                        .iter()
                        .all(|p| p.chars().all(|c| c.is_ascii_alphabetic()));
                if own {
                    Owner::Own
                } else if name_built && !self.names.is_empty() {
                    Owner::Stranger
                } else {
                    Owner::Unknown
                }
            }
            // The profile holds no payment data: card fragments and IBANs
            // are judged by the company they keep on the page.
            DataKind::Card | DataKind::CardExpiry | DataKind::Iban | DataKind::IdNumber => {
                Owner::Unknown
            }
        }
    }

    /// Whether the profile has any value of this kind at all.
    pub fn knows(&self, kind: DataKind) -> bool {
        match kind {
            DataKind::Name => !self.names.is_empty(),
            DataKind::Email => !self.emails.is_empty(),
            DataKind::Phone => !self.phones.is_empty(),
            DataKind::Street => !self.streets.is_empty(),
            DataKind::Address => !self.streets.is_empty() || !self.postcodes.is_empty(),
            DataKind::PostalCode => !self.postcodes.is_empty(),
            DataKind::City => !self.cities.is_empty(),
            DataKind::BirthDate => !self.birth_dates.is_empty(),
            DataKind::CustomerNumber => !self.customer_numbers.is_empty(),
            DataKind::Username
            | DataKind::Card
            | DataKind::CardExpiry
            | DataKind::Iban
            | DataKind::IdNumber => false,
        }
    }
}

/// ISO country → calling code ([`crate::lang::countries`]).
fn calling_code(country: &str) -> Option<&'static str> {
    crate::lang::countries::by_iso(country).map(|c| c.calling_code)
}

fn email_key(e: &str) -> String {
    e.trim().to_lowercase()
}

/// Letters and digits only, upper-case: "4711-0815" and "4711 0815" agree.
pub fn compact_id(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// A street reduced to its key: folded, every spelling of "Straße" as
/// `str`, and no spaces, so "Gneisenaustr. 41", "Gneisenau-Straße 41" and
/// "GNEISENAUSTRASSE 41" agree.
pub fn street_key(s: &str) -> String {
    let folded = fold_value(s);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(' ') {
        let w = word
            .strip_suffix("strasse")
            .map(|stem| format!("{stem}str"))
            .unwrap_or_else(|| word.to_string());
        out.push_str(&w);
    }
    out
}

/// A name as a list of folded words, salutations and titles removed, in
/// given-then-family order ("Vogelsang, Katrin" → [katrin, vogelsang]).
pub fn name_tokens(s: &str) -> Vec<String> {
    let stripped = strip_honorifics(s.trim());
    let reordered = match stripped.split_once(',') {
        Some((family, given)) if !given.trim().is_empty() => {
            format!("{} {}", given.trim(), family.trim())
        }
        _ => stripped.to_string(),
    };
    let folded = fold_value(strip_honorifics(&reordered));
    folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether the page's name words can denote the profile's name.
///
/// Every page word must be a profile word or the initial of one; at least
/// one full word must match; and a page word that is neither (a middle name
/// the profile lacks) is allowed only when the first and last words both
/// match — "Katrin M. Vogelsang" yes, "Katrin Vogel" no.
fn name_matches(page: &[String], profile: &[String]) -> bool {
    if page.is_empty() || profile.is_empty() {
        return false;
    }
    let is_initial = |w: &String| w.len() == 1;
    let word_ok = |w: &String| {
        profile.iter().any(|p| p == w)
            || (is_initial(w) && profile.iter().any(|p| p.starts_with(w.as_str())))
    };
    let full_match = page.iter().any(|w| !is_initial(w) && profile.contains(w));
    if !full_match {
        return false;
    }
    if page.iter().all(word_ok) {
        return true;
    }
    page.len() >= 3
        && page.first() == profile.first()
        && page.last() == profile.last()
        && page.len() > profile.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn katrin() -> Profile {
        Profile::from_json(
            r#"{"names": ["Katrin Vogelsang"], "emails": ["katrin.vogelsang@posteo.de"],
            "phones": ["+49 1520 3948571"], "addresses": [{"street": "Gneisenaustraße 41",
            "postal_code": "10961", "city": "Berlin", "country": "DE"}],
            "birth_dates": ["1986-03-14"], "customer_numbers": ["4711-0815"]}"#,
        )
        .unwrap()
    }

    #[test]
    fn unknown_keys_are_named() {
        let err = Profile::from_json(r#"{"names": [], "nmaes": []}"#).unwrap_err();
        assert!(err.to_string().contains("nmaes"), "{err}");
        let err = Profile::from_json(r#"{"addresses": [{"zip": "1"}]}"#).unwrap_err();
        assert!(err.to_string().contains("zip"), "{err}");
    }

    #[test]
    fn invalid_values_are_named() {
        let err = Profile::from_json(r#"{"emails": ["katrin at posteo"]}"#).unwrap_err();
        assert!(err.to_string().contains("katrin at posteo"), "{err}");
        assert!(Profile::from_json(r#"{"birth_dates": ["gestern"]}"#).is_err());
        assert!(Profile::from_json(r#"{"phones": ["12"]}"#).is_err());
        assert!(Profile::from_json("{}").unwrap().is_empty());
    }

    #[test]
    fn names_in_another_script_are_told_apart() {
        let m = Profile::from_json(r#"{"names": ["Анна Смирнова"]}"#)
            .unwrap()
            .matcher();
        assert_eq!(m.owner(DataKind::Name, "СМИРНОВА Анна"), Owner::Own);
        assert_eq!(m.owner(DataKind::Name, "Смирнова, Анна"), Owner::Own);
        assert_eq!(m.owner(DataKind::Name, "Ольга Петрова"), Owner::Stranger);
        // A Latin-script profile knows no Cyrillic spelling of itself.
        assert_eq!(
            katrin().matcher().owner(DataKind::Name, "Ольга Петрова"),
            Owner::Stranger
        );
    }

    #[test]
    fn own_data_spelled_differently_matches() {
        let m = katrin().matcher();
        for (kind, v) in [
            (DataKind::Name, "Frau Katrin Vogelsang"),
            (DataKind::Name, "VOGELSANG, Katrin"),
            (DataKind::Name, "K. Vogelsang"),
            (DataKind::Name, "Katrin"),
            (DataKind::Name, "Frau Vogelsang"),
            (DataKind::Name, "Dr. Katrin M. Vogelsang"),
            (DataKind::Email, "Katrin.Vogelsang@POSTEO.de"),
            (DataKind::Phone, "0152 03948571"),
            (DataKind::Phone, "+49 (0)1520 394 85 71"),
            (DataKind::Street, "Gneisenaustr. 41"),
            (DataKind::Street, "GNEISENAUSTRASSE 41"),
            (DataKind::Street, "Gneisenau-Straße 41"),
            (DataKind::Address, "Gneisenaustr. 41, 10961 Berlin"),
            (DataKind::Address, "10961 Berlin"),
            (DataKind::PostalCode, "10961"),
            (DataKind::City, "BERLIN"),
            (DataKind::BirthDate, "14.03.1986"),
            (DataKind::BirthDate, "14. März 1986"),
            (DataKind::CustomerNumber, "4711 0815"),
            (DataKind::Username, "katrin.vogelsang"),
            (DataKind::Username, "kvogelsang86"),
        ] {
            assert_eq!(m.owner(kind, v), Owner::Own, "{kind} {v}");
        }
    }

    #[test]
    fn strangers_do_not_match() {
        let m = katrin().matcher();
        for (kind, v) in [
            (DataKind::Name, "Katrin Vogel"),
            (DataKind::Name, "Jonas Brenner"),
            (DataKind::Name, "Katrin Schulz"),
            (DataKind::Name, "Herr Brenner"),
            (DataKind::Email, "katrin.vogelsang@gmx.de"),
            (DataKind::Phone, "0152 03948572"),
            (DataKind::Street, "Gneisenaustraße 42"),
            (DataKind::Address, "Lindenallee 7, 50667 Köln"),
            (DataKind::Address, "Lindenallee 7, 10961 Berlin"),
            (DataKind::PostalCode, "50667"),
            (DataKind::City, "Köln"),
            (DataKind::BirthDate, "15.03.1986"),
            (DataKind::CustomerNumber, "4711-0816"),
            (DataKind::Username, "timo_hartmann"),
        ] {
            assert_eq!(m.owner(kind, v), Owner::Stranger, "{kind} {v}");
        }
        assert_eq!(m.owner(DataKind::Card, "•••• 4412"), Owner::Unknown);
        assert_eq!(m.owner(DataKind::Username, "kv1986"), Owner::Unknown);
        assert_eq!(
            Profile::default().matcher().owner(DataKind::Name, "Jonas"),
            Owner::Unknown
        );
    }

    #[test]
    fn a_number_the_page_writes_nationally_is_read_in_the_pages_country() {
        // A German user's Spanish mobile, shown as a Spanish page writes it.
        let p = Profile::from_json(r#"{"phones": ["+34 612 345 678"]}"#).unwrap();
        let es = crate::lang::countries::by_iso("ES");
        assert_eq!(
            p.matcher().owner(DataKind::Phone, "612 345 678"),
            Owner::Stranger
        );
        assert_eq!(
            p.matcher()
                .on_page(es)
                .owner(DataKind::Phone, "612 345 678"),
            Owner::Own
        );
        assert_eq!(
            p.matcher()
                .on_page(es)
                .owner(DataKind::Phone, "612 345 679"),
            Owner::Stranger
        );
    }

    #[test]
    fn the_addresss_country_reads_national_numbers_from_the_country_table() {
        // Sweden is in the one country table (src/lang/countries.rs); before
        // it, the profile knew twelve countries and read a Swedish user's
        // "070-123 45 67" as a German number.
        let p = Profile::from_json(
            r#"{"phones": ["+46 70 123 45 67"], "addresses": [{"city": "Malmö", "country": "SE"}]}"#,
        )
        .unwrap();
        assert_eq!(
            p.matcher().owner(DataKind::Phone, "070-123 45 67"),
            Owner::Own
        );
        let unknown = Profile::from_json(
            r#"{"phones": ["+49 30 1234567"], "addresses": [{"city": "X", "country": "XX"}]}"#,
        )
        .unwrap();
        assert_eq!(
            unknown.matcher().owner(DataKind::Phone, "030 1234567"),
            Owner::Own
        );
    }
}
