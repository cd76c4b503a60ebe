//! Who is who, as the rules weigh it: the customer a page greets, whether
//! two names can be one person, how many people a set of values holds, and
//! whose values a record mixes.

use super::{FieldRef, Finding, Place, Reason, Rule, Verdict};
use crate::facts::embedded::EmbeddedValue;
pub(crate) use crate::facts::people::most_distinct;
use crate::facts::{prefilled, PageFacts, Shown};
use crate::kinds::{DataKind, Severity};
use crate::mask::mask;
use crate::profile::{name_tokens, Owner};

/// Names and emails weighed per page ([`super::memory::judge_in_context`], [`super::cache`]).
pub const MAX_SHOWN: usize = 100;

/// A person-bearing value the page shows, with where.
pub(crate) struct ShownPerson {
    pub kind: DataKind,
    pub raw: String,
    pub place: Place,
    pub field: Option<FieldRef>,
}

/// The names and emails a page shows in an account view or in visible,
/// page-filled form controls, or sends in its embedded customer data.
pub(crate) fn shown_people(facts: &PageFacts<'_>) -> Vec<ShownPerson> {
    let mut out = Vec::new();
    for c in &facts.controls {
        if c.hidden || c.own_choice {
            continue;
        }
        if let Some((kind, raw)) = prefilled(c, facts.country) {
            if matches!(kind, DataKind::Name | DataKind::Email) {
                out.push(ShownPerson {
                    kind,
                    raw,
                    place: Place::FormField,
                    field: Some(FieldRef {
                        name: c.el.attrs.name.clone(),
                        id: c.el.attrs.id.clone(),
                        label: c.class.label.clone(),
                    }),
                });
            }
        }
    }
    for p in &facts.embedded {
        for v in &p.values {
            if matches!(v.kind, DataKind::Name | DataKind::Email) {
                out.push(ShownPerson {
                    kind: v.kind,
                    raw: v.raw.clone(),
                    place: Place::EmbeddedData,
                    field: Some(field_ref(v, &p.source)),
                });
            }
        }
    }
    if facts.account.is_some() {
        for v in &facts.values {
            if !v.own_choice && matches!(v.kind, DataKind::Name | DataKind::Email) {
                out.push(ShownPerson {
                    kind: v.kind,
                    raw: v.raw.clone(),
                    place: Place::AccountView,
                    field: None,
                });
            }
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

/// Raises `verdict` to high for each value in `shown`, with `reason`: a
/// finding already made for the value gets the reason added, any other
/// value a finding of `rule`.
pub(crate) fn raise(verdict: &mut Verdict, shown: &[ShownPerson], reason: &Reason, rule: Rule) {
    for s in shown {
        let already = verdict.findings.iter_mut().find(|f| {
            f.kind == s.kind && f.raw == s.raw && f.place == s.place && f.field == s.field
        });
        match already {
            Some(f) => {
                f.severity = Severity::High;
                // Once: a value shown twice is one finding.
                if !f.why.contains(reason) {
                    f.why.push(reason.clone());
                }
            }
            None => verdict.findings.push(Finding {
                kind: s.kind,
                place: s.place,
                field: s.field.clone(),
                value: mask(s.kind, &s.raw),
                raw: s.raw.clone(),
                rule,
                why: vec![reason.clone()],
                severity: Severity::High,
            }),
        }
    }
    if !shown.is_empty() {
        verdict.warn = true;
        verdict.severity = Severity::High;
    }
}

/// The customer an account view greets ("Hallo Katrin Vogelsang"), when it
/// greets exactly one. Without a profile this is the best word on who is
/// logged in: a form on that page holding the same person is the account's
/// own "edit your details" form, one holding somebody else contradicts it.
pub(crate) fn account_holder(facts: &PageFacts<'_>) -> Option<String> {
    facts.account.as_ref()?;
    let mut names: Vec<&str> = Vec::new();
    for v in &facts.values {
        if v.how == Shown::Greeting && !names.iter().any(|n| same_person(n, &v.raw)) {
            names.push(&v.raw);
        }
    }
    match names.as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    }
}

/// Whether two names can be the same person: they share a word, or an
/// initial of one starts a word of the other. A greeting often uses less of
/// the name ("Welcome back, Katrin") than the page shows ("Ms K.
/// Vogelsang"); only names with nothing in common contradict each other.
pub(crate) fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (name_tokens(a), name_tokens(b));
    a.iter().any(|x| {
        b.iter().any(|y| {
            x == y
                || (x.len() == 1 && y.starts_with(x.as_str()))
                || (y.len() == 1 && x.starts_with(y.as_str()))
        })
    })
}

/// Whose values a set of shown values holds, as the account-view rules
/// (visible or embedded) weigh them: one strong value of a stranger is a
/// stranger's page; weak ones are, unless a strong one is the user's.
pub(crate) struct Mix {
    pub stranger_strong: bool,
    pub stranger_weak: bool,
    pub own_strong: bool,
}

impl Mix {
    pub(crate) fn of(values: impl Iterator<Item = (DataKind, Owner)>) -> Mix {
        let mut m = Mix {
            stranger_strong: false,
            stranger_weak: false,
            own_strong: false,
        };
        for (kind, owner) in values {
            match owner {
                Owner::Stranger => {
                    m.stranger_weak = true;
                    m.stranger_strong |= kind.is_strong();
                }
                Owner::Own => m.own_strong |= kind.is_strong(),
                Owner::Unknown => {}
            }
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::FieldType;
    use crate::rules::test_facts::{greeting, konto, page, shown};

    #[test]
    fn names_with_a_word_or_an_initial_in_common_can_be_one_person() {
        assert!(same_person("Katrin", "Katrin Vogelsang"));
        assert!(same_person("K. Vogelsang", "Katrin Vogelsang"));
        assert!(same_person("Vogelsang, Katrin", "Frau Katrin Vogelsang"));
        assert!(!same_person("Jonas Brenner", "Katrin Vogelsang"));
    }

    #[test]
    fn the_holder_is_the_one_customer_an_account_view_greets() {
        let one = page(
            vec![],
            vec![greeting("Jonas"), greeting("Jonas Brenner")],
            Some(konto()),
            vec![],
        );
        assert_eq!(account_holder(&one).as_deref(), Some("Jonas"));
        let two = page(
            vec![],
            vec![greeting("Jonas"), greeting("Petra")],
            Some(konto()),
            vec![],
        );
        assert_eq!(account_holder(&two), None);
        let no_account = page(vec![], vec![greeting("Jonas")], None, vec![]);
        assert_eq!(account_holder(&no_account), None);
        let no_greeting = page(
            vec![],
            vec![shown(DataKind::Name, "Jonas", "Name")],
            Some(konto()),
            vec![],
        );
        assert_eq!(account_holder(&no_greeting), None);
    }

    #[test]
    fn people_are_counted_by_the_most_distinct_values_of_one_type() {
        let v = [
            (Some(FieldType::Email), "a@b.de"),
            (Some(FieldType::Email), "A@B.DE"),
            (Some(FieldType::Name), "Jonas"),
            (Some(FieldType::Name), "Petra"),
            (Some(FieldType::Tel), "1"),
            (Some(FieldType::Tel), "2"),
            (Some(FieldType::Tel), "3"),
        ];
        assert_eq!(most_distinct(v.iter().copied(), &[FieldType::Email]), 1);
        assert_eq!(
            most_distinct(v.iter().copied(), &[FieldType::Email, FieldType::Name]),
            2
        );
    }

    #[test]
    fn a_mix_weighs_strangers_and_the_users_strong_values() {
        let m = Mix::of(
            [
                (DataKind::City, Owner::Stranger),
                (DataKind::Email, Owner::Own),
            ]
            .into_iter(),
        );
        assert!(m.stranger_weak && !m.stranger_strong && m.own_strong);
        let m = Mix::of([(DataKind::Email, Owner::Stranger)].into_iter());
        assert!(m.stranger_strong);
    }
}
