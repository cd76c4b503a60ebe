//! Korean: the words the core knows in it so far (field labels in its
//! script; see `src/lang/README.md` for the slots still to fill).

use super::fields::{script_row, ScriptStep as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Korean.
#[rustfmt::skip]
pub static KO: Lang = Lang {
    code: "ko",
    script_fields: &[
        script_row(S::Username, T::Username, &["아이디", "사용자 이름"]),
        script_row(S::PostalCode, T::PostalCode, &["우편번호", "우편 번호"]),
        script_row(S::Email, T::Email, &["이메일", "전자 우편", "전자우편"]),
        script_row(S::CardHolder, T::CcName, &["카드 소유자", "카드소유자", "명의자"]),
        script_row(S::CardExpiry, T::CcExp, &["유효기간", "유효 기간", "만료일"]),
        script_row(S::CardNumber, T::CcNumber, &["카드번호", "카드 번호"]),
        script_row(S::Phone, T::Tel, &["전화", "휴대폰", "핸드폰"]),
        script_row(S::BirthDate, T::Bday, &["생년월일", "생일"]),
        script_row(S::Organisation, T::Organization, &["회사", "직장"]),
        script_row(S::FullName, T::Name, &["성명"]),
        script_row(S::FamilyName, T::FamilyName, &["=성"]),
        script_row(S::GivenName, T::GivenName, &["이름"]),
        script_row(S::AddressLine2, T::AddressLine2, &["주소2", "주소 2"]),
        script_row(S::AddressLine1, T::AddressLine1, &["주소1", "주소 1"]),
        script_row(S::Street, T::StreetAddress, &["주소"]),
        script_row(S::City, T::AddressLevel2, &["시군구", "시 군 구", "도시"]),
        script_row(S::Country, T::Country, &["국가"]),
        script_row(S::Region, T::AddressLevel1, &["시도", "시 도"]),
    ],
    script_not_personal: &[
        "검색", "비밀번호", "인증번호", "보안코드", "쿠폰",
    ],
    // The parts of a date, as written (`fold` drops this script).
    day_words: &["일"],
    month_words: &["월"],
    year_words: &["년"],
    ..Lang::EMPTY
};
