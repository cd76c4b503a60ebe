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
//! As in [`super::patterns::rules`], the first row that matches wins, so the
//! table runs from the specific to the generic: "Имя владельца карты"
//! (card holder's name) is a card holder before it is a given name,
//! "Адрес электронной почты" an e-mail before it is an address, "Почтовый
//! индекс" a postcode before its "почт" could be mail, and the Hindi
//! surname "उपनाम" before the "नाम" (name) inside it.

use crate::kinds::FieldType;
use crate::lang::{self, fields::ScriptStep};
use std::sync::OnceLock;

/// One row: a label containing any of `words` asks for `ty`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScriptRule {
    pub ty: FieldType,
    /// `ru`, `ja`, `zh`, `ko`, `hi`.
    pub lang: &'static str,
    /// Substrings of the normalised label; `=word` must be the whole label.
    pub words: &'static [&'static str],
}

/// The table, ordered: every language's rows ([`crate::lang::Lang::script_fields`])
/// step by step in [`ScriptStep::ALL`] order. First match wins (see the
/// module docs).
pub fn script_rules() -> &'static [ScriptRule] {
    static RULES: OnceLock<Vec<ScriptRule>> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut out = Vec::new();
        for &step in ScriptStep::ALL {
            for l in lang::ALL {
                for r in l.script_fields.iter().filter(|r| r.step == step) {
                    out.push(ScriptRule {
                        ty: r.ty,
                        lang: l.code,
                        words: r.words,
                    });
                }
            }
        }
        out
    })
}

pub use crate::text::{in_other_script as applies, script_words as normalise};

fn found(norm: &str, word: &str) -> bool {
    match word.strip_prefix('=') {
        Some(whole) => norm == whole,
        None => norm.contains(word),
    }
}

/// The type a label in one of these scripts names, and the row's language.
/// `None` for a label no row names, or one [`crate::lang::Lang::script_not_personal`] vetoes.
pub fn classify(text: &str) -> Option<&'static ScriptRule> {
    if !applies(text) {
        return None;
    }
    let norm = normalise(text);
    if vetoed(&norm) {
        return None;
    }
    script_rules()
        .iter()
        .find(|r| r.words.iter().any(|w| found(&norm, w)))
}

/// Whether a normalised label says the field is nothing personal.
pub fn vetoed(norm: &str) -> bool {
    lang::script_not_personal().iter().any(|w| norm.contains(w))
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
