//! Czech: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Czech.
#[rustfmt::skip]
pub static CS: Lang = Lang {
    code: "cs",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "jmeno", "prijmeni", "adresa", "ulice", "psc", "mesto", "obec", "telefon", "narozeni",
        "hledat",
    ],
    filler_words: &[
        "vase", "vas", "vasi", "svuj", "svou", "zadejte", "vyplnte", "sem", "a", "volitelne",
        "povinne",
    ],
    phone_labels: &[
        "telefon", "mobil", "tel.",
    ],
    card_endings: &[
        "končící na", "končící",
    ],
    card_words: &[
        "karta", "karty",
    ],
    expiry_labels: &[
        "platnost do", "platná do",
    ],
    account: &[
        "muj ucet", "muj profil", "moje objednavky", "objednavka", "osobni udaje",
        "moje rezervace", "vase rezervace", "sledovani zasilky", "stav objednavky",
        "palubni vstupenka", "moje vstupenky", "moje pojistka",
    ],
    logout: &[
        " odhlasit ", " odhlaseni ",
    ],
    imprint: &[
        "kontakty", "o nas", "ochrana osobnich udaju", "zasady ochrany",
    ],
    not_record: &[
        "prihlaseni", "registrace", "zapomenute heslo", "newsletter",
    ],
    sign_up: &[
        "registrace", "zalozit ucet",
    ],
    sign_in: &[
        " prihlasit",
    ],
    own_choice: &[
        "adresar", "spolucestujici", "darek",
    ],
    months: &[
        ("leden", 1), ("ledna", 1), ("unor", 2), ("unora", 2), ("brezen", 3), ("brezna", 3),
        ("duben", 4), ("dubna", 4), ("kveten", 5), ("kvetna", 5), ("cerven", 6), ("cervna", 6),
        ("cervenec", 7), ("cervence", 7), ("srpen", 8), ("srpna", 8), ("zari", 9), ("rijen", 10),
        ("rijna", 10), ("listopad", 11), ("listopadu", 11), ("prosinec", 12), ("prosince", 12),
    ],
    honorifics: &[
        "pan", "pani", "slecna",
    ],
    hello: &[
        "dobry den", "ahoj", "vitejte", "vitejte zpet", "dobre rano", "dobry vecer",
    ],
    signed_in: &[
        "prihlasen jako", "prihlasena jako", "jste prihlasen jako",
    ],
    name_stopwords: &[
        "muj", "moje", "ucet", "profil", "kosik", "objednavka", "hledat", "jmeno", "zakaznik",
        "zpet",
    ],
    sample_prefixes: &[
        "priklad", "vzor",
    ],
    sample_names: &[
        ("jan", "novak"), ("jana", "novakova"),
    ],
    non_values: &[
        "host", "navstevnik",
    ],
    sample_addresses: &[
        "vas@email.cz", "jmeno@domena.cz", "jan.novak@email.cz",
    ],
    sample_local_parts: &[
        "vas", "vasemail", "jmeno", "jmenoprijmeni", "jannovak",
    ],
    social_sign_in: &[
        " pres google", " pres facebook", " pres apple", " pomoci google",
    ],
    document_words: &[
        "faktura", "uctenka", "smlouva", "vypis", "souhrn", "potvrzeni", "objednavka", "nabidka",
        "pojistka", "vyuctovani", "leden", "unor", "brezen", "duben", "kveten", "cerven",
        "cervenec", "srpen", "zari", "rijen", "listopad", "prosinec",
    ],
    day_words: &[
        " den ",
    ],
    month_words: &[
        " mesic",
    ],
    year_words: &[
        " rok",
    ],
    date_fillers: &[
        "dne",
    ],
    not_addressees: &[
        "na", "v", "ve", "do", "u", "a", "v nasem",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::UsernameExplicit, Both, T::Username, r"\b(uzivatelske|prihlasovaci) jmeno\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(zakaznicke|clenske) cislo\b|\bcislo zakaznika\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\brodne cislo\b|\bcislo (obcanskeho prukazu|op|pasu|cestovniho pasu|ridicskeho prukazu)\b"),
    row(S::Phone, Both, T::Tel, r"\btelefonni cislo\b|\bmobilni (cislo|telefon)\b"),
    row(S::BirthDate, Both, T::Bday, r"\bdatum narozeni\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\bdrzitel karty\b|\bjmeno na karte\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\bplatnost (karty|do)\b|\bplatna do\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\bcislo karty\b"),
    row(S::Iban, Both, T::Iban, r"\bcislo uctu\b|\bbankovni ucet\b"),
    row(S::FullName, Both, T::Name, r"\bjmeno a prijmeni\b|\bcele jmeno\b"),
    row(S::GivenName, Both, T::GivenName, r"\bjmeno\b|\bkrestni jmeno\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\bprijmeni\b"),
    row(S::Honorific, Both, T::HonorificPrefix, r"\bosloveni\b"),
    row(S::StreetAndNumber, Both, T::StreetAddress, r"\bulice a cislo( popisne)?\b"),
    row(S::AddressLine1, Both, T::AddressLine1, r"\bcislo (popisne|orientacni|domu)\b"),
    row(S::Street, Both, T::StreetAddress, r"\bulice\b"),
    row(S::PostalCode, Both, T::PostalCode, r"\bpsc\b"),
    row(S::City, Both, T::AddressLevel2, r"\bmesto\b|\bobec\b"),
    row(S::Country, Both, T::Country, r"\bzeme\b"),
    row(S::Region, Both, T::AddressLevel1, r"\bkraj\b"),
    row(S::Organisation, Both, T::Organization, r"\bnazev firmy\b|\bspolecnost\b"),
    row(S::AddressWord, Both, T::StreetAddress, r"\badresa\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\bhledat\b",
    r"\bslevovy kod\b",
    r"\bdarkovy poukaz\b",
    r"\bpocet\b",
    r"\bcislo objednavky\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"\bheslo\b",
    r"\b(zprava|predmet|poznamka)\b",
];
