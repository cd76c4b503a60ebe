//! What the user typed into a site's own profile or checkout form.
//!
//! Two things learn from it. The site's memory (see [`crate::rules::memory`]):
//! the person a user types into their account or checkout form is who that
//! site should show them as, so a later page showing somebody else is
//! wrong. And, only with the user's opt-in and after they confirm, the
//! profile: the values become profile entries, shaped as "This is me" shapes
//! them ([`Claim`]).
//!
//! Being careful about *whose* data was typed matters more than catching
//! every form. Only values the user typed or their browser autofilled count;
//! only on an account view (profile, billing, checkout: the same vocabulary
//! that makes a page an account view); never in a section of people the user
//! chose (address book, gift recipient); and only when the typed values are
//! one person — a form holding two names or two emails is an "invite your
//! friends" or "add a recipient" form, not the user describing themselves.

use crate::claim::Claim;
use crate::facts::people::most_distinct;
use crate::facts::{extract, validate, PageFacts};
use crate::kinds::{DataKind, FieldType};
use crate::profile::Profile;
use crate::snapshot::Snapshot;
use serde::Serialize;

/// The user's own values from a page's forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Typed {
    /// Everything typed, shaped as profile entries (empty when the page is
    /// not one the user describes themselves on).
    pub typed: Profile,
    /// The part of `typed` the given profile does not hold yet: what a
    /// confirmation would offer to add.
    pub additions: Profile,
    /// Why nothing was taken, when nothing was ("not an account or
    /// checkout page"), for testers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
}

/// The user's own values on `snap`, and what of them `profile` lacks.
pub fn typed(snap: &Snapshot, profile: &Profile) -> Typed {
    typed_facts(&extract(snap), profile)
}

/// [`typed`] on facts already extracted.
pub fn typed_facts(facts: &PageFacts<'_>, profile: &Profile) -> Typed {
    let skip = |why: &str| Typed {
        skipped: Some(why.to_string()),
        ..Typed::default()
    };
    if facts.account.is_none() {
        return skip("not an account, profile or checkout page");
    }
    let mut values: Vec<(Option<FieldType>, DataKind, String)> = Vec::new();
    for c in &facts.controls {
        let Some(ctl) = c.el.control.as_ref() else {
            continue;
        };
        if !(ctl.user_modified || ctl.autofilled) || c.hidden || c.own_choice {
            continue;
        }
        let Some(ty) = c.class.ty else { continue };
        if let Some((kind, v)) = validate(ty, ctl.value.trim()) {
            values.push((Some(ty), kind, v));
        }
    }
    if values.is_empty() {
        return skip("nothing typed into a personal-data field");
    }
    // One person: at most one distinct value per identifying field type.
    // Phones are not asked: a mobile and a landline are one person.
    let people = most_distinct(
        values.iter().map(|(t, _, v)| (*t, v.as_str())),
        &[
            FieldType::Email,
            FieldType::Name,
            FieldType::GivenName,
            FieldType::FamilyName,
        ],
    );
    if people > 1 {
        return skip("the typed values are more than one person");
    }
    let typed = Claim::from_values_in(
        values
            .iter()
            .map(|(_, kind, raw)| (*kind, true, raw.as_str())),
        facts.country,
    )
    .additions;
    let additions = profile.new_entries(&typed);
    Typed {
        typed,
        additions,
        skipped: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(title: &str, fields: &[(&str, &str, &str, bool)]) -> Snapshot {
        let path = if title.contains("Gewinnspiel") {
            "gewinnspiel"
        } else {
            "kasse"
        };
        let controls: Vec<String> = fields
            .iter()
            .map(|(label, ac, v, typed)| {
                format!(
                    r#"{{"tag":"label","children":["{label}",{{"tag":"input","attrs":{{"autocomplete":"{ac}"}},"control":{{"value":"{v}","default_value":""{}}}}}]}}"#,
                    if *typed { r#","user_modified":true"# } else { "" }
                )
            })
            .collect();
        serde_json::from_str(&format!(
            r#"{{"schema":1,"url":"https://shop.example/{path}","title":"{title}","lang":"de","body":[{{"tag":"form","children":[{}]}}]}}"#,
            controls.join(",")
        ))
        .unwrap()
    }

    const KATRIN: &[(&str, &str, &str, bool)] = &[
        ("Vorname", "given-name", "Katrin", true),
        ("Nachname", "family-name", "Vogelsang", true),
        ("E-Mail", "email", "katrin.vogelsang@posteo.de", true),
        ("Straße", "address-line1", "Gneisenaustraße 41", true),
        ("PLZ", "postal-code", "10961", true),
        ("Ort", "address-level2", "Berlin", true),
    ];

    #[test]
    fn a_checkout_form_the_user_filled_in_is_the_user() {
        let t = typed(&page("Kasse – Lieferadresse", KATRIN), &Profile::default());
        assert_eq!(t.skipped, None);
        assert_eq!(t.typed.names, vec!["Katrin Vogelsang"]);
        assert_eq!(t.typed.emails, vec!["katrin.vogelsang@posteo.de"]);
        assert_eq!(t.typed.addresses.len(), 1);
        assert_eq!(t.typed.addresses[0].postal_code.as_deref(), Some("10961"));
        assert_eq!(t.additions, t.typed);
    }

    #[test]
    fn only_what_the_profile_lacks_is_offered() {
        let profile = Profile {
            names: vec!["Vogelsang, Katrin".into()],
            emails: vec!["Katrin.Vogelsang@posteo.de".into()],
            ..Profile::default()
        };
        let t = typed(&page("Kasse", KATRIN), &profile);
        assert!(t.additions.names.is_empty());
        assert!(t.additions.emails.is_empty());
        assert_eq!(t.additions.addresses.len(), 1);
    }

    #[test]
    fn values_the_page_sent_are_not_the_users() {
        let sent: Vec<_> = KATRIN
            .iter()
            .map(|&(l, a, v, _)| (l, a, v, false))
            .collect();
        let t = typed(&page("Kasse", &sent), &Profile::default());
        assert_eq!(t.typed, Profile::default());
        assert!(t.skipped.unwrap().contains("nothing typed"));
    }

    #[test]
    fn not_learned_off_account_pages() {
        let t = typed(&page("Gewinnspiel", KATRIN), &Profile::default());
        assert_eq!(t.typed, Profile::default());
        assert!(t.skipped.unwrap().contains("not an account"));
    }

    #[test]
    fn two_people_typed_are_not_the_user() {
        let friends = [
            ("E-Mail", "email", "a.freund@web.de", true),
            ("E-Mail", "email", "b.freundin@gmx.de", true),
        ];
        let t = typed(
            &page("Mein Konto – Freunde werben", &friends),
            &Profile::default(),
        );
        assert_eq!(t.typed, Profile::default());
        assert!(t.skipped.unwrap().contains("more than one person"));
    }
}
