//! Italian: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Italian.
#[rustfmt::skip]
pub static IT: Lang = Lang {
    code: "it",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "cognome", "nome", "posta", "indirizzo", "via", "cap", "codice", "postale", "citta",
        "localita", "paese", "telefono", "numero", "nascita", "gg", "cerca", "ricerca",
    ],
    filler_words: &[
        "tuo", "tua", "il", "lo", "mio", "mia", "inserisci", "inserire", "digita", "qui", "per",
        "opzionale", "obbligatorio",
    ],
    phone_labels: &[
        "telefono", "cellulare",
    ],
    card_endings: &[
        "che termina con", "che termina in", "terminante con", "terminante in", "termina con",
        "termina in",
    ],
    card_words: &[
        "carta",
    ],
    expiry_labels: &[
        "scadenza",
    ],
    account: &[
        "il mio account", "i miei dati", "ordine", "fatturazione",
        "il mio profilo", "la mia prenotazione", "la tua prenotazione", "gestisci prenotazione",
        "i miei viaggi", "carta d imbarco", "traccia il tuo ordine", "tracciamento ordine",
        "stato dell ordine", "tracciamento spedizione", "i miei biglietti", "la mia polizza",
    ],
    logout: &[
        " esci ",
    ],
    imprint: &[
        "note legali",
    ],
    not_record: &[
        "accedi", "registrati",
    ],
    sign_up: &[
        "registrati",
    ],
    sign_in: &[
        " accedi",
    ],
    own_choice: &[
        "rubrica", "compagni di viaggio", "altri passeggeri", "accompagnatore",
    ],
    months: &[
        ("gennaio", 1), ("gen", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("mag", 5),
        ("giugno", 6), ("giu", 6), ("luglio", 7), ("lug", 7), ("settembre", 9), ("set", 9),
        ("ottobre", 10), ("ott", 10),
    ],
    day_words: &[
        " giorno",
    ],
    month_words: &[
        " mese ",
    ],
    year_words: &[
        " anno ",
    ],
    date_fillers: &[
        "il",
    ],
    honorifics: &[
        "signor", "signore", "signora", "signorina", "sig", "sig ra", "sig na", "sigra", "dott",
        "dott ssa", "dottssa", "avv",
    ],
    hello: &[
        "ciao", "salve", "benvenuto", "benvenuta", "bentornato", "bentornata", "buongiorno",
        "buonasera", "gentile",
    ],
    signed_in: &[
        "connesso come", "connessa come", "accesso effettuato come",
    ],
    not_addressees: &[
        "nel", "nella",
    ],
    name_stopwords: &[
        "mio", "tuo", "tua", "profilo", "impostazioni", "accedi", "accesso", "esci", "registrati",
        "carrello", "ordine", "ordini", "fattura", "benvenuto", "benvenuta", "ciao", "aiuto",
        "cerca", "invia", "continua", "indietro", "annulla", "salva", "nome", "cognome",
        "indirizzo", "tutti", "utente", "srl",
    ],
    name_particles: &[
        "della", "di", "da",
    ],
    sample_prefixes: &[
        "esempio",
    ],
    sample_names: &[
        ("mario", "rossi"),
    ],
    non_values: &[
        "ospite",
    ],
    sample_addresses: &[
        "tuo@email.it", "nome@dominio.it", "mario.rossi@email.it",
    ],
    sample_local_parts: &[
        "tuo", "tua", "tuaemail", "tuamail", "latuaemail", "iltuoindirizzo", "nomecognome", "nome",
        "mariorossi",
    ],
    social_sign_in: &[
        " con google", " con facebook", " con apple",
    ],
    document_words: &[
        "fattura", "ricevuta", "contratto", "estratto", "riepilogo", "ordine", "conferma",
        "preventivo", "certificato", "polizza", "bolletta", "gennaio", "febbraio", "marzo",
        "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre",
        "dicembre",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::UsernameExplicit, Both, T::Username, r"\bnome utente\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(codice|numero|n|num|id) (del |di )?(cliente|contratto|tessera|socio|abbonato)\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\bcodice fiscale\b|\bnumero (del |della )?(passaporto|carta d identita|documento|patente)\b"),
    row(S::Email, Both, T::Email, r"\bposta elettronica\b"),
    row(S::Phone, Both, T::Tel, r"\bcellulare\b"),
    row(S::BirthPlace, Both, T::AddressLevel2, r"\bluogo di nascita\b"),
    row(S::BirthDate, Both, T::Bday, r"\bdata (di )?nascita\b|\bnat(o|a) il\b|\bcompleanno\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\b(titolare|intestatario) (della )?carta\b|\bnome (sulla|del titolare della) carta\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\b(data di )?scadenza\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\b(numero|n) (della )?carta( di credito)?\b|\bcarta di credito\b"),
    row(S::Iban, Both, T::Iban, r"\bconto corrente\b|\bcoordinate bancarie\b"),
    row(S::FullName, Both, T::Name, r"\bnome (e |ed )?cognome\b|\bcognome (e )?nome\b|\bnominativo\b|\bnome completo\b"),
    row(S::MiddleName, Both, T::AdditionalName, r"\bsecondo nome\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\bcognome\b"),
    row(S::Honorific, Both, T::HonorificPrefix, r"\b(appellativo|sesso)\b"),
    row(S::Honorific, Label, T::HonorificPrefix, r"^titolo$"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\b(scala|interno|presso)\b|\bindirizzo ?2\b"),
    row(S::AddressLine1, Both, T::AddressLine1, r"\b(numero|n) civico\b|\bcivico\b"),
    row(S::Street, Both, T::StreetAddress, r"\bvia e (numero|n)( civico)?\b"),
    row(S::Street, Label, T::StreetAddress, r"^via$"),
    row(S::PostalCode, Label, T::PostalCode, r"\bcap\b|^c a p$"),
    row(S::City, Both, T::AddressLevel2, r"\b(citta|comune|localita)\b"),
    row(S::Country, Both, T::Country, r"\b(paese|nazione|nazionalita)\b"),
    row(S::Region, Both, T::AddressLevel1, r"\bregione\b"),
    row(S::Organisation, Both, T::Organization, r"\b(azienda|societa)\b|\bragione sociale\b"),
    row(S::AddressWord, Both, T::StreetAddress, r"\bindirizzo\d*\b"),
    row(S::Holder, Both, T::Name, r"\b(intestatario|titolare|destinatario)( del conto)?\b"),
    row(S::BareName, Both, T::GivenName, r"\bnome\d*\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\bricerca\b|\bcerca\b",
    r"\bsconto\b",
    r"\bcarta regalo\b",
    r"\bcodice di sicurezza\b",
    r"\bquantita\b",
    r"\b(n|numero) (d |dell |di )?(ordine|fattura)\b",
    r"\bsito web\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"\bparola\b",
    r"\b(messaggio|commento|oggetto)\b",
];
