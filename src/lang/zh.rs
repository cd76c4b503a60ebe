//! Chinese: the words the core knows in it so far (field labels in its
//! script; see `src/lang/README.md` for the slots still to fill).

use super::fields::{script_row, ScriptStep as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Chinese.
#[rustfmt::skip]
pub static ZH: Lang = Lang {
    code: "zh",
    script_fields: &[
        script_row(S::Username, T::Username, &["用户名", "用戶名", "帳號", "账号"]),
        script_row(S::PostalCode, T::PostalCode, &["邮编", "邮政编码", "郵遞區號", "郵政編碼", "郵編"]),
        script_row(S::Email, T::Email, &["邮箱", "电子邮件", "郵箱", "電子郵件", "电邮"]),
        script_row(S::CardHolder, T::CcName, &["持卡人"]),
        script_row(S::CardExpiry, T::CcExp, &["有效期", "到期日"]),
        script_row(S::CardNumber, T::CcNumber, &["卡号", "卡號"]),
        script_row(S::Phone, T::Tel, &["电话", "手机", "電話", "手機"]),
        script_row(S::BirthDate, T::Bday, &["出生日期", "生日"]),
        script_row(S::Organisation, T::Organization, &["公司", "单位"]),
        script_row(S::FullName, T::Name, &["姓名", "全名"]),
        script_row(S::FamilyName, T::FamilyName, &["姓氏"]),
        script_row(S::AddressLine2, T::AddressLine2, &["地址2", "地址 2", "地址二"]),
        script_row(S::Street, T::StreetAddress, &["地址", "街道"]),
        script_row(S::City, T::AddressLevel2, &["城市", "=市"]),
        script_row(S::Country, T::Country, &["国家", "國家"]),
        script_row(S::Region, T::AddressLevel1, &["=省", "省份"]),
    ],
    script_not_personal: &[
        "搜索", "搜尋", "密码", "密碼", "验证码", "驗證碼", "安全码", "优惠券",
    ],
    // The parts of a date, as written (`fold` drops this script).
    day_words: &["日"],
    month_words: &["月"],
    year_words: &["年"],
    ..Lang::EMPTY
};
