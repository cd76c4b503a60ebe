//! Pre-filled forms: every value the server put into a visible control,
//! that nobody on this side typed or autofilled, is judged. With a profile,
//! a value of a kind the profile knows that does not match it is a
//! stranger's. Without one, a form nobody touched that arrived holding a
//! person is low; one form holding several different people (the
//! invite-friends rows of the 2011 contest) is high whoever the user is;
//! and a form holding someone other than the customer the page greets is
//! high. Hidden controls and own-choice sections are never judged.

use super::finding::{FieldRef, Finding, Place, Reason, Rule};
use super::persons::{account_holder, most_distinct, same_person};
use crate::facts::{prefilled, split_birth_date, ControlFact, PageFacts};
use crate::kinds::{DataKind, FieldType, Severity};
use crate::mask::mask;
use crate::profile::{Matcher, Owner};
use std::collections::BTreeMap;

struct Prefill<'c, 'a> {
    control: &'c ControlFact<'a>,
    kind: DataKind,
    raw: String,
    owner: Owner,
}

/// The findings of every pre-filled form on the page.
pub fn judge(facts: &PageFacts<'_>, m: &Matcher) -> Vec<Finding> {
    let mut out = Vec::new();
    let holder = account_holder(facts);
    // Group by form, once (a page of 50,000 forms must not walk every
    // control per form); controls outside any form form one group.
    let mut groups: BTreeMap<Option<usize>, Vec<&ControlFact<'_>>> = BTreeMap::new();
    for c in &facts.controls {
        groups.entry(c.form).or_default().push(c);
    }
    let mut any_high = false;
    for group in groups.values() {
        // Past the findings listed, with one already high, no later form
        // can change the verdict: its severity is the highest there is.
        if out.len() > super::MAX_FINDINGS && any_high {
            break;
        }
        let pre: Vec<Prefill<'_, '_>> = group
            .iter()
            .copied()
            .filter(|c| !c.hidden && !c.own_choice)
            .filter_map(|c| {
                let (kind, raw) = prefilled(c, facts.country)?;
                let owner = m.owner(kind, &raw);
                Some(Prefill {
                    control: c,
                    kind,
                    raw,
                    owner,
                })
            })
            .collect();
        // A birth date in three selects counts beside another pre-filled
        // value: alone it is as often the site's default (today's date, or
        // an age gate's) as a person's. Measured on the corpus: alone it
        // found 1 more stranger page and made 2 original pages warn.
        let mut pre = pre;
        if !pre.is_empty() && !pre.iter().any(|p| p.kind == DataKind::BirthDate) {
            let group: Vec<&ControlFact<'_>> =
                group.iter().copied().filter(|c| !c.own_choice).collect();
            if let Some((control, raw)) = split_birth_date(&group) {
                let owner = m.owner(DataKind::BirthDate, &raw);
                pre.push(Prefill {
                    control,
                    kind: DataKind::BirthDate,
                    raw,
                    owner,
                });
            }
        }
        if pre.is_empty() {
            continue;
        }
        let strangers: Vec<&Prefill<'_, '_>> =
            pre.iter().filter(|p| p.owner == Owner::Stranger).collect();
        let own_strong = pre
            .iter()
            .any(|p| p.owner == Owner::Own && p.kind.is_strong());
        let people = distinct_people(&pre);
        let greeted = greeted(&pre, holder.as_deref());
        // The page greets one customer and fills the form with another:
        // whoever the user is (and the profile does not say), one of them is not.
        let other_than_greeted = !m.knows(DataKind::Name) && greeted == Greeted::Other;
        let (severity, reported): (Severity, Vec<&Prefill<'_, '_>>) = if !strangers.is_empty() {
            let strong = strangers.iter().any(|p| p.kind.is_strong());
            (
                if strong || people >= 2 {
                    Severity::High
                } else {
                    Severity::Medium
                },
                pre.iter().filter(|p| p.owner != Owner::Own).collect(),
            )
        } else if own_strong {
            // The user's own data, and the rest presumably theirs too.
            continue;
        } else if people < 2 && greeted == Greeted::Same {
            // The logged-in customer's own details on their account page.
            continue;
        } else if other_than_greeted {
            (Severity::High, pre.iter().collect())
        } else if pre.iter().any(|p| p.kind.is_strong()) {
            (
                if people >= 2 {
                    Severity::High
                } else {
                    Severity::Low
                },
                pre.iter().collect(),
            )
        } else {
            continue;
        };
        any_high |= severity == Severity::High;
        for p in reported {
            let a = &p.control.el.attrs;
            let reason = match (p.owner, people) {
                (Owner::Unknown | Owner::Own, _) if other_than_greeted => {
                    Reason::FormOtherThanGreeted { kind: p.kind }
                }
                (Owner::Stranger, _) => Reason::FormStranger { kind: p.kind },
                (_, n) if n >= 2 => Reason::FormSeveralPeople { people: n },
                _ => Reason::FormUntouched { kind: p.kind },
            };
            out.push(Finding {
                kind: p.kind,
                place: Place::FormField,
                field: Some(FieldRef {
                    name: a.name.clone(),
                    id: a.id.clone(),
                    label: p.control.class.label.clone(),
                }),
                value: mask(p.kind, &p.raw),
                raw: p.raw.clone(),
                rule: Rule::Form,
                why: vec![reason],
                severity,
            });
        }
    }
    out
}

/// How a form's names relate to the customer the page greets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Greeted {
    /// No greeting, no name in the form, or some names are theirs and some not.
    Unclear,
    /// Every name in the form is the greeted customer's.
    Same,
    /// No name in the form is the greeted customer's.
    Other,
}

fn greeted(pre: &[Prefill<'_, '_>], holder: Option<&str>) -> Greeted {
    let Some(h) = holder else {
        return Greeted::Unclear;
    };
    let same: Vec<bool> = pre
        .iter()
        .filter(|p| p.kind == DataKind::Name)
        .map(|p| same_person(h, &p.raw))
        .collect();
    if same.is_empty() {
        Greeted::Unclear
    } else if same.iter().all(|&x| x) {
        Greeted::Same
    } else if same.iter().all(|&x| !x) {
        Greeted::Other
    } else {
        Greeted::Unclear
    }
}

/// How many different people a form's pre-filled values belong to: the
/// largest number of distinct values of any one identifying field type
/// (an unlabelled control holding an email counts as an email field).
fn distinct_people(pre: &[Prefill<'_, '_>]) -> usize {
    let typed = pre.iter().map(|p| {
        let ty = match p.control.class.ty {
            None if p.kind == DataKind::Email => Some(FieldType::Email),
            ty => ty,
        };
        (ty, p.raw.as_str())
    });
    most_distinct(
        typed,
        &[
            FieldType::Email,
            FieldType::Name,
            FieldType::GivenName,
            FieldType::FamilyName,
            FieldType::Tel,
        ],
    )
    .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;
    use crate::rules::test_facts::{control, greeting, input, katrin, konto, page};
    use FieldType as T;

    fn why(f: &[Finding]) -> Vec<(Severity, Reason)> {
        f.iter().map(|f| (f.severity, f.why[0].clone())).collect()
    }

    #[test]
    fn with_a_profile_a_strangers_strong_value_is_high() {
        let email = input("email", "jonas.brenner@web.de");
        let facts = page(vec![control(&email, T::Email, 0)], vec![], None, vec![]);
        let f = judge(&facts, &katrin().matcher());
        assert_eq!(
            why(&f),
            [(
                Severity::High,
                Reason::FormStranger {
                    kind: DataKind::Email
                }
            )]
        );
        assert_eq!(f[0].rule, Rule::Form);
        assert_eq!(f[0].field.as_ref().unwrap().name.as_deref(), Some("email"));
        assert_ne!(f[0].value, "jonas.brenner@web.de", "masked");
    }

    #[test]
    fn the_users_own_values_are_silent() {
        let (name, email) = (
            input("name", "Katrin Vogelsang"),
            input("email", "katrin.vogelsang@posteo.de"),
        );
        let facts = page(
            vec![control(&name, T::Name, 0), control(&email, T::Email, 0)],
            vec![],
            None,
            vec![],
        );
        assert!(judge(&facts, &katrin().matcher()).is_empty());
    }

    #[test]
    fn without_a_profile_one_untouched_person_is_low_and_two_people_are_high() {
        let none = Profile::default().matcher();
        let a = input("email1", "jonas.brenner@web.de");
        let one = page(vec![control(&a, T::Email, 0)], vec![], None, vec![]);
        assert_eq!(
            why(&judge(&one, &none)),
            [(
                Severity::Low,
                Reason::FormUntouched {
                    kind: DataKind::Email
                }
            )]
        );
        let b = input("email2", "petra.lindqvist@gmx.de");
        let two = page(
            vec![control(&a, T::Email, 0), control(&b, T::Email, 0)],
            vec![],
            None,
            vec![],
        );
        let f = judge(&two, &none);
        assert_eq!(f.len(), 2);
        assert!(f
            .iter()
            .all(|f| f.severity == Severity::High
                && f.why == [Reason::FormSeveralPeople { people: 2 }]));
        // The same two emails in two forms are one person each: low twice.
        let apart = page(
            vec![control(&a, T::Email, 0), control(&b, T::Email, 1)],
            vec![],
            None,
            vec![],
        );
        assert!(judge(&apart, &none)
            .iter()
            .all(|f| f.severity == Severity::Low));
    }

    #[test]
    fn typed_autofilled_hidden_and_own_choice_values_are_never_judged() {
        let none = Profile::default().matcher();
        let mut typed = input("email", "jonas.brenner@web.de");
        typed.control.as_mut().unwrap().user_modified = true;
        let mut filled = input("email", "jonas.brenner@web.de");
        filled.control.as_mut().unwrap().autofilled = true;
        let plain = input("email", "jonas.brenner@web.de");
        for c in [
            control(&typed, T::Email, 0),
            control(&filled, T::Email, 0),
            ControlFact {
                hidden: true,
                ..control(&plain, T::Email, 0)
            },
            ControlFact {
                own_choice: true,
                ..control(&plain, T::Email, 0)
            },
        ] {
            assert!(judge(&page(vec![c], vec![], None, vec![]), &none).is_empty());
        }
    }

    #[test]
    fn a_form_holding_the_greeted_customer_is_theirs_and_another_is_high() {
        let none = Profile::default().matcher();
        let same = input("name", "Jonas Brenner");
        let facts = page(
            vec![control(&same, T::Name, 0)],
            vec![greeting("Jonas")],
            Some(konto()),
            vec![],
        );
        assert!(judge(&facts, &none).is_empty());
        let other = input("name", "Petra Lindqvist");
        let facts = page(
            vec![control(&other, T::Name, 0)],
            vec![greeting("Jonas")],
            Some(konto()),
            vec![],
        );
        assert_eq!(
            why(&judge(&facts, &none)),
            [(
                Severity::High,
                Reason::FormOtherThanGreeted {
                    kind: DataKind::Name
                }
            )]
        );
    }

    #[test]
    fn a_weak_value_alone_says_nothing_without_a_profile() {
        let city = input("city", "Freiburg");
        let facts = page(
            vec![control(&city, T::AddressLevel2, 0)],
            vec![],
            None,
            vec![],
        );
        assert!(judge(&facts, &Profile::default().matcher()).is_empty());
    }
}
