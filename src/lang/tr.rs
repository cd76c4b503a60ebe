//! Turkish: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Turkish.
#[rustfmt::skip]
pub static TR: Lang = Lang {
    code: "tr",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "soyad", "soyadi", "soyadiniz", "adiniz", "eposta", "elektronik", "adresi", "adresiniz",
        "sokak", "cadde", "sehir", "dogum", "tarihi", "arama",
    ],
    filler_words: &[
        "sizin", "senin", "girin", "giriniz", "buraya", "lutfen", "ve", "veya", "icin", "zorunlu",
    ],
    card_words: &[
        "kart ",
    ],
    expiry_labels: &[
        "son kullanma",
    ],
    account: &[
        "hesabim", "siparis",
        "rezervasyonum", "rezervasyonunuz", "binis karti", "siparis takibi", "kargo takibi",
        "biletlerim", "policem",
    ],
    logout: &[
        " cikis yap ",
    ],
    sign_in: &[
        " giris yap",
    ],
    months: &[
        ("ocak", 1), ("subat", 2), ("mart", 3), ("nisan", 4), ("mayis", 5), ("haziran", 6),
        ("temmuz", 7), ("agustos", 8), ("eylul", 9), ("ekim", 10), ("kasim", 11), ("aralik", 12),
    ],
    honorifics: &[
        "bay", "bayan",
    ],
    hello: &[
        "merhaba", "selam", "hos geldiniz", "hos geldin", "tekrar hos geldiniz", "sayin",
    ],
    not_addressees: &[
        "ve", "ile",
    ],
    name_stopwords: &[
        "hesabim", "hesap", "ayarlar", "giris", "cikis", "sepet", "sepetim", "siparis",
        "siparislerim", "fatura", "merhaba", "hosgeldiniz", "geldiniz", "gonder", "devam", "iptal",
        "kaydet", "soyad", "soyadi", "kullanici", "musteri",
    ],
    sample_prefixes: &[
        "ornek",
    ],
    sample_addresses: &[
        "adiniz@eposta.com", "isim@alanadi.com",
    ],
    sample_local_parts: &[
        "adiniz", "epostaniz", "epostaadresiniz", "isim", "adsoyad",
    ],
    phone_labels: &[
        "tel", "telefon", "cep",
    ],
    card_endings: &[
        "ile biten",
    ],
    imprint: &[
        "iletisim", "hakkimizda", "gizlilik", "kvkk", "kunye",
    ],
    not_record: &[
        "giris yap", "uye ol", "kayit ol", "sifremi unuttum", "bulten",
    ],
    sign_up: &[
        "uye ol", "kayit ol",
    ],
    social_sign_in: &[
        " google ile", " facebook ile", " apple ile",
    ],
    own_choice: &[
        "adres defteri", "kayitli adresler", "hediye", "diger yolcular",
    ],
    document_words: &[
        "fatura", "makbuz", "sozlesme", "ekstre", "dekont", "onay", "police", "teklif", "ocak",
        "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim",
        "kasim", "aralik",
    ],
    day_words: &[
        " gun",
    ],
    month_words: &[
        " ay ",
    ],
    year_words: &[
        " yil",
    ],
    date_fillers: &[
        "tarihinde",
    ],
    signed_in: &[
        "giris yapan", "oturum acan",
    ],
    non_values: &[
        "misafir", "ziyaretci",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::UsernameExplicit, Both, T::Username, r"\bkullanici ?(adi)?\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(musteri|uye|sozlesme|abone) (numarasi|no|kodu)\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\btc kimlik( no| numarasi)?\b|\b(kimlik|pasaport) (no|numarasi)\b"),
    row(S::Email, Both, T::Email, r"\be ?posta\b"),
    row(S::Phone, Both, T::Tel, r"\bgsm( no| numarasi)?\b|\bcep (no|numarasi)\b"),
    row(S::BirthPlace, Both, T::AddressLevel2, r"\bdogum yeri\b"),
    row(S::BirthDate, Both, T::Bday, r"\bdogum (tarihi|gunu)\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\bkart (sahibi|uzerindeki (isim|ad|ad soyad))\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\bson kullanma( tarihi)?\b|\bskt\b|\bgecerlilik( tarihi)?\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\bkart (numarasi|no)\b|\bkredi karti\b"),
    row(S::Iban, Both, T::Iban, r"\bhesap (numarasi|no)\b"),
    row(S::FullName, Both, T::Name, r"\b(ad|adi|adiniz|isim) (soyad|soyadi|soyadiniz|soyisim)\b"),
    row(S::MiddleName, Both, T::AdditionalName, r"\bikinci (ad|isim)\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\bsoy ?(ad|adi|adiniz|isim)\b"),
    row(S::Honorific, Both, T::HonorificPrefix, r"\b(hitap|cinsiyet)\b"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\bdaire( no)?\b|\bmahalle\w*|\badres satiri 2\b"),
    row(S::AddressLine1, Both, T::AddressLine1, r"\b(bina|kapi) (no|numarasi)\b"),
    row(S::Street, Both, T::StreetAddress, r"\b(sokak|cadde)\w*"),
    row(S::PostalCode, Both, T::PostalCode, r"\bposta kodu\b"),
    row(S::City, Both, T::AddressLevel2, r"\b(sehir|ilce)\b"),
    row(S::Country, Both, T::Country, r"\b(ulke|uyruk|uyrugu)\b"),
    row(S::Region, Label, T::AddressLevel1, r"^il$"),
    row(S::Organisation, Both, T::Organization, r"\b(sirket|firma unvani|kurum)( adi)?\b|\bfirma adi\b"),
    row(S::AddressWord, Both, T::StreetAddress, r"\badresi(niz)?\b"),
    row(S::Holder, Both, T::Name, r"\bhesap sahibi\b|\balici\b"),
    row(S::BareName, Both, T::Name, r"\bisim\b"),
    row(S::BareName, Label, T::GivenName, r"^(ad|adi|adiniz)( optional)?$"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\barama\b",
    r"\bindirim\w*",
    r"\bhediye (karti|ceki)\b",
    r"\bguvenlik kodu\b",
    r"\badet\b",
    r"\b(siparis|fatura) (numarasi|no)\b|\bkargo takip\b",
    r"\bweb sitesi\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"\bsifre\w*",
    r"\b(mesaj|yorum|konu|aciklama)\b",
];
