//! Every fixture page in tests/fixtures/ against its `.expect.json`: the
//! exact findings (kind, field, masked value), the verdict, and the type of
//! every form control. See tests/fixtures/README.md for what each page is.
#![cfg(not(target_arch = "wasm32"))]

use notmine::html::snapshot_from_bytes;
use notmine::mask::mask;
use notmine::rules::Place;
use notmine::snapshot::Limits;
use notmine::{judge, DataKind, FieldType, Profile, Severity};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    about: String,
    pattern: String,
    profile: bool,
    warn: bool,
    severity: Severity,
    findings: Vec<ExpectFinding>,
    fields: Vec<ExpectField>,
}

#[derive(Deserialize, Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
#[serde(deny_unknown_fields)]
struct ExpectFinding {
    kind: DataKind,
    field: Option<String>,
    raw: String,
}

#[derive(Deserialize, Debug, PartialEq, Eq, Clone)]
#[serde(deny_unknown_fields)]
struct ExpectField {
    name: Option<String>,
    id: Option<String>,
    #[serde(rename = "type")]
    ty: Option<FieldType>,
}

mod common;
use common::{fixture_pages as fixtures, fixtures_dir as dir};

fn profile() -> Profile {
    let text = std::fs::read_to_string(dir().join("profile.json")).unwrap();
    Profile::from_json(&text).unwrap()
}

/// Checks one fixture; returns a description of every mismatch.
fn check(page: &Path, prof: &Profile) -> Vec<String> {
    let name = page.file_name().unwrap().to_string_lossy().to_string();
    let exp_path = page.with_extension("expect.json");
    let exp: Expect = match std::fs::read_to_string(&exp_path) {
        Ok(t) => serde_json::from_str(&t).unwrap_or_else(|e| panic!("{}: {e}", exp_path.display())),
        Err(e) => return vec![format!("{name}: no expectation file: {e}")],
    };
    let _ = (&exp.about, &exp.pattern);
    let bytes = std::fs::read(page).unwrap();
    let snap = snapshot_from_bytes(&bytes, &page.display().to_string(), Limits::DEFAULT);
    let empty = Profile::default();
    let v = judge(&snap, if exp.profile { prof } else { &empty });
    let mut errs = Vec::new();
    if v.warn != exp.warn || v.severity != exp.severity {
        errs.push(format!(
            "{name}: verdict warn={} severity={}, expected warn={} severity={}",
            v.warn, v.severity, exp.warn, exp.severity
        ));
    }
    let got: Vec<(DataKind, Option<String>, String)> = v
        .findings
        .iter()
        .map(|f| {
            // Embedded data has no control: its "field" is the script and key.
            let field = f.field.as_ref().map(|r| {
                if f.place == Place::EmbeddedData {
                    r.label.clone()
                } else {
                    r.name.clone().or(r.id.clone()).unwrap_or_default()
                }
            });
            (f.kind, field, f.value.clone())
        })
        .collect();
    let want: Vec<(DataKind, Option<String>, String)> = exp
        .findings
        .iter()
        .map(|f| (f.kind, f.field.clone(), mask(f.kind, &f.raw)))
        .collect();
    let mut g = got.clone();
    let mut w = want.clone();
    g.sort();
    w.sort();
    if g != w {
        let missing: Vec<_> = w.iter().filter(|x| !g.contains(x)).collect();
        let extra: Vec<_> = g.iter().filter(|x| !w.contains(x)).collect();
        errs.push(format!(
            "{name}: findings differ\n    missing: {missing:?}\n    extra:   {extra:?}\n    got:     {g:?}\n    want:    {w:?}"
        ));
        for f in &v.findings {
            if extra.iter().any(|x| x.2 == f.value && x.0 == f.kind) {
                errs.push(format!(
                    "    extra {:?} {:?}: {}",
                    f.kind,
                    f.raw,
                    f.reason()
                ));
            }
        }
    }
    let got_fields: Vec<ExpectField> = v
        .fields
        .iter()
        .map(|f| ExpectField {
            name: f.name.clone(),
            id: f.id.clone(),
            ty: f.ty,
        })
        .collect();
    if got_fields.len() != exp.fields.len() {
        errs.push(format!(
            "{name}: {} fields, expected {}",
            got_fields.len(),
            exp.fields.len()
        ));
    }
    for (i, (g, w)) in got_fields.iter().zip(&exp.fields).enumerate() {
        if g != w {
            let why = &v.fields[i].reason;
            errs.push(format!("{name}: field #{i} {g:?}, expected {w:?} ({why})"));
        }
    }
    errs
}

#[test]
fn every_fixture_gets_its_expected_verdict() {
    let prof = profile();
    let pages = fixtures();
    assert!(
        pages.len() >= 32,
        "expected at least 32 fixtures, found {}",
        pages.len()
    );
    let errs: Vec<String> = pages.iter().flat_map(|p| check(p, &prof)).collect();
    assert!(
        errs.is_empty(),
        "{} mismatches:\n{}",
        errs.len(),
        errs.join("\n")
    );
}

#[test]
fn fixtures_cover_both_outcomes_and_both_seed_incidents() {
    let mut warn = 0;
    let mut quiet = 0;
    let mut patterns = std::collections::BTreeSet::new();
    for p in fixtures() {
        let exp: Expect = serde_json::from_str(
            &std::fs::read_to_string(p.with_extension("expect.json")).unwrap(),
        )
        .unwrap();
        if exp.warn {
            warn += 1;
        } else {
            quiet += 1;
        }
        patterns.insert(exp.pattern);
    }
    assert!(
        quiet * 3 >= warn + quiet,
        "at least a third must be traps: {quiet} of {}",
        warn + quiet
    );
    assert!(
        patterns.contains("seed-contest") && patterns.contains("seed-preorder"),
        "{patterns:?}"
    );
}

/// `notmine scan --explain` on every fixture: every control has a reason,
/// judged or not, and the explanation agrees with the verdict — every
/// control a finding names was judged, every hidden one was not.
#[test]
fn every_fixture_control_is_explained_and_agrees_with_the_verdict() {
    use notmine::rules::explain::explain;
    let prof = profile();
    let mut problems = Vec::new();
    let mut controls = 0;
    for page in fixtures() {
        let name = page.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&page).unwrap();
        let snap = snapshot_from_bytes(&bytes, &page.display().to_string(), Limits::DEFAULT);
        let v = judge(&snap, &prof);
        let e = explain(&snap, &prof);
        if e.fields.len() != v.fields.len() {
            problems.push(format!(
                "{name}: {} explained, {} fields",
                e.fields.len(),
                v.fields.len()
            ));
            continue;
        }
        for (f, w) in v.fields.iter().zip(&e.fields) {
            controls += 1;
            if (&f.name, &f.id) != (&w.name, &w.id) || w.why.trim().is_empty() {
                problems.push(format!(
                    "{name}: {:?}/{:?} explained as {w:?}",
                    f.name, f.id
                ));
            }
            if f.hidden && w.judged {
                problems.push(format!("{name}: hidden {:?} judged", f.name));
            }
        }
        for finding in v.findings.iter().filter(|f| f.place == Place::FormField) {
            let Some(r) = &finding.field else { continue };
            let judged = e
                .fields
                .iter()
                .any(|w| w.judged && w.name == r.name && w.id == r.id);
            if !judged {
                problems.push(format!(
                    "{name}: finding on {:?}/{:?} but its control is not judged",
                    r.name, r.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(controls > 300, "only {controls} controls");
}
