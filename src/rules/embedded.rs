//! Embedded records: data the page embeds in a script (`__NEXT_DATA__`, a
//! state object) as "the customer", which nobody sees but everybody who
//! loads the page receives. Judged like an account view, with the profile;
//! without one, only when the page greets somebody else.

use super::finding::{Finding, Place, Reason, Rule};
use super::persons::{account_holder, field_ref, same_person, Mix};
use crate::facts::embedded::EmbeddedValue;
use crate::facts::PageFacts;
use crate::kinds::{DataKind, Severity};
use crate::mask::mask;
use crate::profile::{Matcher, Owner};

/// Person records in the page's embedded data ([`crate::facts::embedded`]): with
/// the profile, a record holding a stranger is one, as on an account page;
/// without it, a record naming nobody the page greets contradicts the page.
/// Either way the page sent it to whoever loaded it, shown or not.
pub fn judge(facts: &PageFacts<'_>, m: &Matcher) -> Vec<Finding> {
    let holder = account_holder(facts);
    let mut out = Vec::new();
    for p in &facts.embedded {
        let record = p.describe();
        let judged: Vec<(&EmbeddedValue, Owner)> = p
            .values
            .iter()
            .map(|v| (v, m.owner(v.kind, &v.raw)))
            .collect();
        let Mix {
            stranger_strong,
            stranger_weak,
            own_strong,
        } = Mix::of(judged.iter().map(|(v, o)| (v.kind, *o)));
        let names: Vec<&str> = p
            .values
            .iter()
            .filter(|v| v.kind == DataKind::Name)
            .map(|v| v.raw.as_str())
            .collect();
        let other_than_greeted = !m.knows(DataKind::Name)
            && !own_strong
            && holder
                .as_deref()
                .is_some_and(|h| !names.is_empty() && names.iter().all(|n| !same_person(h, n)));
        let severity = if stranger_strong || other_than_greeted {
            Severity::High
        } else if stranger_weak && !own_strong {
            Severity::Medium
        } else {
            continue;
        };
        for (v, o) in judged {
            if o == Owner::Own {
                continue;
            }
            let reason = if o == Owner::Stranger {
                Reason::EmbeddedStranger {
                    record: record.clone(),
                    kind: v.kind,
                }
            } else if other_than_greeted {
                Reason::EmbeddedOtherThanGreeted {
                    record: record.clone(),
                }
            } else {
                Reason::EmbeddedWithStranger {
                    record: record.clone(),
                }
            };
            out.push(Finding {
                kind: v.kind,
                place: Place::EmbeddedData,
                field: Some(field_ref(v, &p.source)),
                value: mask(v.kind, &v.raw),
                raw: v.raw.clone(),
                rule: Rule::Embedded,
                why: vec![reason],
                severity,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;
    use crate::rules::test_facts::{greeting, katrin, konto, page, record};

    #[test]
    fn with_a_profile_a_record_holding_a_stranger_is_high() {
        let facts = page(
            vec![],
            vec![],
            None,
            vec![record(&[
                (DataKind::Name, "Jonas Brenner", "name"),
                (DataKind::Email, "jonas.brenner@web.de", "email"),
            ])],
        );
        let f = judge(&facts, &katrin().matcher());
        assert_eq!(f.len(), 2);
        assert!(f.iter().all(|f| f.severity == Severity::High
            && f.rule == Rule::Embedded
            && f.place == Place::EmbeddedData));
        assert_eq!(
            f[1].why,
            [Reason::EmbeddedStranger {
                record: "script #__NEXT_DATA__ › props.customer".into(),
                kind: DataKind::Email
            }]
        );
        assert_eq!(
            f[1].field.as_ref().unwrap().label,
            "script #__NEXT_DATA__ › props.customer.email"
        );
    }

    #[test]
    fn without_a_profile_only_a_record_of_someone_other_than_the_greeted_counts() {
        let none = Profile::default().matcher();
        let rec = || record(&[(DataKind::Name, "Petra Lindqvist", "name")]);
        assert!(judge(&page(vec![], vec![], None, vec![rec()]), &none).is_empty());
        let greeted_other = page(vec![], vec![greeting("Jonas")], Some(konto()), vec![rec()]);
        let f = judge(&greeted_other, &none);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::High);
        assert!(matches!(
            f[0].why[0],
            Reason::EmbeddedOtherThanGreeted { .. }
        ));
        let greeted_same = page(vec![], vec![greeting("Petra")], Some(konto()), vec![rec()]);
        assert!(judge(&greeted_same, &none).is_empty());
    }

    #[test]
    fn the_users_own_record_is_silent() {
        let facts = page(
            vec![],
            vec![],
            None,
            vec![record(&[
                (DataKind::Name, "Katrin Vogelsang", "name"),
                (DataKind::Email, "katrin.vogelsang@posteo.de", "email"),
            ])],
        );
        assert!(judge(&facts, &katrin().matcher()).is_empty());
    }
}
