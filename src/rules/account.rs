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
