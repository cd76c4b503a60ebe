//! "This is me" on real fixture pages: once the user claims what a page
//! warned about, the same page judged with the merged profile never reports
//! those values again (card numbers, IBANs and user names aside: a profile
//! cannot hold them, and "This is me" says so). Nearly always the page is
//! then silent.
#![cfg(not(target_arch = "wasm32"))]

use notmine::claim::Claim;
use notmine::html::snapshot_from_bytes;
use notmine::snapshot::Limits;
use notmine::{judge, DataKind, Profile};

mod common;

#[test]
fn claiming_a_warning_silences_the_page() {
    let base = Profile::from_json(
        &std::fs::read_to_string(common::fixtures_dir().join("profile.json")).unwrap(),
    )
    .unwrap();
    let paths = common::fixture_pages();
    let mut silenced = 0;
    let mut newly: Vec<String> = Vec::new();
    let mut report = Vec::new();
    for p in &paths {
        let snap = snapshot_from_bytes(&std::fs::read(p).unwrap(), "", Limits::DEFAULT);
        for start in [Profile::default(), base.clone()] {
            let before = judge(&snap, &start);
            if !before.warn {
                continue;
            }
            let claim = Claim::of_page(&before.findings, &snap);
            let merged = start.merged(&claim.additions);
            merged.validate().expect("a merged profile is valid");
            let after = judge(&snap, &merged);
            let unstorable = before.findings.iter().any(|f| {
                matches!(
                    f.kind,
                    DataKind::Card | DataKind::CardExpiry | DataKind::Iban | DataKind::Username
                )
            });
            // What was claimed is never reported again. Something else may
            // be: once the user says they are Tobias, a page greeting Lena
            // shows a different customer.
            let again: Vec<_> = after
                .findings
                .iter()
                .filter(|a| {
                    before
                        .findings
                        .iter()
                        .any(|b| b.kind == a.kind && b.raw == a.raw && b.place == a.place)
                })
                .filter(|a| {
                    !matches!(
                        a.kind,
                        DataKind::Card | DataKind::CardExpiry | DataKind::Iban | DataKind::Username
                    )
                })
                .map(|f| (f.kind, f.raw.clone()))
                .collect();
            if !again.is_empty() {
                report.push(format!(
                    "{}: claimed {:?}, still reported: {again:?}",
                    p.display(),
                    claim.additions
                ));
            }
            if !after.warn {
                silenced += 1;
            } else if !unstorable {
                newly.push(format!(
                    "{}: {:?}",
                    p.display(),
                    after
                        .findings
                        .iter()
                        .map(|f| (f.kind, f.raw.clone()))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
    assert!(silenced >= 20, "only {silenced} pages silenced");
    // A page showing two people (a greeting and another name in the billing
    // block, the form, the card holder or the embedded page data) warns
    // about the other one once the user has claimed one of them: four
    // fixtures are such pages.
    assert!(
        newly.len() <= 4,
        "pages that warn about something new after a claim:\n{}",
        newly.join("\n")
    );
}
