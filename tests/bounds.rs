//! Hostile sizes: a page of a million nodes and a 100 MB text node are
//! truncated with a note and still judged, never a hang or a crash.
#![cfg(not(target_arch = "wasm32"))]

use notmine::html::snapshot_from_bytes;
use notmine::snapshot::{Limits, Node};
use notmine::{judge, Profile};

#[test]
fn a_million_nodes_are_truncated_with_a_note() {
    let mut page = String::from("<html><body><form><label for=v>Vorname</label><input id=v name=vorname value=Jonas></form>");
    page.push_str(&"<i>x</i>".repeat(500_000));
    page.push_str("</body></html>");
    let snap = snapshot_from_bytes(page.as_bytes(), "million.html", Limits::DEFAULT);
    assert!(
        snap.notes
            .iter()
            .any(|n| n.contains(&format!("more than {} nodes", Limits::DEFAULT.max_nodes))),
        "{:?}",
        snap.notes
    );
    // What came before the cut is still judged.
    let v = judge(&snap, &Profile::default());
    assert_eq!(v.findings.len(), 1, "{:?}", v.findings);
    assert_eq!(v.findings[0].value, "J•••");
}

#[test]
fn a_100_mb_text_node_is_cut_and_the_rest_still_scanned() {
    let mut page = String::with_capacity(100_000_200);
    page.push_str("<html><body><p>");
    page.push_str(&"a".repeat(100_000_000));
    page.push_str("</p><form><label for=e>E-Mail</label><input id=e name=email value=jonas.brenner@gmx.de></form></body></html>");
    let snap = snapshot_from_bytes(page.as_bytes(), "huge.html", Limits::DEFAULT);
    drop(page);
    assert!(
        snap.notes
            .iter()
            .any(|n| n.contains("text longer than 4096 bytes")),
        "{:?}",
        snap.notes
    );
    let Node::Element(p) = &snap.body[0] else {
        panic!("a <p> first")
    };
    let Node::Text(t) = &p.children[0] else {
        panic!("its text")
    };
    assert_eq!(t.len(), 4096);
    let v = judge(&snap, &Profile::default());
    assert_eq!(v.findings.len(), 1);
    assert_eq!(v.findings[0].value, "j•••@g•••.de");
}

#[test]
fn a_label_around_sixty_thousand_controls_is_read_once() {
    // An unclosed <label> wrapping every control: its text is read once,
    // not once per control (it was 60,000 walks of 60,000 elements). 5,000
    // of them here, within the budget of controls judged (facts::MAX_CONTROLS)
    // and of nodes kept, so the field after them is still judged.
    let mut page = String::from("<html><body><form><label>E-Mail");
    page.push_str(&"<textarea></textarea>".repeat(5_000));
    page.push_str("<input name=mail value=jonas.brenner@gmx.de></form></body></html>");
    let snap = snapshot_from_bytes(page.as_bytes(), "label.html", Limits::DEFAULT);
    let v = judge(&snap, &Profile::default());
    assert_eq!(v.fields.len(), 5_001);
    assert!(
        v.fields.iter().all(|f| f.label == "E-Mail"),
        "{:?}",
        &v.fields[..2]
    );
    assert_eq!(v.findings.len(), 1, "{:?}", v.findings);
}
