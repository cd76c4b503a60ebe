//! Embedded records: data the page embeds in a script (`__NEXT_DATA__`, a
//! state object) as "the customer", which nobody sees but everybody who
//! loads the page receives. Judged like an account view, with the profile;
//! without one, only when the page greets somebody else.

use super::finding::{FieldRef, Finding, Place, Reason, Rule};
use super::persons::{account_holder, same_person, Mix};
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

/// The "field" of an embedded value: the script and the key path to it.
pub(crate) fn field_ref(v: &EmbeddedValue, source: &str) -> FieldRef {
    FieldRef {
        name: None,
        id: None,
        label: v.place(source),
    }
}
