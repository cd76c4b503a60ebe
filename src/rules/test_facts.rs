//! Small facts for the rules' unit tests: a control, a shown value, an
//! embedded record — built directly, without a page.

use crate::facts::embedded::{EmbeddedPerson, EmbeddedValue};
use crate::facts::page_kind::AccountEvidence;
use crate::facts::{ControlFact, PageFacts, Shown, ShownValue};
use crate::fields::Classification;
use crate::kinds::{DataKind, FieldType};
use crate::profile::Profile;
use crate::snapshot::{Attrs, Control, Element};

/// A text input named `name` that the page sent holding `value`.
pub fn input(name: &str, value: &str) -> Element {
    Element {
        tag: "input".into(),
        attrs: Attrs {
            name: Some(name.into()),
            type_: Some("text".into()),
            ..Attrs::default()
        },
        hidden: false,
        control: Some(Control {
            value: value.into(),
            default_value: value.into(),
            ..Control::default()
        }),
        children: Vec::new(),
        origin: 0,
    }
}

/// `el` as a control of type `ty` in form `form`.
pub fn control(el: &Element, ty: FieldType, form: usize) -> ControlFact<'_> {
    ControlFact {
        el,
        class: Classification {
            ty: Some(ty),
            reason: "test".into(),
            label: el.attrs.name.clone().unwrap_or_default(),
        },
        hidden: false,
        form: Some(form),
        own_choice: false,
        hints: Vec::new(),
    }
}

/// A value an account view shows under `label`.
pub fn shown(kind: DataKind, raw: &str, label: &str) -> ShownValue {
    ShownValue {
        kind,
        raw: raw.into(),
        label: label.into(),
        how: Shown::Labelled,
        own_choice: false,
        structured: true,
    }
}

/// A card number or IBAN in the running text, as the walker records it.
pub fn in_text(kind: DataKind, raw: &str) -> ShownValue {
    ShownValue {
        how: Shown::InText,
        structured: false,
        ..shown(kind, raw, "card number in text")
    }
}

/// A greeting to `name`.
pub fn greeting(name: &str) -> ShownValue {
    ShownValue {
        how: Shown::Greeting,
        structured: false,
        ..shown(DataKind::Name, name, "greeting")
    }
}

/// An embedded customer record holding `values` (kind, value, key).
pub fn record(values: &[(DataKind, &str, &str)]) -> EmbeddedPerson {
    EmbeddedPerson {
        source: "script #__NEXT_DATA__".into(),
        path: "props.customer".into(),
        values: values
            .iter()
            .map(|&(kind, raw, key)| EmbeddedValue {
                kind,
                raw: raw.into(),
                key: format!("props.customer.{key}"),
            })
            .collect(),
    }
}

/// The account evidence the tests use: a heading "Mein Konto".
pub fn konto() -> AccountEvidence {
    AccountEvidence::Heading("Mein Konto".into())
}

/// Facts of a page with these controls, shown values, account evidence
/// and embedded records.
pub fn page<'a>(
    controls: Vec<ControlFact<'a>>,
    values: Vec<ShownValue>,
    account: Option<AccountEvidence>,
    embedded: Vec<EmbeddedPerson>,
) -> PageFacts<'a> {
    PageFacts {
        notes: Vec::new(),
        controls,
        values,
        account,
        embedded,
        country: None,
    }
}

/// The user in these tests: Katrin Vogelsang.
pub fn katrin() -> Profile {
    Profile {
        names: vec!["Katrin Vogelsang".into()],
        emails: vec!["katrin.vogelsang@posteo.de".into()],
        ..Profile::default()
    }
}
