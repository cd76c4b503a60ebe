//! Field classification: what each form control asks for.
//!
//! Evidence is weighed in the order a careful person would: what the page
//! author declared (`autocomplete`, `type=email`), then what the user reads
//! (the label, aria attributes, the text before the control, the column
//! header, the placeholder), then what only developers read (`name`, `id`).
//! The first piece of evidence that the pattern tables recognise decides,
//! and the classification says which one it was, so a tester can see why.

pub mod matcher;
pub mod patterns;
pub mod scripts;

use crate::kinds::FieldType;
use crate::snapshot::Element;
use crate::text::fold;
use patterns::Source;
use serde::Serialize;

/// Everything known about a control that can tell what it asks for.
#[derive(Debug, Default, Clone)]
pub struct Evidence<'a> {
    /// Text of `<label for=…>` pointing at the control.
    pub label_for: Option<&'a str>,
    /// Text of a `<label>` the control sits in.
    pub wrapping_label: Option<String>,
    /// Text of the elements named by `aria-labelledby`.
    pub labelledby: Option<String>,
    /// Text just before the control with no other control in between: the
    /// same cell, the previous cell of the row, the `<dt>`, "Vorname: ".
    pub preceding: Option<String>,
    /// The table column header above the control.
    pub column_header: Option<String>,
    /// The page's language, primary subtag ("sv"; "" when it names none).
    /// Where words of two languages read a label differently (Swedish
    /// "Postnummer" is a postcode, German "Postnummer" a parcel-station
    /// customer number), the page's own language decides.
    pub lang: &'a str,
}

impl Evidence<'_> {
    /// Every text a person reads that names the control, with where it came
    /// from, most telling first: the order in which [`classify`] weighs them.
    pub fn texts<'s>(&'s self, el: &'s Element) -> [(&'static str, Option<&'s str>); 8] {
        let a = &el.attrs;
        // `<label for="">` points at no control: an empty id cannot be named.
        let label_for = self
            .label_for
            .filter(|_| !a.id.as_deref().is_some_and(|id| id.trim().is_empty()));
        [
            ("label", label_for),
            ("label", self.wrapping_label.as_deref()),
            ("aria-labelledby", self.labelledby.as_deref()),
            ("aria-label", a.aria_label.as_deref()),
            ("text before", self.preceding.as_deref()),
            ("column header", self.column_header.as_deref()),
            ("placeholder", a.placeholder.as_deref()),
            ("title", a.title.as_deref()),
        ]
    }
}

/// What a control asks for, and why we think so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Classification {
    #[serde(rename = "type")]
    pub ty: Option<FieldType>,
    /// The evidence that decided, e.g. `autocomplete="given-name"` or
    /// `label "Vorname" (de)`.
    pub reason: String,
    /// The best human-readable label for the control, for reports.
    pub label: String,
}

/// Input types that never hold personal data worth reporting, whatever
/// their label says.
const NON_DATA_TYPES: &[&str] = &[
    "password", "search", "checkbox", "radio", "file", "range", "color", "submit", "reset",
    "button", "image",
];

/// `autocomplete` tokens of HTML's vocabulary that name data NotMine does not
/// report as a person's (card security codes, one-time codes, a phone
/// number's country code or extension). Not the password tokens: sites put
/// `autocomplete="new-password"` on address fields to keep autofill away.
const NOT_PERSONAL_TOKENS: &[&str] = &[
    "cc-csc",
    "one-time-code",
    "tel-country-code",
    "tel-extension",
    "transaction-amount",
    "transaction-currency",
    "cc-type",
    "language",
    "url",
    "photo",
    "sex",
];

/// How much of a label is worth matching; long texts are instructions.
const MAX_LABEL: usize = 120;

/// Classifies one control.
pub fn classify(el: &Element, ev: &Evidence<'_>) -> Classification {
    let a = &el.attrs;
    let label = best_label(el, ev);
    let input_type = el.input_type();
    // `type="search"` is what some sign-in forms give their user-name box
    // to keep the browser's own autofill away; when the page also declares
    // a personal autocomplete token (`autocomplete="username"`), the token
    // is what the author meant. The other non-data types stay non-data.
    //
    // Nor is every `type="search"` box a site search: some forms use it
    // for ordinary fields (a card's expiry, a city) because it draws a
    // clear button. Its own `<label>` naming one precise kind of data
    // ("Fecha de Expiración", not a bare "Name") says the same; a site
    // search box is labelled "Search", or not at all.
    let declared = declared(a);
    let search_field = input_type == "search"
        && (matches!(declared, Some(Declared::Personal(_))) || precisely_labelled(ev));
    if el.tag == "input" && NON_DATA_TYPES.contains(&input_type) && !search_field {
        return Classification {
            ty: None,
            reason: format!("type=\"{input_type}\""),
            label,
        };
    }
    match declared {
        Some(Declared::NotPersonal(t)) => {
            return Classification {
                ty: None,
                reason: format!("autocomplete=\"{t}\" is not personal data"),
                label,
            };
        }
        Some(Declared::Personal(ty)) => {
            return Classification {
                ty: Some(ty),
                reason: format!(
                    "autocomplete=\"{}\"",
                    a.autocomplete.as_deref().unwrap_or("")
                ),
                label,
            };
        }
        None => {}
    }
    if el.tag == "input" && input_type == "email" {
        return Classification {
            ty: Some(FieldType::Email),
            reason: "type=\"email\"".into(),
            label,
        };
    }
    // `type="tel"` is not decided here: shops use it for anything typed on
    // a numeric keypad (card numbers, postcodes, expiry dates), so the
    // label speaks first and `tel` is only the fallback below.
    for (what, text) in ev.texts(el) {
        let Some(text) = text else { continue };
        let text = text.trim();
        if text.is_empty() || text.len() > MAX_LABEL {
            continue;
        }
        let folded = fold(text);
        if let Some(m) = patterns::classify_on(&folded, Source::Label, ev.lang) {
            // One "Phone" label over several controls: the one whose name
            // says it is the country calling code or the extension is not
            // the number.
            if m.ty == FieldType::Tel && identifier_vetoed(el) {
                return Classification {
                    ty: None,
                    reason: format!(
                        "{what} \"{text}\" ({}), but its name/id is no phone number",
                        m.lang
                    ),
                    label,
                };
            }
            // A broad label ("Name:", "Street address") on a control whose
            // name is precise (`cc-name`, `address_1`): the identifier
            // refines what the label says.
            if let Some(fine) = identifier_type(el)
                .filter(|&f| refines(m.ty, f) || (f == FieldType::Email && patterns::broad(&m)))
            {
                return Classification {
                    ty: Some(fine),
                    reason: format!(
                        "{what} \"{text}\" ({}), refined by its name/id to {fine}",
                        m.lang
                    ),
                    label,
                };
            }
            return Classification {
                ty: Some(m.ty),
                reason: format!("{what} \"{text}\" ({})", m.lang),
                label,
            };
        }
        // A label in a script `fold` drops ("Фамилия", "電話番号").
        if let Some(r) = scripts::classify(text) {
            return Classification {
                ty: Some(r.ty),
                reason: format!("{what} \"{text}\" ({})", r.lang),
                label,
            };
        }
        if patterns::vetoed(&folded)
            || (scripts::applies(text) && scripts::vetoed(&scripts::normalise(text)))
        {
            // "Passwort", "CVC", "Gutscheincode": the label says what the
            // field is not; a developer's name must not overrule it.
            return Classification {
                ty: None,
                reason: format!("{what} \"{text}\" is not personal data"),
                label,
            };
        }
    }
    for (what, ident) in [("name", a.name.as_deref()), ("id", a.id.as_deref())] {
        let Some(ident) = ident else { continue };
        if ident.len() > MAX_LABEL {
            continue;
        }
        if let Some(ty) = classify_ident(ident) {
            return Classification {
                ty: Some(ty),
                reason: format!("{what}=\"{ident}\""),
                label,
            };
        }
    }
    // `otpCode`, `cvc`, `ext`: the keypad is for a code, not a phone number.
    if el.tag == "input" && input_type == "tel" && identifier_vetoed(el) {
        return Classification {
            ty: None,
            reason: "type=\"tel\", but its name/id is no phone number".into(),
            label,
        };
    }
    if el.tag == "input" && input_type == "tel" {
        return Classification {
            ty: Some(FieldType::Tel),
            reason: "type=\"tel\"".into(),
            label,
        };
    }
    Classification {
        ty: None,
        reason: "no label, name or id that names personal data".into(),
        label,
    }
}

/// Whether a `<label>` of the control (pointing at it, or around it)
/// names one precise kind of personal data: a first-tier row of the
/// tables, not a broad word such as "Name" or "Address".
fn precisely_labelled(ev: &Evidence<'_>) -> bool {
    [ev.label_for, ev.wrapping_label.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.len() <= MAX_LABEL)
        .any(|t| patterns::classify(&fold(t), Source::Label).is_some_and(|m| !patterns::broad(&m)))
}

/// HTML's card-holder name parts (`cc-given-name`, `cc-family-name`) are
/// the parts of a person's name: NotMine has no card-holder part types, and
/// the given or family name is the more precise of the two it has.
/// What a control's `autocomplete` attribute declares.
enum Declared {
    /// A token HTML defines for data that is no person's identity
    /// (`cc-csc`, `one-time-code`, `tel-extension`): the site says what the
    /// field is, and it is nothing NotMine reports.
    NotPersonal(String),
    /// A personal type.
    Personal(FieldType),
}

/// Reads `autocomplete`: "section-x shipping given-name" → the last token
/// that is a field, a card holder's name part first.
fn declared(a: &crate::snapshot::Attrs) -> Option<Declared> {
    let lower = a.autocomplete.as_deref()?.to_ascii_lowercase();
    let tokens = || lower.split_ascii_whitespace().rev();
    if let Some(t) = tokens().find(|t| NOT_PERSONAL_TOKENS.contains(t)) {
        return Some(Declared::NotPersonal(t.to_string()));
    }
    tokens()
        .find_map(name_part_token)
        .or_else(|| tokens().find_map(FieldType::from_token))
        .map(Declared::Personal)
}

fn name_part_token(t: &str) -> Option<FieldType> {
    match t {
        "cc-given-name" => Some(FieldType::GivenName),
        "cc-family-name" => Some(FieldType::FamilyName),
        "cc-additional-name" => Some(FieldType::AdditionalName),
        _ => None,
    }
}

/// Whether `fine` is a more precise kind of what `broad` names. (A bare
/// "Address" or "Name" over a `name`/`id` that says e-mail is the e-mail
/// address, "Confirm your address" over `reenter_email`: see [`classify`].)
fn refines(broad: FieldType, fine: FieldType) -> bool {
    use FieldType as T;
    matches!(
        (broad, fine),
        (
            T::Name,
            T::CcName | T::GivenName | T::FamilyName | T::AdditionalName | T::Username
        ) | (T::StreetAddress, T::AddressLine1 | T::AddressLine2)
    )
}

/// What the control's `name`, else its `id`, says it asks for.
fn identifier_type(el: &Element) -> Option<FieldType> {
    [el.attrs.name.as_deref(), el.attrs.id.as_deref()]
        .into_iter()
        .flatten()
        .filter(|i| i.len() <= MAX_LABEL)
        .find_map(classify_ident)
}

/// Whether the control's `name` or `id` says it holds nothing personal
/// (`otpCode`, `phoneCountryCode`, `cvc`).
fn identifier_vetoed(el: &Element) -> bool {
    [el.attrs.name.as_deref(), el.attrs.id.as_deref()]
        .into_iter()
        .flatten()
        .filter(|i| i.len() <= MAX_LABEL)
        .any(|i| classify_ident(i).is_none() && patterns::vetoed(&fold(i)))
}

/// Classifies an identifier. A path of form models
/// (`billing.address.city`, `traits.name.first`, `phones[0].number`) is
/// read from its last part back: the last part says what the field is, the
/// ones before say whose or where (a card's billing address, a person's
/// name). The first part, from the end, that names a type decides; a last
/// part the tables veto (`phone.countryCode`) decides that it is none.
fn classify_ident(ident: &str) -> Option<FieldType> {
    let parts: Vec<&str> = ident
        .split(['.', '[', ']', ':', '/'])
        .filter(|p| !p.trim().is_empty())
        .collect();
    if parts.len() > 1 {
        for (i, part) in parts.iter().rev().enumerate() {
            let folded = fold(part);
            if let Some(m) = patterns::classify(&folded, Source::Identifier) {
                return Some(m.ty);
            }
            if i == 0 && patterns::vetoed(&folded) {
                return None;
            }
        }
    }
    patterns::classify(&fold(ident), Source::Identifier).map(|m| m.ty)
}

/// The text a person would call this control by.
fn best_label(el: &Element, ev: &Evidence<'_>) -> String {
    let idents = [el.attrs.name.as_deref(), el.attrs.id.as_deref()];
    ev.texts(el)
        .into_iter()
        .map(|(_, t)| t)
        .chain(idents)
        .flatten()
        .map(|s| s.trim().trim_end_matches([':', '*']).trim())
        .find(|s| !s.is_empty() && s.len() <= MAX_LABEL)
        .unwrap_or_default()
        .to_string()
}

/// Classifies the label of an account-view value ("Kundennummer:",
/// `<th>E-Mail</th>`, "Электронная почта"), in any script the tables know.
pub fn classify_label(text: &str) -> Option<FieldType> {
    let text = text.trim();
    if text.is_empty() || text.len() > MAX_LABEL {
        return None;
    }
    patterns::classify(&fold(text), Source::Label)
        .map(|m| m.ty)
        .or_else(|| scripts::classify(text).map(|r| r.ty))
}

/// Classifies an identifier on its own: a `name` or `id` attribute, or a
/// key of embedded JSON (`firstName`, `billing_postcode`).
pub fn classify_identifier(ident: &str) -> Option<FieldType> {
    let ident = ident.trim();
    if ident.is_empty() || ident.len() > MAX_LABEL {
        return None;
    }
    classify_ident(ident)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::Attrs;

    fn input(attrs: Attrs) -> Element {
        Element {
            tag: "input".into(),
            attrs,
            ..Element::default()
        }
    }

    #[test]
    fn html_tokens_for_no_persons_data_are_taken_at_their_word() {
        let tel = |ac: Option<&str>, label: Option<&str>| {
            let el = input(Attrs {
                type_: Some("tel".into()),
                autocomplete: ac.map(str::to_string),
                ..Attrs::default()
            });
            let ev = Evidence {
                label_for: label,
                ..Evidence::default()
            };
            classify(&el, &ev).ty
        };
        assert_eq!(tel(Some("cc-csc"), None), None);
        assert_eq!(tel(Some("one-time-code"), None), None);
        assert_eq!(tel(None, Some("Country code")), None);
        assert_eq!(tel(None, Some("Ext.")), None);
        assert_eq!(tel(None, Some("Telefon")), Some(FieldType::Tel));
        // Sites write "new-password" on address fields to keep autofill
        // away; the label still speaks.
        let el = input(Attrs {
            autocomplete: Some("new-password".into()),
            ..Attrs::default()
        });
        let ev = Evidence {
            label_for: Some("Street address"),
            ..Evidence::default()
        };
        assert!(classify(&el, &ev).ty.is_some());
    }

    fn typed(attrs: Attrs, label_for: Option<&str>) -> Option<FieldType> {
        let ev = Evidence {
            label_for,
            ..Evidence::default()
        };
        classify(&input(attrs), &ev).ty
    }

    fn named(name: &str) -> Attrs {
        Attrs {
            name: Some(name.into()),
            ..Attrs::default()
        }
    }

    #[test]
    fn a_search_box_is_no_data_unless_the_page_or_its_label_names_personal_data() {
        let search = |ac: Option<&str>| Attrs {
            type_: Some("search".into()),
            autocomplete: ac.map(str::to_string),
            ..Attrs::default()
        };
        // A sign-in form's user-name box typed "search" to keep autofill away.
        assert_eq!(
            typed(search(Some("username")), None),
            Some(FieldType::Username)
        );
        // A form field drawn as a search box for its clear button: its own
        // label names one precise kind of data.
        assert_eq!(
            typed(search(None), Some("Fecha de Expiración:")),
            Some(FieldType::CcExp)
        );
        assert_eq!(
            typed(search(Some("off")), Some("E-Mail")),
            Some(FieldType::Email)
        );
        // A site search, or a label too broad to say it is a form field.
        assert_eq!(typed(search(None), Some("Search by name")), None);
        assert_eq!(typed(search(None), Some("Suche")), None);
        assert_eq!(typed(search(None), Some("Name")), None);
        assert_eq!(typed(search(None), None), None);
        // The text before it or a placeholder is not its label.
        let with_placeholder = Attrs {
            placeholder: Some("E-Mail".into()),
            ..search(None)
        };
        assert_eq!(typed(with_placeholder, None), None);
        // Checkboxes and passwords stay no data whatever they declare.
        let check = Attrs {
            type_: Some("checkbox".into()),
            autocomplete: Some("email".into()),
            ..Attrs::default()
        };
        assert_eq!(typed(check, None), None);
    }

    #[test]
    fn card_holder_name_parts_are_name_parts() {
        let ac = |t: &str| Attrs {
            autocomplete: Some(t.into()),
            ..Attrs::default()
        };
        assert_eq!(typed(ac("cc-given-name"), None), Some(FieldType::GivenName));
        assert_eq!(
            typed(ac("billing cc-family-name"), None),
            Some(FieldType::FamilyName)
        );
        assert_eq!(
            typed(ac("billing given-name cc-given-name"), None),
            Some(FieldType::GivenName)
        );
        assert_eq!(typed(ac("cc-name"), None), Some(FieldType::CcName));
    }

    #[test]
    fn identifier_paths_are_read_from_their_last_part() {
        assert_eq!(
            typed(named("traits.name.first"), None),
            Some(FieldType::GivenName)
        );
        assert_eq!(
            typed(named("traits.name.last"), None),
            Some(FieldType::FamilyName)
        );
        assert_eq!(
            typed(named("traits.phone.country"), None),
            Some(FieldType::Country)
        );
        assert_eq!(
            typed(named("contact.phones[0].number"), None),
            Some(FieldType::Tel)
        );
        assert_eq!(
            typed(named("payment.billingAddress.postalCode"), None),
            Some(FieldType::PostalCode)
        );
        // The last part vetoes: a phone's country code is no phone.
        assert_eq!(typed(named("contact.phone.countryCode"), None), None);
        assert_eq!(
            classify_identifier("billing.city"),
            Some(FieldType::AddressLevel2)
        );
    }

    #[test]
    fn codes_on_a_phone_keypad_are_no_phone_numbers() {
        let tel = |name: &str| Attrs {
            type_: Some("tel".into()),
            id: Some(name.into()),
            ..Attrs::default()
        };
        assert_eq!(typed(tel("otpCode-3"), None), None);
        assert_eq!(typed(tel("verificationCode"), None), None);
        assert_eq!(typed(tel("field-12"), None), Some(FieldType::Tel));
        // One "Mobile number" label over the country code and the number.
        assert_eq!(typed(tel("mobileCountryCode"), Some("Mobile Number")), None);
        assert_eq!(
            typed(tel("mobileNumber"), Some("Mobile Number")),
            Some(FieldType::Tel)
        );
    }

    #[test]
    fn a_broad_name_label_is_refined_by_a_precise_identifier() {
        let attrs = |name: &str| Attrs {
            name: Some(name.into()),
            ..Attrs::default()
        };
        assert_eq!(
            typed(attrs("new_formusername"), Some("name")),
            Some(FieldType::Username)
        );
        assert_eq!(
            typed(attrs("user_name"), Some("Account Name:")),
            Some(FieldType::Username)
        );
        assert_eq!(
            typed(attrs("billing_first_name"), Some("Name")),
            Some(FieldType::GivenName)
        );
        assert_eq!(typed(attrs("field3"), Some("Name")), Some(FieldType::Name));
    }

    #[test]
    fn a_broad_address_label_is_refined_by_an_email_identifier() {
        assert_eq!(
            typed(named("reenter_email"), Some("Confirm your Address")),
            Some(FieldType::Email)
        );
        assert_eq!(
            typed(named("emailAddress"), Some("Address")),
            Some(FieldType::Email)
        );
        assert_eq!(
            typed(named("billing_address_1"), Some("Address")),
            Some(FieldType::AddressLine1)
        );
        assert_eq!(
            typed(named("addr"), Some("Address")),
            Some(FieldType::StreetAddress)
        );
        // A precise postal label is not overruled by a careless name.
        assert_eq!(
            typed(named("email"), Some("Street address")),
            Some(FieldType::StreetAddress)
        );
    }

    #[test]
    fn a_label_for_an_empty_id_names_nothing() {
        let attrs = |id: &str| Attrs {
            id: Some(id.into()),
            name: Some("country".into()),
            ..Attrs::default()
        };
        assert_eq!(
            typed(attrs(""), Some("Business Email")),
            Some(FieldType::Country)
        );
        assert_eq!(
            typed(attrs("biz"), Some("Business Email")),
            Some(FieldType::Email)
        );
    }

    #[test]
    fn an_account_views_labels_are_read_in_every_script() {
        assert_eq!(classify_label("Электронная почта"), Some(FieldType::Email));
        assert_eq!(classify_label("ФИО:"), Some(FieldType::Name));
        assert_eq!(classify_label("電話番号"), Some(FieldType::Tel));
        assert_eq!(classify_label("Номер заказа"), None);
    }

    #[test]
    fn labels_in_scripts_fold_drops() {
        assert_eq!(
            typed(named("x1"), Some("Фамилия:")),
            Some(FieldType::FamilyName)
        );
        assert_eq!(
            typed(named("x1"), Some("郵便番号")),
            Some(FieldType::PostalCode)
        );
        // A label in such a script that says "password" vetoes the name.
        assert_eq!(typed(named("email"), Some("Пароль")), None);
    }

    #[test]
    fn evidence_order() {
        let el = input(Attrs {
            autocomplete: Some("shipping family-name".into()),
            name: Some("email".into()),
            ..Attrs::default()
        });
        let c = classify(&el, &Evidence::default());
        assert_eq!(c.ty, Some(FieldType::FamilyName));
        assert_eq!(c.reason, "autocomplete=\"shipping family-name\"");

        let el = input(Attrs {
            name: Some("field_7".into()),
            ..Attrs::default()
        });
        let ev = Evidence {
            label_for: Some("Vorname:"),
            ..Evidence::default()
        };
        let c = classify(&el, &ev);
        assert_eq!(c.ty, Some(FieldType::GivenName));
        assert_eq!(c.label, "Vorname");

        let el = input(Attrs {
            name: Some("billing_postcode".into()),
            ..Attrs::default()
        });
        assert_eq!(
            classify(&el, &Evidence::default()).ty,
            Some(FieldType::PostalCode)
        );

        let el = input(Attrs {
            type_: Some("password".into()),
            name: Some("email".into()),
            ..Attrs::default()
        });
        assert_eq!(classify(&el, &Evidence::default()).ty, None);

        let el = input(Attrs {
            autocomplete: Some("off".into()),
            type_: Some("email".into()),
            ..Attrs::default()
        });
        assert_eq!(
            classify(&el, &Evidence::default()).ty,
            Some(FieldType::Email)
        );
    }
}
