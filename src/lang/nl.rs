//! Dutch: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Dutch.
#[rustfmt::skip]
pub static NL: Lang = Lang {
    code: "nl",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "naam", "voornaam", "achternaam", "emailadres", "mailadres", "adres", "straat",
        "huisnummer", "plaats", "woonplaats", "telefoon", "geboortedatum", "zoeken",
    ],
    filler_words: &[
        "uw", "je", "jouw", "mijn", "van", "het", "een", "vul", "voer", "voor", "optioneel",
        "verplicht",
    ],
    phone_labels: &[
        "telefoon",
    ],
    card_endings: &[
        "eindigend op", "eindigt op", "eindigend met",
    ],
    card_words: &[
        "kaart",
    ],
    expiry_labels: &[
        "geldig tot", "vervaldatum",
    ],
    account: &[
        "mijn account", "mijn gegevens", "bestelling",
        "mijn boeking", "uw boeking", "je boeking", "boeking beheren", "mijn reizen",
        "instapkaart", "bestelling volgen", "zending volgen", "mijn tickets", "mijn polis",
    ],
    logout: &[
        " uitloggen ",
    ],
    imprint: &[
        "colofon",
    ],
    not_record: &[
        "inloggen", "registreren",
    ],
    sign_up: &[
        "registreren",
    ],
    sign_in: &[
        " inloggen",
    ],
    own_choice: &[
        "adresboek", "medereizigers", "reisgenoten", "andere passagiers",
    ],
    months: &[
        ("januari", 1), ("februari", 2), ("maart", 3), ("mrt", 3), ("mei", 5), ("augustus", 8),
    ],
    date_fillers: &[
        "op",
    ],
    honorifics: &[
        "dhr", "mevr", "mevrouw", "meneer", "mw",
    ],
    hello: &[
        "hallo", "hoi", "hey", "welkom", "welkom terug", "goedendag", "goedemorgen", "goedemiddag",
        "goedenavond", "beste",
    ],
    signed_in: &[
        "ingelogd als", "aangemeld als", "je bent ingelogd als", "u bent ingelogd als",
    ],
    not_addressees: &[
        "op", "bij",
    ],
    name_stopwords: &[
        "mijn", "uw", "jouw", "profiel", "instellingen", "inloggen", "uitloggen", "registreren",
        "winkelwagen", "winkelmandje", "bestelling", "bestellingen", "factuur", "welkom", "terug",
        "hoi", "zoeken", "verzenden", "doorgaan", "annuleren", "opslaan", "naam", "voornaam",
        "achternaam", "adres", "allemaal", "klant", "gebruiker", "bv",
    ],
    name_particles: &[
        "van", "ten", "ter",
    ],
    sample_prefixes: &[
        "voorbeeld",
    ],
    sample_names: &[
        ("jan", "jansen"), ("piet", "jansen"), ("jan", "janssen"),
    ],
    non_values: &[
        "bezoeker",
    ],
    sample_addresses: &[
        "uw@emailadres.nl", "jouw@emailadres.nl", "naam@domein.nl",
    ],
    sample_local_parts: &[
        "uw", "uwemail", "uwemailadres", "jouw", "jouwemail", "jouwemailadres", "naam",
        "voornaamachternaam",
    ],
    social_sign_in: &[
        " met google", " met facebook", " met apple",
    ],
    document_words: &[
        "factuur", "rekening", "contract", "overzicht", "bevestiging", "bestelling", "offerte",
        "polis", "afschrift", "kwitantie", "januari", "februari", "maart", "april", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ],
    day_words: &[
        " dag ",
    ],
    month_words: &[
        " maand",
    ],
    year_words: &[
        " jaar",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::UsernameExplicit, Both, T::Username, r"\bgebruikers ?naam\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(klant|lid|lidmaatschaps|contract|polis|abonnee)(en)? ?(nummer|nr|id|code)\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\bklantenkaart\w*"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\bburgerservicenummer\b|\bbsn\b|\b(paspoort|identiteitskaart|id kaart|rijbewijs|document) ?(nummer|nr)\b"),
    row(S::Phone, Both, T::Tel, r"\bmobiele?( nummer)?\b"),
    row(S::BirthPlace, Both, T::AddressLevel2, r"\bgeboorteplaats\b"),
    row(S::BirthDate, Both, T::Bday, r"\bgeboorte ?datum\b|\bgeboren op\b|\bverjaardag\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\bkaart ?houder\b|\bnaam (op (de )?kaart|kaarthouder)\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\bvervaldatum\b|\bgeldig (tot|t m)\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\b(kaart|creditcard) ?nummer\b|\bcreditcard\b"),
    row(S::Iban, Both, T::Iban, r"\b(bank)?rekening ?(nummer|nr)\b|\bbankrekening\b"),
    row(S::FullName, Both, T::Name, r"\bvoor ?(en )?achternaam\b|\bvoornaam (en )?achternaam\b|\bvolledige naam\b|\btenaamstelling\b"),
    row(S::MiddleName, Both, T::AdditionalName, r"\btussenvoegsel\w*"),
    row(S::GivenName, Both, T::GivenName, r"\bvoornaam\d*\b|\bvoorletters?\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\b(achter|familie)naam\d*\b"),
    row(S::Honorific, Both, T::HonorificPrefix, r"\b(aanhef|geslacht)\b"),
    row(S::StreetAndNumber, Both, T::StreetAddress, r"\bstraat( en)? huisnummer\b"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\b(huisnummer ?)?toevoeging\b"),
    row(S::AddressLine1, Both, T::AddressLine1, r"\bhuis ?(nummer|nr)\b"),
    row(S::Street, Both, T::StreetAddress, r"\bstraat( ?naam)?\b"),
    row(S::City, Both, T::AddressLevel2, r"\b(woon)?plaats( ?naam)?\b|\b(stad|gemeente)\b"),
    row(S::Country, Both, T::Country, r"\bnationaliteit\b"),
    row(S::Region, Both, T::AddressLevel1, r"\bprovincie\b"),
    row(S::Organisation, Both, T::Organization, r"\bbedrijf(s ?naam)?\b|\borganisatie\b"),
    // Dutch, Polish and Turkish share "adres".
    // Dutch glues the address's purpose on: "Bezorgadres", "Factuuradres".
    row(S::AddressWord, Both, T::StreetAddress, r"\b(bezorg|aflever|lever|factuur|verzend|post|woon)?adres\d*\b"),
    row(S::Holder, Both, T::Name, r"\b(rekeninghouder|ontvanger)\b"),
    row(S::BareName, Both, T::Name, r"\bnaam\d*\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\bzoek\w*",
    r"\bkorting\w*",
    r"\bcadeau ?kaart\w*",
    r"\bbeveiligingscode\b",
    r"\baantal\b",
    r"\b(bestel|factuur|order) ?nummer\b",
    r"\b(web|internet|ip|mac|wallet|bitcoin) ?adres\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"wachtwoord",
    r"\b(bericht|opmerking\w*|onderwerp)\b",
];
