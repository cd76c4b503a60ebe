//! `notmine scan` on HAR files: HAR scans agree with scanning the same
//! pages saved as HTML, apart from the cache evidence; a cache hit on an
//! account view warns high; a damaged HAR costs only what is damaged.
//!
//! The HAR fixtures live in tests/har/, not tests/fixtures/: scanning
//! tests/fixtures (the CLI baseline, the browser comparison) would read
//! them too.
#![cfg(not(target_arch = "wasm32"))]

use notmine::html::{decode, snapshot_from_bytes};
use notmine::snapshot::Limits;
use serde_json::{json, Value};
use std::process::Output;

mod common;
use common::{fixture_pages, notmine, tmp};

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn lines(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

/// A HAR entry as a browser writes one for a document: the body as the
/// browser decoded it, no cache headers unless `extra`.
fn document(url: &str, text: &str, extra: &[(&str, &str)]) -> Value {
    let mut headers = vec![json!({"name": "Content-Type", "value": "text/html; charset=utf-8"})];
    headers.extend(extra.iter().map(|(n, v)| json!({"name": n, "value": v})));
    json!({
        "startedDateTime": "2025-03-14T09:12:31.402Z",
        "time": 12,
        "request": {"method": "GET", "url": url, "httpVersion": "HTTP/1.1", "headers": [],
                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                     "headers": headers, "cookies": [],
                     "content": {"size": text.len(), "mimeType": "text/html", "text": text},
                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
        "cache": {},
        "timings": {"send": 0, "wait": 10, "receive": 2},
        "_resourceType": "document",
    })
}

fn har(entries: Vec<Value>) -> String {
    serde_json::to_string_pretty(&json!({"log": {
        "version": "1.2",
        "creator": {"name": "notmine tests", "version": "1"},
        "pages": [],
        "entries": entries,
    }}))
    .unwrap()
}

/// A line without what tells a HAR's document from a saved file.
fn verdict_only(mut v: Value) -> Value {
    let o = v.as_object_mut().unwrap();
    o.remove("path");
    o.remove("url");
    v
}

/// Every fixture page, as one HAR, judges as the page saved as HTML:
/// the same JSON line apart from `path` and `url`, with and without the
/// profile, with `--explain` too.
#[test]
fn har_scans_agree_with_scanning_the_same_pages_saved_as_html_apart_from_the_cache_evidence() {
    let files = fixture_pages();
    assert!(files.len() > 50, "the fixtures are there");
    let mut entries = Vec::new();
    let mut urls = Vec::new();
    for (n, f) in files.iter().enumerate() {
        let bytes = std::fs::read(f).unwrap();
        // The address a browser saved the page from, if it says; else one
        // that says nothing of the page (no account word, no country).
        let saved = snapshot_from_bytes(&bytes, "", Limits::DEFAULT).url;
        let url = if saved.starts_with("http") {
            saved
        } else {
            format!("https://example.test/page/{n}.html")
        };
        // A HAR holds the text as the browser decoded it.
        entries.push(document(&url, &decode(&bytes).text, &[]));
        urls.push(url);
    }
    let d = tmp("agree");
    let har_path = d.join("fixtures.har");
    std::fs::write(&har_path, har(entries)).unwrap();
    let har_arg = har_path.to_str().unwrap();
    let file_args: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();

    for flags in [
        &[][..],
        &["--profile", "tests/fixtures/profile.json"][..],
        &["--explain", "--profile", "tests/fixtures/profile.json"][..],
    ] {
        let from_files = notmine(&[&["scan"], flags, &file_args[..]].concat());
        let from_har = notmine(&[&["scan"], flags, &[har_arg][..]].concat());
        assert_eq!(
            from_har.status.code(),
            from_files.status.code(),
            "{flags:?}"
        );
        assert!(from_har.stderr.is_empty(), "{}", stderr(&from_har));
        let (a, b) = (lines(&from_files), lines(&from_har));
        assert_eq!(a.len(), files.len());
        assert_eq!(b.len(), files.len());
        for (i, (file, entry)) in a.into_iter().zip(b).enumerate() {
            assert_eq!(entry["path"], format!("{har_arg}#{i}"));
            assert_eq!(entry["url"], urls[i].as_str());
            assert_eq!(
                verdict_only(entry),
                verdict_only(file),
                "{} with {flags:?}",
                files[i].display()
            );
        }
    }
}

/// The same account view that is silent as a saved page without a profile
/// (it looks like anyone's own account) warns high when a shared cache
/// served it, the finding naming the header.
#[test]
fn an_account_view_served_from_a_shared_cache_warns_high() {
    let page = std::fs::read_to_string("tests/fixtures/p2-account-noprofile.html").unwrap();
    let quiet = notmine(&["scan", "tests/fixtures/p2-account-noprofile.html"]);
    assert_eq!(lines(&quiet)[0]["warn"], false);

    let d = tmp("hit");
    let path = d.join("konto.har");
    let url = "https://www.blitzkauf.example/konto/daten";
    std::fs::write(
        &path,
        har(vec![
            document(url, &page, &[]),
            document(url, &page, &[("X-Cache", "HIT"), ("Age", "412")]),
        ]),
    )
    .unwrap();
    let o = notmine(&["scan", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let l = lines(&o);
    assert_eq!(l.len(), 2);
    assert_eq!(l[0]["warn"], false, "the same page, not from a cache");
    assert_eq!(l[1]["url"], url);
    assert_eq!(l[1]["severity"], "high");
    let findings = l[1]["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        let reason = f["reason"].as_str().unwrap();
        assert!(
            reason.starts_with("served from a shared cache (X-Cache HIT"),
            "{reason}"
        );
    }

    // The committed example (README) says the same.
    let o = notmine(&["scan", "tests/har/account-cache-hit.har"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let l = lines(&o);
    assert_eq!(l.len(), 1, "the stylesheet, image and JSON are not pages");
    assert_eq!(l[0]["path"], "tests/har/account-cache-hit.har#0");
    assert_eq!(l[0]["severity"], "high");
    assert!(l[0]["findings"][0]["reason"]
        .as_str()
        .unwrap()
        .starts_with("served from a shared cache (X-Cache HIT, Age 412 s)"));
}

/// tests/har/damaged.har: a redirect (skipped), a good document, a base64
/// one in windows-1252, one whose body the browser did not keep, and one
/// cut off in its body.
#[test]
fn a_damaged_har_costs_only_what_is_damaged() {
    let o = notmine(&["scan", "tests/har/damaged.har"]);
    assert_eq!(o.status.code(), Some(2), "an entry could not be read");
    let want = [
        r#"{"path":"tests/har/damaged.har#1","url":"https://gewinnspiel.mobilnet.example/teilnahme","warn":true,"severity":"low","findings":[{"kind":"name","field":{"name":"vorname","id":"vorname"},"value":"J•••","reason":"the page sent this field filled in with a name; nobody typed it here"},{"kind":"name","field":{"name":"nachname","id":"nachname"},"value":"B•••","reason":"the page sent this field filled in with a name; nobody typed it here"},{"kind":"email","field":{"name":"email","id":"email"},"value":"j•••@g•••.de","reason":"the page sent this field filled in with an email address; nobody typed it here"}],"fields":[{"name":"vorname","id":"vorname","type":"given-name"},{"name":"nachname","id":"nachname","type":"family-name"},{"name":"email","id":"email","type":"email"}]}"#,
        r#"{"path":"tests/har/damaged.har#2","url":"https://gewinnspiel.mobilnet.example/danke","warn":false,"severity":"none","findings":[],"fields":[]}"#,
        r#"{"path":"tests/har/damaged.har#3","error":"entry 3 (https://gewinnspiel.mobilnet.example/freunde): the HAR holds no body for this document (save with content: open the network panel, reload the page, then \"Save all as HAR\" again)"}"#,
        r#"{"path":"tests/har/damaged.har","error":"the HAR is cut off after entry 3; entries before it were judged (save the HAR again, whole, to judge the rest)"}"#,
    ];
    assert_eq!(stdout(&o).lines().collect::<Vec<_>>(), want);
    assert_eq!(
        stderr(&o).lines().collect::<Vec<_>>(),
        [
            "notmine: cannot scan tests/har/damaged.har#3: entry 3 (https://gewinnspiel.mobilnet.example/freunde): the HAR holds no body for this document (save with content: open the network panel, reload the page, then \"Save all as HAR\" again)",
            "notmine: cannot scan tests/har/damaged.har: the HAR is cut off after entry 3; entries before it were judged (save the HAR again, whole, to judge the rest)",
        ]
    );

    // The base64 body was decoded by its header's charset, and the
    // snapshot carries the response.
    let o = notmine(&["snapshot", "tests/har/damaged.har"]);
    assert_eq!(o.status.code(), Some(2));
    let snaps = lines(&o);
    assert_eq!(snaps.len(), 2);
    assert_eq!(
        snaps[1]["url"],
        "https://gewinnspiel.mobilnet.example/danke"
    );
    assert!(
        snaps[1]["body"].to_string().contains("Grüße aus München"),
        "{}",
        snaps[1]["body"]
    );
    assert_eq!(snaps[0]["response"], json!({"headers": []}));

    // The text report names the entry and its address.
    let o = notmine(&["scan", "--format", "text", "tests/har/damaged.har"]);
    let text = stdout(&o);
    assert!(
        text.contains(
            "WARN LOW  tests/har/damaged.har#1 (https://gewinnspiel.mobilnet.example/teilnahme)"
        ),
        "{text}"
    );
    assert!(
        text.contains("2 page(s) scanned, 1 warn, 2 could not be read"),
        "{text}"
    );
}

/// A directory's HAR files are found beside its pages, in path order,
/// whatever the case of `.har`; what is not a HAR says so; a wrong
/// version is a note on stderr and its entries are judged; `-j` keeps the
/// order.
#[test]
fn directories_bad_files_versions_and_threads() {
    let d = tmp("dir");
    let page = r#"<!doctype html><title>Start</title><p>Angebote</p>"#;
    std::fs::write(d.join("a.html"), page).unwrap();
    let mut one = har(vec![document("https://a.example/", page, &[])]);
    std::fs::write(d.join("b.HAR"), &one).unwrap();
    one = one.replace("\"1.2\"", "\"1.0\"");
    std::fs::write(d.join("c.har"), &one).unwrap();
    std::fs::write(d.join("d.har"), r#"{"foo": 1}"#).unwrap();
    std::fs::write(d.join("e.har"), b"\xff\xfe{").unwrap();
    std::fs::write(d.join("f.har"), "<html>").unwrap();
    std::fs::write(d.join("notes.txt"), "x").unwrap();
    let dir = d.to_str().unwrap();
    let o = notmine(&["scan", dir]);
    assert_eq!(o.status.code(), Some(2));
    let l = lines(&o);
    let paths: Vec<String> = l
        .iter()
        .map(|v| {
            v["path"]
                .as_str()
                .unwrap()
                .strip_prefix(dir)
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        paths,
        ["/a.html", "/b.HAR#0", "/c.har#0", "/d.har", "/e.har", "/f.har"]
    );
    assert!(
        l[0].get("url").is_none(),
        "a saved page's line is unchanged"
    );
    assert_eq!(l[1]["url"], "https://a.example/");
    assert_eq!(l[2]["warn"], false);
    assert_eq!(
        l[3]["error"],
        "not a HAR file (no log.entries); save it from the browser's network panel with \
         \"Save all as HAR\""
    );
    assert_eq!(
        l[4]["error"],
        "not UTF-8 text (byte 0 is not), so not a HAR file; save it from the browser's network \
         panel with \"Save all as HAR\""
    );
    assert_eq!(
        l[5]["error"],
        "not JSON (expected value at line 1 column 1), so not a HAR file; save it from the \
         browser's network panel with \"Save all as HAR\""
    );
    let note = format!(
        "notmine: note: {dir}/c.har: log.version is \"1.0\", not \"1.1\" or \"1.2\"; its entries \
         were read as HAR 1.2 (if a document is missing, save the HAR again from a browser's \
         network panel)"
    );
    assert!(stderr(&o).lines().any(|l| l == note), "{}", stderr(&o));

    // Many documents in one HAR are judged in parallel, in entry order.
    let many: Vec<Value> = (0..20)
        .map(|i| document(&format!("https://a.example/{i}"), page, &[]))
        .collect();
    std::fs::write(d.join("many.har"), har(many)).unwrap();
    let many = d.join("many.har");
    for j in ["1", "4"] {
        let o = notmine(&["scan", "-j", j, many.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let urls: Vec<String> = lines(&o)
            .iter()
            .map(|v| v["url"].as_str().unwrap().to_string())
            .collect();
        let want: Vec<String> = (0..20).map(|i| format!("https://a.example/{i}")).collect();
        assert_eq!(urls, want, "-j {j}");
    }
}
