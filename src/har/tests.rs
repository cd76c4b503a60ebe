use super::*;
use crate::profile::Profile;
use crate::rules::judge;
use serde_json::json;

const PAGE: &str = "<!doctype html><html lang=\"de\"><title>Mein Konto</title><body>\
    <header><a href=\"/logout\">Abmelden</a></header><h1>Mein Konto</h1>\
    <p>Hallo Jonas Brenner</p><dl><dt>E-Mail</dt><dd>jonas.brenner@web.de</dd></dl></body></html>";

/// A HAR 1.2 file holding `entries`.
fn har(entries: &[Value]) -> String {
    serde_json::to_string_pretty(&json!({"log": {
        "version": "1.2",
        "creator": {"name": "test", "version": "1"},
        "pages": [],
        "entries": entries,
    }}))
    .unwrap()
}

/// An entry for `url` whose response has `mime` and `content`.
fn entry(url: &str, status: u16, mime: &str, headers: Value, content: Value) -> Value {
    let mut c = content;
    c["mimeType"] = json!(mime);
    json!({
        "startedDateTime": "2025-01-01T00:00:00.000Z",
        "request": {"method": "GET", "url": url, "headers": []},
        "response": {"status": status, "headers": headers, "content": c},
    })
}

fn html_entry(url: &str, text: &str) -> Value {
    entry(
        url,
        200,
        "text/html",
        json!([{"name": "Content-Type", "value": "text/html; charset=utf-8"},
               {"name": "X-Cache", "value": "HIT"}]),
        json!({"size": text.len(), "text": text}),
    )
}

fn read(text: &str) -> Har {
    parse(text.as_bytes(), &HarLimits::DEFAULT).unwrap()
}

fn docs(h: &Har) -> Vec<&Document> {
    h.entries.iter().filter_map(|e| e.as_ref().ok()).collect()
}

fn errors(h: &Har) -> Vec<String> {
    h.entries
        .iter()
        .filter_map(|e| e.as_ref().err().map(ToString::to_string))
        .collect()
}

#[test]
fn an_html_entry_is_a_document_with_its_url_and_cache_headers() {
    let h = read(&har(&[html_entry("https://shop.example/konto", PAGE)]));
    assert!(h.cut.is_none() && h.version_note.is_none());
    let d = docs(&h);
    assert_eq!(d.len(), 1);
    assert_eq!(
        (d[0].index, d[0].url.as_str()),
        (0, "https://shop.example/konto")
    );
    assert_eq!(d[0].text, PAGE);
    // facts::cache::response keeps the cache status and drops Content-Type.
    assert_eq!(d[0].response.headers, [("x-cache".into(), "HIT".into())]);
    let snap = d[0].snapshot(Limits::DEFAULT);
    assert_eq!(snap.url, "https://shop.example/konto");
    assert_eq!(snap.response, Some(d[0].response.clone()));
}

/// A HAR entry is judged as the same page saved by a browser, which
/// writes its address into a `saved from url=` comment; only the cache
/// evidence differs.
#[test]
fn a_document_judges_as_the_page_saved_with_its_address() {
    let url = "https://shop.example/mein-konto/daten";
    let h = read(&har(&[html_entry(url, PAGE)]));
    let mut from_har = docs(&h)[0].snapshot(Limits::DEFAULT);
    let saved = format!("<!-- saved from url=({:04}){url} -->\n{PAGE}", url.len());
    let from_file = html::snapshot_from_bytes(saved.as_bytes(), "konto.html", Limits::DEFAULT);
    let hit = judge(&from_har, &Profile::default());
    from_har.response = None;
    assert_eq!(from_har, from_file);
    assert_eq!(
        judge(&from_har, &Profile::default()),
        judge(&from_file, &Profile::default())
    );
    assert!(hit.warn, "with X-Cache: HIT the account view warns");
}

/// The request's address is where the page came from, whatever comment
/// the body carries.
#[test]
fn the_request_url_wins_over_a_saved_from_comment_in_the_body() {
    let body = format!("<!-- saved from url=(0021)https://other.example/ -->{PAGE}");
    let h = read(&har(&[html_entry("https://shop.example/x", &body)]));
    assert_eq!(
        docs(&h)[0].snapshot(Limits::DEFAULT).url,
        "https://shop.example/x"
    );
}

#[test]
fn entries_that_are_not_html_documents_are_skipped_silently() {
    let img = entry(
        "https://a.example/logo.png",
        200,
        "image/png",
        json!([]),
        json!({"size": 3, "text": "iVBO", "encoding": "base64"}),
    );
    let js = entry(
        "https://a.example/app.js",
        200,
        "application/javascript",
        json!([]),
        json!({"text": "var x"}),
    );
    let api = entry(
        "https://a.example/api/me",
        200,
        "application/json; charset=utf-8",
        json!([]),
        json!({"text": "{\"name\": \"Jonas\"}"}),
    );
    let css = entry(
        "https://a.example/s.css",
        200,
        "text/css",
        json!([]),
        json!({"text": "p{}"}),
    );
    let redirect = entry(
        "https://a.example/",
        302,
        "text/html",
        json!([{"name": "Location", "value": "/konto"}]),
        json!({"size": 0}),
    );
    let not_modified = entry(
        "https://a.example/konto",
        304,
        "text/html",
        json!([]),
        json!({"size": 0}),
    );
    let page = html_entry("https://a.example/konto", PAGE);
    let h = read(&har(&[img, js, api, css, redirect, not_modified, page]));
    assert_eq!(errors(&h), Vec::<String>::new());
    let d = docs(&h);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].index, 6, "indices count every entry");
}

#[test]
fn html_is_known_by_mime_type_parameters_and_case_aside_or_by_header() {
    let xhtml = entry(
        "https://a.example/x",
        200,
        "Application/XHTML+XML; charset=UTF-8",
        json!([]),
        json!({"text": "<p>x</p>"}),
    );
    // Chrome writes "x-unknown" when it could not tell; the header can.
    let unknown = entry(
        "https://a.example/y",
        200,
        "x-unknown",
        json!([{"name": "content-type", "value": "TEXT/HTML"}]),
        json!({"text": "<p>y</p>"}),
    );
    let mut document = entry(
        "https://a.example/z",
        200,
        "application/octet-stream",
        json!([{"name": "Content-Type", "value": "text/html"}]),
        json!({"text": "<p>z</p>"}),
    );
    document["_resourceType"] = json!("document");
    let h = read(&har(&[xhtml, unknown, document]));
    let idx: Vec<usize> = docs(&h).iter().map(|d| d.index).collect();
    assert_eq!(idx, [0, 1, 2]);
}

#[test]
fn a_document_without_a_body_is_an_error_naming_the_entry() {
    let bodiless = entry(
        "https://a.example/konto",
        200,
        "text/html",
        json!([]),
        json!({"size": 5120}),
    );
    let h = read(&har(&[html_entry("https://a.example/", PAGE), bodiless]));
    assert_eq!(docs(&h).len(), 1);
    assert_eq!(
        errors(&h),
        [
            "entry 1 (https://a.example/konto): the HAR holds no body for this document \
          (save with content: open the network panel, reload the page, then \"Save all as \
          HAR\" again)"
        ]
    );
}

#[test]
fn base64_bodies_are_decoded_with_the_headers_charset() {
    // "Grüße" in windows-1252, declared only in the header.
    let bytes = b"<p>Gr\xfc\xdfe</p>";
    let b64 = encode(bytes);
    let e = entry(
        "https://a.example/",
        200,
        "text/html",
        json!([{"name": "Content-Type", "value": "text/html; charset=\"windows-1252\""}]),
        json!({"text": b64, "encoding": "base64"}),
    );
    // Without a header charset, the bytes speak for themselves (UTF-8).
    let utf8 = entry(
        "https://a.example/u",
        200,
        "text/html",
        json!([]),
        json!({"text": encode("<p>Grüße</p>".as_bytes()), "encoding": "base64"}),
    );
    let h = read(&har(&[e, utf8]));
    let d = docs(&h);
    assert_eq!(d[0].text, "<p>Grüße</p>");
    assert_eq!(d[1].text, "<p>Grüße</p>");
}

#[test]
fn invalid_base64_is_an_error_for_that_entry_only() {
    let bad = entry(
        "https://a.example/bad",
        200,
        "text/html",
        json!([]),
        json!({"text": "PHA+eDwvcD4*", "encoding": "base64"}),
    );
    let odd = entry(
        "https://a.example/gz",
        200,
        "text/html",
        json!([]),
        json!({"text": "x", "encoding": "gzip"}),
    );
    let h = read(&har(&[bad, html_entry("https://a.example/", PAGE), odd]));
    assert_eq!(docs(&h).len(), 1);
    assert_eq!(
        errors(&h),
        [
            "entry 0 (https://a.example/bad): its body is marked base64 but is not base64 \
             (character 11 of content.text); save the HAR again from the browser",
            "entry 2 (https://a.example/gz): its body is encoded as \"gzip\", not as text or \
             base64, which is all a HAR holds; save the HAR again from the browser"
        ]
    );
}

#[test]
fn the_base64_decoder() {
    for (text, bytes) in [
        ("", &b""[..]),
        ("Zg==", b"f"),
        ("Zm8=", b"fo"),
        ("Zm9v", b"foo"),
        ("Zm9vYg", b"foob"),
        ("Zm9v\r\nYmFy", b"foobar"),
        ("-_-_", b"\xfb\xff\xbf"),
        ("+/+/", b"\xfb\xff\xbf"),
    ] {
        assert_eq!(base64(text).as_deref(), Ok(bytes), "{text}");
        assert_eq!(base64_len(text), bytes.len(), "{text}");
        assert_eq!(base64(&encode(bytes)).as_deref(), Ok(bytes), "{text}");
    }
    assert_eq!(base64("Zm9v!"), Err(4));
    assert_eq!(base64("Zm9vY"), Err(5), "one digit left holds no byte");
    assert_eq!(base64("Zg=x"), Err(3), "data after padding");
    assert_eq!(base64("Zm9v="), Err(4), "padding that completes nothing");
    assert_eq!(base64("Zg==="), Err(2));
    assert_eq!(base64("Zmü="), Err(2));
}

/// Standard base64 with padding, for the tests.
fn encode(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                s.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

#[test]
fn a_cut_file_keeps_the_entries_before_the_cut() {
    let full = har(&[
        html_entry("https://a.example/0", PAGE),
        html_entry("https://a.example/1", PAGE),
        html_entry("https://a.example/2", PAGE),
    ]);
    // Cut inside the third entry's body.
    let at = full.rfind("Hallo Jonas").unwrap();
    let h = read(&full[..at]);
    let idx: Vec<usize> = docs(&h).iter().map(|d| d.index).collect();
    assert_eq!(idx, [0, 1]);
    assert_eq!(
        h.cut.as_ref().unwrap().to_string(),
        "the HAR is cut off after entry 1; entries before it were judged (save the HAR again, \
         whole, to judge the rest)"
    );
    // Cut right after an entry, before its comma, and in the closing braces.
    let third = full.find("https://a.example/2").unwrap();
    let after_second = full[..third].rfind("},").unwrap() + 1;
    let h = read(&full[..after_second]);
    assert_eq!(docs(&h).len(), 2);
    assert!(matches!(h.cut, Some(HarError::CutOff { after: Some(1) })));
    let h = read(full.trim_end().trim_end_matches('}'));
    assert_eq!(docs(&h).len(), 3);
    assert!(matches!(h.cut, Some(HarError::CutOff { after: Some(2) })));
    assert!(h.version_note.is_none(), "its version came before the cut");
    // Cut inside the first entry: the entries began, none was whole.
    let first = full.find("Hallo Jonas").unwrap();
    let h = read(&full[..first]);
    assert!(h.entries.is_empty());
    assert_eq!(
        h.cut.unwrap().to_string(),
        "the HAR is cut off before its first entry; nothing was judged (save the HAR again, \
         whole)"
    );
    // Cut before the entries: nothing to judge, an error for the file.
    let e = parse(&full.as_bytes()[..20], &HarLimits::DEFAULT).unwrap_err();
    assert!(matches!(e, HarError::CutOff { after: None }), "{e}");
}

#[test]
fn broken_json_after_some_entries_keeps_them_and_says_where() {
    // Inside an entry whose braces close: that entry only.
    let text = "{\"log\": {\"version\": \"1.2\", \"entries\": [\n".to_string()
        + &serde_json::to_string(&html_entry("https://a.example/0", PAGE)).unwrap()
        + ",\n{\"request\": {\"url\": \"https://a.example/1\"}, \"response\": }\n,"
        + &serde_json::to_string(&html_entry("https://a.example/2", PAGE)).unwrap()
        + "]}}";
    let h = read(&text);
    assert!(h.cut.is_none());
    assert_eq!(docs(&h).len(), 2);
    assert_eq!(
        errors(&h),
        ["entry 1 (https://a.example/1): it is not valid JSON inside (expected value); save the \
          HAR again from the browser"]
    );
    // Brackets that do not match: the rest cannot be told from it.
    let text = "{\"log\": {\"version\": \"1.2\", \"entries\": [\n".to_string()
        + &serde_json::to_string(&html_entry("https://a.example/0", PAGE)).unwrap()
        + ",\n{\"request\": {\"url\": \"https://a.example/1\"], \"response\": }\n]}}";
    let h = read(&text);
    assert_eq!(docs(&h).len(), 1);
    assert_eq!(
        h.cut.unwrap().to_string(),
        "the HAR is not JSON from line 3 column 42 on (expected `,` or `}`), after entry 0: \
         entries up to it were judged; save it again from the browser's network panel"
    );
}

#[test]
fn entries_are_found_wherever_they_sit_in_log() {
    let e = serde_json::to_string(&html_entry("https://a.example/", PAGE)).unwrap();
    let text = format!(
        "{{\"comment\": {{\"entries\": 1}}, \"log\": {{\"pages\": [{{\"id\": \"p\"}}], \
         \"entries\": [{e}], \"version\": \"1.1\", \"creator\": {{\"name\": \"x\"}}}}}}"
    );
    let h = read(&text);
    assert_eq!(docs(&h).len(), 1);
    assert!(h.version_note.is_none() && h.cut.is_none());
    // The streaming reader and the whole-file parser agree.
    let v: Value = serde_json::from_str(&text).unwrap();
    let w = whole(&text, &HarLimits::DEFAULT).unwrap();
    assert_eq!(docs(&w), docs(&h));
    assert!(v["log"]["entries"].is_array());
}

#[test]
fn a_wrong_or_missing_version_is_a_note_and_the_entries_are_read() {
    let e = html_entry("https://a.example/", PAGE);
    for (version, note) in [
        (json!("1.0"), Some("log.version is \"1.0\"")),
        (json!(1.2), Some("log.version is 1.2")),
        (Value::Null, Some("the HAR has no log.version")),
        (json!("1.1"), None),
    ] {
        let mut log = json!({"entries": [e]});
        if !version.is_null() {
            log["version"] = version;
        }
        let h = read(&json!({ "log": log }).to_string());
        assert_eq!(docs(&h).len(), 1);
        match note {
            Some(n) => {
                let got = h.version_note.unwrap();
                assert!(got.starts_with(n), "{got}");
                assert!(got.contains("not \"1.1\" or \"1.2\""), "{got}");
            }
            None => assert_eq!(h.version_note, None),
        }
    }
}

#[test]
fn what_is_not_a_har_says_what_is_expected() {
    let cases: [(&[u8], &str); 6] = [
        (
            b"{\"foo\": 1}",
            "not a HAR file (no log.entries); save it from the browser's network panel with \
             \"Save all as HAR\"",
        ),
        (
            b"{\"log\": {\"version\": \"1.2\", \"entries\": {}}}",
            "not a HAR file (log.entries is not a list); save it from the browser's network \
             panel with \"Save all as HAR\"",
        ),
        (
            b"[1, 2]",
            "not a HAR file (it is JSON, but not an object with a \"log\"); save it from the \
             browser's network panel with \"Save all as HAR\"",
        ),
        (
            b"<html><body>Hallo</body></html>",
            "not JSON (expected value at line 1 column 1), so not a HAR file; save it from the \
             browser's network panel with \"Save all as HAR\"",
        ),
        (
            b"{\"log\": 5} x",
            "not JSON (trailing characters at line 1 column 12), so not a HAR file; save it \
             from the browser's network panel with \"Save all as HAR\"",
        ),
        (
            b"{\"log\": \"\xff\"}",
            "not UTF-8 text (byte 9 is not), so not a HAR file; save it from the browser's \
             network panel with \"Save all as HAR\"",
        ),
    ];
    for (bytes, want) in cases {
        let got = parse(bytes, &HarLimits::DEFAULT).map(|_| ()).unwrap_err();
        assert_eq!(got.to_string(), want, "{}", String::from_utf8_lossy(bytes));
    }
    // Text after a whole HAR: its entries were read, the rest is reported.
    let h = read("{\"log\": {\"entries\": []}}\n}");
    assert_eq!(
        h.cut.unwrap().to_string(),
        "the HAR is not JSON from line 2 column 1 on (text after the end of the HAR), before \
         its first entry: nothing was judged; save it again from the browser's network panel"
    );
    // An empty list of entries is a HAR with nothing in it.
    let h = read("{\"log\": {\"version\": \"1.2\", \"entries\": []}}");
    assert!(h.entries.is_empty() && h.cut.is_none());
}

#[test]
fn a_body_over_the_page_limit_is_an_error_naming_it() {
    let limits = HarLimits {
        max_body: 1024,
        ..HarLimits::DEFAULT
    };
    let big = format!("<p>{}</p>", "x".repeat(1024));
    let big64 = entry(
        "https://a.example/b",
        200,
        "text/html",
        json!([]),
        json!({"text": encode(big.as_bytes()), "encoding": "base64"}),
    );
    let just = format!("<p>{}</p>", "x".repeat(1024 - 7));
    let text = har(&[
        html_entry("https://a.example/a", &big),
        big64,
        html_entry("https://a.example/c", &just),
    ]);
    let h = parse(text.as_bytes(), &limits).unwrap();
    assert_eq!(docs(&h).len(), 1, "a body of exactly the limit is read");
    assert_eq!(
        errors(&h),
        [
            "entry 0 (https://a.example/a): its body is 1031 bytes, over the limit of 1 KiB a \
             page; save this page alone (\"Save page as\") and scan that file",
            "entry 1 (https://a.example/b): its body is 1031 bytes, over the limit of 1 KiB a \
             page; save this page alone (\"Save page as\") and scan that file"
        ]
    );
}

#[test]
fn a_file_over_the_file_limit_is_refused_whole() {
    let text = har(&[html_entry("https://a.example/", PAGE)]);
    let limits = HarLimits {
        max_file: 100,
        ..HarLimits::DEFAULT
    };
    let e = parse(text.as_bytes(), &limits).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "the HAR is {} bytes, over the limit of 100 bytes a file; save fewer requests: \
             clear the network panel, load only the pages you need and save again",
            text.len()
        )
    );
    assert_eq!(size_words(HarLimits::DEFAULT.max_file), "1 GiB");
    assert_eq!(size_words(HarLimits::DEFAULT.max_body as u64), "256 MiB");
}

#[test]
fn a_malformed_entry_costs_only_itself() {
    let mut no_url = entry("", 200, "text/html", json!([]), json!({"text": 5}));
    no_url["request"] = json!({});
    let text = har(&[json!(7), no_url, html_entry("https://a.example/", PAGE)]);
    let h = read(&text);
    assert_eq!(docs(&h).len(), 1);
    assert_eq!(
        errors(&h),
        [
            "entry 0 (no URL): not a HAR entry (a JSON object with \"request\" and \"response\"); \
             save the HAR again from the browser",
            "entry 1 (no URL): its content.text is not a string; save the HAR again from the \
             browser"
        ]
    );
}

#[test]
fn line_and_column_count_characters() {
    let t = "ab\nüx\ny";
    assert_eq!(line_column(t, 0), (1, 1));
    assert_eq!(line_column(t, 3), (2, 1));
    assert_eq!(line_column(t, 5), (2, 2), "ü is one character");
    assert_eq!(line_column(t, 7), (3, 1));
    assert_eq!(line_column(t, 8), (3, 2));
    assert_eq!(offset_in(t, 2, 3), 5);
}

#[test]
fn a_304_with_the_stored_copy_is_judged_with_its_headers() {
    // The browser showed its stored copy; a cache in between answered 304
    // and said it was a hit.
    let e = entry(
        "https://a.example/konto",
        304,
        "text/html",
        json!([{"name": "X-Cache", "value": "HIT"}, {"name": "Age", "value": "30"}]),
        json!({"size": PAGE.len(), "text": PAGE}),
    );
    let h = read(&har(&[e]));
    assert_eq!(errors(&h), Vec::<String>::new());
    let d = docs(&h);
    assert_eq!(d.len(), 1);
    let v = judge(&d[0].snapshot(Limits::DEFAULT), &Profile::default());
    assert!(v.warn);
    assert!(v.findings[0]
        .reason()
        .starts_with("served from a shared cache (X-Cache HIT, Age 30 s)"));
}

#[test]
fn an_entry_that_is_not_valid_json_inside_costs_only_itself() {
    // A lone surrogate escape, which serde_json refuses in a string, in the
    // middle entry; its braces still close.
    let good = serde_json::to_string(&html_entry("https://a.example/1", PAGE)).unwrap();
    let bad = r#"{"request": {"method": "GET", "url": "https://a.example/2", "headers": []},
        "response": {"status": 200, "headers": [], "content": {"mimeType": "text/html",
        "text": "<p>\ud83d { ] oops</p>"}}}"#;
    let last = serde_json::to_string(&html_entry("https://a.example/3", PAGE)).unwrap();
    let text = format!(r#"{{"log": {{"version": "1.2", "entries": [{good}, {bad}, {last}]}}}}"#);
    let h = read(&text);
    assert!(h.cut.is_none(), "{:?}", h.cut);
    let d = docs(&h);
    assert_eq!(d.iter().map(|d| d.index).collect::<Vec<_>>(), [0, 2]);
    let errs = errors(&h);
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("entry 1 (https://a.example/2): it is not valid JSON inside ("),
        "{errs:?}"
    );
    // Braces that never close are a cut, as before.
    let open = format!(
        r#"{{"log": {{"version": "1.2", "entries": [{good}, {{"request": {{"url": "\ud83d"#
    );
    let h = read(&open);
    assert_eq!(docs(&h).len(), 1);
    assert!(h.cut.is_some());
}
