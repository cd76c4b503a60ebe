//! Swedish: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Swedish.
#[rustfmt::skip]
pub static SV: Lang = Lang {
    code: "sv",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "namn", "fornamn", "efternamn", "epost", "epostadress", "adress", "gatuadress",
        "postnummer", "postort", "telefon", "telefonnummer", "mobilnummer", "fodelsedatum",
        "personnummer",
    ],
    filler_words: &[
        "din", "ditt", "dina", "ange", "skriv", "in", "har", "valfritt", "obligatoriskt", "och",
    ],
    phone_labels: &[
        "telefon", "mobil",
    ],
    card_endings: &[
        "som slutar på", "slutar på",
    ],
    card_words: &[
        "kort",
    ],
    expiry_labels: &[
        "giltigt till", "utgångsdatum",
    ],
    account: &[
        "mitt konto", "mina sidor", "mina uppgifter", "min profil", "mina bestallningar",
        "orderbekraftelse", "min bokning", "mina bokningar", "din bokning", "mina resor",
        "boardingkort", "mina biljetter", "min forsakring",
    ],
    logout: &[
        " logga ut ",
    ],
    imprint: &[
        "kontakta oss", "om oss", "integritetspolicy", "personuppgiftspolicy",
    ],
    not_record: &[
        "logga in", "registrera", "skapa konto", "glomt losenord", "nyhetsbrev",
    ],
    sign_up: &[
        "registrera", "skapa konto",
    ],
    sign_in: &[
        " logga in",
    ],
    own_choice: &[
        "adressbok", "medresenarer", "ovriga resenarer", "present",
    ],
    months: &[
        ("januari", 1), ("februari", 2), ("mars", 3), ("april", 4), ("maj", 5), ("juni", 6),
        ("juli", 7), ("augusti", 8), ("september", 9), ("oktober", 10), ("november", 11),
        ("december", 12),
    ],
    honorifics: &[
        "herr", "fru",
    ],
    hello: &[
        "hej", "halla", "valkommen", "valkommen tillbaka", "god morgon", "god kvall",
    ],
    signed_in: &[
        "inloggad som", "du ar inloggad som",
    ],
    name_stopwords: &[
        "mitt", "min", "mina", "konto", "profil", "logga", "varukorg", "kassan", "sok", "namn",
        "kund", "tillbaka", "alla",
    ],
    name_particles: &[
        "af", "von",
    ],
    sample_prefixes: &[
        "exempel",
    ],
    sample_names: &[
        ("sven", "svensson"), ("kalle", "anka"),
    ],
    non_values: &[
        "gast", "besokare",
    ],
    sample_addresses: &[
        "din@epost.se", "namn@exempel.se", "fornamn.efternamn@exempel.se",
    ],
    sample_local_parts: &[
        "din", "dinepost", "dinmejl", "namn", "fornamnefternamn", "svensvensson",
    ],
    social_sign_in: &[
        " med google", " med facebook", " med apple", " med bankid",
    ],
    document_words: &[
        "faktura", "kvitto", "avtal", "kontoutdrag", "sammanstallning", "bekraftelse",
        "bestallning", "offert", "forsakringsbrev", "januari", "februari", "mars", "april",
        "juni", "juli", "augusti", "september", "oktober", "november", "december",
    ],
    day_words: &[
        " dag ",
    ],
    month_words: &[
        " manad",
    ],
    year_words: &[
        " artal", " ar ",
    ],
    date_fillers: &[
        "den",
    ],
    not_addressees: &[
        "till", "pa", "i", "och", "hos",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::UsernameExplicit, Both, T::Username, r"\banvandar ?namn\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(kund|medlems) ?(nummer|nr)\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\bperson ?(nummer|nr)\b|\bsamordningsnummer\b|\b(pass|id kort|korkorts) ?nummer\b"),
    row(S::Email, Both, T::Email, r"\be ?post( ?adress)?\b|\bmejl( ?adress)?\b"),
    row(S::Phone, Both, T::Tel, r"\bmobil ?(nummer|telefon)?\b|\btelefon ?nummer\b"),
    row(S::BirthDate, Both, T::Bday, r"\bfodelse ?(datum|dag)\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\bkort ?innehavare\b|\bnamn pa kortet\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\bgiltigt? till\b|\butgangsdatum\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\bkort ?nummer\b"),
    row(S::FullName, Both, T::Name, r"\bfullstandigt namn\b|\bfor ?(och|\+) ?efternamn\b"),
    row(S::GivenName, Both, T::GivenName, r"\bfor ?namn\b|\btilltalsnamn\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\befter ?namn\b"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\bc o ?adress\b|\badress ?tillagg\b"),
    row(S::Street, Both, T::StreetAddress, r"\bgatu ?adress\b"),
    // "Postnummer" is also the German row for DHL's customer number, which
    // comes first in the table: this row decides on pages in Swedish
    // (`patterns::classify_on`), the German one elsewhere.
    row(S::PostalCode, Both, T::PostalCode, r"\bpost ?(nummer|nr)\b"),
    row(S::City, Both, T::AddressLevel2, r"\bpost ?ort\b"),
    row(S::Organisation, Both, T::Organization, r"\bforetag(s ?namn)?\b"),
    // Swedish glues the address's purpose on: "Leveransadress",
    // "Faktureringsadress", "Hemadress", "Folkbokföringsadress".
    row(S::AddressWord, Both, T::StreetAddress, r"\b(leverans|fakturerings?|post|hem|bostads|folkbokforings)? ?adress\b"),
    row(S::BareName, Both, T::Name, r"\bnamn\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\brabatt ?kod\b",
    r"\bpresent ?kort\b",
    r"\bantal\b",
    r"\border ?(nummer|nr)\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"losenord",
    r"\b(meddelande|amne|kommentar)\b",
];
