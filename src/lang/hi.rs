//! Hindi: the words the core knows in it so far (field labels in its
//! script; see `src/lang/README.md` for the slots still to fill).

use super::fields::{script_row, ScriptStep as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Hindi.
#[rustfmt::skip]
pub static HI: Lang = Lang {
    code: "hi",
    script_fields: &[
        script_row(S::PostalCode, T::PostalCode, &["पिन कोड", "पिनकोड"]),
        script_row(S::Email, T::Email, &["ईमेल", "ई मेल"]),
        script_row(S::CardNumber, T::CcNumber, &["कार्ड नंबर", "कार्ड संख्या"]),
        script_row(S::Phone, T::Tel, &["मोबाइल", "फ़ोन", "फोन"]),
        script_row(S::BirthDate, T::Bday, &["जन्म तिथि", "जन्मतिथि"]),
        script_row(S::Organisation, T::Organization, &["कंपनी"]),
        script_row(S::FullName, T::Name, &["पूरा नाम"]),
        script_row(S::FamilyName, T::FamilyName, &["उपनाम", "कुलनाम"]),
        script_row(S::GivenName, T::GivenName, &["पहला नाम", "नाम"]),
        script_row(S::Street, T::StreetAddress, &["पता"]),
        script_row(S::City, T::AddressLevel2, &["शहर"]),
        script_row(S::Country, T::Country, &["देश"]),
        script_row(S::Region, T::AddressLevel1, &["राज्य"]),
    ],
    script_not_personal: &[
        "खोज", "पासवर्ड", "ओटीपी",
    ],
    ..Lang::EMPTY
};
