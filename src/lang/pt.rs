//! Portuguese: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Portuguese.
#[rustfmt::skip]
pub static PT: Lang = Lang {
    code: "pt",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    name_particles: &[
        "do",
    ],
    sample_names: &[
        ("joao", "silva"), ("fulano", "tal"),
    ],
    sample_addresses: &[
        "seu@email.com", "seuemail@dominio.com", "nome@dominio.com.br",
    ],
    sample_local_parts: &[
        "seu", "seuemail", "seumail", "teu", "teuemail", "nome", "nomesobrenome", "fulano",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::CustomerNumber, Both, T::IdNumber, r"\bnif\b|\bnumero de contribuinte\b|\bcartao de cidadao\b|\bcpf\b|\b(numero (do )?)?passaporte\b"),
    row(S::BirthDate, Both, T::Bday, r"\b(data de )?nascimento\b|\baniversario\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\bnome (do |no )?(titular (do )?)?cartao\b|\btitular do cartao\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\b(data de )?validade\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\bnumero (do )?cartao\b|\bcartao de (credito|debito)\b"),
    row(S::GivenName, Both, T::GivenName, r"\bprimeiro nome\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\bsobre ?nome\b|\bultimo nome\b"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\bcomplemento\b"),
    row(S::Street, Both, T::StreetAddress, r"\blogradouro\b"),
    row(S::Street, Label, T::StreetAddress, r"^rua$"),
    row(S::PostalCode, Both, T::PostalCode, r"\bcep\b"),
    row(S::City, Both, T::AddressLevel2, r"\bcidade\b"),
    row(S::AddressWord, Both, T::StreetAddress, r"\bendereco\d*\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
static NOT_PERSONAL: &[&str] = &[];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
static SOFT_NOT_PERSONAL: &[&str] = &[];
