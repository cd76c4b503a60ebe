//! What the page put into its controls: the pre-filled value of each, a
//! birth date asked for in three selects, and which field of a sign-in
//! form is the login identifier.

use super::validate::{unmistakable, validate_in};
use super::ControlFact;
use crate::context::{self, mentions_folded};
use crate::kinds::{DataKind, FieldType};
use crate::recognise::{is_not_data, is_plausible_birth_date, month_number, parse_date};
use crate::text::fold;
use std::collections::BTreeMap;

/// Three untyped controls side by side that ask for a day, a month and a
/// year ("Month", "Day", "Year" selects) in a form that asks for a person
/// (a name, an email or a phone) and for no card: a birth date. A card's
/// expiry has no day, and a travel or appointment date sits in a form
/// that asks for no person or is the same form as a card's.
pub(super) fn birth_date_parts(controls: &mut [ControlFact<'_>]) {
    let date_like = |c: &ControlFact<'_>| {
        // Hidden too: custom drop-downs hide the native select they fill
        // (hidden controls are typed, never judged).
        c.class.ty.is_none()
            && (c.el.tag == "select"
                || (c.el.tag == "input" && matches!(c.el.input_type(), "text" | "tel" | "number")))
    };
    for (form, idx) in by_form(controls) {
        if form.is_none() {
            continue;
        }
        let types: Vec<FieldType> = idx.iter().filter_map(|&i| controls[i].class.ty).collect();
        let person = types.iter().any(|t| {
            matches!(
                t.data_kind(),
                Some(DataKind::Name | DataKind::Email | DataKind::Phone)
            )
        });
        let card = types
            .iter()
            .any(|t| matches!(t.data_kind(), Some(DataKind::Card | DataKind::CardExpiry)));
        if !person || card {
            continue;
        }
        for w in idx.windows(3) {
            if !w.iter().all(|&i| date_like(&controls[i])) {
                continue;
            }
            let mut parts: Vec<Option<u8>> = w.iter().map(|&i| date_part(&controls[i])).collect();
            parts.sort_unstable();
            if parts == [Some(0), Some(1), Some(2)] {
                for &i in w {
                    controls[i].class.ty = Some(FieldType::Bday);
                    controls[i].class.reason =
                        "a day, a month and a year side by side in a form that asks for a person: a birth date".into();
                }
            }
        }
    }
}

/// Which part of a date a control's name, id and labels name alone: 0 a
/// day, 1 a month, 2 a year; `None` for none or several. Words of the
/// Latin-script languages are matched folded ("Año" → " ano "); those of
/// scripts `fold` drops ("月", "年") in the text as written.
fn date_part(c: &ControlFact<'_>) -> Option<u8> {
    let mut raw = format!(
        "{} {}",
        c.el.attrs.name.as_deref().unwrap_or(""),
        c.el.attrs.id.as_deref().unwrap_or("")
    );
    for h in &c.hints {
        raw.push(' ');
        raw.push_str(h);
    }
    let w = format!(" {} {} ", fold(&raw), raw.to_lowercase());
    let is = |t: &'static [&'static str]| mentions_folded(&w, t);
    match (
        is(context::date_day()),
        is(context::date_month()),
        is(context::date_year()),
    ) {
        (true, false, false) => Some(0),
        (false, true, false) => Some(1),
        (false, false, true) => Some(2),
        _ => None,
    }
}

/// A month or a year asked for right after a card's number, holder or
/// expiry, in the same form ("月", "年" after "卡号"; "Month", "Year"
/// selects after "Card number"): the card's expiry. Chromium's autofill
/// reads card forms the same way: expiry fields follow the number, and
/// their labels may name only the month or the year. The control just
/// before must be visible and typed as the card's; a month that follows a
/// name or an email stays untyped (a birth date's, a travel date's).
pub(super) fn card_expiry_parts(controls: &mut [ControlFact<'_>]) {
    let date_like = |c: &ControlFact<'_>| {
        c.class.ty.is_none()
            && (c.el.tag == "select"
                || (c.el.tag == "input"
                    && matches!(c.el.input_type(), "text" | "tel" | "number" | "search")))
    };
    for (form, idx) in by_form(controls) {
        if form.is_none() {
            continue;
        }
        for k in 1..idx.len() {
            let (prev, i) = (&controls[idx[k - 1]], idx[k]);
            let Some(before) = prev.class.ty.filter(|&t| {
                t == FieldType::CcName
                    || matches!(t.data_kind(), Some(DataKind::Card | DataKind::CardExpiry))
            }) else {
                continue;
            };
            if date_like(&controls[i]) && matches!(date_part(&controls[i]), Some(1 | 2)) {
                let c = &mut controls[i];
                c.class.ty = Some(FieldType::CcExp);
                c.class.reason =
                    format!("a month or a year right after a {before} field: the card's expiry");
            }
        }
    }
}

/// The controls of each form (`None`: outside any form), as indices in
/// document order, the forms in order. One pass: a page of thousands of
/// one-control forms stays linear.
pub(super) fn by_form(controls: &[ControlFact<'_>]) -> BTreeMap<Option<usize>, Vec<usize>> {
    let mut groups: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    for (i, c) in controls.iter().enumerate() {
        groups.entry(c.form).or_default().push(i);
    }
    groups
}

/// In a sign-in form, the field before the password is the login
/// identifier, whatever it asks for: `username` in HTML's vocabulary, even
/// where the site takes an email, a phone number or a customer number
/// there (as password managers read it). A form is a sign-in form when it
/// has one visible password field (or, asking for the identifier first,
/// one hidden one and no visible one), not a new one, and no other personal
/// field: a name or an address beside it makes it a sign-up or checkout
/// form; nor is a form `sign_up` says opens an account (by its index).
/// The value is still judged by what it is (an email is an email).
pub(super) fn sign_in_identifier(
    controls: &mut [ControlFact<'_>],
    sign_up: impl Fn(Option<usize>) -> bool,
) {
    let text_like = |c: &ControlFact<'_>| {
        c.el.tag == "input" && matches!(c.el.input_type(), "text" | "email" | "tel" | "number")
    };
    for (form, all) in by_form(controls) {
        if sign_up(form) {
            continue;
        }
        let idx: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| !controls[i].hidden)
            .collect();
        let passwords: Vec<usize> = idx
            .iter()
            .copied()
            .filter(|&i| controls[i].el.input_type() == "password")
            .collect();
        // A form that asks for the identifier first shows its password
        // field only on the next step: hidden, it still makes the form a
        // sign-in form.
        let hidden_passwords: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| controls[i].hidden && controls[i].el.input_type() == "password")
            .collect();
        let pw = match (&passwords[..], &hidden_passwords[..]) {
            ([pw], _) => *pw,
            ([], [pw]) => *pw,
            _ => continue,
        };
        let new_password = controls[pw]
            .el
            .attrs
            .autocomplete
            .as_deref()
            .is_some_and(|a| a.to_ascii_lowercase().contains("new-password"));
        if new_password {
            continue;
        }
        let Some(id) = idx
            .iter()
            .copied()
            .rfind(|&i| i < pw && text_like(&controls[i]))
        else {
            continue;
        };
        // A national or document number beside it is a second identifier
        // (Brazil's CPF, Spain's DNI sign people in), not sign-up data.
        let others_personal = idx.iter().any(|&i| {
            i != id
                && i != pw
                && controls[i]
                    .class
                    .ty
                    .is_some_and(|t| t.data_kind().is_some() && t != FieldType::IdNumber)
        });
        // The site's own `autocomplete` token says what it asks for, but
        // `email` there says only what the identifier looks like, as
        // `type="email"` does: HTML names a sign-in identifier `username`.
        let declared = controls[id]
            .el
            .attrs
            .autocomplete
            .as_deref()
            .is_some_and(|a| {
                a.split_ascii_whitespace()
                    .map(str::to_ascii_lowercase)
                    .any(|t| t != "email" && FieldType::from_token(&t).is_some())
            });
        if others_personal || declared || controls[id].class.ty == Some(FieldType::Username) {
            continue;
        }
        let was = controls[id]
            .class
            .ty
            .map_or("no type".to_string(), |t| t.token().to_string());
        let c = &mut controls[id].class;
        c.reason = format!(
            "the field before the password of a sign-in form (login identifier; {was}: {})",
            c.reason
        );
        c.ty = Some(FieldType::Username);
    }
}

/// A birth date asked for in three fields (day, month and year selects, as
/// sign-up and payment forms do), read as one date: the control holding
/// the year and the date as "YYYY-MM-DD". Each part is placed by its
/// field's words ("Tag", "month", "année") or, failing those, by its range
/// (a year has four digits, a day above 12 is a day). `None` unless all
/// three are there, pre-filled by the page, and make a plausible date.
pub fn split_birth_date<'c, 'a>(
    controls: &[&'c ControlFact<'a>],
) -> Option<(&'c ControlFact<'a>, String)> {
    use context::{date_day, date_month};
    let parts: Vec<(&ControlFact<'a>, String)> = controls
        .iter()
        .copied()
        .filter(|c| c.class.ty == Some(FieldType::Bday) && !c.hidden)
        .filter_map(|c| {
            let ctl = c.el.control.as_ref()?;
            if ctl.user_modified || ctl.autofilled {
                return None;
            }
            let v = if c.el.tag == "select" {
                &ctl.default_value
            } else {
                &ctl.value
            };
            let v = v.trim();
            (!v.is_empty() && parse_date(v).is_none()).then(|| (c, v.to_string()))
        })
        .collect();
    let [_, _, _] = parts[..] else { return None };
    let (mut day, mut month, mut year, mut unplaced) = (None, None, None, Vec::new());
    let mut year_control = None;
    for (c, v) in &parts {
        let words = format!(
            " {} ",
            fold(&format!(
                "{} {} {}",
                c.el.attrs.name.as_deref().unwrap_or(""),
                c.el.attrs.id.as_deref().unwrap_or(""),
                c.class.label
            ))
        );
        if let Some(m) = month_number(v) {
            month = Some(u32::from(m));
            continue;
        }
        let n: u32 = v.parse().ok()?;
        if (1900..=2100).contains(&n) {
            year = Some(n);
            year_control = Some(*c);
        } else if mentions_folded(&words, date_day()) || n > 12 {
            day = Some(n);
        } else if mentions_folded(&words, date_month()) {
            month = Some(n);
        } else {
            unplaced.push(n);
        }
    }
    for n in unplaced {
        if day.is_none() && month.is_some() {
            day = Some(n);
        } else if month.is_none() && day.is_some() {
            month = Some(n);
        } else {
            return None;
        }
    }
    let date = format!("{:04}-{:02}-{:02}", year?, month?, day?);
    let d = parse_date(&date)?;
    is_plausible_birth_date(&d).then(|| (year_control.unwrap_or(parts[0].0), date))
}

/// The server-sent value of a control if it is personal data nobody on
/// this side put there: not typed by the user, not filled by their
/// browser, not a placeholder, template or sample. `country` is the page's
/// ([`super::PageFacts::country`]): a phone number is read in its format
/// first.
pub fn prefilled(
    c: &ControlFact<'_>,
    country: Option<&'static crate::lang::countries::Country>,
) -> Option<(DataKind, String)> {
    prefill_state(c, country).ok()
}

/// Why a control's value is not judged ([`prefill_state`]), for the
/// tester's "why" (`notmine scan --explain`, the popup's tester view).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// No form state in the snapshot (an element the walk met as a control
    /// without a value).
    NoState,
    /// The user typed in it.
    Typed,
    /// The browser's autofill filled it.
    Autofilled,
    /// It holds nothing.
    Empty,
    /// Its `type` never holds data worth reporting (`password`, `checkbox`).
    NonDataType(String),
    /// A placeholder, template marker, sample or label text.
    NotData,
    /// Typed as a field whose values this is not one of.
    NotOfType(FieldType),
    /// Typed as a field NotMine reports nothing of (a country, a title:
    /// shared by too many people to say whose the form is).
    NotReported(FieldType),
    /// Untyped, and the value is not unmistakable by its form.
    NotPersonal,
}

/// [`prefilled`], or why not.
pub fn prefill_state(
    c: &ControlFact<'_>,
    country: Option<&'static crate::lang::countries::Country>,
) -> Result<(DataKind, String), Skip> {
    let ctl = c.el.control.as_ref().ok_or(Skip::NoState)?;
    if ctl.user_modified {
        return Err(Skip::Typed);
    }
    if ctl.autofilled {
        return Err(Skip::Autofilled);
    }
    // What the control shows now. Nobody on this side typed or autofilled
    // it, so the page put it there: in the HTML (the default) or later by
    // script, as single-page apps fill forms. A select keeps its default,
    // because the browser shows its first option when none is marked, and
    // that option is no one's data.
    let value = if c.el.tag == "select" {
        ctl.default_value.trim()
    } else {
        ctl.value.trim()
    };
    let t = c.el.input_type();
    if c.el.tag == "input"
        && matches!(
            t,
            "password"
                | "checkbox"
                | "radio"
                | "file"
                | "search"
                | "hidden"
                | "range"
                | "color"
                | "number"
                | "date"
                | "month"
                | "week"
                | "time"
        )
    {
        // `number`/`date` inputs can hold personal data, but only via a
        // label we can check; they are handled through `class.ty` below.
        // A `search` input is typed only when the page declared a personal
        // autocomplete token on it (see `fields::classify`).
        if !(matches!(t, "date" | "number" | "search") && c.class.ty.is_some()) {
            return Err(Skip::NonDataType(t.to_string()));
        }
    }
    if value.is_empty() {
        return Err(Skip::Empty);
    }
    let hints: Vec<&str> = c.hints.iter().map(String::as_str).collect();
    if is_not_data(value, &hints) {
        return Err(Skip::NotData);
    }
    match c.class.ty {
        Some(ty) => validate_in(ty, value, country).ok_or(if ty.data_kind().is_none() {
            Skip::NotReported(ty)
        } else {
            Skip::NotOfType(ty)
        }),
        // Unlabelled controls: only values that are unmistakable by form.
        None => unmistakable(value)
            .map(|k| (k, value.to_string()))
            .ok_or(Skip::NotPersonal),
    }
}
