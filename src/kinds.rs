//! The vocabularies shared by the classifier, the recognisers and the verdict.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What a form control asks for, in the HTML `autocomplete` vocabulary, plus
/// two tokens HTML lacks but German sites ask for all the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldType {
    GivenName,
    FamilyName,
    AdditionalName,
    Name,
    HonorificPrefix,
    Email,
    Tel,
    StreetAddress,
    AddressLine1,
    AddressLine2,
    PostalCode,
    AddressLevel1,
    AddressLevel2,
    Country,
    Bday,
    Organization,
    Username,
    CcName,
    CcNumber,
    CcExp,
    Iban,
    CustomerNumber,
    /// An identity document's number (passport, identity card, driving
    /// licence) or a national identification number (DNI, codice fiscale,
    /// PESEL, BSN, Steuer-ID, personnummer, SSN, National Insurance).
    IdNumber,
}

impl FieldType {
    /// Every type, in declaration order.
    pub const ALL: [FieldType; 23] = [
        FieldType::GivenName,
        FieldType::FamilyName,
        FieldType::AdditionalName,
        FieldType::Name,
        FieldType::HonorificPrefix,
        FieldType::Email,
        FieldType::Tel,
        FieldType::StreetAddress,
        FieldType::AddressLine1,
        FieldType::AddressLine2,
        FieldType::PostalCode,
        FieldType::AddressLevel1,
        FieldType::AddressLevel2,
        FieldType::Country,
        FieldType::Bday,
        FieldType::Organization,
        FieldType::Username,
        FieldType::CcName,
        FieldType::CcNumber,
        FieldType::CcExp,
        FieldType::Iban,
        FieldType::CustomerNumber,
        FieldType::IdNumber,
    ];

    /// The autocomplete token, e.g. `given-name`.
    pub fn token(self) -> &'static str {
        match self {
            FieldType::GivenName => "given-name",
            FieldType::FamilyName => "family-name",
            FieldType::AdditionalName => "additional-name",
            FieldType::Name => "name",
            FieldType::HonorificPrefix => "honorific-prefix",
            FieldType::Email => "email",
            FieldType::Tel => "tel",
            FieldType::StreetAddress => "street-address",
            FieldType::AddressLine1 => "address-line1",
            FieldType::AddressLine2 => "address-line2",
            FieldType::PostalCode => "postal-code",
            FieldType::AddressLevel1 => "address-level1",
            FieldType::AddressLevel2 => "address-level2",
            FieldType::Country => "country",
            FieldType::Bday => "bday",
            FieldType::Organization => "organization",
            FieldType::Username => "username",
            FieldType::CcName => "cc-name",
            FieldType::CcNumber => "cc-number",
            FieldType::CcExp => "cc-exp",
            FieldType::Iban => "iban",
            FieldType::CustomerNumber => "customer-number",
            FieldType::IdNumber => "id-number",
        }
    }

    /// Parses an autocomplete token. Accepts the detail tokens HTML defines
    /// as variants of ours (`tel-national` → `tel`, `cc-exp-month` → `cc-exp`).
    pub fn from_token(t: &str) -> Option<FieldType> {
        Some(match t {
            "given-name" => FieldType::GivenName,
            "family-name" => FieldType::FamilyName,
            "additional-name" => FieldType::AdditionalName,
            "name" | "nickname" => FieldType::Name,
            "honorific-prefix" | "sex" => FieldType::HonorificPrefix,
            "email" => FieldType::Email,
            "tel" | "tel-national" | "tel-local" | "tel-area-code" | "tel-local-prefix"
            | "tel-local-suffix" | "mobile" => FieldType::Tel,
            "street-address" => FieldType::StreetAddress,
            "address-line1" => FieldType::AddressLine1,
            "address-line2" | "address-line3" => FieldType::AddressLine2,
            "postal-code" => FieldType::PostalCode,
            "address-level1" => FieldType::AddressLevel1,
            "address-level2" => FieldType::AddressLevel2,
            "country" | "country-name" => FieldType::Country,
            "bday" | "bday-day" | "bday-month" | "bday-year" => FieldType::Bday,
            "organization" => FieldType::Organization,
            "username" => FieldType::Username,
            "cc-name" | "cc-given-name" | "cc-family-name" => FieldType::CcName,
            "cc-number" => FieldType::CcNumber,
            "cc-exp" | "cc-exp-month" | "cc-exp-year" => FieldType::CcExp,
            "iban" => FieldType::Iban,
            "customer-number" => FieldType::CustomerNumber,
            "id-number" => FieldType::IdNumber,
            _ => return None,
        })
    }

    /// The kind of personal data a value of this field is, if it is personal
    /// at all. Salutation, country, state and organisation identify nobody on
    /// their own, so they raise no finding.
    pub fn data_kind(self) -> Option<DataKind> {
        Some(match self {
            FieldType::GivenName
            | FieldType::FamilyName
            | FieldType::AdditionalName
            | FieldType::Name
            | FieldType::CcName => DataKind::Name,
            FieldType::Email => DataKind::Email,
            FieldType::Tel => DataKind::Phone,
            FieldType::StreetAddress | FieldType::AddressLine1 | FieldType::AddressLine2 => {
                DataKind::Street
            }
            FieldType::PostalCode => DataKind::PostalCode,
            FieldType::AddressLevel2 => DataKind::City,
            FieldType::Bday => DataKind::BirthDate,
            FieldType::Username => DataKind::Username,
            FieldType::CcNumber => DataKind::Card,
            FieldType::CcExp => DataKind::CardExpiry,
            FieldType::Iban => DataKind::Iban,
            FieldType::CustomerNumber => DataKind::CustomerNumber,
            FieldType::IdNumber => DataKind::IdNumber,
            FieldType::HonorificPrefix
            | FieldType::AddressLevel1
            | FieldType::Country
            | FieldType::Organization => return None,
        })
    }
}

impl fmt::Display for FieldType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.token())
    }
}

/// The kind of personal data a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DataKind {
    Name,
    Email,
    Phone,
    /// A whole postal address shown as one value ("Lindenallee 7, 50667 Köln").
    Address,
    Street,
    PostalCode,
    City,
    BirthDate,
    Username,
    /// A card number, full or masked ("•••• 4412").
    Card,
    CardExpiry,
    Iban,
    CustomerNumber,
    /// A passport, identity-card or driving-licence number, or a national
    /// identification number ([`crate::recognise::id_number`]).
    IdNumber,
}

impl DataKind {
    /// Every kind, in declaration order.
    pub const ALL: [DataKind; 14] = [
        DataKind::Name,
        DataKind::Email,
        DataKind::Phone,
        DataKind::Address,
        DataKind::Street,
        DataKind::PostalCode,
        DataKind::City,
        DataKind::BirthDate,
        DataKind::Username,
        DataKind::Card,
        DataKind::CardExpiry,
        DataKind::Iban,
        DataKind::CustomerNumber,
        DataKind::IdNumber,
    ];

    pub fn token(self) -> &'static str {
        match self {
            DataKind::Name => "name",
            DataKind::Email => "email",
            DataKind::Phone => "phone",
            DataKind::Address => "address",
            DataKind::Street => "street",
            DataKind::PostalCode => "postal-code",
            DataKind::City => "city",
            DataKind::BirthDate => "birth-date",
            DataKind::Username => "username",
            DataKind::Card => "card",
            DataKind::CardExpiry => "card-expiry",
            DataKind::Iban => "iban",
            DataKind::CustomerNumber => "customer-number",
            DataKind::IdNumber => "id-number",
        }
    }

    /// The kind in words, with its article, for messages: "an email address".
    pub fn phrase(self) -> &'static str {
        match self {
            DataKind::Name => "a name",
            DataKind::Email => "an email address",
            DataKind::Phone => "a phone number",
            DataKind::Address => "an address",
            DataKind::Street => "a street address",
            DataKind::PostalCode => "a postcode",
            DataKind::City => "a city",
            DataKind::BirthDate => "a date of birth",
            DataKind::Username => "a user name",
            DataKind::Card => "a card number",
            DataKind::CardExpiry => "a card expiry date",
            DataKind::Iban => "an IBAN",
            DataKind::CustomerNumber => "a customer number",
            DataKind::IdNumber => "an identity document or national number",
        }
    }

    /// Strong kinds identify a person on their own; a stranger's value of a
    /// strong kind is enough for a high-severity warning. Postcode, city,
    /// card fragments and expiry dates are shared by many people.
    pub fn is_strong(self) -> bool {
        matches!(
            self,
            DataKind::Name
                | DataKind::Email
                | DataKind::Phone
                | DataKind::Address
                | DataKind::Street
                | DataKind::BirthDate
                | DataKind::Iban
                | DataKind::CustomerNumber
                | DataKind::IdNumber
        )
    }
}

impl fmt::Display for DataKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.token())
    }
}

/// How loud a verdict is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    None,
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn token(self) -> &'static str {
        match self {
            Severity::None => "none",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.token())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip() {
        for t in FieldType::ALL {
            assert_eq!(FieldType::from_token(t.token()), Some(t));
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{}\"", t.token()));
        }
    }
}
