//! Words of no one language: developer conventions (`fname`, `address2`)
//! and international tokens (`E-Mail`, `IBAN`, `Tel.`) in field names.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// no one language.
#[rustfmt::skip]
pub static ANY: Lang = Lang {
    code: "any",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    phone_labels: &[
        "tlf", "tfn",
    ],
    card_words: &[
        "visa", "master", "amex", "american express", "maestro", "diners", "discover", "jcb", "pan:",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::Email, Both, T::Email, r"\be ?mail"),
    row(S::Email, Both, T::Email, r"\bmail( ?(adresse|address|adres|adr))?\d*\b"),
    row(S::UsernameGeneric, Identifier, T::Username, r"\buname\b"),
    row(S::Phone, Both, T::Tel, r"tele?(fon|foon|fono|fone|phone)"),
    row(S::Phone, Both, T::Tel, r"\b(tel|fon|mob)\d*\b"),
    row(S::CardExpiry, Identifier, T::CcExp, r"\b(cc|card) ?(exp|year|month|yr|mo|mm|yy|yyyy)\d*\b"),
    row(S::Iban, Both, T::Iban, r"\biban\b"),
    row(S::MiddleName, Identifier, T::AdditionalName, r"\b(mname|mi)\d*\b"),
    row(S::GivenName, Identifier, T::GivenName, r"\b(fname|vname|ox ?fname)\d*\b"),
    row(S::FamilyName, Identifier, T::FamilyName, r"\b(lname|nname|ox ?lname)\d*\b"),
    row(S::Honorific, Identifier, T::HonorificPrefix, r"\box ?sal\b"),
    row(S::StreetAndNumber, Identifier, T::StreetAddress, r"\bstr ?nr\b"),
    row(S::AddressLine2, Identifier, T::AddressLine2, r"\b(addr|adr)2\b|\box ?addinfo\b"),
    row(S::AddressLine1, Identifier, T::AddressLine1, r"\b(addr|adr)1\b|\box ?street ?nr\b"),
    row(S::Street, Identifier, T::StreetAddress, r"\box ?street\b"),
    row(S::PostalCode, Identifier, T::PostalCode, r"\box ?zip\b|\bplzort\b"),
    row(S::City, Identifier, T::AddressLevel2, r"\box ?city\b"),
    row(S::Country, Identifier, T::Country, r"\box ?countryid\b"),
    row(S::Region, Identifier, T::AddressLevel1, r"\box ?stateid\b"),
    row(S::Organisation, Identifier, T::Organization, r"\box ?company\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"captcha|\bhoneypot\b",
    r"\b(cvc|cvv|cvn|csc)\d*\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"\bpin\b|\bpwd?\b",
];
