//! Russian: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`. Russian is written in a script
//! [`crate::text::fold`] drops, so its words are kept as written, in lower
//! case ([`crate::text::word_key`]), and matched against a text's words as
//! written. Three slots are the exception: `fields`, `not_personal` and
//! `soft_not_personal` are matched on folded text, and hold the Latin
//! transliterations Russian sites use in their field names ("familiya",
//! "otchestvo"); the labels themselves are in `script_fields`.

use super::fields::{row, script_row, FieldRow, On::*, ScriptStep as SS, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Russian.
#[rustfmt::skip]
pub static RU: Lang = Lang {
    code: "ru",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    script_fields: &[
        script_row(SS::Username, T::Username, &["имя пользователя", "логин"]),
        script_row(SS::IdNumber, T::IdNumber, &["номер паспорта", "серия и номер", "серия паспорта", "загранпаспорт", "=инн", "снилс"]),
        script_row(SS::IdNumber, T::CustomerNumber, &["номер клиента", "номер договора", "лицевой счет", "лицевой счёт"]),
        script_row(SS::PostalCode, T::PostalCode, &["индекс"]),
        script_row(SS::Email, T::Email, &["электронн", "эл почт", "почта", "почты", "почту"]),
        script_row(SS::CardHolder, T::CcName, &["владельца карты", "владелец карты", "держатель карты", "держателя карты", "имя на карте"]),
        script_row(SS::CardExpiry, T::CcExp, &["срок действия", "действительна до"]),
        script_row(SS::CardNumber, T::CcNumber, &["номер карты", "номер кредитной карты", "номер банковской карты"]),
        script_row(SS::Phone, T::Tel, &["телефон", "мобильный"]),
        script_row(SS::BirthDate, T::Bday, &["дата рождения", "день рождения"]),
        script_row(SS::Organisation, T::Organization, &["компани", "организаци"]),
        script_row(SS::FullName, T::Name, &["фио", "ф и о", "полное имя", "получатель", "пассажир"]),
        script_row(SS::MiddleName, T::AdditionalName, &["отчество"]),
        script_row(SS::FamilyName, T::FamilyName, &["фамилия"]),
        script_row(SS::GivenName, T::GivenName, &["имя"]),
        script_row(SS::AddressLine2, T::AddressLine2, &["квартира", "=кв"]),
        script_row(SS::AddressLine1, T::AddressLine1, &["=дом", "номер дома"]),
        script_row(SS::Street, T::StreetAddress, &["улица", "адрес"]),
        script_row(SS::City, T::AddressLevel2, &["город", "населенный пункт", "населённый пункт"]),
        script_row(SS::Country, T::Country, &["страна", "гражданство"]),
        script_row(SS::Region, T::AddressLevel1, &["область", "регион", "край"]),
    ],
    script_not_personal: &[
        "поиск", "найти", "пароль", "код подтверждения", "проверочный код", "промокод", "купон", "капча",
        "номер заказа", "комментари",
    ],
    label_words: &[
        "фамилия", "имя", "отчество", "фио", "адрес", "город", "улица", "дом", "квартира", "индекс",
        "телефон", "почта", "электронная", "email", "дата", "рождения", "поиск",
    ],
    filler_words: &[
        "ваш", "ваша", "ваше", "ваши", "введите", "укажите", "и", "или", "здесь", "мой", "моя",
        "необязательно", "обязательно",
    ],
    card_endings: &[
        "заканчивается на", "оканчивается на",
    ],
    card_words: &[
        "карта", "карты", "картой",
    ],
    expiry_labels: &[
        "действительна до", "срок действия",
    ],
    account: &[
        "личный кабинет", "мой аккаунт", "мой профиль", "учетная запись", "учётная запись",
        "мои заказы", "мой заказ", "заказ №", "статус заказа", "отслеживание",
        "мое бронирование", "моё бронирование", "управление бронированием", "регистрация на рейс",
        "посадочный талон", "мои билеты", "мой полис",
    ],
    logout: &[
        " выйти ", " выход ",
    ],
    imprint: &[
        "контакты", "о компании", "реквизиты", "политика конфиденциальности",
        "пользовательское соглашение", "персональных данных",
    ],
    not_record: &[
        "вход в личный кабинет", " войти ", "восстановление пароля", "забыли пароль",
        "создать аккаунт", "подписка на рассылку",
    ],
    sign_up: &[
        "зарегистрир", "регистрация нового", "создать аккаунт", "создание учетной записи",
    ],
    sign_in: &[
        " войти", " вход ",
    ],
    social_sign_in: &[
        " через google", " через vk", " через яндекс", " через facebook", " через apple",
    ],
    own_choice: &[
        "адресная книга", "сохраненные адреса", "сохранённые адреса", "получатель подарка",
        "попутчики", "другие пассажиры", "члены семьи",
    ],
    document_words: &[
        "договор", "счет", "счёт", "квитанци", "выписк", "полис", "заказ",
    ],
    months: &[
        ("январь", 1), ("января", 1), ("февраль", 2), ("февраля", 2), ("март", 3), ("марта", 3),
        ("апрель", 4), ("апреля", 4), ("май", 5), ("мая", 5), ("июнь", 6), ("июня", 6),
        ("июль", 7), ("июля", 7), ("август", 8), ("августа", 8), ("сентябрь", 9), ("сентября", 9),
        ("октябрь", 10), ("октября", 10), ("ноябрь", 11), ("ноября", 11), ("декабрь", 12),
        ("декабря", 12),
    ],
    // The parts of a date, as written.
    day_words: &["день"],
    month_words: &["месяц"],
    year_words: &["год"],
    date_fillers: &[
        "г", "года",
    ],
    honorifics: &[
        "господин", "госпожа", "г н", "г жа",
    ],
    hello: &[
        "здравствуйте", "привет", "добрый день", "добрый вечер", "доброе утро",
        "добро пожаловать", "уважаемый", "уважаемая",
    ],
    signed_in: &[
        "вы вошли как", "вошли как",
    ],
    not_addressees: &[
        "в", "на", "всем", "друзья", "дорогие",
    ],
    name_stopwords: &[
        "войти", "выйти", "корзина", "заказ", "заказы", "профиль", "настройки", "поиск",
        "фамилия", "имя", "отчество", "клиент", "пользователь", "личный", "кабинет",
    ],
    sample_prefixes: &[
        "пример",
    ],
    // Sample people, in the script and transliterated.
    sample_names: &[
        ("иван", "иванов"), ("ivan", "ivanov"), ("пётр", "петров"),
        ("петр", "петров"), ("мария", "иванова"),
    ],
    non_values: &[
        "гость", "аноним",
    ],
    sample_addresses: &[
        "ivanov@mail.ru", "vash@email.ru", "primer@mail.ru", "example@mail.ru",
    ],
    sample_local_parts: &[
        "vash", "vashemail", "vashapochta", "ivanivanov", "primer",
    ],
    phone_labels: &[
        "тел", "телефон", "моб", "мобильный",
    ],
    ..Lang::EMPTY
};

/// Field-name rows: the transliterations Russian sites give their fields'
/// `name` and `id` (matched on folded text, so no Cyrillic here).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::CustomerNumber, Identifier, T::IdNumber, r"\b(pasport|snils|inn)\b"),
    row(S::BirthDate, Identifier, T::Bday, r"\bdata rozhdeniya\b"),
    row(S::FullName, Identifier, T::Name, r"\bfio\b"),
    row(S::MiddleName, Identifier, T::AdditionalName, r"\botchestvo\b"),
    row(S::GivenName, Identifier, T::GivenName, r"\bimya\b"),
    row(S::FamilyName, Identifier, T::FamilyName, r"\bfamiliya\b"),
    row(S::Street, Identifier, T::StreetAddress, r"\bulitsa\b"),
    row(S::PostalCode, Identifier, T::PostalCode, r"\bindeks\b"),
    row(S::City, Identifier, T::AddressLevel2, r"\bgorod\b"),
];

/// Field names that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\bpoisk\b",
    r"\bpromokod\b",
];

/// Field names that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"\bparol\b",
    r"\bkommentari[iy]\b",
];
