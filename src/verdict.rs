//! The decision: findings, and whether to warn and how loudly.
//!
//! Two places can show someone else's data, and each has its own rule:
//!
//! * **A form the page sent pre-filled.** Every value the server put into a
//!   visible control, that nobody on this side typed or autofilled, is
//!   judged. With a profile, a value of a kind the profile knows that does
//!   not match it is a stranger's. Without one, we can still tell that a form
//!   nobody touched arrived holding a person (low severity) — and that one
//!   form holding several different people (the invite-friends rows of the
//!   2011 contest) is wrong whoever the user is (high).
//! * **An account view** (title, heading, greeting or log-out link say so)
//!   that shows a person who is not the user. This needs the profile: without
//!   it, an account page full of the user's own data looks the same as one
//!   full of a stranger's. Once a stranger is seen, everything personal on the
//!   page that is not provably the user's is reported with it, masked cards
//!   included — that is what the 2010 pre-order page showed.
//!
//! * **Data the page embeds** in a script (`__NEXT_DATA__`, a state
//!   object) as "the customer": judged like an account view, with the
//!   profile; without one, only when the page greets somebody else.
//!
//! Never judged: hidden controls (measured on real pages: judging them found
//! one more stranger and made three ordinary pages warn), sections naming
//! people the user chose (address book, gift recipient, family members), and
//! the *text* of imprint/contact pages, articles, bylines, comments and
//! footers. A pre-filled *control* is judged wherever it is: a footer's
//! newsletter box or a blog's comment form holding a stranger is the leak.

use crate::extract::{extract, prefilled, split_birth_date, ControlFact, PageFacts, Shown};
use crate::kinds::{DataKind, FieldType, Severity};
use crate::mask::mask;
use crate::profile::{name_tokens, Matcher, Owner, Profile};
use crate::snapshot::Snapshot;
use crate::text::fold_value;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Where a finding was seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    /// A pre-filled form control.
    FormField,
    /// Text of an account view.
    AccountView,
    /// Data the page embeds in a script and does not show
    /// ([`crate::embedded`]); the field's label names the script and key.
    EmbeddedData,
}

/// The control a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldRef {
    pub name: Option<String>,
    pub id: Option<String>,
    /// The label a person reads.
    pub label: String,
}

/// One piece of someone else's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: DataKind,
    pub place: Place,
    pub field: Option<FieldRef>,
    /// The value, masked.
    pub value: String,
    /// The value as the page showed it. Never serialised: it leaves the core
    /// only where the user asks for it ("This is me").
    #[serde(skip)]
    pub raw: String,
    pub reason: String,
    pub severity: Severity,
}

/// A form control and its classification, for testers and the CLI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldInfo {
    pub name: Option<String>,
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub ty: Option<FieldType>,
    pub label: String,
    pub reason: String,
    pub hidden: bool,
}

/// The verdict on a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Verdict {
    pub warn: bool,
    pub severity: Severity,
    pub findings: Vec<Finding>,
    /// Every data control in document order.
    pub fields: Vec<FieldInfo>,
    /// Why the page was (not) treated as an account view.
    pub account_view: Option<String>,
    /// Notes from the snapshot (truncation).
    pub notes: Vec<String>,
}

/// Judges a page against the user's profile.
pub fn judge(snap: &Snapshot, profile: &Profile) -> Verdict {
    judge_facts(snap, &extract(snap), profile)
}

/// [`judge`] on facts already extracted from `snap`.
pub fn judge_facts(snap: &Snapshot, facts: &PageFacts<'_>, profile: &Profile) -> Verdict {
    let matcher = profile.matcher();
    let mut findings = judge_forms(facts, &matcher);
    findings.extend(judge_account(facts, &matcher));
    // What the page also shows is reported where it is shown: the
    // embedded copy of a value on screen adds nothing but noise.
    let on_screen: Vec<(DataKind, String)> = findings
        .iter()
        .map(|f| (f.kind, fold_value(&f.raw)))
        .collect();
    findings.extend(judge_embedded(facts, &matcher).into_iter().filter(|f| {
        let v = format!(" {} ", fold_value(&f.raw));
        !on_screen.iter().any(|(k, s)| {
            let same_kind = *k == f.kind
                || (*k == DataKind::Address
                    && matches!(
                        f.kind,
                        DataKind::Street | DataKind::PostalCode | DataKind::City
                    ));
            same_kind && format!(" {s} ").contains(&v)
        })
    }));
    let severity = findings
        .iter()
        .map(|f| f.severity)
        .max()
        .unwrap_or_default();
    let fields = facts
        .controls
        .iter()
        .map(|c| FieldInfo {
            name: c.el.attrs.name.clone(),
            id: c.el.attrs.id.clone(),
            ty: c.class.ty,
            label: c.class.label.clone(),
            reason: c.class.reason.clone(),
            hidden: c.hidden,
        })
        .collect();
    Verdict {
        warn: !findings.is_empty(),
        severity,
        findings,
        fields,
        account_view: facts.account.clone(),
        notes: snap.notes.clone(),
    }
}

struct Prefill<'c, 'a> {
    control: &'c ControlFact<'a>,
    kind: DataKind,
    raw: String,
    owner: Owner,
}

/// The customer an account view greets ("Hallo Katrin Vogelsang"), when it
/// greets exactly one. Without a profile this is the best word on who is
/// logged in: a form on that page holding the same person is the account's
/// own "edit your details" form, one holding somebody else contradicts it.
fn account_holder(facts: &PageFacts<'_>) -> Option<String> {
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
fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (name_tokens(a), name_tokens(b));
    a.iter().any(|x| {
        b.iter().any(|y| {
            x == y
                || (x.len() == 1 && y.starts_with(x.as_str()))
                || (y.len() == 1 && x.starts_with(y.as_str()))
        })
    })
}

fn judge_forms(facts: &PageFacts<'_>, m: &Matcher) -> Vec<Finding> {
    let mut out = Vec::new();
    let holder = account_holder(facts);
    // Group by form; controls outside any form form one group.
    let groups: BTreeSet<Option<usize>> = facts.controls.iter().map(|c| c.form).collect();
    for g in groups {
        let pre: Vec<Prefill<'_, '_>> = facts
            .controls
            .iter()
            .filter(|c| c.form == g && !c.hidden && !c.own_choice)
            .filter_map(|c| {
                let (kind, raw) = prefilled(c)?;
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
            let group: Vec<&ControlFact<'_>> = facts
                .controls
                .iter()
                .filter(|c| c.form == g && !c.own_choice)
                .collect();
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
        for p in reported {
            let a = &p.control.el.attrs;
            let reason = match (p.owner, people) {
                (Owner::Unknown | Owner::Own, _) if other_than_greeted => format!(
                    "the page greets one customer but sent this form filled in with another person's data ({})",
                    p.kind.phrase()
                ),
                (Owner::Stranger, _) => format!(
                    "the page sent this field filled in with {} that is not in your profile",
                    p.kind.phrase()
                ),
                (_, n) if n >= 2 => format!(
                    "the page sent this form filled in with {n} different people's data; nobody typed it"
                ),
                _ => format!(
                    "the page sent this field filled in with {}; nobody typed it here",
                    p.kind.phrase()
                ),
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
                reason,
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

/// The largest number of distinct values (folded: "Müller" = "MUELLER")
/// that any one of `types` holds among `values`. Two emails or two names
/// in one form are two people; a street in two spellings is not asked.
pub(crate) fn most_distinct<'a>(
    values: impl Iterator<Item = (Option<FieldType>, &'a str)> + Clone,
    types: &[FieldType],
) -> usize {
    types
        .iter()
        .map(|&ty| {
            values
                .clone()
                .filter(|(t, _)| *t == Some(ty))
                .map(|(_, v)| fold_value(v))
                .collect::<BTreeSet<String>>()
                .len()
        })
        .max()
        .unwrap_or(0)
}

/// Without the user's name, an account view can still contradict itself:
/// it greets one customer and shows another one's name (the billing block
/// of the 2010 pre-order pages). Names the user chose to keep (address
/// book, gift recipient, family) are not counted.
fn judge_mixed_account(facts: &PageFacts<'_>, why: &str) -> Vec<Finding> {
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
            reason: format!(
                "the page greets one customer but shows another person's name as \"{}\" ({why})",
                v.label
            ),
            severity: Severity::High,
        })
        .collect()
}

/// Whose values a set of shown values holds, as the account-view rules
/// (visible or embedded) weigh them: one strong value of a stranger is a
/// stranger's page; weak ones are, unless a strong one is the user's.
struct Mix {
    stranger_strong: bool,
    stranger_weak: bool,
    own_strong: bool,
}

impl Mix {
    fn of(values: impl Iterator<Item = (DataKind, Owner)>) -> Mix {
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

fn judge_account(facts: &PageFacts<'_>, m: &Matcher) -> Vec<Finding> {
    let Some(why) = facts.account.as_deref() else {
        return Vec::new();
    };
    if !m.knows(DataKind::Name) {
        let mixed = judge_mixed_account(facts, why);
        if !mixed.is_empty() {
            return mixed;
        }
    }
    let judged: Vec<(&crate::extract::ShownValue, Owner)> = facts
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
                (Shown::Greeting, _) => format!("the page greets someone who is not you ({why})"),
                (_, Owner::Stranger) => format!(
                    "shown as \"{}\" on an account page ({why}); not in your profile",
                    v.label
                ),
                _ => format!(
                    "shown as \"{}\" on an account page that shows someone else ({why})",
                    v.label
                ),
            };
            Finding {
                kind: v.kind,
                place: Place::AccountView,
                field: None,
                value: mask(v.kind, &v.raw),
                raw: v.raw.clone(),
                reason,
                severity,
            }
        })
        .collect()
}

/// Person records in the page's embedded data ([`crate::embedded`]): with
/// the profile, a record holding a stranger is one, as on an account page;
/// without it, a record naming nobody the page greets contradicts the page.
/// Either way the page sent it to whoever loaded it, shown or not.
fn judge_embedded(facts: &PageFacts<'_>, m: &Matcher) -> Vec<Finding> {
    let holder = account_holder(facts);
    let mut out = Vec::new();
    for p in &facts.embedded {
        let record = p.describe();
        let judged: Vec<(&crate::embedded::EmbeddedValue, Owner)> = p
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
                format!(
                    "the page embeds a customer record ({record}) holding {} that is not in your profile; it is not shown, but sent to everyone who loads the page",
                    v.kind.phrase()
                )
            } else if other_than_greeted {
                format!(
                    "the page greets one customer but embeds another one's record ({record}); it is not shown, but sent to everyone who loads the page"
                )
            } else {
                format!("part of an embedded customer record ({record}) that holds someone else")
            };
            out.push(Finding {
                kind: v.kind,
                place: Place::EmbeddedData,
                field: Some(v.field_ref(&p.source)),
                value: mask(v.kind, &v.raw),
                raw: v.raw.clone(),
                reason,
                severity,
            });
        }
    }
    out
}
