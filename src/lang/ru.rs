//! Russian: the words the core knows in it so far (field labels in its
//! script; see `src/lang/README.md` for the slots still to fill).

use super::fields::{script_row, ScriptStep as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Russian.
#[rustfmt::skip]
pub static RU: Lang = Lang {
    code: "ru",
    script_fields: &[
        script_row(S::Username, T::Username, &["имя пользователя", "логин"]),
        script_row(S::PostalCode, T::PostalCode, &["индекс"]),
        script_row(S::Email, T::Email, &["электронн", "эл почт", "почта", "почты", "почту"]),
        script_row(S::CardHolder, T::CcName, &["владельца карты", "владелец карты", "держатель карты", "держателя карты", "имя на карте"]),
        script_row(S::CardExpiry, T::CcExp, &["срок действия", "действительна до"]),
        script_row(S::CardNumber, T::CcNumber, &["номер карты", "номер кредитной карты", "номер банковской карты"]),
        script_row(S::Phone, T::Tel, &["телефон", "мобильный"]),
        script_row(S::BirthDate, T::Bday, &["дата рождения", "день рождения"]),
        script_row(S::Organisation, T::Organization, &["компани", "организаци"]),
        script_row(S::FullName, T::Name, &["фио", "ф и о", "полное имя"]),
        script_row(S::MiddleName, T::AdditionalName, &["отчество"]),
        script_row(S::FamilyName, T::FamilyName, &["фамилия"]),
        script_row(S::GivenName, T::GivenName, &["имя"]),
        script_row(S::AddressLine1, T::AddressLine1, &["=дом", "номер дома"]),
        script_row(S::Street, T::StreetAddress, &["улица", "адрес"]),
        script_row(S::City, T::AddressLevel2, &["город", "населенный пункт", "населённый пункт"]),
        script_row(S::Country, T::Country, &["страна"]),
        script_row(S::Region, T::AddressLevel1, &["область", "регион", "край"]),
    ],
    script_not_personal: &[
        "поиск", "найти", "пароль", "код подтверждения", "проверочный код", "промокод", "купон", "капча",
    ],
    // In its script, lower case: `fold` cannot read it, so these are
    // compared with the value's lower-cased words.
    sample_names: &[
        ("иван", "иванов"), ("ivan", "ivanov"),
    ],
    sample_addresses: &[
        "ivanov@mail.ru", "vash@email.ru",
    ],
    sample_local_parts: &[
        "vash", "vashemail", "vashapochta", "ivanivanov",
    ],
    // The parts of a date, as written (`fold` drops this script).
    day_words: &["день"],
    month_words: &["месяц"],
    year_words: &["год"],
    ..Lang::EMPTY
};
