//! "This is me" on real fixture pages: once the user claims what a page
//! warned about, the same page judged with the merged profile must be
//! silent, unless it showed something a profile cannot hold (card numbers,
//! IBANs, user names), which "This is me" reports as not stored.
#![cfg(not(target_arch = "wasm32"))]

use notmine::claim::Claim;
use notmine::html::snapshot_from_bytes;
use notmine::snapshot::Limits;
use notmine::{judge, DataKind, Profile};
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn claiming_a_warning_silences_the_page() {
    let base =
        Profile::from_json(&std::fs::read_to_string(dir().join("profile.json")).unwrap()).unwrap();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    paths.sort();
    let mut silenced = 0;
    let mut report = Vec::new();
    for p in &paths {
        let snap = snapshot_from_bytes(&std::fs::read(p).unwrap(), "", Limits::DEFAULT);
        for start in [Profile::default(), base.clone()] {
            let before = judge(&snap, &start);
            if !before.warn {
                continue;
            }
            let claim = Claim::from_findings(&before.findings);
            let merged = start.merged(&claim.additions);
            merged.validate().expect("a merged profile is valid");
            let after = judge(&snap, &merged);
            let unstorable = before.findings.iter().any(|f| {
                matches!(
                    f.kind,
                    DataKind::Card | DataKind::CardExpiry | DataKind::Iban | DataKind::Username
                )
            });
            if after.warn && !unstorable {
                report.push(format!(
                    "{}: still warns after claiming {:?}: {:?}",
                    p.display(),
                    claim.additions,
                    after
                        .findings
                        .iter()
                        .map(|f| (f.kind, &f.raw))
                        .collect::<Vec<_>>()
                ));
            } else if !after.warn {
                silenced += 1;
            }
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
    assert!(silenced >= 20, "only {silenced} pages silenced");
}
