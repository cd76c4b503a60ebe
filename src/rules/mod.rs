//! Every reason to warn, one module each, and how they combine.
//!
//! Three places can show someone else's data, and each has its rule:
//!
//! * [`form`] — a form the page sent pre-filled;
//! * [`account`] — an account view showing a person who is not the user;
//! * [`embedded`] — a customer record the page embeds in a script.
//!
//! They run in that order on the facts of one page ([`judge_facts`]); a
//! value the page shows *and* embeds is reported where it is shown. Then
//! [`cache`] reads the response's headers: a page showing a person that a
//! shared cache served is high, whoever the person is. Then
//! [`memory`] weighs what the site showed before (the previous load, the
//! site's identity for the user) and raises severity: it is the only rule
//! that needs more than the page.
//!
//! **Severities combine by maximum**: the verdict's severity is the highest
//! of its findings', and a page warns when it has any finding.
//!
//! Never judged (the facts leave them out): hidden controls (measured on
//! real pages: judging them found one more stranger and made three ordinary
//! pages warn), sections naming people the user chose (address book, gift
//! recipient, family members), and the *text* of imprint/contact pages,
//! articles, bylines, comments and footers. A pre-filled *control* is judged
//! wherever it is: a footer's newsletter box or a blog's comment form
//! holding a stranger is the leak.

pub mod account;
pub mod cache;
pub mod embedded;
pub mod explain;
pub mod finding;
pub mod form;
pub mod memory;
pub(crate) mod persons;
#[cfg(test)]
mod test_facts;

pub use finding::{FieldInfo, FieldRef, Finding, Place, Reason, Rule, Verdict};

use crate::facts::{extract, PageFacts};
use crate::kinds::DataKind;
use crate::profile::Profile;
use crate::snapshot::Snapshot;
use crate::text::fold_value;

/// Findings listed per page. A page that leaks has a handful; thousands
/// (one per form of a page of 50,000 forms) tell nobody more, and each is
/// carried to the banner, the popup and any record. The verdict's severity
/// is still that of all of them.
pub const MAX_FINDINGS: usize = 200;

/// Judges a page against the user's profile.
pub fn judge(snap: &Snapshot, profile: &Profile) -> Verdict {
    judge_facts(snap, &extract(snap), profile)
}

/// [`judge`] on facts already extracted from `snap`.
pub fn judge_facts(snap: &Snapshot, facts: &PageFacts<'_>, profile: &Profile) -> Verdict {
    judge_facts_with(snap, facts, profile, cache::Known::Nothing)
}

/// [`judge_facts`], told what the caller knows of the people the page
/// shows ([`memory`]): a shared cache that served the page may have served
/// the user their own copy.
pub(crate) fn judge_facts_with(
    snap: &Snapshot,
    facts: &PageFacts<'_>,
    profile: &Profile,
    known: cache::Known,
) -> Verdict {
    let matcher = profile.matcher().on_page(facts.country);
    let mut findings = form::judge(facts, &matcher);
    findings.extend(account::judge(facts, &matcher));
    // What the page also shows is reported where it is shown: the
    // embedded copy of a value on screen adds nothing but noise.
    let on_screen: Vec<(DataKind, String)> = findings
        .iter()
        .map(|f| (f.kind, fold_value(&f.raw)))
        .collect();
    findings.extend(
        embedded::judge(facts, &matcher)
            .into_iter()
            .filter(|f| !shown_too(&on_screen, f)),
    );
    let severity = combine(&findings);
    let mut notes = snap.notes.clone();
    notes.extend(facts.notes.iter().cloned());
    if findings.len() > MAX_FINDINGS {
        notes.push(format!(
            "truncated: more than {MAX_FINDINGS} findings; the first {MAX_FINDINGS} are listed"
        ));
        findings.truncate(MAX_FINDINGS);
    }
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
    let mut verdict = Verdict {
        warn: !findings.is_empty(),
        severity,
        findings,
        fields,
        account_view: facts.account.as_ref().map(|a| a.english()),
        account_evidence: facts.account.clone(),
        notes,
    };
    cache::judge(snap.response.as_ref(), facts, &matcher, known, &mut verdict);
    verdict
}

/// How findings' severities combine: the highest wins.
pub fn combine(findings: &[Finding]) -> crate::Severity {
    findings
        .iter()
        .map(|f| f.severity)
        .max()
        .unwrap_or_default()
}

/// Whether an embedded finding's value is already among the values found
/// on screen (`on_screen`: kind and folded value): of the same kind, or a
/// street, postcode or city inside a shown address.
fn shown_too(on_screen: &[(DataKind, String)], f: &Finding) -> bool {
    let v = format!(" {} ", fold_value(&f.raw));
    on_screen.iter().any(|(k, s)| {
        let same_kind = *k == f.kind
            || (*k == DataKind::Address
                && matches!(
                    f.kind,
                    DataKind::Street | DataKind::PostalCode | DataKind::City
                ));
        same_kind && format!(" {s} ").contains(&v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::Severity;

    fn finding(kind: DataKind, raw: &str, severity: Severity) -> Finding {
        Finding {
            kind,
            place: Place::EmbeddedData,
            field: None,
            value: String::new(),
            raw: raw.into(),
            rule: Rule::Embedded,
            why: vec![Reason::EmbeddedWithStranger { record: "r".into() }],
            severity,
        }
    }

    #[test]
    fn severities_combine_by_maximum() {
        assert_eq!(combine(&[]), Severity::None);
        let f = [
            finding(DataKind::City, "Köln", Severity::Medium),
            finding(DataKind::Email, "a@b.de", Severity::High),
            finding(DataKind::Name, "A B", Severity::Low),
        ];
        assert_eq!(combine(&f), Severity::High);
    }

    #[test]
    fn an_embedded_copy_of_a_shown_value_is_not_reported_twice() {
        let shown = vec![
            (DataKind::Address, fold_value("Lindenstraße 12, 50667 Köln")),
            (DataKind::Email, fold_value("a@b.de")),
        ];
        assert!(shown_too(
            &shown,
            &finding(DataKind::City, "Köln", Severity::High)
        ));
        assert!(shown_too(
            &shown,
            &finding(DataKind::Email, "A@B.de", Severity::High)
        ));
        assert!(!shown_too(
            &shown,
            &finding(DataKind::Name, "Köln", Severity::High)
        ));
        assert!(!shown_too(
            &shown,
            &finding(DataKind::City, "Bonn", Severity::High)
        ));
    }
}
