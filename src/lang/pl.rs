//! Polish: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Polish.
#[rustfmt::skip]
pub static PL: Lang = Lang {
    code: "pl",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "imie", "nazwisko", "ulica", "miasto", "urodzenia", "rrrr", "szukaj", "wyszukaj",
    ],
    filler_words: &[
        "twoj", "twoja", "twoje", "wasz", "wasza", "moj", "moja", "wpisz", "podaj", "tutaj", "i",
        "lub", "dla", "opcjonalnie", "wymagane",
    ],
    card_endings: &[
        "kończąca się na", "kończący się na", "zakończona na",
    ],
    card_words: &[
        "karta",
    ],
    expiry_labels: &[
        "ważna do",
    ],
    account: &[
        "moje konto", "zamowienie",
        "moja rezerwacja", "twoja rezerwacja", "zarzadzaj rezerwacja", "moje podroze",
        "karta pokladowa", "sledzenie przesylki", "status zamowienia", "sledzenie zamowienia",
        "moje bilety", "moja polisa",
    ],
    logout: &[
        " wyloguj ",
    ],
    not_record: &[
        "zaloguj", "rejestracja",
    ],
    sign_up: &[
        "rejestracja", "zarejestruj",
    ],
    sign_in: &[
        " zaloguj",
    ],
    months: &[
        ("styczen", 1), ("stycznia", 1), ("sty", 1), ("luty", 2), ("lutego", 2), ("lut", 2),
        ("marzec", 3), ("marca", 3), ("kwiecien", 4), ("kwietnia", 4), ("kwi", 4), ("maj", 5),
        ("maja", 5), ("czerwiec", 6), ("czerwca", 6), ("cze", 6), ("lipiec", 7), ("lipca", 7),
        ("lip", 7), ("sierpien", 8), ("sierpnia", 8), ("sie", 8), ("wrzesien", 9), ("wrzesnia", 9),
        ("wrz", 9), ("pazdziernik", 10), ("pazdziernika", 10), ("paz", 10), ("listopad", 11),
        ("listopada", 11), ("lis", 11), ("grudzien", 12), ("grudnia", 12), ("gru", 12),
    ],
    honorifics: &[
        "pan", "pani", "panna",
    ],
    hello: &[
        "witaj", "witamy", "witaj ponownie", "czesc", "dzien dobry", "drogi", "droga",
    ],
    signed_in: &[
        "zalogowany jako", "zalogowana jako", "jestes zalogowany jako",
    ],
    not_addressees: &[
        "w", "na",
    ],
    name_stopwords: &[
        "moj", "moje", "moja", "twoj", "ustawienia", "zaloguj", "wyloguj", "koszyk", "zamowienie",
        "zamowienia", "faktura", "witaj", "witamy", "szukaj", "wyslij", "dalej", "anuluj",
        "zapisz", "imie", "nazwisko", "uzytkownik", "klient",
    ],
    sample_prefixes: &[
        "przyklad",
    ],
    sample_names: &[
        ("jan", "kowalski"), ("anna", "kowalska"),
    ],
    non_values: &[
        "gosc",
    ],
    sample_addresses: &[
        "twoj@email.pl", "adres@email.pl", "jan.kowalski@email.pl",
    ],
    sample_local_parts: &[
        "twoj", "twojemail", "twojadres", "twojmail", "adres", "imienazwisko", "jankowalski",
    ],
    phone_labels: &[
        "tel", "telefon", "komórka",
    ],
    imprint: &[
        "kontakt", "o nas", "polityka prywatnosci", "regulamin",
    ],
    social_sign_in: &[
        " przez google", " przez facebook", " przez apple", " z google",
    ],
    own_choice: &[
        "ksiazka adresowa", "zapisane adresy", "prezent", "wspolpasazerowie", "pozostali pasazerowie",
    ],
    document_words: &[
        "faktura", "rachunek", "umowa", "wyciag", "potwierdzenie", "zamowienie", "paragon",
        "polisa", "zestawienie", "oferta", "styczen", "luty", "marzec", "kwiecien", "maj",
        "czerwiec", "lipiec", "sierpien", "wrzesien", "pazdziernik", "listopad", "grudzien",
    ],
    day_words: &[
        " dzien",
    ],
    month_words: &[
        " miesiac",
    ],
    year_words: &[
        " rok",
    ],
    date_fillers: &[
        "dnia",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::UsernameExplicit, Both, T::Username, r"\bnazwa uzytkownika\b|\buzytkownik\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(numer|nr|id|kod) (karty )?klienta\b|\b(numer|nr) (umowy|czlonkowski|klubowy)\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\bpesel\b|\b(numer|nr|seria i numer) (paszportu|dowodu( osobistego)?)\b"),
    row(S::Phone, Both, T::Tel, r"\bkomork(a|i|owy)\b"),
    row(S::BirthPlace, Both, T::AddressLevel2, r"\bmiejsce urodzenia\b"),
    row(S::BirthDate, Both, T::Bday, r"\bdata urodzenia\b|\burodzin(y|ach)\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\b(posiadacz|wlasciciel) karty\b|\bimie i nazwisko na karcie\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\bdata waznosci\b|\bwazna do\b|\bwaznosc\b|\bmm rr\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\b(numer|nr) karty\b|\bkarta kredytowa\b"),
    row(S::Iban, Both, T::Iban, r"\b(numer|nr) (konta|rachunku)( bankowego)?\b|\brachunek bankowy\b"),
    row(S::FullName, Both, T::Name, r"\bimie (i |oraz )?nazwisko\b"),
    row(S::MiddleName, Both, T::AdditionalName, r"\bdrugie imie\b"),
    row(S::GivenName, Both, T::GivenName, r"\bimie\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\bnazwisko\b"),
    row(S::Honorific, Both, T::HonorificPrefix, r"\bzwrot grzecznosciowy\b|\bplec\b"),
    row(S::Honorific, Label, T::HonorificPrefix, r"^tytul$"),
    row(S::StreetAndNumber, Both, T::StreetAddress, r"\bulica i numer\b"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\b(numer|nr) (mieszkania|lokalu)\b|\blokal\b"),
    row(S::AddressLine1, Both, T::AddressLine1, r"\b(numer|nr) (domu|budynku)\b"),
    row(S::Street, Both, T::StreetAddress, r"\bulica\b"),
    row(S::PostalCode, Both, T::PostalCode, r"\bkod pocztowy\b"),
    row(S::City, Both, T::AddressLevel2, r"\b(miasto|miejscowosc)\b"),
    row(S::Country, Both, T::Country, r"\b(kraj|obywatelstwo)\b"),
    row(S::Region, Both, T::AddressLevel1, r"\bwojewodztwo\b"),
    row(S::Organisation, Both, T::Organization, r"\bnazwa firmy\b|\bprzedsiebiorstwo\b"),
    row(S::Holder, Both, T::Name, r"\b(posiadacz|wlasciciel) (konta|rachunku)\b|\bodbiorca\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\b(wy)?szukaj\w*",
    r"\bkupon\w*|\bkod rabatowy\b",
    r"\bkarta podarunkowa\b",
    r"\bilosc\b",
    r"\b(numer|nr) (zamowienia|faktury|przesylki)\b",
    r"\bstrona www\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"\bhaslo\b",
    r"\b(wiadomosc|komentarz|uwagi|temat)\b",
];
