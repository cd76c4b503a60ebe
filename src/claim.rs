//! "This is me": turning a verdict's findings into profile entries.
//!
//! When the user says the data NotMine warned about is their own, the values
//! go into their profile so the same page stays quiet next time. Findings
//! are not profile entries as they stand: a form splits a person into
//! "Vorname" and "Nachname" fields, an address into street, postcode and
//! city, and a page can show one value twice. This module puts them back
//! together — one full name per form, one address per run of address
//! parts — and keeps only what the profile can hold and match: payment data
//! and user names have no place in it and are reported as not stored.
//!
//! [`Profile::merged`] then adds the entries to an existing profile without
//! duplicating what it already knows (compared by the same keys the matcher
//! uses, so "Gneisenaustr. 41" does not sit next to "Gneisenaustraße 41").

use crate::kinds::DataKind;
use crate::lang::countries::Country;
use crate::profile::{compact_id, name_tokens, street_key, Address, Profile};
use crate::recognise::{is_postcode, normalize_phone, normalize_postcode, parse_date};
use crate::rules::{Finding, Place};
use crate::snapshot::Snapshot;
use crate::text::fold_value;
use serde::Serialize;

/// What "This is me" would add, and what it cannot keep.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Claim {
    /// The entries to add, in the profile's own format.
    pub additions: Profile,
    /// Kinds found on the page that a profile does not hold (card numbers,
    /// IBANs, user names), each once, in the order first seen.
    pub not_stored: Vec<DataKind>,
}

impl Claim {
    /// Builds the claim from a verdict's findings.
    ///
    /// Name parts seen in one form (given and family name in separate
    /// fields) become one name; address parts become one address, a new one
    /// starting whenever a part repeats. Values the profile would refuse
    /// (see [`Profile::validate`]) are dropped rather than failing the
    /// whole claim.
    pub fn from_findings(findings: &[Finding]) -> Claim {
        Claim::from_findings_in(findings, None)
    }

    /// [`Claim::from_findings`] for the findings of `snap`: a phone number
    /// written the way the page's country writes it nationally
    /// ([`crate::lang::countries::of_page`]) is kept in its international
    /// form, so that it matches wherever it is shown next.
    pub fn of_page(findings: &[Finding], snap: &Snapshot) -> Claim {
        Claim::from_findings_in(
            findings,
            crate::lang::countries::of_page(&snap.lang, &snap.url),
        )
    }

    fn from_findings_in(findings: &[Finding], country: Option<&'static Country>) -> Claim {
        Claim::from_values_in(
            findings
                .iter()
                .map(|f| (f.kind, f.place == Place::FormField, f.raw.as_str())),
            country,
        )
    }

    /// [`Claim::from_findings`] for plain values: each value's kind,
    /// whether it stood in a form field, and the value.
    pub fn from_values<'v>(values: impl Iterator<Item = (DataKind, bool, &'v str)>) -> Claim {
        Claim::from_values_in(values, None)
    }

    /// [`Claim::from_values`] on a page in `country` (see [`Claim::of_page`]).
    pub fn from_values_in<'v>(
        values: impl Iterator<Item = (DataKind, bool, &'v str)>,
        country: Option<&'static Country>,
    ) -> Claim {
        let mut c = Claim::default();
        let mut form_name: Vec<String> = Vec::new();
        let mut addr = Address::default();
        let flush_addr = |addr: &mut Address, out: &mut Profile| {
            let a = std::mem::take(addr);
            if a.street.is_some() || a.postal_code.is_some() || a.city.is_some() {
                out.addresses.push(a);
            }
        };
        for (kind, in_form, raw) in values {
            let v = raw.trim().to_string();
            if v.is_empty() {
                continue;
            }
            match kind {
                DataKind::Name if in_form => {
                    for t in v.split_whitespace() {
                        if !form_name.iter().any(|w| w == t) {
                            form_name.push(t.to_string());
                        }
                    }
                }
                DataKind::Name => c.additions.names.push(v),
                DataKind::Email => c.additions.emails.push(v),
                DataKind::Phone => {
                    // The profile reads national numbers as German; a number
                    // only another country's format fits ("(541) 308-2217")
                    // is kept in its international form, so it still matches.
                    if normalize_phone(&v, "49").is_some() {
                        c.additions.phones.push(v);
                    } else if let Some(intl) = crate::lang::countries::readings(country)
                        .find_map(|cc| normalize_phone(&v, cc))
                    {
                        c.additions.phones.push(intl);
                    }
                }
                DataKind::BirthDate => c.additions.birth_dates.push(v),
                DataKind::CustomerNumber => c.additions.customer_numbers.push(v),
                DataKind::Street => {
                    if addr.street.is_some() {
                        flush_addr(&mut addr, &mut c.additions);
                    }
                    addr.street = Some(v);
                }
                DataKind::PostalCode => {
                    if addr.postal_code.is_some() {
                        flush_addr(&mut addr, &mut c.additions);
                    }
                    addr.postal_code = Some(v);
                }
                DataKind::City => {
                    if addr.city.is_some() {
                        flush_addr(&mut addr, &mut c.additions);
                    }
                    addr.city = Some(v);
                }
                DataKind::Address => {
                    flush_addr(&mut addr, &mut c.additions);
                    c.additions.addresses.push(split_address(&v));
                }
                DataKind::Username
                | DataKind::Card
                | DataKind::CardExpiry
                | DataKind::Iban
                | DataKind::IdNumber => {
                    if !c.not_stored.contains(&kind) {
                        c.not_stored.push(kind);
                    }
                }
            }
        }
        flush_addr(&mut addr, &mut c.additions);
        if !form_name.is_empty() {
            c.additions.names.insert(0, form_name.join(" "));
        }
        c.additions = Profile::default().merged(&c.additions);
        c
    }
}

/// Splits "Gneisenaustr. 41, 10961 Berlin" (or without the comma) into
/// street, postcode and city: the postcode is the first word that is one,
/// the words after it (up to a comma) are the city, everything before it
/// the street.
fn split_address(v: &str) -> Address {
    let words: Vec<&str> = v.split_whitespace().collect();
    let clean = |w: &str| w.trim_matches(|c: char| c == ',' || c == ';').to_string();
    let pc = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, w)| is_postcode(&clean(w)))
        .map(|(i, _)| i);
    let Some(i) = pc else {
        return Address {
            street: Some(v.to_string()),
            ..Address::default()
        };
    };
    let join = |ws: &[&str]| {
        let s = ws.join(" ");
        let s = s.trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace());
        (!s.is_empty()).then(|| s.to_string())
    };
    let city_end = words[i + 1..]
        .iter()
        .position(|w| w.ends_with(','))
        .map_or(words.len(), |p| i + 1 + p + 1);
    Address {
        street: join(&words[..i]),
        postal_code: Some(clean(words[i])),
        city: join(&words[i + 1..city_end]),
        country: None,
    }
}

impl Profile {
    /// This profile plus `other`'s entries that it does not already hold,
    /// each checked as [`Profile::validate`] would (an entry that could never
    /// match is dropped, not added). Equality is by matching key: the same
    /// name words in any order, emails ignoring case, phones as numbers,
    /// addresses by street, postcode and city.
    pub fn merged(&self, other: &Profile) -> Profile {
        let mut out = self.clone();
        let cc = "49";
        add_new(&mut out.names, &other.names, |n| {
            let mut t = name_tokens(n);
            t.sort();
            (!t.is_empty()).then_some(t.join(" "))
        });
        add_new(&mut out.emails, &other.emails, |e| {
            crate::recognise::is_email(e.trim()).then(|| e.trim().to_lowercase())
        });
        add_new(&mut out.phones, &other.phones, |p| normalize_phone(p, cc));
        add_new(&mut out.birth_dates, &other.birth_dates, |d| {
            parse_date(d).map(|d| format!("{d:?}"))
        });
        add_new(&mut out.customer_numbers, &other.customer_numbers, |c| {
            let k = compact_id(c);
            (!k.is_empty()).then_some(k)
        });
        add_new(&mut out.addresses, &other.addresses, |a| {
            (a.street.is_some() || a.postal_code.is_some() || a.city.is_some()).then(|| {
                (
                    a.street.as_deref().map(street_key),
                    a.postal_code.as_deref().map(normalize_postcode),
                    a.city.as_deref().map(fold_value),
                )
            })
        });
        out
    }
}

impl Profile {
    /// The entries of `other` that [`Profile::merged`] would add to this
    /// profile: what a confirmation has to ask about.
    pub fn new_entries(&self, other: &Profile) -> Profile {
        let m = self.merged(other);
        let tail = |all: &[String], had: usize| all[had..].to_vec();
        Profile {
            names: tail(&m.names, self.names.len()),
            emails: tail(&m.emails, self.emails.len()),
            phones: tail(&m.phones, self.phones.len()),
            addresses: m.addresses[self.addresses.len()..].to_vec(),
            birth_dates: tail(&m.birth_dates, self.birth_dates.len()),
            customer_numbers: tail(&m.customer_numbers, self.customer_numbers.len()),
        }
    }
}

/// Appends each of `new` whose key is not yet in `list` (nor earlier in
/// `new`); an item without a key is not usable and skipped.
fn add_new<T: Clone, K: PartialEq>(list: &mut Vec<T>, new: &[T], key: impl Fn(&T) -> Option<K>) {
    let mut keys: Vec<K> = list.iter().filter_map(&key).collect();
    for item in new {
        if let Some(k) = key(item) {
            if !keys.contains(&k) {
                keys.push(k);
                list.push(item.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::Severity;
    use DataKind as K;

    fn f(kind: DataKind, place: Place, raw: &str) -> Finding {
        Finding {
            kind,
            place,
            field: None,
            value: String::new(),
            raw: raw.to_string(),
            rule: crate::rules::Rule::Form,
            why: Vec::new(),
            severity: Severity::High,
        }
    }

    #[test]
    fn form_parts_become_one_name_and_one_address() {
        use Place::FormField as F;
        let c = Claim::from_findings(&[
            f(K::Name, F, "Miriam"),
            f(K::Name, F, "Hartwig"),
            f(K::Street, F, "Lindenauer Markt 17"),
            f(K::PostalCode, F, "04177"),
            f(K::City, F, "Leipzig"),
            f(K::Email, F, "m.hartwig@example.org"),
            f(K::Iban, F, "DE02 1203 0000 0000 2020 51"),
        ]);
        assert_eq!(c.additions.names, ["Miriam Hartwig"]);
        assert_eq!(c.additions.emails, ["m.hartwig@example.org"]);
        assert_eq!(
            c.additions.addresses,
            [Address {
                street: Some("Lindenauer Markt 17".into()),
                postal_code: Some("04177".into()),
                city: Some("Leipzig".into()),
                country: None,
            }]
        );
        assert_eq!(c.not_stored, [K::Iban]);
        assert!(c.additions.validate().is_ok());
    }

    #[test]
    fn a_repeated_address_part_starts_a_new_address() {
        use Place::AccountView as A;
        let c = Claim::from_findings(&[
            f(K::Street, A, "Am Hang 3"),
            f(K::City, A, "Jena"),
            f(K::Street, A, "Talstraße 9"),
            f(K::PostalCode, A, "07743"),
        ]);
        assert_eq!(c.additions.addresses.len(), 2);
        assert_eq!(
            c.additions.addresses[1].postal_code.as_deref(),
            Some("07743")
        );
    }

    #[test]
    fn whole_addresses_are_split() {
        let a = split_address("Gneisenaustr. 41, 10961 Berlin");
        assert_eq!(a.street.as_deref(), Some("Gneisenaustr. 41"));
        assert_eq!(a.postal_code.as_deref(), Some("10961"));
        assert_eq!(a.city.as_deref(), Some("Berlin"));
        let b = split_address("Hauptstraße 5 80331 München, Deutschland");
        assert_eq!(b.street.as_deref(), Some("Hauptstraße 5"));
        assert_eq!(b.city.as_deref(), Some("München"));
        let c = split_address("Postfach ohne Nummer");
        assert_eq!(c.street.as_deref(), Some("Postfach ohne Nummer"));
        assert_eq!(c.postal_code, None);
    }

    #[test]
    fn account_view_names_stand_alone_and_duplicates_merge() {
        use Place::AccountView as A;
        let c = Claim::from_findings(&[
            f(K::Name, A, "Katrin Vogelsang"),
            f(K::Name, A, "VOGELSANG, Katrin"),
            f(K::Email, A, "K.Vogelsang@Example.org"),
            f(K::Email, A, "k.vogelsang@example.org"),
        ]);
        assert_eq!(c.additions.names, ["Katrin Vogelsang"]);
        assert_eq!(c.additions.emails, ["K.Vogelsang@Example.org"]);
    }

    #[test]
    fn merge_skips_what_the_profile_knows_and_what_it_cannot_use() {
        let mine = Profile {
            names: vec!["Katrin Vogelsang".into()],
            phones: vec!["+49 1520 3948571".into()],
            ..Profile::default()
        };
        let add = Profile {
            names: vec!["Vogelsang Katrin".into(), "Jonas Brandt".into()],
            phones: vec!["0152 03948571".into(), "not a phone".into()],
            emails: vec!["nope".into(), "jb@example.org".into()],
            ..Profile::default()
        };
        let m = mine.merged(&add);
        assert_eq!(m.names, ["Katrin Vogelsang", "Jonas Brandt"]);
        assert_eq!(m.phones, ["+49 1520 3948571"]);
        assert_eq!(m.emails, ["jb@example.org"]);
        assert!(m.validate().is_ok());
    }
}
