//! Why each control and each shown value was judged or not: the tester's
//! view (`notmine scan --explain`, the popup's tester view through the
//! wasm glue). One function for both, so the CLI and the extension give
//! the same reasons.
//!
//! It mirrors what the rules look at, in their order: the form rule skips
//! hidden controls and sections of people the user chose, then asks
//! [`prefill_state`] for the page's own value; the account rule judges
//! shown values only on an account view. It does not re-derive the
//! verdict: a judged value may still raise no finding (it is the user's,
//! or one weak value alone), and the verdict says which ones did.

use crate::facts::{extract, prefill_state, split_birth_date, ControlFact, Shown, Skip};
use crate::kinds::{DataKind, FieldType};
use crate::mask::mask;
use crate::profile::{Matcher, Owner, Profile};
use crate::snapshot::Snapshot;
use serde::Serialize;

/// One control: whether its value was judged, and why (not).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldWhy {
    pub name: Option<String>,
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub ty: Option<FieldType>,
    /// The label a person reads for it.
    pub label: String,
    pub judged: bool,
    /// A stable word for the reason, for translations ("hidden", "typed",
    /// "placeholder", "judged", …).
    pub code: &'static str,
    /// The reason in English, for people.
    pub why: String,
}

/// One value the page's text shows (a greeting, a labelled value).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShownWhy {
    pub kind: DataKind,
    /// Masked, as in findings.
    pub value: String,
    /// "greeting", "labelled" or "in-text".
    pub how: &'static str,
    pub label: String,
    pub judged: bool,
    pub code: &'static str,
    pub why: String,
}

/// Every control and shown value of a page, with its reason.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub fields: Vec<FieldWhy>,
    pub shown: Vec<ShownWhy>,
}

/// Explains a page: the same facts the verdict is built from
/// ([`crate::judge`]), each control and shown value with its reason.
pub fn explain(snap: &Snapshot, profile: &Profile) -> Explanation {
    let facts = extract(snap);
    let m = profile.matcher().on_page(facts.country);
    let fields = facts
        .controls
        .iter()
        .map(|c| {
            let (judged, code, why) = control_why(c, &facts.controls, facts.country, &m);
            FieldWhy {
                name: c.el.attrs.name.clone(),
                id: c.el.attrs.id.clone(),
                ty: c.class.ty,
                label: c.class.label.clone(),
                judged,
                code,
                why,
            }
        })
        .collect();
    let shown = facts
        .values
        .iter()
        .map(|v| {
            let how = match v.how {
                Shown::Greeting => "greeting",
                Shown::Labelled => "labelled",
                Shown::InText => "in-text",
            };
            let (judged, code, why) = if v.own_choice {
                (false, "own-choice", OWN_CHOICE.to_string())
            } else if let Some(a) = &facts.account {
                (
                    true,
                    "judged",
                    format!(
                        "judged on an account view ({}): {}",
                        a.english(),
                        owner_words(v.kind, m.owner(v.kind, &v.raw))
                    ),
                )
            } else {
                (
                    false,
                    "no-account-view",
                    "not judged: the page is no account view (its title, headings and \
                     address name no account, booking or order)"
                        .to_string(),
                )
            };
            ShownWhy {
                kind: v.kind,
                value: mask(v.kind, &v.raw),
                how,
                label: v.label.clone(),
                judged,
                code,
                why,
            }
        })
        .collect();
    Explanation { fields, shown }
}

const OWN_CHOICE: &str =
    "not judged: in a section of people the user chose (address book, gift recipient, \
     co-travellers, family)";

/// Whether a control's value is judged, the reason's code and words.
fn control_why(
    c: &ControlFact<'_>,
    all: &[ControlFact<'_>],
    country: Option<&'static crate::lang::countries::Country>,
    m: &Matcher,
) -> (bool, &'static str, String) {
    if c.hidden {
        return (
            false,
            "hidden",
            "not judged: hidden (a hidden control's value is never shown to anyone)".into(),
        );
    }
    if c.own_choice {
        return (false, "own-choice", OWN_CHOICE.into());
    }
    match prefill_state(c, country) {
        Ok((kind, raw)) => (
            true,
            "judged",
            format!(
                "judged as {}: {}",
                kind.phrase(),
                owner_words(kind, m.owner(kind, &raw))
            ),
        ),
        Err(Skip::NotOfType(FieldType::Bday)) if birth_date_parts_judged(c, all, country) => (
            true,
            "judged",
            "judged with the other two parts of a date of birth asked for in three fields".into(),
        ),
        Err(skip) => {
            let (code, why) = skip_words(&skip, c);
            (false, code, why)
        }
    }
}

/// Whether `c` is one of three birth-date parts the form rule reads as one
/// date: in its form, beside another value the page filled in.
fn birth_date_parts_judged(
    c: &ControlFact<'_>,
    all: &[ControlFact<'_>],
    country: Option<&'static crate::lang::countries::Country>,
) -> bool {
    let group: Vec<&ControlFact<'_>> = all
        .iter()
        .filter(|o| o.form == c.form && !o.own_choice)
        .collect();
    let other = group
        .iter()
        .any(|o| !o.hidden && prefill_state(o, country).is_ok());
    other && split_birth_date(&group).is_some()
}

fn skip_words(skip: &Skip, c: &ControlFact<'_>) -> (&'static str, String) {
    match skip {
        Skip::NoState => ("no-value", "not judged: no value in the snapshot".into()),
        Skip::Typed => ("typed", "not judged: typed by the user".into()),
        Skip::Autofilled => (
            "autofilled",
            "not judged: filled in by the browser's autofill".into(),
        ),
        Skip::Empty => ("empty", "not judged: empty".into()),
        Skip::NonDataType(t) => (
            "non-data-type",
            format!("not judged: type=\"{t}\" holds no personal data"),
        ),
        Skip::NotData => (
            "placeholder",
            "not judged: a placeholder, sample or template value, or the field's own label".into(),
        ),
        Skip::NotOfType(ty) => (
            "not-of-type",
            format!("not judged: its value is not what a {ty} field holds"),
        ),
        Skip::NotReported(ty) => (
            "not-reported",
            format!("not judged: a {ty} is shared by too many people to say whose a form is"),
        ),
        Skip::NotPersonal => (
            "not-personal",
            format!(
                "not judged: not a personal field ({}), and its value is nothing \
                 unmistakable (an email, a card number, an IBAN)",
                c.class.reason
            ),
        ),
    }
}

fn owner_words(kind: DataKind, owner: Owner) -> String {
    match owner {
        Owner::Own => "yours (it matches your profile)".into(),
        Owner::Stranger => "not in your profile".into(),
        Owner::Unknown => format!(
            "your profile has no {} to compare it with",
            kind.phrase()
                .trim_start_matches("an ")
                .trim_start_matches("a ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::snapshot_from_str;
    use crate::snapshot::Limits;

    fn explained(html: &str, profile: &str) -> Explanation {
        let snap = snapshot_from_str(html, "https://shop.example/page", Limits::DEFAULT);
        explain(&snap, &Profile::from_json(profile).unwrap())
    }

    #[test]
    fn every_control_gets_its_reason() {
        let e = explained(
            r#"<form>
              <label>Email <input name=email value="miriam.hartwig@web.de"></label>
              <label>Name <input name=name value="Ihr Name"></label>
              <label>Phone <input name=phone></label>
              <input type=hidden name=token value="abc">
              <label>Password <input type=password name=pw value="x"></label>
              <label>Postcode <input name=zip value="hello"></label>
              <input name=misc value="blue">
            </form>"#,
            r#"{"emails": ["katrin.vogelsang@posteo.de"]}"#,
        );
        let got: Vec<(&str, bool, &str)> = e
            .fields
            .iter()
            .map(|f| (f.name.as_deref().unwrap_or(""), f.judged, f.code))
            .collect();
        assert_eq!(
            got,
            [
                ("email", true, "judged"),
                ("name", false, "placeholder"),
                ("phone", false, "empty"),
                ("token", false, "hidden"),
                ("pw", false, "non-data-type"),
                ("zip", false, "not-of-type"),
                ("misc", false, "not-personal"),
            ]
        );
        assert_eq!(
            e.fields[0].why,
            "judged as an email address: not in your profile"
        );
        assert!(e.fields.iter().all(|f| !f.why.is_empty()));
    }

    #[test]
    fn own_choice_sections_and_the_users_own_values() {
        let e = explained(
            r#"<form><h2>Mein Adressbuch</h2>
              <label>Name <input name=a value="Miriam Hartwig"></label></form>
              <h2>Newsletter</h2>
              <form><label>E-Mail <input name=b value="katrin.vogelsang@posteo.de"></label></form>"#,
            r#"{"emails": ["katrin.vogelsang@posteo.de"]}"#,
        );
        assert_eq!(e.fields[0].code, "own-choice");
        assert!(!e.fields[0].judged);
        assert_eq!(
            e.fields[1].why,
            "judged as an email address: yours (it matches your profile)"
        );
    }

    #[test]
    fn shown_values_are_judged_only_on_an_account_view() {
        let page = |title: &str, nav: &str| {
            format!(
                "<title>{title}</title>{nav}<dl><dt>E-Mail</dt>\
                 <dd>miriam.hartwig@web.de</dd></dl>"
            )
        };
        let account = explained(&page("Mein Konto", "<a href=/logout>Abmelden</a>"), "{}");
        assert_eq!(account.shown.len(), 1);
        let s = &account.shown[0];
        assert_eq!(
            (s.kind, s.how, s.judged),
            (DataKind::Email, "labelled", true)
        );
        assert_eq!(s.value, mask(DataKind::Email, "miriam.hartwig@web.de"));
        assert!(
            s.why
                .ends_with("your profile has no email address to compare it with"),
            "{}",
            s.why
        );
        let news = explained(&page("Nachrichten", "<a href=/login>Anmelden</a>"), "{}");
        assert_eq!(news.shown.len(), 1);
        assert!(!news.shown[0].judged && news.shown[0].code == "no-account-view");
    }
}
