//! Masked exports hold none of a stranger's values, however the page
//! spaced them, and no personal value standing beside a finding.
#![cfg(not(target_arch = "wasm32"))]

use notmine::export::{to_csv, to_html, to_json};
use notmine::html::snapshot_from_str;
use notmine::incident::{record, PeopleKey, RecordInput, Trigger};
use notmine::snapshot::Limits;
use notmine::Profile;

/// A contest form sent filled in with a stranger, her values spaced the
/// way pages space them (two spaces, a tab, a no-break space), the
/// same name again in the greeting with other spacing, and her birth date
/// and customer number in the text beside the fields.
const PAGE: &str = "<!doctype html><html lang=de><title>Gewinnspiel</title><body>\
<p>Hallo Miriam\u{a0}Anna Hartwig, Kundennummer 4711-0815</p>\
<form><div><label for=n>Name</label><input id=n name=name value=\"Miriam  Anna Hartwig\"></div>\
<div><label for=s>Straße</label><input id=s name=strasse value=\"Lindenstraße\t12\">\
<span>geboren 14.02.1990</span></div>\
<div><label for=e>E-Mail</label><input id=e name=email value=\"miriam.hartwig@posteo.de\"></div>\
<input type=submit value=Teilnehmen></form></body></html>";

/// Every word of hers that must not appear in a masked export.
const HERS: &[&str] = &[
    "Miriam",
    "Anna",
    "Hartwig",
    "Lindenstra",
    "4711",
    "0815",
    "1990",
    "14.02",
    "posteo",
];

#[test]
fn masked_exports_carry_none_of_the_strangers_words() {
    let snap = snapshot_from_str(PAGE, "https://shop.example/gewinnspiel", Limits::DEFAULT);
    let input = RecordInput {
        browser: "test".into(),
        extension_version: "0.1.0".into(),
        ..RecordInput::of_page(
            "00000000-0000-4000-8000-000000000007".into(),
            Trigger::Warning,
            "2026-12-04T20:00:00Z".into(),
            snap,
        )
    };
    let key = PeopleKey::from_hex(&"cd".repeat(32)).unwrap();
    let r = record(input, &Profile::default(), &key).unwrap();
    let excerpts: Vec<&str> = r.frames[0]
        .findings
        .iter()
        .map(|f| f.excerpt.as_str())
        .collect();
    assert!(excerpts.len() >= 3, "{excerpts:?}");
    // The excerpts still show the form as it was: labels and masked values.
    assert!(
        excerpts
            .iter()
            .any(|e| e.contains("Straße") && e.contains("value=\"L••• •\"")),
        "{excerpts:?}"
    );
    let records = [r];
    for (what, text) in [
        ("json", to_json(&records, false, "2026-12-04T20:00:01Z")),
        ("csv", to_csv(&records, false)),
        ("html", to_html(&records, false, "2026-12-04T20:00:01Z")),
    ] {
        for w in HERS {
            assert!(!text.contains(w), "{what} export holds {w:?}:\n{text}");
        }
    }
    // In clear, the journalist's choice, her values are there.
    assert!(to_json(&records, true, "2026-12-04T20:00:01Z").contains("Hartwig"));
}
