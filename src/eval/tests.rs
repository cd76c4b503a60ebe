//! The evaluation on a corpus made here, small enough to know every answer.

use super::*;

const PROFILE_USER: &str = people::DEFAULT_PROFILE;

fn corpus() -> tempdir::Dir {
    tempdir::Dir::new()
}

mod tempdir {
    /// A folder removed when dropped.
    pub struct Dir(pub std::path::PathBuf);
    impl Dir {
        pub fn new() -> Dir {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static N: AtomicUsize = AtomicUsize::new(0);
            let p = std::env::temp_dir().join(format!(
                "notmine-eval-test-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::SeqCst)
            ));
            let _ = std::fs::remove_dir_all(&p);
            std::fs::create_dir_all(&p).unwrap();
            Dir(p)
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn opts() -> Options {
    Options {
        profile: Profile::from_json(PROFILE_USER).unwrap(),
        seed: SEED,
        write: None,
    }
}

const SIGNUP: &str = r#"<!doctype html><title>Sign up</title><form>
<label for="fn">First name</label><input id="fn" name="first">
<label for="ln">Last name</label><input id="ln" name="last">
<label for="em">Email</label><input id="em" type="email" name="email">
<label for="pw">Password</label><input id="pw" type="password" name="pw">
<label for="co">Country</label><select id="co" name="country"><option>Germany</option></select>
</form>"#;

#[test]
fn a_labelled_signup_form_gives_three_variants_and_typing() {
    let d = corpus();
    write(&d.0, "forms/s/pages/a.html", SIGNUP);
    write(
        &d.0,
        "forms/s/labels.json",
        r##"{"pages/a.html": [
          {"selector": "#fn", "type": "given-name"},
          {"selector": "#ln", "type": "family-name"},
          {"selector": "input[name=\"email\"]", "type": "username", "alt_types": ["email"]},
          {"selector": "#pw", "type": "password"},
          {"selector": "#co", "type": "country"},
          {"selector": "#nothing", "type": "email"}
        ]}"##,
    );
    write(
        &d.0,
        "pages/news/n.html",
        "<title>News</title><h1>Hello World</h1><p>Text.</p>",
    );
    let e = evaluate(&d.0, &opts()).unwrap();
    assert_eq!(e.forms.len(), 1);
    let f = &e.forms[0];
    let names: Vec<Variant> = f.variants.iter().map(|v| v.variant).collect();
    assert_eq!(names, [Variant::Original, Variant::Stranger, Variant::Own]);
    // Given and family name are filled, and the field the labeller took
    // for a username or an email gets the stranger's email.
    assert_eq!(f.variants[1].filled, 3);
    assert!(f.variants[1].email);
    assert_eq!(f.variants[0].judged.profile, Severity::None);
    assert_ne!(
        f.variants[1].judged.profile,
        Severity::None,
        "{:?}",
        f.variants[1].judged
    );
    assert_eq!(
        f.variants[2].judged.profile,
        Severity::None,
        "{:?}",
        f.variants[2].judged
    );
    // The missing element is an error that names the file and the label.
    assert_eq!(f.errors.len(), 1);
    assert_eq!(f.errors[0].label.as_deref(), Some("#nothing"));
    assert!(f.errors[0].error.contains("matches no element"));
    let fig = e.figures();
    assert_eq!(fig["forms"]["pages"], 1);
    assert_eq!(fig["forms"]["filled"], 1);
    assert_eq!(fig["forms"]["recall"], 1.0);
    assert_eq!(fig["forms"]["false_alarms_own"], 0.0);
    // Typing: given, family and username/email are personal (3), country is
    // not (1), the password is ignored.
    assert_eq!(fig["forms"]["fields"], 4);
    assert_eq!(fig["forms"]["typing_accuracy"], 1.0);
    assert_eq!(fig["forms"]["typing_misfires"], 0.0);
    assert_eq!(fig["negatives"]["pages"], 1);
    assert_eq!(fig["negatives"]["false_alarms_profile"], 0.0);
    assert_eq!(fig["sources"]["s"]["pages"], 1);
    assert_eq!(fig["sources"]["pages/news"]["pages"], 1);
    // No <html lang>: the page's language is the one its labels were read
    // in (English), with its 3 personal fields.
    assert_eq!(
        fig["forms"]["typing_per_language"],
        serde_json::json!({"en": {"fields": 3, "accuracy": 1.0}})
    );
}

/// Typing per language: a page's `<html lang>` decides, region dropped.
#[test]
fn typing_is_measured_per_page_language() {
    let d = corpus();
    write(
        &d.0,
        "forms/s/pages/a.html",
        &SIGNUP.replace("<!doctype html>", "<!doctype html><html lang=\"pl-PL\">"),
    );
    write(
        &d.0,
        "forms/s/labels.json",
        r##"{"pages/a.html": [
          {"selector": "#fn", "type": "given-name"},
          {"selector": "#ln", "type": "family-name"},
          {"selector": "#co", "type": "country"}
        ]}"##,
    );
    let fig = evaluate(&d.0, &opts()).unwrap().figures();
    assert_eq!(
        fig["forms"]["typing_per_language"],
        serde_json::json!({"pl": {"fields": 2, "accuracy": 1.0}})
    );
}

#[test]
fn written_variants_are_the_bytes_that_were_judged() {
    let d = corpus();
    write(&d.0, "forms/s/a.html", SIGNUP);
    write(
        &d.0,
        "forms/s/labels.json",
        r##"{"a.html": [{"selector": "#fn", "type": "given-name"}, {"selector": "#em", "type": "email"}]}"##,
    );
    let out = corpus();
    let mut o = opts();
    o.write = Some(out.0.clone());
    let e = evaluate(&d.0, &o).unwrap();
    let stranger = &e.forms[0].variants[1];
    assert!(stranger.email);
    let file = stranger.judged.file.clone().unwrap();
    assert!(file.ends_with("forms/s/a.stranger.html"), "{file:?}");
    // `notmine scan` of the written file sees what the eval judged.
    let bytes = std::fs::read(&file).unwrap();
    let snap =
        crate::html::snapshot_from_bytes(&bytes, &file.display().to_string(), Limits::DEFAULT);
    let v = crate::rules::judge(&snap, &o.profile);
    assert_eq!(v.severity, stranger.judged.profile);
    let manifest = std::fs::read_to_string(out.0.join("variants.jsonl")).unwrap();
    let lines: Vec<Value> = manifest
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["variant"], "stranger");
    assert_eq!(lines[1]["filled"], 2);
    assert_eq!(
        lines[1]["cli"]["profile"],
        serde_json::to_value(stranger.judged.profile).unwrap()
    );
    assert!(out.0.join("profile.json").exists());
}

#[test]
fn a_missing_labels_file_is_an_error_and_the_rest_is_measured() {
    let d = corpus();
    write(&d.0, "forms/broken/a.html", SIGNUP);
    write(&d.0, "pages/x/n.html", "<p>hi</p>");
    let e = evaluate(&d.0, &opts()).unwrap();
    assert_eq!(e.errors.len(), 1);
    assert!(e.errors[0].file.ends_with("labels.json"));
    assert_eq!(e.negatives.len(), 1);
}

#[test]
fn floors_name_what_broke() {
    let fig = json!({"forms": {"recall": 0.9, "false_alarms_own": 0.02}});
    let floors = json!({"min": {"forms.recall": 0.95}, "max": {"forms.false_alarms_own": 0.01}});
    let broken = check_floors(&fig, &floors).unwrap();
    assert_eq!(broken.len(), 2);
    assert!(broken[0].contains("forms.recall = 0.9 is below the floor 0.95"));
    assert!(check_floors(&fig, &json!({"min": {"forms.nope": 1}})).is_err());
    assert!(check_floors(&fig, &json!({"min": {"forms.recall": 0.5}}))
        .unwrap()
        .is_empty());
}
