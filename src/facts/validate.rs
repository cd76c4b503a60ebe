//! Whether a value really is personal data of its kind.

use crate::kinds::{DataKind, FieldType};
use crate::lang::countries::Country;
use crate::recognise::{
    distinctive_national_number, is_email, is_id_number, is_plausible_birth_date, is_postcode,
    is_service_number, is_valid_iban, looks_like_person_name, normalize_phone, parse_card,
    parse_date, parse_expiry, CardValue,
};
use crate::text::collapse_ws;

/// Whether `value`, shown for a field of type `ty`, really is personal data
/// of that type, and which kind. Returns the kind and the value as shown.
///
/// This is where "Vorname" in a name field or "Bitte wählen" in a salutation
/// stops being data: each kind must look like itself. And a value that is
/// unmistakably one kind is that kind whatever the field was called: an
/// email address in a field named "Customer ID" or "Street" is an email.
pub fn validate(ty: FieldType, value: &str) -> Option<(DataKind, String)> {
    validate_in(ty, value, None)
}

/// [`validate`] on a page that says which country it is in
/// ([`crate::lang::countries::of_page`]): a phone number written
/// nationally is read in that country's format first, then in those of
/// the countries read on every page.
pub fn validate_in(
    ty: FieldType,
    value: &str,
    country: Option<&'static Country>,
) -> Option<(DataKind, String)> {
    let v = collapse_ws(value);
    let v = v
        .trim_matches(|c: char| c == ',' || c == ';')
        .trim()
        .to_string();
    if v.is_empty() || v.len() > 200 {
        return None;
    }
    if let Some(kind) = unmistakable(&v) {
        return Some((kind, v));
    }
    let has_postcode = || v.split([' ', ',']).any(is_postcode);
    let kind = ty.data_kind()?;
    let ok = match kind {
        DataKind::Name => looks_like_person_name(&v, false),
        DataKind::Email => is_email(&v),
        // Numbers written nationally are read in the formats of the
        // countries the recogniser knows; any one that fits will do.
        // A toll-free or premium number (in every country it can be read
        // for) is a business's, not a person's.
        DataKind::Phone => {
            let read: Vec<String> = crate::lang::countries::readings(country)
                .filter_map(|cc| normalize_phone(&v, cc))
                .collect();
            !read.is_empty() && !read.iter().all(|n| is_service_number(n))
        }
        DataKind::Street | DataKind::Address => {
            let words = v.split_whitespace().count();
            if has_postcode() && words >= 3 {
                return Some((DataKind::Address, v));
            }
            v.chars().any(char::is_alphabetic)
                && v.chars().any(|c| c.is_ascii_digit())
                && v.len() <= 80
        }
        DataKind::PostalCode => {
            if is_postcode(&v) || country.is_some_and(|c| c.has_postcode(&v)) {
                true
            } else if has_postcode() && v.chars().any(char::is_alphabetic) {
                return Some((DataKind::Address, v));
            } else {
                false
            }
        }
        DataKind::City => {
            if has_postcode() && v.split_whitespace().count() >= 2 {
                return Some((DataKind::Address, v));
            }
            v.len() <= 50
                && !v.chars().any(|c| c.is_ascii_digit())
                && v.chars().next().is_some_and(char::is_uppercase)
        }
        DataKind::BirthDate => parse_date(&v).is_some_and(|d| is_plausible_birth_date(&d)),
        DataKind::Username => {
            if is_email(&v) {
                return Some((DataKind::Email, v));
            }
            !v.contains(' ') && v.len() <= 64
        }
        DataKind::Card => parse_card(&v).is_some(),
        DataKind::CardExpiry => parse_expiry(&v).is_some(),
        DataKind::Iban => is_valid_iban(&v),
        DataKind::IdNumber => is_id_number(&v),
        DataKind::CustomerNumber => {
            v.chars().filter(|c| c.is_ascii_digit()).count() >= 3
                && v.len() <= 32
                && v.split_whitespace().count() <= 4
        }
    };
    ok.then_some((kind, v))
}

/// The kind a value is by its form alone, whatever its label says: an email
/// address, a valid IBAN, a Luhn-valid card number.
pub fn unmistakable(v: &str) -> Option<DataKind> {
    if is_email(v) {
        Some(DataKind::Email)
    } else if is_valid_iban(v) {
        Some(DataKind::Iban)
    } else if distinctive_national_number(v).is_some() {
        Some(DataKind::IdNumber)
    } else if matches!(parse_card(v), Some(CardValue::Full { .. })) {
        Some(DataKind::Card)
    } else {
        None
    }
}
