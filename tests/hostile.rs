//! Hostile page shapes (tests/hostile/shapes.rs): each is snapshotted and
//! judged without a crash, the stranger-filled field in front of the
//! hostile part is still found, and whatever was cut is in the notes.
//!
//! A stack overflow aborts the whole test binary, so a shape that recursed
//! without bound fails here before any assertion. Time is measured in
//! `benches/hostile.rs`, not here.
#![cfg(not(target_arch = "wasm32"))]

#[path = "hostile/shapes.rs"]
mod shapes;

use notmine::html::snapshot_from_bytes;
use notmine::snapshot::Limits;
use notmine::{judge, Profile};

/// The note each shape must carry (a part of it), if any.
fn expected_note(name: &str) -> Option<&'static str> {
    Some(match name {
        n if n.starts_with("deep-") && n != "deep-svg" => "deeper than 512 levels",
        "formatting-flood" => "deeper than 512 levels",
        "label-60k-inputs" | "unclosed-label-60k-textareas" => "more than 6000 form controls",
        "50k-account-forms" => "the first 200 are listed",
        "100k-greetings" | "50k-labelled-values" => "more than 5000 lines of text",
        "huge-attributes" | "200k-emails-in-a-paragraph" => "longer than 4096 bytes was cut",
        _ => return None,
    })
}

#[test]
fn every_shape_is_judged_and_says_what_it_cut() {
    let mut failed = Vec::new();
    for s in shapes::all() {
        let snap = snapshot_from_bytes(s.page.as_bytes(), s.name, Limits::DEFAULT);
        let v = judge(&snap, &Profile::default());
        if s.page.contains(shapes::LEAD) && !v.findings.iter().any(|f| f.value == "j•••@g•••.de")
        {
            failed.push(format!(
                "{}: the lead field is not found: {:?}",
                s.name,
                v.findings.first()
            ));
        }
        if let Some(note) = expected_note(s.name) {
            if !v.notes.iter().any(|n| n.contains(note)) {
                failed.push(format!("{}: no note with {note:?}: {:?}", s.name, v.notes));
            }
        }
        // The verdict stays small enough to carry: findings are capped.
        if v.findings.len() > notmine::rules::MAX_FINDINGS {
            failed.push(format!("{}: {} findings", s.name, v.findings.len()));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn fifty_thousand_account_forms_keep_the_severity_of_all() {
    let s = shapes::all()
        .into_iter()
        .find(|s| s.name == "50k-account-forms")
        .unwrap();
    let snap = snapshot_from_bytes(s.page.as_bytes(), s.name, Limits::DEFAULT);
    let v = judge(&snap, &Profile::default());
    assert_eq!(v.findings.len(), notmine::rules::MAX_FINDINGS);
    assert_eq!(v.severity, notmine::Severity::High);
    assert!(
        v.notes
            .iter()
            .any(|n| n.contains("more than 6000 form controls")),
        "{:?}",
        v.notes
    );
}
