//! Account views: a page that shows one customer's record (title, heading,
//! greeting or log-out link say so) and shows a person who is not the user.
//! This needs the profile: without it, an account page full of the user's
//! own data looks the same as one full of a stranger's — unless the page
//! contradicts itself, greeting one customer and showing another one's
//! name (the billing block of the 2010 pre-order pages). Once a stranger
//! is seen, everything personal on the page that is not provably the
//! user's is reported with it, masked cards included.

use super::finding::{Finding, Place, Reason, Rule};
use super::persons::{account_holder, same_person, Mix};
use crate::facts::page_kind::AccountEvidence;
use crate::facts::{PageFacts, Shown, ShownValue};
use crate::kinds::{DataKind, Severity};
use crate::mask::mask;
use crate::profile::{Matcher, Owner};

/// Without the user's name, an account view can still contradict itself:
/// it greets one customer and shows another one's name (the billing block
/// of the 2010 pre-order pages). Names the user chose to keep (address
/// book, gift recipient, family) are not counted.
fn judge_mixed_account(facts: &PageFacts<'_>, why: &AccountEvidence) -> Vec<Finding> {
    let Some(holder) = account_holder(facts) else {
        return Vec::new();
    };
    facts
        .values
        .iter()
        .filter(|v| v.kind == DataKind::Name && v.how != Shown::Greeting && !v.own_choice)
        .filter(|v| !same_person(&holder, &v.raw))
        .map(|v| Finding {
            kind: v.kind,
            place: Place::AccountView,
            field: None,
            value: mask(v.kind, &v.raw),
            raw: v.raw.clone(),
            rule: Rule::Account,
            why: vec![Reason::AccountOtherThanGreeted {
                label: v.label.clone(),
                account: why.clone(),
            }],
            severity: Severity::High,
        })
        .collect()
}

/// The findings of an account view.
pub fn judge(facts: &PageFacts<'_>, m: &Matcher) -> Vec<Finding> {
    let Some(why) = facts.account.as_ref() else {
        return Vec::new();
    };
    if !m.knows(DataKind::Name) {
        let mixed = judge_mixed_account(facts, why);
        if !mixed.is_empty() {
            return mixed;
        }
    }
    let judged: Vec<(&ShownValue, Owner)> = facts
        .values
        .iter()
        .filter(|v| !v.own_choice)
        .map(|v| (v, m.owner(v.kind, &v.raw)))
        .collect();
    let Mix {
        stranger_strong,
        stranger_weak,
        own_strong,
    } = Mix::of(judged.iter().map(|(v, o)| (v.kind, *o)));
    let severity = if stranger_strong {
        Severity::High
    } else if stranger_weak && !own_strong {
        Severity::Medium
    } else {
        return Vec::new();
    };
    judged
        .into_iter()
        .filter(|(_, o)| *o != Owner::Own)
        .map(|(v, o)| {
            let reason = match (v.how, o) {
                (Shown::Greeting, _) => Reason::AccountGreetsStranger {
                    account: why.clone(),
                },
                // A card number or an IBAN: whose, no profile says (they
                // are never in it), but the page shows someone else.
                (Shown::InText, _) => Reason::AccountWithStrangerInText {
                    account: why.clone(),
                },
                (_, Owner::Stranger) => Reason::AccountStranger {
                    label: v.label.clone(),
                    account: why.clone(),
                },
                _ => Reason::AccountWithStranger {
                    label: v.label.clone(),
                    account: why.clone(),
                },
            };
            Finding {
                kind: v.kind,
                place: Place::AccountView,
                field: None,
                value: mask(v.kind, &v.raw),
                raw: v.raw.clone(),
                rule: Rule::Account,
                why: vec![reason],
                severity,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;
    use crate::rules::test_facts::{greeting, in_text, katrin, konto, page, shown};

    #[test]
    fn an_account_view_of_a_stranger_reports_everything_not_the_users() {
        let facts = page(
            vec![],
            vec![
                greeting("Jonas Brenner"),
                shown(DataKind::Email, "jonas.brenner@web.de", "E-Mail"),
                shown(DataKind::City, "Freiburg", "Ort"),
            ],
            Some(konto()),
            vec![],
        );
        let f = judge(&facts, &katrin().matcher());
        let got: Vec<(DataKind, Severity, &Reason)> =
            f.iter().map(|f| (f.kind, f.severity, &f.why[0])).collect();
        assert_eq!(
            got,
            [
                (
                    DataKind::Name,
                    Severity::High,
                    &Reason::AccountGreetsStranger { account: konto() }
                ),
                (
                    DataKind::Email,
                    Severity::High,
                    &Reason::AccountStranger {
                        label: "E-Mail".into(),
                        account: konto()
                    }
                ),
                (
                    DataKind::City,
                    Severity::High,
                    &Reason::AccountWithStranger {
                        label: "Ort".into(),
                        account: konto()
                    }
                ),
            ]
        );
        assert!(f.iter().all(|f| f.rule == Rule::Account));
    }

    #[test]
    fn a_card_number_in_the_text_has_a_reason_without_a_label() {
        // The walker's label for it is made up, in English: the reason
        // must not quote it (the extension renders reasons in German too).
        let facts = page(
            vec![],
            vec![
                greeting("Jonas Brenner"),
                in_text(DataKind::Card, "4111 1111 1111 1111"),
            ],
            Some(konto()),
            vec![],
        );
        let f = judge(&facts, &katrin().matcher());
        assert_eq!(f.len(), 2);
        assert_eq!((f[1].kind, f[1].severity), (DataKind::Card, Severity::High));
        assert_eq!(
            f[1].why,
            [Reason::AccountWithStrangerInText { account: konto() }]
        );
        assert_eq!(
            f[1].why[0].english(),
            "shown in the text of an account page that shows someone else (heading \"Mein Konto\")"
        );
    }

    #[test]
    fn only_an_account_view_counts() {
        let facts = page(
            vec![],
            vec![shown(DataKind::Email, "jonas.brenner@web.de", "E-Mail")],
            None,
            vec![],
        );
        assert!(judge(&facts, &katrin().matcher()).is_empty());
    }

    #[test]
    fn a_strangers_weak_values_are_medium_unless_a_strong_one_is_the_users() {
        let weak = page(
            vec![],
            vec![shown(
                DataKind::Email,
                "katrin.vogelsang@posteo.de",
                "E-Mail",
            )],
            Some(konto()),
            vec![],
        );
        assert!(judge(&weak, &katrin().matcher()).is_empty());
        let mut p = katrin();
        p.addresses.push(crate::profile::Address {
            city: Some("Berlin".into()),
            ..Default::default()
        });
        let medium = page(
            vec![],
            vec![shown(DataKind::City, "Freiburg", "Ort")],
            Some(konto()),
            vec![],
        );
        let f = judge(&medium, &p.matcher());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Medium);
        let mixed = page(
            vec![],
            vec![
                shown(DataKind::Email, "katrin.vogelsang@posteo.de", "E-Mail"),
                shown(DataKind::City, "Freiburg", "Ort"),
            ],
            Some(konto()),
            vec![],
        );
        assert!(judge(&mixed, &p.matcher()).is_empty());
    }

    #[test]
    fn without_a_profile_greeting_one_customer_and_showing_another_is_high() {
        let none = Profile::default().matcher();
        let facts = page(
            vec![],
            vec![
                greeting("Jonas"),
                shown(DataKind::Name, "Petra Lindqvist", "Rechnungsempfänger"),
            ],
            Some(konto()),
            vec![],
        );
        let f = judge(&facts, &none);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::High);
        assert_eq!(
            f[0].why,
            [Reason::AccountOtherThanGreeted {
                label: "Rechnungsempfänger".into(),
                account: konto()
            }]
        );
        // The greeted customer's own name, written in full, is no one else.
        let own = page(
            vec![],
            vec![
                greeting("Jonas"),
                shown(DataKind::Name, "Jonas Brenner", "Name"),
            ],
            Some(konto()),
            vec![],
        );
        assert!(judge(&own, &none).is_empty());
    }
}
