//! The `notmine scan` contract: output shape, exit codes, error lines.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{notmine, tmp};
use std::process::{Command, Output};

fn lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

const PREFILLED: &str = r#"<!doctype html><html lang="de"><title>Gewinnspiel</title><form>
<label for="v">Vorname</label><input id="v" name="vorname" value="Jonas">
<label for="n">Nachname</label><input id="n" name="nachname" value="Brenner">
<label for="e">E-Mail</label><input id="e" name="email" value="jonas.brenner@gmx.de">
<input type="submit" value="Teilnehmen"></form></html>"#;

const EMPTY: &str = r#"<!doctype html><title>Gewinnspiel</title><form>
<label for="v">Vorname</label><input id="v" name="vorname"></form>"#;

#[test]
fn jsonl_one_line_per_file_in_order_and_exit_1_on_warning() {
    let d = tmp("order");
    std::fs::write(d.join("a.html"), PREFILLED).unwrap();
    std::fs::write(d.join("b.htm"), EMPTY).unwrap();
    std::fs::write(d.join("notes.txt"), "not a page").unwrap();
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("sub/c.html"), EMPTY).unwrap();
    let o = notmine(&["scan", "--format", "jsonl", d.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let l = lines(&o);
    let paths: Vec<&str> = l.iter().map(|v| v["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert!(
        paths[0].ends_with("a.html") && paths[1].ends_with("b.htm") && paths[2].ends_with("c.html")
    );
    let a = &l[0];
    assert_eq!(a["warn"], true);
    assert_eq!(a["severity"], "low");
    // serde_json's map sorts keys; the order on the wire is checked in
    // src/report.rs.
    let keys: Vec<&String> = a.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["fields", "findings", "path", "severity", "warn"]);
    let kinds: Vec<&str> = a["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["name", "name", "email"]);
    assert_eq!(
        a["findings"][0]["field"],
        serde_json::json!({"name": "vorname", "id": "v"})
    );
    assert_eq!(a["findings"][2]["value"], "j•••@g•••.de");
    assert_eq!(
        a["fields"][0],
        serde_json::json!({"name": "vorname", "id": "v", "type": "given-name"})
    );
    assert_eq!(l[1]["warn"], false);
    assert_eq!(l[1]["severity"], "none");
}

#[test]
fn profile_turns_own_data_quiet_and_strangers_high() {
    let d = tmp("profile");
    let page = d.join("p.html");
    std::fs::write(&page, PREFILLED).unwrap();
    let own = d.join("own.json");
    std::fs::write(
        &own,
        r#"{"names": ["Jonas Brenner"], "emails": ["jonas.brenner@gmx.de"]}"#,
    )
    .unwrap();
    let o = notmine(&[
        "scan",
        "--profile",
        own.to_str().unwrap(),
        page.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(lines(&o)[0]["warn"], false);

    let other = d.join("other.json");
    std::fs::write(&other, r#"{"names": ["Katrin Vogelsang"]}"#).unwrap();
    let o = notmine(&[
        "scan",
        "--profile",
        other.to_str().unwrap(),
        page.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(lines(&o)[0]["severity"], "high");
}

#[test]
fn unreadable_files_get_an_error_line_and_the_rest_is_scanned() {
    let d = tmp("missing");
    std::fs::write(d.join("ok.html"), EMPTY).unwrap();
    let missing = d.join("gone.html");
    let o = notmine(&[
        "scan",
        missing.to_str().unwrap(),
        d.join("ok.html").to_str().unwrap(),
    ]);
    // Not 0: "no page warns" would be said of a page never read.
    assert_eq!(o.status.code(), Some(2));
    let l = lines(&o);
    assert_eq!(l.len(), 2);
    assert!(l[0]["error"].as_str().unwrap().contains("no such file"));
    assert_eq!(l[0].as_object().unwrap().len(), 2);
    assert_eq!(l[1]["warn"], false);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("cannot scan") && err.contains("gone.html"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2_with_a_clear_message() {
    let o = notmine(&["scan"]);
    assert_eq!(o.status.code(), Some(2));
    let o = notmine(&["scan", "--format", "xml", "x.html"]);
    assert_eq!(o.status.code(), Some(2));

    let d = tmp("badprofile");
    let bad = d.join("bad.json");
    std::fs::write(&bad, r#"{"names": ["K"], "telefon": ["1"]}"#).unwrap();
    let o = notmine(&["scan", "--profile", bad.to_str().unwrap(), "www"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("telefon") && err.contains("bad.json"), "{err}");
    assert!(
        o.stdout.is_empty(),
        "nothing is scanned with a broken profile"
    );

    let o = notmine(&["scan", "--profile", "/nonexistent/p.json", "www"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read the profile"));
}

#[test]
fn text_format_is_for_people() {
    let d = tmp("text");
    std::fs::write(d.join("a.html"), PREFILLED).unwrap();
    let o = notmine(&["scan", "--format", "text", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("WARN LOW"), "{out}");
    assert!(out.contains("field \"Vorname\""), "{out}");
    assert!(!out.contains('\x1b'), "no colour when not on a terminal");
    assert!(out.contains("1 page(s) scanned, 1 warn"), "{out}");
}

#[test]
fn explain_says_for_every_field_whether_and_why_it_was_judged() {
    let d = tmp("explain");
    let page = r#"<!doctype html><html lang="de"><title>Mein Konto</title>
<a href="/logout">Abmelden</a><p>Hallo Jonas Brenner</p><form>
<label for="v">Vorname</label><input id="v" name="vorname" value="Jonas">
<label for="e">E-Mail</label><input id="e" name="email" value="Ihre E-Mail">
<input type="hidden" name="csrf" value="a1b2"></form></html>"#;
    std::fs::write(d.join("a.html"), page).unwrap();
    let plain = lines(&notmine(&["scan", d.to_str().unwrap()]));
    assert!(plain[0].get("shown").is_none());
    assert!(plain[0]["fields"][0].get("judged").is_none());
    let o = notmine(&["scan", "--explain", d.to_str().unwrap()]);
    let l = &lines(&o)[0];
    let fields: Vec<(String, bool)> = l["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["name"].as_str().unwrap().to_string(),
                f["judged"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("vorname".into(), true),
            ("email".into(), false),
            ("csrf".into(), false)
        ]
    );
    assert!(
        l["fields"][1]["why"]
            .as_str()
            .unwrap()
            .contains("placeholder"),
        "{l}"
    );
    assert!(
        l["fields"][2]["why"].as_str().unwrap().contains("hidden"),
        "{l}"
    );
    assert_eq!(l["shown"][0]["how"], "greeting");
    assert_eq!(l["shown"][0]["judged"], true);
    let text = notmine(&["scan", "--format", "text", "--explain", d.to_str().unwrap()]);
    let out = String::from_utf8(text.stdout).unwrap();
    assert!(
        out.contains("skipped") && out.contains("not judged: hidden"),
        "{out}"
    );
}

#[test]
fn many_files_are_scanned_in_parallel_with_stable_order() {
    let d = tmp("many");
    for i in 0..40 {
        std::fs::write(
            d.join(format!("p{i:02}.html")),
            if i % 3 == 0 { PREFILLED } else { EMPTY },
        )
        .unwrap();
    }
    let o = notmine(&["scan", d.to_str().unwrap()]);
    let l = lines(&o);
    assert_eq!(l.len(), 40);
    for (i, v) in l.iter().enumerate() {
        assert!(v["path"]
            .as_str()
            .unwrap()
            .ends_with(&format!("p{i:02}.html")));
        assert_eq!(v["warn"], i % 3 == 0, "{v}");
    }
}

#[test]
fn snapshot_prints_the_schema_the_core_judges() {
    let d = tmp("snapshot");
    std::fs::write(d.join("a.html"), PREFILLED).unwrap();
    let o = notmine(&["snapshot", d.join("a.html").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    let snap = notmine::Snapshot::from_json(text.trim()).unwrap();
    assert_eq!(snap.title, "Gewinnspiel");
    assert_eq!(snap.lang, "de");
    assert!(
        text.contains(r#""control":{"value":"Jonas","default_value":"Jonas"}"#),
        "{text}"
    );
}

/// `--format html`: one self-contained report of the pages that warn, each
/// record sealed with its hash, values masked, nothing executable.
#[test]
fn html_report_of_a_folder_of_saved_pages() {
    let d = tmp("html");
    std::fs::write(d.join("a-prefilled.html"), PREFILLED).unwrap();
    std::fs::write(d.join("b-empty.html"), EMPTY).unwrap();
    std::fs::write(
        d.join("c-hostile.html"),
        r#"<!doctype html><title>=HYPERLINK("x") <script>alert(1)</script></title><form>
<label for="e">E-Mail</label><input id="e" name="email" value="jonas.brenner@gmx.de"></form>"#,
    )
    .unwrap();
    let o = notmine(&["scan", "--format", "html", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let h = String::from_utf8(o.stdout).unwrap();
    assert!(h.starts_with("<!DOCTYPE html>"));
    assert_eq!(h.matches("<section class=\"incident\"").count(), 2, "{h}");
    assert!(!h.contains("<script"), "{h}");
    assert!(h.contains("=HYPERLINK(&quot;x&quot;) &lt;script&gt;"));
    assert!(!h.contains("jonas.brenner@gmx.de") && h.contains("j•••@g•••.de"));
    assert_eq!(h.matches("the content matches its hash").count(), 2);
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("3 page(s) scanned, 2 in the report"), "{err}");
}

#[test]
#[cfg(unix)]
fn a_fifo_and_a_hostile_page_cost_one_line_each_not_the_batch() {
    let d = tmp("hostile-batch");
    std::fs::write(d.join("a-empty.html"), EMPTY).unwrap();
    // 100,000 nested divs: a stack overflow (the whole batch aborted)
    // and 49 s of parsing before the depth guard.
    let deep = format!("{PREFILLED}{}", "<div>".repeat(100_000));
    std::fs::write(d.join("b-deep.html"), deep).unwrap();
    let fifo = d.join("c-pipe.html");
    let _ = std::fs::remove_file(&fifo);
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    std::fs::write(d.join("d-prefilled.html"), PREFILLED).unwrap();

    // Opening the FIFO would block for ever: run with a deadline.
    let mut child = Command::new(env!("CARGO_BIN_EXE_notmine"))
        .args(["scan", "--format", "jsonl", d.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("notmine scan hung on the FIFO");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let o = child.wait_with_output().unwrap();
    // 2, although pages warn: one could not be read (as grep does).
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let l = lines(&o);
    assert_eq!(l.len(), 4, "{l:?}");
    assert_eq!(l[0]["warn"], false);
    assert_eq!(l[1]["warn"], true);
    // The fields before the deep part are judged (the cut is in the
    // text format's notes; the JSON line's shape is fixed).
    assert_eq!(l[1]["findings"].as_array().unwrap().len(), 3, "{}", l[1]);
    assert!(l[2]["path"].as_str().unwrap().ends_with("c-pipe.html"));
    assert!(
        l[2]["error"]
            .as_str()
            .unwrap()
            .contains("not a regular file"),
        "{}",
        l[2]
    );
    assert_eq!(l[3]["warn"], true);
}

/// A record of PREFILLED, as the extension makes one, signed when `sign`.
fn a_record(sign: bool) -> notmine::incident::Incident {
    use ed25519_dalek::{Signer, SigningKey};
    use notmine::incident::{record, PeopleKey, RecordInput, Signature, Trigger};
    let snap = notmine::html::snapshot_from_str(
        PREFILLED,
        "https://shop.example/",
        notmine::snapshot::Limits::DEFAULT,
    );
    let input = RecordInput {
        browser: "test".into(),
        extension_version: "0.1.0".into(),
        ..RecordInput::of_page(
            "00000000-0000-4000-8000-0000000000aa".into(),
            Trigger::Warning,
            "2026-12-04T21:40:00Z".into(),
            snap,
        )
    };
    let mut r = record(
        input,
        &notmine::Profile::default(),
        &PeopleKey::from_hex(&"11".repeat(32)).unwrap(),
    )
    .unwrap();
    if sign {
        let key = SigningKey::from_bytes(&[3u8; 32]);
        let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        let sig = key.sign(r.canonical_json().as_bytes());
        r.signature = Some(Signature {
            alg: "Ed25519".into(),
            public_key: hex(key.verifying_key().as_bytes()),
            value: hex(&sig.to_bytes()),
        });
    }
    r
}

#[test]
fn verify_checks_hash_and_signature_of_an_export() {
    let d = tmp("verify");
    let signed = a_record(true);
    let export = notmine::export::to_json(
        &[signed.clone(), a_record(false)],
        false,
        "2026-12-04T21:41:00Z",
    );
    let good = d.join("export.json");
    std::fs::write(&good, &export).unwrap();
    let o = notmine(&["verify", good.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("ok ") && lines[0].contains("signed by key "),
        "{out}"
    );
    assert!(
        lines[1].starts_with("ok ") && lines[1].contains("not signed"),
        "{out}"
    );
    assert_eq!(lines[2], "2 record(s), 0 altered");

    // A forger edits the note and recomputes the SHA-256: the signature says so.
    let mut v: serde_json::Value = serde_json::from_str(&export).unwrap();
    v["records"][0]["note"] = "nothing to see".into();
    let mut forged: notmine::incident::Incident =
        serde_json::from_value(v["records"][0].clone()).unwrap();
    forged.hash = forged.compute_hash();
    v["records"][0] = serde_json::to_value(&forged).unwrap();
    let bad = d.join("forged.json");
    std::fs::write(&bad, serde_json::to_string(&v).unwrap()).unwrap();
    let o = notmine(&["verify", bad.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.lines().next().unwrap().starts_with("ALTERED") && out.contains("changed after signing"),
        "{out}"
    );

    // Not records at all: a clear error, exit 2.
    let junk = d.join("junk.json");
    std::fs::write(&junk, "{\"records\": [{\"schema\": 1}]}").unwrap();
    let o = notmine(&["verify", junk.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot be read"));
}
