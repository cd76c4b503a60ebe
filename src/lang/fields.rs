//! The shape of a field-label row, and the steps of the ordered table the
//! rows make ([`crate::fields::patterns`] runs it: first match wins).
//!
//! A language file lists its rows as `row(Step, On, FieldType, pattern)`;
//! the matcher puts every language's rows of one step together, steps in
//! [`Step::ALL`] order.

use crate::kinds::FieldType;

/// Which kind of text a row applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    /// Only human-readable labels. For words that are fine as a whole label
    /// but mean something else in code: `Titel` (a page title in code),
    /// Turkish `Ad` (an advert), Italian `CAP`, French `CP`.
    Label,
    /// Only developer identifiers. For abbreviations that are words in some
    /// language: `mi` (middle initial, but Spanish "my"), `fname`, `nname`.
    Identifier,
    /// Both.
    Both,
}

impl On {
    /// Whether a rule marked `self` applies to text from `source`.
    pub fn applies(self, source: Source) -> bool {
        matches!(
            (self, source),
            (On::Both, _) | (On::Label, Source::Label) | (On::Identifier, Source::Identifier)
        )
    }
}

/// Where the text came from: a human-readable label (label element,
/// aria-label, placeholder, title, table header, preceding text) or a
/// developer identifier (name/id attribute, already folded, e.g.
/// "billing first name", "plz", "txt email").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Label,
    Identifier,
}

/// The steps of the ordered field-label table: first match wins, so the
/// steps run from specific to generic (see the module docs for the tiers).
/// Each language's rows (in `src/lang/<lang>.rs`) name their step; within
/// a step, all rows name one field type (tier 3 apart: the bare word for
/// "name" is a different part of the name in different languages), so the
/// order of languages inside a step decides nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    // ── Tier 1: phrases that name the field outright.
    /// IBAN, the one phrase that must beat "account number" (customer).
    BankAccount,
    /// Username, explicit (before e-mail: "Benutzername oder E-Mail").
    UsernameExplicit,
    /// Customer, contract, membership and similar person-bound numbers.
    /// Before card numbers ("Servicekartennummer" is a Miles & More number,
    /// not a credit card) and bank accounts ("Vertragskonto"). National and
    /// document numbers (Steuer-ID, SSN, passport) are filed here too: they
    /// are person-bound identifiers and there is no better type.
    CustomerNumber,
    /// E-mail.
    /// "e mail", "email", "emailadresse", "email2", "e mail wiederholen";
    /// not "mailing address", which is a postal address.
    Email,
    /// Username, generic (after e-mail: "Login-E-Mail" is an e-mail).
    UsernameGeneric,
    /// Telephone.
    /// `tele?fon…` has no leading \b: "Kontakttelefon", "Mobiltelefon".
    Phone,
    /// Place of birth (a city), then date of birth.
    BirthPlace,
    /// BirthDate: Bday (continued).
    BirthDate,
    /// Card holder, stated outright ("Karteninhaber" alone is tier 2).
    CardHolderExplicit,
    /// Card expiry (before the number: "Credit card expiration").
    CardExpiry,
    /// Card number.
    CardNumber,
    /// IBAN and bank account.
    /// German "Kontonummer" is the bank account; English "account number"
    /// is the customer account (above).
    Iban,
    /// Full name, as one phrase (before the parts it names).
    /// de: "Vor- und Nachname", "Vorname Name", "Name, Vorname"
    FullName,
    /// Middle name (before given name: "zweiter Vorname").
    MiddleName,
    /// Given name.
    GivenName,
    /// Family name.
    FamilyName,
    /// Salutation, title, gender (autocomplete "sex" maps here too).
    /// A bare "Titel"/"Title" only as the whole label: "Job title", "Titel
    /// des Artikels" and a page's `<title>` are not honorifics.
    Honorific,
    /// Street and house number as one field.
    StreetAndNumber,
    /// Address line 2 (before line 1 and the street: "Straße 2").
    /// House number suffixes ("toevoeging") count as line 2.
    AddressLine2,
    /// Address line 1 and house number.
    /// A house number alone identifies nobody, but it is the number half of
    /// address line 1, and a value there is worth pairing with the street.
    AddressLine1,
    /// Street.
    Street,
    /// Postal code (before the city: "PLZ / Ort" is decided by its first part).
    PostalCode,
    /// City.
    /// `ort` only as a whole word (see [`crate::fields::patterns`]).
    City,
    /// Country (before the state: "Country/Region" is a country).
    /// The bare German/Dutch "Land" is tier 2 (it is inside "land line").
    Country,
    /// State, province, region.
    Region,
    /// Organisation (last: "Firmen-E-Mail", "Telefon (Firma)", "Land der.
    /// Firma" are about something else)
    Organisation,
    // ── Tier 2: generic address words and role nouns. The head noun of a longer
    // label ("Adresse des Karteninhabers", "E-Mail des Empfängers") was caught
    // in tier 1; here the word stands for the field itself.
    /// Address words.
    /// `adresse\b` takes "Lieferadresse", "Rechnungsadresse", "Postadresse";
    /// the e-mail address was caught in tier 1, the web/IP address among the
    /// labels that are never personal data.
    AddressWord,
    /// Country: the bare word (German and Dutch).
    CountryWord,
    /// Card holder.
    CardHolder,
    /// The person the data is about: account holder, recipient.
    Holder,
    // ── Tier 3: the bare word for "name". Last, because nearly every other field
    // is the name of something.
    /// field is the name of something.
    BareName,
}

impl Step {
    /// Every step, in table order, with its tier.
    pub const ALL: &'static [(Step, u8)] = &[
        (Step::BankAccount, 1),
        (Step::UsernameExplicit, 1),
        (Step::CustomerNumber, 1),
        (Step::Email, 1),
        (Step::UsernameGeneric, 1),
        (Step::Phone, 1),
        (Step::BirthPlace, 1),
        (Step::BirthDate, 1),
        (Step::CardHolderExplicit, 1),
        (Step::CardExpiry, 1),
        (Step::CardNumber, 1),
        (Step::Iban, 1),
        (Step::FullName, 1),
        (Step::MiddleName, 1),
        (Step::GivenName, 1),
        (Step::FamilyName, 1),
        (Step::Honorific, 1),
        (Step::StreetAndNumber, 1),
        (Step::AddressLine2, 1),
        (Step::AddressLine1, 1),
        (Step::Street, 1),
        (Step::PostalCode, 1),
        (Step::City, 1),
        (Step::Country, 1),
        (Step::Region, 1),
        (Step::Organisation, 1),
        (Step::AddressWord, 2),
        (Step::CountryWord, 2),
        (Step::CardHolder, 2),
        (Step::Holder, 2),
        (Step::BareName, 3),
    ];
}

/// One row of a language's field-label table (see [`Step`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldRow {
    pub step: Step,
    pub on: On,
    pub ty: FieldType,
    /// A regex over folded text (see [`crate::fields::patterns`]).
    pub pattern: &'static str,
}

/// A [`FieldRow`], short for the language files' tables.
pub const fn row(step: Step, on: On, ty: FieldType, pattern: &'static str) -> FieldRow {
    FieldRow {
        step,
        on,
        ty,
        pattern,
    }
}

/// The steps of the table for labels in other scripts
/// ([`crate::fields::scripts`]): first match wins, specific before generic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ScriptStep {
    /// Username.
    Username,
    /// Identity documents and customer numbers (before the names and the
    /// phone: "серия и номер паспорта", "номер клиента").
    IdNumber,
    /// Postal code (before e-mail: Russian "почтовый индекс").
    PostalCode,
    /// E-mail.
    Email,
    /// Card holder, expiry, number (before names and phone numbers).
    CardHolder,
    CardExpiry,
    CardNumber,
    /// Telephone.
    Phone,
    /// Birth date.
    BirthDate,
    /// Organisation (before the names: "название компании").
    Organisation,
    /// Full name, then its parts.
    FullName,
    MiddleName,
    FamilyName,
    GivenName,
    /// Address.
    AddressLine2,
    AddressLine1,
    Street,
    City,
    Country,
    Region,
}

impl ScriptStep {
    /// Every step, in table order.
    pub const ALL: &'static [ScriptStep] = &[
        ScriptStep::Username,
        ScriptStep::IdNumber,
        ScriptStep::PostalCode,
        ScriptStep::Email,
        ScriptStep::CardHolder,
        ScriptStep::CardExpiry,
        ScriptStep::CardNumber,
        ScriptStep::Phone,
        ScriptStep::BirthDate,
        ScriptStep::Organisation,
        ScriptStep::FullName,
        ScriptStep::MiddleName,
        ScriptStep::FamilyName,
        ScriptStep::GivenName,
        ScriptStep::AddressLine2,
        ScriptStep::AddressLine1,
        ScriptStep::Street,
        ScriptStep::City,
        ScriptStep::Country,
        ScriptStep::Region,
    ];
}

/// One row of a language's table for labels in other scripts: a label
/// containing any of `words` asks for `ty`. A word written with a leading
/// `=` counts only as the whole label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScriptRow {
    pub step: ScriptStep,
    pub ty: FieldType,
    pub words: &'static [&'static str],
}

/// A [`ScriptRow`], short for the language files' tables.
pub const fn script_row(
    step: ScriptStep,
    ty: FieldType,
    words: &'static [&'static str],
) -> ScriptRow {
    ScriptRow { step, ty, words }
}
