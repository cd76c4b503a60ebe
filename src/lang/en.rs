//! English: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// English.
#[rustfmt::skip]
pub static EN: Lang = Lang {
    code: "en",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "name", "names", "firstname", "lastname", "surname", "given", "family", "full", "first",
        "last", "middle", "username", "login", "user", "ad", "salutation", "title", "email",
        "mail", "e", "address", "addresse", "line", "street", "house", "housenumber", "zip",
        "zipcode", "post", "postal", "code", "postcode", "city", "town", "country", "state",
        "region", "province", "phone", "telephone", "mobile", "cell", "fax", "number", "no",
        "birthday", "date", "birth", "dob", "dd", "mm", "yyyy", "yy", "password", "company",
        "organisation", "organization", "message", "comment", "subject", "website", "url",
        "homepage", "iban", "bic", "card", "cvv", "cvc", "expiry", "customer", "search",
    ],
    filler_words: &[
        "your", "you", "my", "the", "a", "enter", "type", "here", "insert", "fill", "add", "input",
        "please", "and", "or", "of", "with", "for", "optional", "required",
    ],
    phone_labels: &[
        "phone", "mobile", "cell", "fax", "telephone",
    ],
    card_endings: &[
        "ending in", "ending with", "ends in", "ends with", "ending",
    ],
    card_words: &[
        "card", "credit", "debit",
    ],
    expiry_labels: &[
        "valid thru", "valid through", "valid until", "expiration", "expires", "expiry", "exp",
    ],
    account: &[
        "account", "my details", "your details", "personal details", "profile", "billing",
        "invoice", "order confirmation", "order summary", "your order", "my orders", "checkout",
        "payment", "pre order", "preorder", "dashboard", "shipping address",
        "thank you for your order",
        // Pages that show one person's record under another name: bookings
        // and check-in, order tracking, tickets, policies, patient portals.
        "manage booking", "my booking", "your booking", "booking details", "booking confirmation",
        "reservation details", "your reservation", "my reservation", "my trips", "your trip",
        "online check in", "check in online", "boarding pass", "itinerary", "passenger details",
        "track your order", "order tracking", "order status", "track your parcel",
        "track your package", "delivery details", "my tickets", "your tickets", "my policy",
        "your policy", "policy details", "patient portal", "my appointments",
    ],
    logout: &[
        " logout ", " log out ", " sign out ", " signout ",
    ],
    imprint: &[
        "imprint", "legal notice", " contact", "about us", "privacy", " press ", "team ",
    ],
    not_record: &[
        " sign in", " signin ", " log in", " login", " sign up", " signup", " register",
        "registration", "create an account", "create account", "create your account",
        "open an account", "forgot", "reset your password", "reset password", "password reset",
        "newsletter", "subscribe", "store finder", "store locator", "find a store",
    ],
    sign_up: &[
        " sign up", " signup", " register", "registration", "create an account", "create account",
        "create your account", "open an account", " join ",
    ],
    sign_in: &[
        " sign in", " signin", " log in", " login", " log on", " logon",
    ],
    social_sign_in: &[
        " with google", " with facebook", " with apple", " with microsoft", " with twitter",
        " with linkedin", " with github",
    ],
    own_choice: &[
        "address book", "addressbook", "saved addresses", "saved address", "my addresses", " gift",
        "family member", "household member", "contacts",
        "co traveller", "co traveler", "travel companion", "other passengers", "additional passengers",
    ],
    document_words: &[
        "invoice", "statement", "receipt", "bill", "contract", "summary", "order", "confirmation",
        "licence", "license", "insurance", "tax", "form", "document", "report", "transactions",
        "january", "february", "march", "june", "july", "october", "december", "customer",
        "account", "copy", "scan", "final", "draft", "export",
    ],
    publication_marks: &[
        "byline", "author", "comment", "reply", "footer", "imprint", "article", "news", "blog",
        "testimonial", "review", "quote",
    ],
    navigation_marks: &[
        "header", "masthead", "topbar", "navbar", "nav", "navigation", "menu", "usermenu",
        "toolbar",
    ],
    account_area_marks: &[
        "account", "user", "login", "profile", "member", "greeting", "welcome", "hello",
    ],
    self_keys: &[
        " current user ", " viewer ", " me ", " logged in user ", " session user ", " auth user ",
        " my account ", " account ", " customer ", " billing ", " billing address ", " bill to ",
        " current customer ", " account holder ",
    ],
    self_keys_weak: &[
        " user ", " profile ", " member ", " person ", " contact ",
    ],
    session_keys: &[
        " session ", " auth ", " authentication ", " current ", " logged in ", " login ",
        " viewer ", " me ",
    ],
    others_keys: &[
        " users ", " customers ", " accounts ", " members ", " people ", " persons ",
        " participants ", " contacts ", " friends ", " friend ", " followers ", " following ",
        " recipients ", " recipient ", " employees ", " employee ", " staff ", " team ",
        " agents ", " agent ", "author", "seller", "vendor", "merchant", " store ", " shop ",
        " company ", " organization ", " organisation ", " publisher ", " creator ", " owner ",
        "review", "comment", " support ", " sender ", " referrer ", " ads ", " ad ", " adverts ",
        " advertising ", " advertiser ", " dfp ", " gpt ", " analytics ", " tracking ",
        " tracker ", " gtm ", " data layer ", " pixel ", " shipping", " delivery", " ship to ",
        " gift", " invite", " referral", " family", " household", "address book",
    ],
    months: &[
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
        ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
        ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ],
    day_words: &[
        " day", " dd ", " dob day",
    ],
    month_words: &[
        " month", " mm ",
    ],
    year_words: &[
        " year", " yyyy ", " yy ",
    ],
    date_fillers: &[
        "of", "the",
    ],
    ordinal_suffixes: &[
        "st", "nd", "rd", "th", "e", "a",
    ],
    honorifics: &[
        "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady",
    ],
    hello: &[
        "hi", "hello", "hey", "hiya", "welcome", "welcome back", "good morning", "good afternoon",
        "good evening", "dear", "greetings",
    ],
    signed_in: &[
        "signed in as", "logged in as", "you are signed in as", "you are logged in as",
        "you re signed in as", "you re logged in as",
    ],
    not_addressees: &[
        "to", "at", "on", "and", "into", "a", "our", "the",
    ],
    name_stopwords: &[
        "my", "our", "account", "profile", "settings", "overview", "dashboard", "submit", "send",
        "continue", "back", "next", "cancel", "save", "delete", "logout", "log", "sign", "signin",
        "signout", "register", "cart", "basket", "checkout", "order", "orders", "invoice",
        "invoices", "payment", "billing", "shipping", "address", "contact", "privacy", "policy",
        "terms", "help", "faq", "search", "shop", "store", "products", "welcome", "hello", "hi",
        "dear", "customer", "user", "username", "guest", "member", "visitor", "friend", "friends",
        "everyone", "everybody", "world", "there", "again", "all", "team", "password", "email",
        "mail", "phone", "name", "first", "last", "full", "street", "city", "country", "you",
        "your", "the", "and", "or", "of", "to", "for", "with", "more", "about", "home", "details",
        "information", "info", "support", "service", "news", "subscribe", "unsubscribe",
        "download", "view", "ok", "yes", "no", "germany", "ltd", "inc", "llc", "plc", "bank",
        "group", "folks", "aboard",
    ],
    name_particles: &[
        "e",
    ],
    sample_prefixes: &[
        "example", "sample", "lorem", "anytown", "anystate", "anycity",
    ],
    sample_names: &[
        ("john", "doe"), ("jane", "doe"),
    ],
    non_values: &[
        "test", "test test", "testuser", "tester", "asdf", "qwerty", "xxx", "foo", "foo bar",
        "n a", "none", "null", "undefined", "nan", "tbd", "todo", "123 main street", "123 main st",
        "1234 main street", "1234 main st", "123 any street", "visitor", "guest", "anonymous",
        "invite",
    ],
    sample_addresses: &[
        "test@test.com", "foo@bar.com", "name@domain.com", "you@yourdomain.com", "your@email.com",
        "user@host", "user@domain.com", "email@email.com", "email@domain.com", "name@email.com",
    ],
    sample_local_parts: &[
        "test", "testing", "tester", "testuser", "sample", "example", "demo", "foo", "foobar",
        "some", "someone", "somebody", "anybody", "nobody", "your", "youremail", "yourname",
        "youraddress", "you", "email", "emailaddress", "name", "user", "username", "firstlast",
        "firstnamelastname", "johndoe", "janedoe",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::BankAccount, Both, T::Iban, r"\bbank ?account( ?(number|no|nr|num))?\b"),
    row(S::UsernameExplicit, Both, T::Username, r"\buser ?(name|id)\d*\b"),
    // Glued to a prefix in code: "formusername", "loginUsername" folds whole.
    row(S::UsernameExplicit, Identifier, T::Username, r"username\d*\b"),
    row(S::UsernameExplicit, Both, T::Username, r"\b(screen|login|sign ?in|log ?in) ?name\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(customer|cust|client|account|acct|contract|member(ship)?|subscriber|policy) ?(number|no|nr|num|id|ref|reference|code)\d*\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(loyalty|rewards?|membership|member|club|customer|mileage) ?(card|program|programme)? ?(number|no|nr|id)\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\bfrequent fl(y|i)er( ?(number|no|id))?\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\b(social security|national insurance|passport|tax|id card|identity card|national id(entity)?|driver s licen(c|s)e|driving licen(c|s)e) ?(number|no|nr|id)\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\bssn\b|\bnino\b|\b(passport|id document) (number|no)\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\bsim( card)? (number|no)\b|\biccid\b"),
    row(S::UsernameGeneric, Both, T::Username, r"\blog ?in( ?id)?\b"),
    // "phone" anywhere: "homephone", "phonenumber"; iPhone and smartphone
    // are vetoed in NEGATIVE.
    row(S::Phone, Both, T::Tel, r"phone"),
    row(S::Phone, Both, T::Tel, r"\b(mobile|cell)( ?(number|no|nr|num))?\d*\b"),
    row(S::Phone, Both, T::Tel, r"\bland ?line\b|\bcontact number\b"),
    row(S::BirthPlace, Both, T::AddressLevel2, r"\b(place|city|town) of birth\b|\bbirth ?place\b"),
    row(S::BirthDate, Both, T::Bday, r"\b(date|day|month|year) of birth\b"),
    row(S::BirthDate, Both, T::Bday, r"\bbirth ?(date|day|month|year)s?\b|\b(dob|d o b|bday)\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\bname( \w+){0,4} on (the |your )?card\b|\bname of (the )?card ?holder\b|\bcard ?holder( s)? ?name\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\b(cc|card|credit card) ?name\b|\b(credit |debit )?card ?(holder|owner)( s)?( name)?$"),
    row(S::CardExpiry, Both, T::CcExp, r"\bexp(iry|iration|ires|iring)?( ?(date|month|year|mm|yy|mo|yr))?\b|\b(cc|card) ?exp\w*"),
    row(S::CardExpiry, Both, T::CcExp, r"\b(valid|good) (thru|through|until|till|to)\b|\bmm ?yy(yy)?\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\b(credit |debit )?card ?(number|no|nr|num)\b|\bcc ?(number|no|nr|num)\b|\b(credit|debit) card\b"),
    row(S::FullName, Both, T::Name, r"\bfirst( and| &)? (last|sur|family) ?name\b|\b(last|sur) ?name first ?name\b"),
    row(S::FullName, Both, T::Name, r"\b(full|customer|contact|display|nick|legal|billing|shipping|bill to|ship to) ?name\d*\b"),
    row(S::MiddleName, Both, T::AdditionalName, r"\bmiddle ?(name|initial)s?\d*\b"),
    row(S::GivenName, Both, T::GivenName, r"\b(first|given|fore|christian) ?names?\d*\b|^first$"),
    row(S::FamilyName, Both, T::FamilyName, r"\b(last|sur|family|maiden) ?names?\d*\b|^last$"),
    row(S::Honorific, Both, T::HonorificPrefix, r"\b(salutation|honorific( prefix)?|name prefix|gender|sex)\b"),
    row(S::Honorific, Label, T::HonorificPrefix, r"^title( optional)?$|^(mr|mrs|ms|miss|mx|dr)( (mr|mrs|ms|miss|mx|dr))+$"),
    row(S::StreetAndNumber, Both, T::StreetAddress, r"\bstreet (and|&) (house )?(number|no|nr)\b"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\b(addr(ess)?|street) ?(line ?)?(2|two)\b|\badditional address( line ?\d)?\b"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\b(apt|apartment|suite)\b|\bcare of\b|\b(flat|unit) (number|no|nr)\b|\b(building|house) name\b"),
    row(S::AddressLine1, Both, T::AddressLine1, r"\b(addr(ess)?|street) ?(line ?)?(1|one)\b|\b(house|street|building) ?(number|no|nr|num)\b"),
    row(S::Street, Both, T::StreetAddress, r"\bstreet( ?(address|name))?\d*\b"),
    row(S::PostalCode, Both, T::PostalCode, r"\b(zip|post|postal) ?codes?\d*\b|\b(zip|postal|zip4)\b"),
    row(S::City, Both, T::AddressLevel2, r"\b(city|town|suburb|locality)\d*\b"),
    row(S::Country, Both, T::Country, r"\b(country|countries|nationality)\b"),
    row(S::Region, Both, T::AddressLevel1, r"\b(state|province|county|prefecture|territory)\b"),
    // No leading \b: fold keeps an acronym whole ("CAStates" → "castates").
    row(S::Region, Identifier, T::AddressLevel1, r"states\b"),
    row(S::Organisation, Both, T::Organization, r"\b(company|business|organi(s|z)ation|employer)( ?name)?\b"),
    row(S::AddressWord, Both, T::StreetAddress, r"\baddress(es)?\d*\b"),
    row(S::AddressWord, Identifier, T::StreetAddress, r"\b(addr|adr)\d*\b"),
    // A block of name and address ("Bill to:", "Lieferung an:").
    row(S::AddressWord, Both, T::StreetAddress, r"\b(bill|ship|deliver|sold|send) to\b"),
    row(S::CardHolder, Both, T::CcName, r"\bcard ?(holder|owner)\w*"),
    row(S::Holder, Both, T::Name, r"\b(account ?holder|recipient|addressee|policy ?holder|passenger|contact person)\w*"),
    row(S::Holder, Identifier, T::Name, r"\b(account|key ?account|relationship) ?manager\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\bsearch\w*|\bquery\b",
    r"\bpromo\w*|\bcoupon\w*|\bvoucher\w*|\bdiscount\w*",
    r"\bgift ?card\w*",
    r"\bsecurity code\b|\bverification (code|number|value)\b",
    r"\b(quantity|qty)\b",
    r"\btracking\w*",
    r"\b(order|invoice|transaction|product|item|serial|article) ?(number|no|nr|num|id|code)\b|\bsku\b",
    r"\bmandate ?(reference|ref|id)\b|\bcreditor ?id\b",
    r"\bone ?time (code|password|passcode)\b|\botp\b|\b(sms|verification|confirmation) ?code\b|\bcountry ?(calling ?)?code\b|\bdial(ling)? code\b|\b(phone |tel )?ext(ension)?\b",
    r"\b(website|homepage|url|web ?site)\b",
    r"\b(web|internet|ip|mac|wallet|bitcoin) ?address\b|\bi ?phone\b|\b(smart|head|micro) ?phones?\b",
    r"\b(bank|file|product|item|project|host|domain|event|group|team|list|campaign|category|course|shop|store|brand|model|device|network|wifi|school|hotel|pet|server|app|folder|package|plan) ?name\b",
    r"\bname (of the|of your|of) (bank|hotel\w*|file|product|item|school|pet|first pet|event|group|list|project)\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"password|passphrase|\bpass\b",
    r"\b(message|comment|remark|note|subject|msg)s?\b",
    r"\bnewsletter\w*|\bconsent\w*|\bprivacy\b|\bterms\b|\bopt ?in\b|\bunsubscribe\b",
];
