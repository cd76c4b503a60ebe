//! Labels in scripts that [`crate::text::fold`] drops: Cyrillic, Chinese,
//! Japanese, Korean and Devanagari.
//!
//! `fold` keeps Latin letters only (diacritics stripped), so "Фамилия:",
//! "電話番号" or "우편번호" fold to nothing and the regex tables of
//! [`super::patterns`] never see them. This table reads such a label as the
//! user sees it, lower-cased, with punctuation turned into single spaces
//! ([`normalise`]).
//!
//! The words are plain substrings: these scripts mostly write words without
//! spaces (Chinese, Japanese) or build them by suffixes (Russian cases:
//! "почта", "почты"), so a word is looked for inside the label. A word that
//! is also a syllable of many others (Korean 성, Japanese and Chinese 名, 姓,
//! 市, 省) counts only as the whole label; they are written with a leading
//! `=`.
//!
//! As in [`super::patterns::RULES`], the first row that matches wins, so the
//! table runs from the specific to the generic: "Имя владельца карты"
//! (card holder's name) is a card holder before it is a given name,
//! "Адрес электронной почты" an e-mail before it is an address, "Почтовый
//! индекс" a postcode before its "почт" could be mail, and the Hindi
//! surname "उपनाम" before the "नाम" (name) inside it.

use crate::kinds::FieldType;

/// One row: a label containing any of `words` asks for `ty`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScriptRule {
    pub ty: FieldType,
    /// `ru`, `ja`, `zh`, `ko`, `hi`.
    pub lang: &'static str,
    /// Substrings of the normalised label; `=word` must be the whole label.
    pub words: &'static [&'static str],
}

const fn s(lang: &'static str, ty: FieldType, words: &'static [&'static str]) -> ScriptRule {
    ScriptRule { ty, lang, words }
}

use FieldType as T;

/// Labels that say the field is nothing personal: search boxes, passwords,
/// one-time and security codes, coupons, captchas.
#[rustfmt::skip]
pub static SCRIPT_NEGATIVE: &[&str] = &[
    // ru
    "поиск", "найти", "пароль", "код подтверждения", "проверочный код", "промокод", "купон", "капча",
    // ja
    "検索", "パスワード", "暗証番号", "認証コード", "確認コード", "セキュリティコード", "クーポン",
    // zh
    "搜索", "搜尋", "密码", "密碼", "验证码", "驗證碼", "安全码", "优惠券",
    // ko
    "검색", "비밀번호", "인증번호", "보안코드", "쿠폰",
    // hi
    "खोज", "पासवर्ड", "ओटीपी",
];

/// The table, ordered: first match wins (see the module docs).
#[rustfmt::skip]
pub static SCRIPT_RULES: &[ScriptRule] = &[
    // ── Username ──
    s("ru", T::Username, &["имя пользователя", "логин"]),
    s("ja", T::Username, &["ユーザー名", "ユーザーid", "ログインid"]),
    s("zh", T::Username, &["用户名", "用戶名", "帳號", "账号"]),
    s("ko", T::Username, &["아이디", "사용자 이름"]),

    // ── Postal code (before e-mail: Russian "почтовый индекс") ──
    s("ru", T::PostalCode, &["индекс"]),
    s("ja", T::PostalCode, &["郵便番号", "〒"]),
    s("zh", T::PostalCode, &["邮编", "邮政编码", "郵遞區號", "郵政編碼", "郵編"]),
    s("ko", T::PostalCode, &["우편번호", "우편 번호"]),
    s("hi", T::PostalCode, &["पिन कोड", "पिनकोड"]),

    // ── E-mail ──
    s("ru", T::Email, &["электронн", "эл почт", "почта", "почты", "почту"]),
    s("ja", T::Email, &["メール"]),
    s("zh", T::Email, &["邮箱", "电子邮件", "郵箱", "電子郵件", "电邮"]),
    s("ko", T::Email, &["이메일", "전자 우편", "전자우편"]),
    s("hi", T::Email, &["ईमेल", "ई मेल"]),

    // ── Card holder, expiry, number (before names and phone numbers) ──
    s("ru", T::CcName, &["владельца карты", "владелец карты", "держатель карты", "держателя карты", "имя на карте"]),
    s("ja", T::CcName, &["カード名義", "名義人"]),
    s("zh", T::CcName, &["持卡人"]),
    s("ko", T::CcName, &["카드 소유자", "카드소유자", "명의자"]),
    s("ru", T::CcExp, &["срок действия", "действительна до"]),
    s("ja", T::CcExp, &["有効期限"]),
    s("zh", T::CcExp, &["有效期", "到期日"]),
    s("ko", T::CcExp, &["유효기간", "유효 기간", "만료일"]),
    s("ru", T::CcNumber, &["номер карты", "номер кредитной карты", "номер банковской карты"]),
    s("ja", T::CcNumber, &["カード番号"]),
    s("zh", T::CcNumber, &["卡号", "卡號"]),
    s("ko", T::CcNumber, &["카드번호", "카드 번호"]),
    s("hi", T::CcNumber, &["कार्ड नंबर", "कार्ड संख्या"]),

    // ── Telephone ──
    s("ru", T::Tel, &["телефон", "мобильный"]),
    s("ja", T::Tel, &["電話", "携帯"]),
    s("zh", T::Tel, &["电话", "手机", "電話", "手機"]),
    s("ko", T::Tel, &["전화", "휴대폰", "핸드폰"]),
    s("hi", T::Tel, &["मोबाइल", "फ़ोन", "फोन"]),

    // ── Birth date ──
    s("ru", T::Bday, &["дата рождения", "день рождения"]),
    s("ja", T::Bday, &["生年月日", "誕生日"]),
    s("zh", T::Bday, &["出生日期", "生日"]),
    s("ko", T::Bday, &["생년월일", "생일"]),
    s("hi", T::Bday, &["जन्म तिथि", "जन्मतिथि"]),

    // ── Organisation (before the names: "название компании") ──
    s("ru", T::Organization, &["компани", "организаци"]),
    s("ja", T::Organization, &["会社", "企業", "勤務先"]),
    s("zh", T::Organization, &["公司", "单位"]),
    s("ko", T::Organization, &["회사", "직장"]),
    s("hi", T::Organization, &["कंपनी"]),

    // ── Full name, then its parts ──
    s("ru", T::Name, &["фио", "ф и о", "полное имя"]),
    s("ja", T::Name, &["氏名", "名前", "お名前", "フルネーム"]),
    s("zh", T::Name, &["姓名", "全名"]),
    s("ko", T::Name, &["성명"]),
    s("hi", T::Name, &["पूरा नाम"]),
    s("ru", T::AdditionalName, &["отчество"]),
    s("ru", T::FamilyName, &["фамилия"]),
    s("ja", T::FamilyName, &["=姓", "苗字"]),
    s("zh", T::FamilyName, &["姓氏"]),
    s("ko", T::FamilyName, &["=성"]),
    s("hi", T::FamilyName, &["उपनाम", "कुलनाम"]),
    s("ru", T::GivenName, &["имя"]),
    s("ja", T::GivenName, &["=名"]),
    s("ko", T::GivenName, &["이름"]),
    s("hi", T::GivenName, &["पहला नाम", "नाम"]),

    // ── Address ──
    s("zh", T::AddressLine2, &["地址2", "地址 2", "地址二"]),
    s("ko", T::AddressLine2, &["주소2", "주소 2"]),
    s("ko", T::AddressLine1, &["주소1", "주소 1"]),
    s("ru", T::AddressLine1, &["=дом", "номер дома"]),
    s("ru", T::StreetAddress, &["улица", "адрес"]),
    s("ja", T::StreetAddress, &["住所", "番地"]),
    s("zh", T::StreetAddress, &["地址", "街道"]),
    s("ko", T::StreetAddress, &["주소"]),
    s("hi", T::StreetAddress, &["पता"]),
    s("ru", T::AddressLevel2, &["город", "населенный пункт", "населённый пункт"]),
    s("ja", T::AddressLevel2, &["市区町村", "=市"]),
    s("zh", T::AddressLevel2, &["城市", "=市"]),
    s("ko", T::AddressLevel2, &["시군구", "시 군 구", "도시"]),
    s("hi", T::AddressLevel2, &["शहर"]),
    s("ru", T::Country, &["страна"]),
    s("ja", T::Country, &["国名"]),
    s("zh", T::Country, &["国家", "國家"]),
    s("ko", T::Country, &["국가"]),
    s("hi", T::Country, &["देश"]),
    s("ru", T::AddressLevel1, &["область", "регион", "край"]),
    s("ja", T::AddressLevel1, &["都道府県"]),
    s("zh", T::AddressLevel1, &["=省", "省份"]),
    s("ko", T::AddressLevel1, &["시도", "시 도"]),
    s("hi", T::AddressLevel1, &["राज्य"]),
];

/// Lower-cases `text` and turns punctuation, spaces and the full-width
/// punctuation of CJK texts into single spaces: "Имя:" → "имя",
/// "名前（フルネーム）:" → "名前 フルネーム", "시·군·구:" → "시 군 구".
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let sep = c.is_whitespace()
            || c.is_ascii_punctuation()
            || matches!(
                c,
                '：' | '（'
                    | '）'
                    | '·'
                    | '・'
                    | '、'
                    | '，'
                    | '。'
                    | '「'
                    | '」'
                    | '【'
                    | '】'
                    | '／'
                    | '※'
                    | '＊'
                    | '　'
            );
        if sep {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Whether the label has letters of a script this table reads (anything
/// beyond Latin; `fold` keeps the Latin ones).
pub fn applies(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_alphabetic() && !c.is_ascii() && (c as u32) >= 0x0370)
}

fn found(norm: &str, word: &str) -> bool {
    match word.strip_prefix('=') {
        Some(whole) => norm == whole,
        None => norm.contains(word),
    }
}

/// The type a label in one of these scripts names, and the row's language.
/// `None` for a label no row names, or one [`SCRIPT_NEGATIVE`] vetoes.
pub fn classify(text: &str) -> Option<&'static ScriptRule> {
    if !applies(text) {
        return None;
    }
    let norm = normalise(text);
    if vetoed(&norm) {
        return None;
    }
    SCRIPT_RULES
        .iter()
        .find(|r| r.words.iter().any(|w| found(&norm, w)))
}

/// Whether a normalised label says the field is nothing personal.
pub fn vetoed(norm: &str) -> bool {
    SCRIPT_NEGATIVE.iter().any(|w| norm.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use FieldType::*;

    #[test]
    fn labels_in_other_scripts() {
        let cases: &[(&str, Option<FieldType>)] = &[
            // ru
            ("Имя:", Some(GivenName)),
            ("Фамилия:", Some(FamilyName)),
            ("Отчество", Some(AdditionalName)),
            ("Имя владельца карты:", Some(CcName)),
            ("Номер кредитной карты:", Some(CcNumber)),
            ("Срок действия карты :", Some(CcExp)),
            ("Почтовый Индекс:", Some(PostalCode)),
            ("Электронной Почты:", Some(Email)),
            ("Адрес электронной почты:", Some(Email)),
            ("Адрес:", Some(StreetAddress)),
            ("Дом:", Some(AddressLine1)),
            ("Город:", Some(AddressLevel2)),
            ("Населенный пункт:", Some(AddressLevel2)),
            ("Телефон:", Some(Tel)),
            ("Название компании:", Some(Organization)),
            ("Пароль", None),
            ("Поиск по сайту", None),
            // ja
            ("名:", Some(GivenName)),
            ("姓:", Some(FamilyName)),
            ("会社名", Some(Organization)),
            ("名前（フルネーム）:", Some(Name)),
            ("メールアドレス:", Some(Email)),
            ("電話番号:", Some(Tel)),
            ("郵便番号:", Some(PostalCode)),
            ("市区町村:", Some(AddressLevel2)),
            ("住所:", Some(StreetAddress)),
            ("カード番号:", Some(CcNumber)),
            ("有効期限:", Some(CcExp)),
            ("パスワード", None),
            // zh
            ("姓名:", Some(Name)),
            ("持卡人姓名：", Some(CcName)),
            ("信用卡号码：", Some(CcNumber)),
            ("邮箱:", Some(Email)),
            ("电话:", Some(Tel)),
            ("邮编:", Some(PostalCode)),
            ("地址2:", Some(AddressLine2)),
            ("地址:", Some(StreetAddress)),
            ("市:", Some(AddressLevel2)),
            ("市场", None),
            ("验证码", None),
            // ko
            ("성:", Some(FamilyName)),
            ("성명", Some(Name)),
            ("이름(名):", Some(GivenName)),
            ("주소1:", Some(AddressLine1)),
            ("주소 2:", Some(AddressLine2)),
            ("시·군·구:", Some(AddressLevel2)),
            ("우편 번호:", Some(PostalCode)),
            ("전자 우편:", Some(Email)),
            ("휴대폰번호:", Some(Tel)),
            ("성공", None),
            // hi
            ("नाम:", Some(GivenName)),
            ("उपनाम:", Some(FamilyName)),
            ("शहर:", Some(AddressLevel2)),
            ("पिन कोड:", Some(PostalCode)),
            ("ईमेल:", Some(Email)),
            ("मोबाइल:", Some(Tel)),
            // Latin labels are the regex tables' business.
            ("Name", None),
            ("Prénom", None),
        ];
        let mut failures = Vec::new();
        for &(text, want) in cases {
            let got = classify(text).map(|r| r.ty);
            if got != want {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn normalises_punctuation() {
        assert_eq!(normalise("Имя:"), "имя");
        assert_eq!(normalise("名前（フルネーム）:"), "名前 フルネーム");
        assert_eq!(normalise("시·군·구:"), "시 군 구");
        assert_eq!(normalise("  Почтовый  Индекс: "), "почтовый индекс");
    }
}
