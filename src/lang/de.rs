//! German: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// German.
#[rustfmt::skip]
pub static DE: Lang = Lang {
    code: "de",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "vorname", "nachname", "familienname", "rufname", "benutzername", "nutzername", "anrede",
        "titel", "emailadresse", "mailadresse", "adresse", "anschrift", "adresszeile", "strasse",
        "str", "hausnummer", "hausnr", "postleitzahl", "plz", "ort", "stadt", "wohnort", "land",
        "bundesland", "kanton", "postfach", "telefon", "telefonnummer", "tel", "mobil", "handy",
        "mobilnummer", "handynummer", "nummer", "nr", "geburtsdatum", "geburtstag", "datum", "tt",
        "jj", "jjjj", "passwort", "kennwort", "firma", "unternehmen", "nachricht", "kommentar",
        "betreff", "kontonummer", "karte", "kartennummer", "ablaufdatum", "kundennummer", "suche",
        "suchen", "suchbegriff",
    ],
    filler_words: &[
        "ihr", "ihre", "ihren", "ihrer", "ihrem", "dein", "deine", "deinen", "deiner", "mein",
        "meine", "an", "der", "die", "das", "eingeben", "geben", "sie", "ein", "hier", "bitte",
        "eintragen", "angeben", "in", "und", "oder", "mit", "fur", "pflichtfeld", "erforderlich",
    ],
    phone_labels: &[
        "telefonnummer", "telefon", "tel", "mobil", "handy", "mob", "fon",
    ],
    card_endings: &[
        "endend auf", "endet auf", "endend mit", "endet mit", "mit endziffern", "endziffern",
    ],
    card_words: &[
        "karte", "kredit",
    ],
    expiry_labels: &[
        "gültig bis", "gueltig bis", "ablaufdatum", "läuft ab", "ablauf",
    ],
    account: &[
        "konto", "meine daten", "persoenliche daten", "personliche daten", "kundendaten",
        "stammdaten", "mein profil", "profil ", "bestellubersicht", "bestellbestatigung",
        "bestellung", "rechnung", "zahlung", " kasse", "vorbestell", "kundencenter",
        "kundenbereich", "servicewelt", "meine vertrage", "vertragsdaten", "lieferadresse",
        "rechnungsadresse", "vielen dank fur ihre bestellung",
        "meine buchung", "ihre buchung", "buchungsdetails", "buchungsbestatigung",
        "buchung verwalten", "meine reise", "ihre reise", "reisedaten", "meine reservierung",
        "ihre reservierung", "online check in", "bordkarte", "reisende", "sendungsverfolgung",
        "sendungsstatus", "bestellstatus", "meine tickets", "ihre tickets", "meine fahrkarten",
        "meine police", "versicherungsschein", "patientenportal", "meine termine",
    ],
    logout: &[
        " abmelden ", " ausloggen ",
    ],
    imprint: &[
        "impressum", " kontakt", "uber uns", "datenschutz", "anbieterkennzeichnung",
        "angaben gemass", "verantwortlich fur den inhalt", "presse", "redaktion",
    ],
    not_record: &[
        " anmelden", " anmeldung", " einloggen", " registrier", "konto erstellen", "konto anlegen",
        "passwort vergessen", "passwort zurucksetzen", "filialfinder", "filialsuche", "marktsuche",
    ],
    sign_up: &[
        "registrier", "konto erstellen", "konto anlegen",
    ],
    sign_in: &[
        " anmelden", " einloggen",
    ],
    social_sign_in: &[
        " mit google", " mit facebook", " mit apple",
    ],
    own_choice: &[
        "adressbuch", "gespeicherte adressen", "meine adressen", "weitere adressen",
        "geschenkempfanger", "geschenk", "empfanger des geschenks", "familienmitglied",
        "mitbenutzer", "kontakte", "beschenkte",
        "mitreisende", "weitere reisende", "begleitperson",
    ],
    document_words: &[
        "rechnung", "vertrag", "zusammenfassung", "gutschrift", "mahnung", "kontoauszug", "auszug",
        "beleg", "quittung", "bescheinigung", "bestatigung", "auftrag", "lieferschein", "bescheid",
        "kundig", "abrechnung", "uebersicht", "ubersicht", "angebot", "police", "nachweis",
        "formular", "dokument", "januar", "februar", "marz", "april", "mai", "juni", "juli",
        "august", "september", "oktober", "november", "dezember", "kunde", "export", "umsatz",
        "buchung",
    ],
    publication_marks: &[
        "autor", "kommentar", "impressum", "artikel", "bewertung", "zitat",
    ],
    account_area_marks: &[
        "konto",
    ],
    self_keys: &[
        " kunde ", " kundendaten ", " konto ", " kundenkonto ", " rechnungsadresse ",
        " rechnungsempfanger ", " mein konto ", " meine daten ",
    ],
    self_keys_weak: &[
        " benutzer ", " nutzer ",
    ],
    others_keys: &[
        "autor", "lieferadresse", " lieferung ", "geschenk", "adressbuch",
    ],
    months: &[
        ("januar", 1), ("janner", 1), ("jaenner", 1), ("februar", 2), ("feber", 2), ("febr", 2),
        ("marz", 3), ("maerz", 3), ("mrz", 3), ("mai", 5), ("juni", 6), ("juli", 7),
        ("oktober", 10), ("okt", 10), ("dezember", 12), ("dez", 12),
    ],
    day_words: &[
        " tag ",
    ],
    month_words: &[
        " monat",
    ],
    year_words: &[
        " jahr",
    ],
    date_fillers: &[
        "den", "am",
    ],
    honorifics: &[
        "herr", "herrn", "frau", "fraulein", "frl", "hr", "fr", "dr", "prof", "professor",
        "dipl ing", "dipl", "ing", "mag", "dr med", "dr phil", "dr rer nat", "dr jur", "dr ing",
    ],
    hello: &[
        "hallo", "hallo und willkommen", "hallo und herzlich willkommen", "willkommen",
        "willkommen zuruck", "herzlich willkommen", "herzlich willkommen zuruck", "guten tag",
        "guten morgen", "guten abend", "servus", "moin", "gruss gott", "gruezi", "hi", "hey",
        "liebe", "lieber", "sehr geehrte", "sehr geehrter",
    ],
    signed_in: &[
        "angemeldet als", "eingeloggt als", "sie sind angemeldet als", "sie sind eingeloggt als",
        "du bist angemeldet als", "du bist eingeloggt als",
    ],
    not_addressees: &[
        "bei", "beim", "im", "in", "auf", "an", "am", "und", "ins", "unserem", "unserer", "unser",
        "dem",
    ],
    name_stopwords: &[
        "mein", "meine", "meinen", "unser", "unsere", "konto", "kundenkonto", "kundennummer",
        "kunde", "kundin", "kunden", "willkommen", "startseite", "login", "anmelden", "anmeldung",
        "abmelden", "registrieren", "einloggen", "ausloggen", "warenkorb", "bestellung",
        "bestellungen", "bestellen", "rechnung", "rechnungen", "kontakt", "impressum",
        "datenschutz", "newsletter", "passwort", "kennwort", "deutschland", "osterreich",
        "schweiz", "einstellungen", "ubersicht", "absenden", "senden", "weiter", "zuruck", "bitte",
        "sie", "ihr", "ihre", "ihren", "ihrer", "dein", "deine", "vorname", "nachname", "strasse",
        "telefon", "adresse", "profil", "daten", "hilfe", "suche", "suchen", "kundenservice",
        "kasse", "zahlung", "zahlungsart", "versand", "lieferung", "lieferadresse",
        "rechnungsadresse", "abbrechen", "speichern", "andern", "bearbeiten", "loschen", "mehr",
        "neu", "alle", "hallo", "danke", "vielen", "dank", "tag", "guten", "herzlich",
        "geburtsdatum", "postleitzahl", "plz", "ort", "angebote", "produkte", "kategorien", "menu",
        "seite", "und", "oder", "fur", "mit", "zusammen", "gast", "nutzer", "benutzer",
        "benutzername", "mitglied", "leute", "freunde", "welt", "grusse", "grussen", "damen",
        "herren", "gmbh", "ag", "kg", "ohg", "ug", "verlag", "versicherung", "gruppe",
    ],
    name_particles: &[
        "von", "vom", "der", "den", "das", "zu", "zum", "zur",
    ],
    sample_prefixes: &[
        "muster", "beispiel",
    ],
    sample_names: &[
        ("hans", "muster"), ("max", "muster"), ("erika", "muster"),
    ],
    non_values: &[
        "qwertz", "k a", "keine angabe", "gast", "besucher", "anonym",
    ],
    sample_addresses: &[
        "test@test.de", "foo@bar.de", "name@domain.de", "your@email.de", "mail@mail.de",
        "name@email.de", "ihre@email.de", "deine@email.de", "vorname.nachname@domain.de",
    ],
    sample_local_parts: &[
        "vornamenachname", "ihre", "ihreemail", "deine", "deineemail", "maxmustermann",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::UsernameExplicit, Both, T::Username, r"\b(benutzer|nutzer|anmelde|login|zugangs) ?(name|kennung|id)\d*\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\bkunden? ?(nummer|nr|no|id|kennung|konto ?(nummer|nr)|referenz|code)\d*\b"),
    row(S::CustomerNumber, Label, T::CustomerNumber, r"^kunden ?konto$"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\bkd ?nr\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(kunden|service|mitglieds|bonus|treue|vorteils|club|payback) ?kart(e|en) ?(nummer|nr)\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(kunden|service|mitglieds|bonus|payback) ?karte\b"),
    // A SIM card number belongs to the contract, not to a credit card.
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\bsim ?karten? ?(nummer|nr)\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(vertrags|mitglieds|policen|personal|matrikel|vielflieger|payback|bahn ?card|post) ?(nummer|nr|no|id)\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\bvertrags ?konto( ?(nummer|nr))?\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(kranken)?versicherten ?(nummer|nr)\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\b(sozial|renten)versicherungs ?(nummer|nr)\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(kranken)?versicherungs ?(nummer|nr|schein ?(nummer|nr))\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\bmandats ?referenz\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\bsteuer ?(id|identifikationsnummer|nummer|nr)\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\b((personal)?ausweis|reisepass|pass|fuhrerschein) ?(nummer|nr)\b"),
    row(S::UsernameGeneric, Both, T::Username, r"\b(benutzer|kennung)\b"),
    row(S::Phone, Both, T::Tel, r"\bmobil(nummer|nr|telefon\w*|rufnummer|funk( ?(nummer|nr|rufnummer))?)?\b"),
    row(S::Phone, Both, T::Tel, r"\bhandy\w*|rufnummer\b|\bfestnetz\w*|vorwahl\b|\b(tele)?fax\w*|\bkontakt ?nummer\b"),
    row(S::BirthPlace, Both, T::AddressLevel2, r"\bgeburts ?ort\b"),
    // de: "Geburtsdatum", "Geb.-Datum", "gebDat", "geboren am", "Geb."
    row(S::BirthDate, Both, T::Bday, r"\bgeburts ?(datum|tag|jahr|monat)\b"),
    row(S::BirthDate, Both, T::Bday, r"\bgeb ?(datum|dat|tag)\b|\bgeboren( am)?\b|^geb$"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\bname auf (der )?karte\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\bgultig ?(bis|zum)\b|\bgultigkeit\w*|\bablauf ?(datum|monat|jahr)\b|\bverfalls? ?datum\b|\bmm ?jj(jj)?\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\b(kredit|debit|bank)?karten? ?(nummer|nr)\b|\bkreditkarten?\b"),
    row(S::Iban, Both, T::Iban, r"\bkonto ?(nummer|nr|no)\b|\b(bank|konto) ?verbindung\b|\bbank ?(konto|daten)\b"),
    row(S::FullName, Both, T::Name, r"\bvor( und| u)? (nach|zu|familien)name\b"),
    row(S::FullName, Both, T::Name, r"\bvorname( und| u)? (nach|zu|familien)?name\b|\b(nach|familien|zu)?name vorname\b"),
    row(S::FullName, Both, T::Name, r"\b(kunden|anzeige|spitz|teilnehmer|empfanger|besteller|mitglieds)name\b"),
    row(S::MiddleName, Both, T::AdditionalName, r"\b(zweite[rn]?|weitere) vornamen?\b|\bmittel ?name\b"),
    row(S::GivenName, Both, T::GivenName, r"\bvornamen?\d*\b|\brufname\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\b(nach|familien|zu|geburts|madchen)namen?\d*\b"),
    row(S::Honorific, Both, T::HonorificPrefix, r"\banrede\b|\bakad(emischer)? (titel|grad)\b|\bgeschlecht\b"),
    row(S::Honorific, Label, T::HonorificPrefix, r"^(akad(emischer)? )?titel( optional)?$|^(herr|frau)( (herr|frau|divers))+$"),
    row(S::StreetAndNumber, Both, T::StreetAddress, r"\b(strasse|str)( und| u)? (hausnummer|hausnr|haus nr|nummer|nr|no|hnr)\b"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\b(adress|anschrift)e? ?zusatz\b|\bzusatz ?(adresse|anschrift|zeile)\b|\b(adress ?zeile|adresse|strasse) ?2\b"),
    row(S::AddressLine2, Label, T::AddressLine2, r"^zusatz( optional)?$"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\b(etage|stockwerk|wohnung\w*|gebaude)\b|\bc o\b"),
    row(S::AddressLine1, Both, T::AddressLine1, r"\b(adress ?zeile|adresse|strasse) ?1\b|\bhaus ?(nummer|nr|no)\b|\bhnr\b"),
    row(S::Street, Both, T::StreetAddress, r"\b(strasse|str|strassenname)\d*\b|anschrift\b"),
    row(S::PostalCode, Both, T::PostalCode, r"\bplz\b|\bpostleitzahl\b"),
    row(S::City, Both, T::AddressLevel2, r"\b(wohn|heimat)?ort\b|\b(stadt|ortschaft|gemeinde|ortsname)\b"),
    row(S::Country, Both, T::Country, r"\b(herkunfts|liefer|wohnsitz|heimat|geburts|versand|rechnungs|ziel|aufenthalts)land\b|\b(staat|staatsangehorigkeit|nationalitat)\b"),
    row(S::Country, Both, T::Country, r"\bland (oder |und )?region\b|\blander ?auswahl\b"),
    row(S::Region, Both, T::AddressLevel1, r"\b(bundesland|bundesstaat|kanton|provinz|region)\b"),
    row(S::Organisation, Both, T::Organization, r"\bfirm(a|en ?name|enbezeichnung)\b|\bunternehmen(s ?name)?\b|\b(organisation|arbeitgeber|institution)\b"),
    row(S::AddressWord, Both, T::StreetAddress, r"adresse\d*\b"),
    row(S::AddressWord, Both, T::StreetAddress, r"\b(lieferung|rechnung|versand) an\b"),
    row(S::CountryWord, Both, T::Country, r"\bland\b"),
    row(S::CardHolder, Both, T::CcName, r"karten ?inhaber\w*"),
    row(S::Holder, Both, T::Name, r"(konto|vertrags|anschluss) ?inhaber\w*|\b(rechnungs)?empfanger\w*|\b(besteller|antragsteller|versicherungsnehmer|vertragspartner|passagier|reisende(r|n)?)\b"),
    // As identifiers only: on a page these words head imprints ("Ansprechpartner:
    // Dr. …"), but a form field so named asks for a person's name.
    row(S::Holder, Identifier, T::Name, r"\bansprech ?partner\w*"),
    // German and English "Name", "Ihr Name", "Your name", "friend name 1".
    row(S::BareName, Both, T::Name, r"\bnamen?\d*\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\bsuch(e|en|begriff|feld|text|wort)\b",
    r"\bgutschein\w*|\brabatt\w*|\baktions ?code\b",
    r"\bgeschenk ?karte\w*",
    r"\bsicherheitsabfrage\b|\bspam ?schutz\b",
    r"pruf ?(nummer|ziffer|code)\b|\bsicherheits ?code\b",
    r"\b(menge|anzahl|stuckzahl)\b",
    r"\b(bestell|auftrags|rechnungs|beleg|sendungs|paket|transaktions|artikel|serien) ?(nummer|nr|no|id)\b|\bsendungsverfolgung\b",
    r"\bmandats? ?referenz\w*|\bglaubiger ?(id|identifikations ?nummer)\b",
    r"\b(bestatigungs|sicherheits) ?code\b|\blandervorwahl\b|\bdurchwahl\b",
    r"\b(webseite|internetseite)\b",
    r"\b(web|internet|ip|mac|wallet|bitcoin) ?adresse\b",
    r"\b(bank|datei|produkt|artikel|projekt|hotel) ?name\b",
    r"\bname (der|des) (bank|kreditinstitut\w*|geldinstitut\w*|produkt\w*|artikel\w*|datei|hotel\w*|haustier\w*|schule|veranstaltung|gruppe|liste|projekt\w*)\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"passwort|kennwort",
    r"\b(nachricht|mitteilung|kommentar|anmerkung|bemerkung|betreff)\w*",
    r"werbung\b|\beinwilligung\w*|\bdatenschutz\w*|\bagb\b",
];
