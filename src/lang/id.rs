//! Indonesian: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Indonesian.
#[rustfmt::skip]
pub static ID: Lang = Lang {
    code: "id",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    name_particles: &[
        "bin", "ibn", "al", "af", "av",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::Phone, Both, T::Tel, r"\btelepon\b|\bponsel\b|\bnomor hp\b"),
    row(S::BirthDate, Both, T::Bday, r"\btanggal lahir\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\bnama (di |pada )?kartu\b|\bpemegang kartu\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\bmasa berlaku\b|\btanggal kedaluwarsa\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\bnomor kartu\b|\bkartu kredit\b"),
    row(S::FullName, Both, T::Name, r"\bnama lengkap\b"),
    row(S::GivenName, Both, T::GivenName, r"\bnama depan\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\bnama belakang\b"),
    row(S::Street, Both, T::StreetAddress, r"\bjalan\b"),
    row(S::PostalCode, Both, T::PostalCode, r"\bkode ?pos\b"),
    row(S::City, Both, T::AddressLevel2, r"\b(kota|kabupaten)\b"),
    row(S::Country, Both, T::Country, r"\bnegara\b"),
    row(S::Region, Both, T::AddressLevel1, r"\bprovins(i|ci)\b"),
    row(S::Organisation, Both, T::Organization, r"\bperusahaan\b"),
    row(S::AddressWord, Both, T::StreetAddress, r"\balamat\b"),
    row(S::BareName, Both, T::Name, r"\bnama\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
static NOT_PERSONAL: &[&str] = &[];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
static SOFT_NOT_PERSONAL: &[&str] = &[];
