//! Japanese: the words the core knows in it so far (field labels in its
//! script; see `src/lang/README.md` for the slots still to fill).

use super::fields::{script_row, ScriptStep as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Japanese.
#[rustfmt::skip]
pub static JA: Lang = Lang {
    code: "ja",
    script_fields: &[
        script_row(S::Username, T::Username, &["ユーザー名", "ユーザーid", "ログインid"]),
        script_row(S::PostalCode, T::PostalCode, &["郵便番号", "〒"]),
        script_row(S::Email, T::Email, &["メール"]),
        script_row(S::CardHolder, T::CcName, &["カード名義", "名義人"]),
        script_row(S::CardExpiry, T::CcExp, &["有効期限"]),
        script_row(S::CardNumber, T::CcNumber, &["カード番号"]),
        script_row(S::Phone, T::Tel, &["電話", "携帯"]),
        script_row(S::BirthDate, T::Bday, &["生年月日", "誕生日"]),
        script_row(S::Organisation, T::Organization, &["会社", "企業", "勤務先"]),
        script_row(S::FullName, T::Name, &["氏名", "名前", "お名前", "フルネーム"]),
        script_row(S::FamilyName, T::FamilyName, &["=姓", "苗字"]),
        script_row(S::GivenName, T::GivenName, &["=名"]),
        script_row(S::Street, T::StreetAddress, &["住所", "番地"]),
        script_row(S::City, T::AddressLevel2, &["市区町村", "=市"]),
        script_row(S::Country, T::Country, &["国名"]),
        script_row(S::Region, T::AddressLevel1, &["都道府県"]),
    ],
    script_not_personal: &[
        "検索", "パスワード", "暗証番号", "認証コード", "確認コード", "セキュリティコード", "クーポン",
    ],
    // The parts of a date, as written (`fold` drops this script).
    day_words: &["日"],
    month_words: &["月"],
    year_words: &["年"],
    ..Lang::EMPTY
};
