//! Page and section vocabulary: what kind of page or section a text names.
//!
//! These are data, one table per question, matched against folded text
//! padded with a space on each side. An entry with a leading or trailing
//! space must match at a word boundary there (`" ort "`); an entry without
//! matches inside compounds too (`konto` in "Kundenkonto", "Benutzerkonto") —
//! German builds words by gluing them, so most German entries are bare stems.

use crate::text::fold;

/// Titles, headings, URLs and navigation that mark an account view: the
/// pages where a site shows a logged-in customer their own data.
#[rustfmt::skip]
pub const ACCOUNT: &[&str] = &[
    // de
    "konto",
    "meine daten",
    "persoenliche daten",
    "personliche daten",
    "kundendaten",
    "stammdaten",
    "mein profil",
    "profil ",
    "bestellubersicht",
    "bestellbestatigung",
    "bestellung",
    "rechnung",
    "zahlung",
    " kasse",
    "vorbestell",
    "kundencenter",
    "kundenbereich",
    "servicewelt",
    "meine vertrage",
    "vertragsdaten",
    "lieferadresse",
    "rechnungsadresse",
    "vielen dank fur ihre bestellung",
    // en
    "account",
    "my details",
    "your details",
    "personal details",
    "profile",
    "billing",
    "invoice",
    "order confirmation",
    "order summary",
    "your order",
    "my orders",
    "checkout",
    "payment",
    "pre order",
    "preorder",
    "dashboard",
    "shipping address",
    "thank you for your order",
    // fr, es, it, nl, pl, tr
    "mon compte",
    "mes informations",
    "commande",
    "facturation",
    "mi cuenta",
    "mis datos",
    "pedido",
    "facturacion",
    "il mio account",
    "i miei dati",
    "ordine",
    "fatturazione",
    "mijn account",
    "mijn gegevens",
    "bestelling",
    "moje konto",
    "zamowienie",
    "hesabim",
    "siparis",
];

/// Link and button texts that only a logged-in page shows.
#[rustfmt::skip]
pub const LOGOUT: &[&str] = &[
    " abmelden ",
    " ausloggen ",
    " logout ",
    " log out ",
    " sign out ",
    " signout ",
    " se deconnecter ",
    " deconnexion ",
    " cerrar sesion ",
    " esci ",
    " uitloggen ",
    " wyloguj ",
    " cikis yap ",
];

/// Titles, headings and URLs of pages that name people and addresses by
/// law or by trade and never show a customer: imprints, contact pages,
/// privacy notices, press pages.
#[rustfmt::skip]
pub const IMPRINT: &[&str] = &[
    "impressum",
    "imprint",
    "legal notice",
    "mentions legales",
    "aviso legal",
    "note legali",
    "colofon",
    " kontakt",
    " contact",
    "about us",
    "uber uns",
    "datenschutz",
    "privacy",
    "anbieterkennzeichnung",
    "angaben gemass",
    "verantwortlich fur den inhalt",
    "presse",
    " press ",
    "team ",
    "redaktion",
];

/// Class and id words of page regions that are publication, not account:
/// articles, bylines, author boxes, comments, footers.
#[rustfmt::skip]
pub const PUBLICATION: &[&str] = &[
    "byline",
    "author",
    "autor",
    "comment",
    "kommentar",
    "reply",
    "footer",
    "impressum",
    "imprint",
    "article",
    "artikel",
    "news",
    "blog",
    "testimonial",
    "review",
    "bewertung",
    "quote",
    "zitat",
];

/// Class and id words of a page's navigation: its header, menus and
/// toolbars, lists of links to other pages. Matched as whole words (or their
/// plurals) of a class or id, never inside one. A link there that reads like
/// a label ("Passengers with …") is followed by the next link, not by a value.
#[rustfmt::skip]
pub const NAVIGATION: &[&str] = &[
    "header", "masthead", "topbar", "navbar", "nav", "navigation", "menu", "usermenu", "toolbar",
];

/// Class and id words of a page's account area. With [`NAVIGATION`] they
/// make the page's own chrome, where a site greets the visitor it is
/// serving; unlike navigation, an account area's blocks can be a record's
/// labels and values.
#[rustfmt::skip]
pub const ACCOUNT_AREA: &[&str] = &[
    "account", "user", "login", "profile", "member", "greeting", "welcome", "konto", "hello",
];

/// Titles and headings of pages that are about an account but show no
/// customer's record: signing in or up, a forgotten password, a newsletter,
/// a store finder. An "account" word there ("Create an account", "Mein
/// Konto" over a log-in box) says nothing of whose data is shown.
#[rustfmt::skip]
pub const NOT_RECORD: &[&str] = &[
    // en
    " sign in", " signin ", " log in", " login", " sign up", " signup", " register", "registration",
    "create an account", "create account", "create your account", "open an account", "forgot",
    "reset your password", "reset password", "password reset", "newsletter", "subscribe",
    "store finder", "store locator", "find a store",
    // de
    " anmelden", " anmeldung", " einloggen", " registrier", "konto erstellen", "konto anlegen",
    "passwort vergessen", "passwort zurucksetzen", "filialfinder", "filialsuche", "marktsuche",
    // fr, es, it, nl, pl
    "connexion", "se connecter", "creer un compte", "inscription", "mot de passe oublie",
    "iniciar sesion", "crear cuenta", "registrate", "accedi", "registrati", "inloggen",
    "registreren", "zaloguj", "rejestracja",
];

/// Titles and headings of pages where one opens an account: their email
/// field is an email, not a sign-in name.
#[rustfmt::skip]
pub const SIGN_UP: &[&str] = &[
    " sign up", " signup", " register", "registration", "create an account", "create account",
    "create your account", "open an account", " join ", "registrier", "konto erstellen",
    "konto anlegen", "inscription", "creer un compte", "crear cuenta", "registrate", "registrati",
    "registreren", "rejestracja", "zarejestruj",
];

/// Submit-button texts of a sign-in form ("Log in", "Anmelden"). A form's
/// own button says what the form does even where the page around it also
/// offers to open an account ("Sign in or register").
#[rustfmt::skip]
pub const SIGN_IN: &[&str] = &[
    " sign in", " signin", " log in", " login", " log on", " logon", " anmelden", " einloggen",
    " connexion", " se connecter", " iniciar sesion", " entrar", " accedi", " inloggen",
    " zaloguj", " giris yap",
];

/// Button texts that offer another site's sign-in ("Sign in with Google",
/// "Weiter mit Apple"): they say nothing about the form they stand in.
#[rustfmt::skip]
pub const SOCIAL_SIGN_IN: &[&str] = &[
    " with google", " with facebook", " with apple", " with microsoft", " with twitter",
    " with linkedin", " with github", " mit google", " mit facebook", " mit apple",
    " avec google", " avec facebook", " avec apple", " con google", " con facebook", " con apple",
];

/// Headings and class words of sections that list people the user chose:
/// their address book, a gift's recipient, family members. Data there is
/// not a leak even when it is not the user's.
#[rustfmt::skip]
pub const OWN_CHOICE: &[&str] = &[
    // de. Not a bare "Empfänger": a "Rechnungsempfänger" is the customer.
    "adressbuch", "gespeicherte adressen", "meine adressen", "weitere adressen",
    "geschenkempfanger", "geschenk", "empfanger des geschenks", "familienmitglied",
    "mitbenutzer", "kontakte", "beschenkte",
    // en. Not a bare "recipient": the shipping recipient is the customer.
    "address book", "addressbook", "saved addresses", "saved address", "my addresses",
    " gift", "family member", "household member", "contacts",
    // fr, es, it, nl
    "carnet d adresses", "cadeau", "libreta de direcciones", "regalo", "rubrica", "adresboek",
];

/// Keys of embedded page data (`__NEXT_DATA__`, state objects; folded, so
/// `currentUser` arrives as "current user") under which a page keeps the
/// customer it is rendering for. Data under them is judged; data elsewhere
/// in the JSON (products, articles, the shop's own address) is not.
#[rustfmt::skip]
pub const SELF_DATA: &[&str] = &[
    // en
    " current user ", " viewer ", " me ", " logged in user ", " session user ", " auth user ",
    " my account ", " account ", " customer ", " billing ", " billing address ", " bill to ",
    " current customer ", " account holder ",
    // de
    " kunde ", " kundendaten ", " konto ", " kundenkonto ", " rechnungsadresse ", " rechnungsempfanger ",
    " mein konto ", " meine daten ",
];

/// Keys that are the user only on a page that is about the user's account
/// (or under one of [`SESSION_DATA`]): on a public profile page, `user` is
/// whoever the page is about.
#[rustfmt::skip]
pub const SELF_DATA_WEAK: &[&str] = &[
    " user ", " profile ", " member ", " benutzer ", " nutzer ", " person ", " contact ",
];

/// Keys that say the data below belongs to the visitor's session.
#[rustfmt::skip]
pub const SESSION_DATA: &[&str] = &[
    " session ", " auth ", " authentication ", " current ", " logged in ", " login ", " viewer ", " me ",
];

/// Keys of embedded data that hold other people, whoever the user is: the
/// people a page is about or lists, and the ones the user chose to send
/// things to. Data under them is never judged, even under a customer.
#[rustfmt::skip]
pub const OTHERS_DATA: &[&str] = &[
    // lists of people are never the one user
    " users ", " customers ", " accounts ", " members ", " people ", " persons ", " participants ",
    " contacts ", " friends ", " friend ", " followers ", " following ", " recipients ",
    " recipient ", " employees ", " employee ", " staff ", " team ", " agents ", " agent ",
    // people a page is about or by
    "author", "autor", "seller", "vendor", "merchant", " store ", " shop ", " company ",
    " organization ", " organisation ", " publisher ", " creator ", " owner ", "review",
    "comment", " support ", " sender ", " referrer ",
    // a site's own accounts with its advertising and analytics services
    " ads ", " ad ", " adverts ", " advertising ", " advertiser ", " dfp ", " gpt ", " analytics ",
    " tracking ", " tracker ", " gtm ", " data layer ", " pixel ",
    // where the user sends things (the buyer's gift, the friend invited)
    " shipping", " delivery", " ship to ", "lieferadresse", " lieferung ", " gift", "geschenk",
    " invite", " referral", " family", " household", "address book", "adressbuch",
];

/// File extensions of documents a site offers for download: invoices,
/// statements, exports. Their names often carry the customer's name.
#[rustfmt::skip]
pub const DOCUMENT_EXTENSIONS: &[&str] = &[
    ".pdf", ".csv", ".xlsx", ".xls", ".doc", ".docx", ".zip", ".txt", ".odt",
];

/// Stems of words that make up document file names and are not names of
/// people; matched inside compounds ("Vertragszusammenfassung").
#[rustfmt::skip]
pub const DOCUMENT_WORDS: &[&str] = &[
    // de
    "rechnung",
    "vertrag",
    "zusammenfassung",
    "gutschrift",
    "mahnung",
    "kontoauszug",
    "auszug",
    "beleg",
    "quittung",
    "bescheinigung",
    "bestatigung",
    "auftrag",
    "lieferschein",
    "bescheid",
    "kundig",
    "abrechnung",
    "uebersicht",
    "ubersicht",
    "angebot",
    "police",
    "nachweis",
    "formular",
    "dokument",
    "januar",
    "februar",
    "marz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "kunde",
    "export",
    "umsatz",
    "buchung",
    // en
    "invoice",
    "statement",
    "receipt",
    "bill",
    "contract",
    "summary",
    "order",
    "confirmation",
    "licence",
    "license",
    "insurance",
    "tax",
    "form",
    "document",
    "report",
    "transactions",
    "january",
    "february",
    "march",
    "june",
    "july",
    "october",
    "december",
    "customer",
    "account",
    "copy",
    "scan",
    "final",
    "draft",
    "export",
];

/// Whether the folded form of `text` contains any entry of `table`.
pub fn mentions(text: &str, table: &[&str]) -> bool {
    let padded = format!(" {} ", fold(text));
    mentions_folded(&padded, table)
}

/// Words that name the parts of a date in a control's name, id or label,
/// padded as [`mentions_folded`] reads them ("birthday_month" folds to
/// " birthday month "). Three controls naming a day, a month and a year
/// side by side ask for a date.
#[rustfmt::skip]
pub const DATE_DAY: &[&str] = &[" day", " tag ", " jour", " dia ", " giorno", " dd ", " dob day"];
#[rustfmt::skip]
pub const DATE_MONTH: &[&str] = &[" month", " monat", " mois ", " mes ", " mese ", " mm "];
#[rustfmt::skip]
pub const DATE_YEAR: &[&str] = &[" year", " jahr", " annee", " ano ", " anno ", " yyyy ", " yy "];

/// Like [`mentions`] for text already folded and padded with spaces.
pub fn mentions_folded(padded: &str, table: &[&str]) -> bool {
    table.iter().any(|e| padded.contains(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_match_inside_compounds_and_words_at_boundaries() {
        assert!(mentions("Mein Kundenkonto – MobilNet", ACCOUNT));
        assert!(mentions("Bestellbestätigung", ACCOUNT));
        assert!(mentions("Abmelden", LOGOUT));
        assert!(!mentions("Jetzt anmelden", LOGOUT));
        assert!(mentions("Impressum | MobilNet", IMPRINT));
        assert!(mentions("Kontakt", IMPRINT));
        assert!(!mentions("Unsere Produkte", IMPRINT));
        assert!(mentions("Mein Adressbuch", OWN_CHOICE));
        assert!(mentions("Geschenkempfänger", OWN_CHOICE));
        assert!(mentions("Familienmitglieder", OWN_CHOICE));
        assert!(!mentions("Rechnungsempfänger", OWN_CHOICE));
        assert!(!mentions("Sparkasse Musterstadt", ACCOUNT));
        assert!(mentions("Zur Kasse", ACCOUNT));
        assert!(!mentions("Gewinnspiel: Jetzt registrieren", ACCOUNT));
        assert!(!mentions("Gewinnspiel: Jetzt registrieren", OWN_CHOICE));
    }
}
