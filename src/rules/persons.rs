//! Who is who, as the rules weigh it: the customer a page greets, whether
//! two names can be one person, how many people a set of values holds, and
//! whose values a record mixes.

pub(crate) use crate::facts::people::most_distinct;
use crate::facts::{PageFacts, Shown};
use crate::kinds::DataKind;
use crate::profile::{name_tokens, Owner};

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
