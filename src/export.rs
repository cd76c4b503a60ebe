//! Exports of incident records: JSON (full fidelity), CSV (one row per
//! finding, for spreadsheets) and a self-contained HTML report (for print
//! and for people). All three treat page data as hostile text:
//!
//! * HTML: every value escaped; nothing is a link or loads anything (the
//!   report has no `<script>`, no external resource, and a CSP meta tag that
//!   forbids both); screenshots only as `data:image/png|jpeg;base64` URLs
//!   the record format already checked.
//! * CSV: every cell quoted; a cell a spreadsheet would evaluate (starting
//!   with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`.
//!
//! Masked by default: the values in clear leave the device only when the
//! caller passes `in_clear` for that one export.

use crate::incident::{Incident, INCIDENT_SCHEMA};
use crate::kinds::Severity;
use serde_json::json;

/// `{"format", "schema", "exported_at", "in_clear", "records"}`, pretty.
pub fn to_json(records: &[Incident], in_clear: bool, exported_at: &str) -> String {
    let records: Vec<Incident> = records.iter().map(|r| shown(r, in_clear)).collect();
    let doc = json!({
        "format": "notmine-incidents",
        "schema": INCIDENT_SCHEMA,
        "exported_at": exported_at,
        "in_clear": in_clear,
        "records": records,
    });
    serde_json::to_string_pretty(&doc).expect("records are plain data") + "\n"
}

fn shown(r: &Incident, in_clear: bool) -> Incident {
    if in_clear {
        r.clone()
    } else {
        r.masked()
    }
}

const CSV_HEAD: &[&str] = &[
    "record_id",
    "recorded_at",
    "local_time",
    "time_zone",
    "trigger",
    "site",
    "page_url",
    "page_title",
    "frame_url",
    "record_severity",
    "kind",
    "place",
    "field_label",
    "field_name",
    "value",
    "reason",
    "why",
    "severity",
    "excerpt",
    "note",
    "hash",
    "cache",
];

/// The columns of a finding, from `kind` to `excerpt`.
const FINDING_COLUMNS: usize = 9;

/// UTF-8 with BOM, CRLF, every cell quoted, formulas defused. With
/// `in_clear`, a `value_in_clear` column follows `value`. `reason` is the
/// core's English; `why` its reason codes, joined with "; " (their
/// parameters are in the JSON export).
pub fn to_csv(records: &[Incident], in_clear: bool) -> String {
    let mut out = String::from('\u{feff}');
    let mut head: Vec<&str> = CSV_HEAD.to_vec();
    if in_clear {
        head.insert(15, "value_in_clear");
    }
    row(&mut out, head.iter().map(|s| s.to_string()));
    for r in records {
        let base = |frame_url: &str| {
            vec![
                r.id.clone(),
                r.recorded_at.clone(),
                r.local_time.clone(),
                r.time_zone.clone(),
                trigger_token(r),
                r.site().to_string(),
                r.page.url.clone(),
                r.page.title.clone(),
                frame_url.to_string(),
                r.severity.token().to_string(),
            ]
        };
        let mut any = false;
        for (frame, f) in r.findings() {
            any = true;
            let mut cells = base(&frame.url);
            cells.extend([
                f.kind.token().to_string(),
                serde_json::to_value(f.place)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                f.field
                    .as_ref()
                    .map(|x| x.label.clone())
                    .unwrap_or_default(),
                f.field
                    .as_ref()
                    .and_then(|x| x.name.clone())
                    .unwrap_or_default(),
                shorten(&f.value),
            ]);
            if in_clear {
                cells.push(shorten(f.value_in_clear.as_deref().unwrap_or_default()));
            }
            cells.extend([
                f.reason.clone(),
                why_codes(&f.why),
                f.severity.token().to_string(),
                f.excerpt.clone(),
                shorten(&r.note),
                r.hash.clone(),
                cache_cell(&frame.cache),
            ]);
            row(&mut out, cells.into_iter());
        }
        if !any {
            let mut cells = base(&r.page.url);
            cells.extend(std::iter::repeat_n(
                String::new(),
                FINDING_COLUMNS + usize::from(in_clear),
            ));
            let top = r.frames.iter().find(|f| f.frame_id == 0);
            cells.extend([
                r.note.clone(),
                r.hash.clone(),
                top.map(|f| cache_cell(&f.cache)).unwrap_or_default(),
            ]);
            row(&mut out, cells.into_iter());
        }
    }
    out
}

/// A frame's cache headers in one cell: "x-cache-status: HIT; age: 412".
fn cache_cell(cache: &[(String, String)]) -> String {
    cache
        .iter()
        .map(|(n, v)| {
            if v.is_empty() {
                n.clone()
            } else {
                format!("{n}: {v}")
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A finding's reason codes ("form-stranger; previous-load-differed"); empty
/// for a record made before they existed.
fn why_codes(why: &[serde_json::Value]) -> String {
    why.iter()
        .filter_map(|w| w.get("code").and_then(|c| c.as_str()))
        .collect::<Vec<_>>()
        .join("; ")
}

fn trigger_token(r: &Incident) -> String {
    serde_json::to_value(r.trigger)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn row(out: &mut String, cells: impl Iterator<Item = String>) {
    let mut first = true;
    for c in cells {
        if !first {
            out.push(',');
        }
        first = false;
        out.push('"');
        out.push_str(&csv_cell(&c).replace('"', "\"\""));
        out.push('"');
    }
    out.push_str("\r\n");
}

/// The longest page value the CSV and HTML exports show, in characters; the
/// JSON export keeps everything.
pub const MAX_SHOWN: usize = 500;

/// `s`, or its first [`MAX_SHOWN`] characters and a note of how long it was.
pub fn shorten(s: &str) -> String {
    let n = s.chars().count();
    if n <= MAX_SHOWN {
        return s.to_string();
    }
    let head: String = s.chars().take(MAX_SHOWN).collect();
    format!("{head}… [truncated: {n} characters in all]")
}

/// A cell a spreadsheet would run as a formula gets a leading `'`.
pub fn csv_cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// Text for HTML: `& < > " '` escaped.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

const STYLE: &str = r#"
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1a1a1a; margin: 0 auto; max-width: 180mm; padding: 12mm 0; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 0 0 3mm; border-bottom: 2px solid #b71c1c; padding-bottom: 1.5mm; }
.meta, .small { color: #555; font-size: 9pt; }
.notice { border: 1px solid #b71c1c; background: #fdecea; padding: 2mm 3mm; margin: 4mm 0; }
section.incident { break-before: page; page-break-before: always; padding-top: 4mm; }
section.incident:first-of-type { break-before: auto; page-break-before: auto; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #ddd; padding: 1.2mm 1.5mm; overflow-wrap: anywhere; }
th { background: #f3f3f3; font-weight: 600; overflow-wrap: normal; }
table.kv th { width: 32mm; background: none; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font: 8.5pt/1.35 "DejaVu Sans Mono", Consolas, monospace; background: #f7f7f7; border: 1px solid #e3e3e3; padding: 1.5mm; margin: 0; }
.sev-high { color: #b71c1c; font-weight: 700; }
.sev-medium { color: #c75000; font-weight: 700; }
.sev-low { color: #6d5d00; font-weight: 700; }
img.shot { max-width: 100%; border: 1px solid #ccc; margin-top: 2mm; }
code { font: 8.5pt "DejaVu Sans Mono", Consolas, monospace; overflow-wrap: anywhere; }
@media print { body { padding: 0; } }
"#;

/// A self-contained, print-ready report: inline CSS, screenshots embedded,
/// nothing loaded from anywhere, one A4 page break per incident.
pub fn to_html(records: &[Incident], in_clear: bool, exported_at: &str) -> String {
    to_html_with_reasons(records, in_clear, exported_at, &Reasons::default())
}

/// Reasons in the reader's language for [`to_html_with_reasons`]: the
/// text of each finding, in record, frame and finding order (the
/// extension renders them from its `_locales`), and their language tag.
/// A finding without one shows the core's English `reason`.
#[derive(Debug, Clone, Default)]
pub struct Reasons {
    pub texts: Vec<String>,
    pub lang: String,
}

/// [`to_html`] with the findings' reasons as the reader reads them.
pub fn to_html_with_reasons(
    records: &[Incident],
    in_clear: bool,
    exported_at: &str,
    reasons: &Reasons,
) -> String {
    let mut o = String::new();
    o.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    o.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.push_str(&format!(
        "<title>NotMine incident report ({} records)</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        records.len()
    ));
    o.push_str("<header>\n<h1>NotMine incident report</h1>\n");
    o.push_str(&format!(
        "<p class=\"meta\">Exported {} · {} record{} · record schema {}</p>\n",
        esc(exported_at),
        records.len(),
        if records.len() == 1 { "" } else { "s" },
        INCIDENT_SCHEMA
    ));
    o.push_str(if in_clear {
        "<p class=\"notice\"><strong>Contains other people's data in clear.</strong> Share this report only with someone entitled to see it, such as the data-protection authority.</p>\n"
    } else {
        "<p class=\"notice\">Other people's data is masked (first letters only). Each record carries its SHA-256 and, when the extension made it, an Ed25519 signature by that install's key: <code>notmine verify</code> on the JSON export checks both (docs/incident.md in the NotMine repository says what a signature proves).</p>\n"
    });
    o.push_str(&site_summary(records));
    o.push_str("</header>\n");
    let mut texts = reasons.texts.iter();
    for (i, r) in records.iter().enumerate() {
        incident_html(&mut o, i + 1, r, in_clear, &mut texts, &reasons.lang);
    }
    o.push_str("</body>\n</html>\n");
    o
}

fn site_summary(records: &[Incident]) -> String {
    use std::collections::{BTreeMap, BTreeSet};
    let mut sites: BTreeMap<&str, (usize, &str, &str, BTreeSet<&str>)> = BTreeMap::new();
    for r in records {
        let e = sites.entry(r.site()).or_insert((
            0,
            r.recorded_at.as_str(),
            r.recorded_at.as_str(),
            BTreeSet::new(),
        ));
        e.0 += 1;
        if r.recorded_at.as_str() < e.1 {
            e.1 = &r.recorded_at;
        }
        if r.recorded_at.as_str() > e.2 {
            e.2 = &r.recorded_at;
        }
        e.3.extend(r.people.iter().map(String::as_str));
    }
    if sites.is_empty() {
        return String::new();
    }
    let mut o = String::from(
        "<table>\n<tr><th>Site</th><th>Records</th><th>First recorded (UTC)</th><th>Last recorded (UTC)</th><th>Different people</th></tr>\n",
    );
    for (site, (n, first, last, people)) in sites {
        o.push_str(&format!(
            "<tr><td>{}</td><td>{n}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            esc(site),
            esc(first),
            esc(last),
            people.len()
        ));
    }
    o.push_str("</table>\n");
    o
}

/// A BCP 47 language tag as the extension gives it ("de", "en-GB"):
/// letters, digits and hyphens only, so it can stand in an attribute.
fn is_lang_tag(s: &str) -> bool {
    !s.is_empty() && s.len() <= 35 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn sev_class(s: Severity) -> &'static str {
    match s {
        Severity::High => "sev-high",
        Severity::Medium => "sev-medium",
        Severity::Low => "sev-low",
        Severity::None => "",
    }
}

fn incident_html<'t>(
    o: &mut String,
    n: usize,
    r: &Incident,
    in_clear: bool,
    texts: &mut impl Iterator<Item = &'t String>,
    lang: &str,
) {
    o.push_str(&format!(
        "<section class=\"incident\" id=\"r{n}\">\n<h2>Incident {n}: {}</h2>\n<table class=\"kv\">\n",
        esc(r.site())
    ));
    let kv = |o: &mut String, k: &str, v: &str| {
        o.push_str(&format!(
            "<tr><th>{}</th><td>{}</td></tr>\n",
            esc(k),
            esc(v)
        ));
    };
    kv(o, "Recorded (UTC)", &r.recorded_at);
    kv(
        o,
        "Local time",
        format!("{} {}", r.local_time, r.time_zone).trim(),
    );
    kv(o, "Page", &r.page.url);
    kv(o, "Title", &shorten(&r.page.title));
    kv(o, "Recorded by", &trigger_token(r));
    o.push_str(&format!(
        "<tr><th>Severity</th><td class=\"{}\">{}</td></tr>\n",
        sev_class(r.severity),
        esc(r.severity.token())
    ));
    kv(o, "Different people", &r.people.len().to_string());
    if !r.note.is_empty() {
        kv(o, "Note", &shorten(&r.note));
    }
    kv(
        o,
        "Browser",
        &format!("{} · NotMine {}", r.browser, r.extension_version),
    );
    o.push_str("</table>\n");
    for frame in &r.frames {
        if r.frames.len() > 1 || frame.frame_id != 0 {
            o.push_str(&format!(
                "<p class=\"small\">Frame {}: <code>{}</code></p>\n",
                frame.frame_id,
                esc(&frame.url)
            ));
        }
        if !frame.cache.is_empty() {
            o.push_str(&format!(
                "<p class=\"small\">Cache headers of the response: <code>{}</code></p>\n",
                esc(&cache_cell(&frame.cache))
            ));
        }
        if frame.findings.is_empty() {
            o.push_str("<p>No other person's data was found on this page.</p>\n");
            continue;
        }
        o.push_str("<table>\n<tr><th>Kind</th><th>Field</th><th>Value</th><th>Why</th><th>Severity</th></tr>\n");
        for f in &frame.findings {
            let value = match (&f.value_in_clear, in_clear) {
                (Some(c), true) => format!("{} ({})", shorten(c), shorten(&f.value)),
                _ => shorten(&f.value),
            };
            let why = match texts.next().filter(|t| !t.trim().is_empty()) {
                Some(t) if is_lang_tag(lang) => format!("<td lang=\"{lang}\">{}</td>", esc(t)),
                Some(t) => format!("<td>{}</td>", esc(t)),
                None => format!("<td>{}</td>", esc(&f.reason)),
            };
            o.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td>{}<td class=\"{}\">{}</td></tr>\n",
                esc(f.kind.token()),
                esc(f.field.as_ref().map_or("", |x| x.label.as_str())),
                esc(&value),
                why,
                sev_class(f.severity),
                esc(f.severity.token())
            ));
            if !f.excerpt.is_empty() {
                o.push_str(&format!(
                    "<tr><td colspan=\"5\"><pre>{}</pre></td></tr>\n",
                    esc(&f.excerpt)
                ));
            }
        }
        o.push_str("</table>\n");
    }
    if let Some(s) = &r.screenshot {
        if s.starts_with("data:image/png;base64,") || s.starts_with("data:image/jpeg;base64,") {
            o.push_str(&format!(
                "<p class=\"small\">Screenshot of the visible tab when recorded:</p>\n<img class=\"shot\" alt=\"Screenshot of the page when it was recorded\" src=\"{}\">\n",
                esc(s)
            ));
        }
    }
    let signed = match &r.signature {
        Some(sig) => format!(
            " · signed, Ed25519 key <code>{}</code>",
            esc(&crate::incident::key_fingerprint(&sig.public_key))
        ),
        None => " · not signed".to_string(),
    };
    o.push_str(&format!(
        "<p class=\"small\">Record {} · SHA-256 <code>{}</code> · {}{signed}</p>\n</section>\n",
        esc(&r.id),
        esc(&r.hash),
        if r.verify() {
            "the content matches its hash"
        } else {
            "DOES NOT MATCH ITS HASH: changed after it was recorded"
        }
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::{record, FrameInput, PageRef, PeopleKey, RecordInput, Trigger};
    use crate::profile::Profile;
    use crate::snapshot::Snapshot;

    /// A page whose leaked values are hostile: markup, a script, formulas.
    fn hostile() -> Incident {
        let s: Snapshot = serde_json::from_str(
            r#"{"schema":1,"url":"https://evil.example/konto","title":"<b>Mein Konto</b>","lang":"de","body":[
              {"tag":"form","children":[
                {"tag":"label","attrs":{"for":"s"},"children":["Straße"]},
                {"tag":"input","attrs":{"id":"s","name":"strasse"},"control":{"value":"Hauptstr. 1 <script>alert(1)</script>","default_value":"Hauptstr. 1 <script>alert(1)</script>"}},
                {"tag":"label","attrs":{"for":"o"},"children":["Ort"]},
                {"tag":"input","attrs":{"id":"o","name":"ort"},"control":{"value":"=HYPERLINK(\"http://x\",\"Berlin\")","default_value":"=HYPERLINK(\"http://x\",\"Berlin\")"}},
                {"tag":"label","attrs":{"for":"e"},"children":["E-Mail"]},
                {"tag":"input","attrs":{"id":"e","name":"email","type":"email"},"control":{"value":"x@evil.example","default_value":"x@evil.example"}}
              ]}]}"#,
        )
        .unwrap();
        record(
            RecordInput {
                id: "id-1".into(),
                trigger: Trigger::Warning,
                recorded_at: "2026-11-22T06:30:12Z".into(),
                local_time: String::new(),
                time_zone: String::new(),
                page: PageRef {
                    url: "javascript:alert(1)".into(),
                    title: "=HYPERLINK(\"http://x\",\"klick\") <img src=x onerror=alert(1)>".into(),
                },
                note: "@SUM(1+1)".into(),
                frames: vec![FrameInput {
                    frame_id: 0,
                    url: String::new(),
                    title: String::new(),
                    snapshot: s,
                    cache_known: false,
                }],
                browser: String::new(),
                extension_version: String::new(),
                screenshot: None,
            },
            &Profile::default(),
            &PeopleKey::from_bytes([7; 32]),
        )
        .unwrap()
    }

    #[test]
    fn html_escapes_everything_and_loads_nothing() {
        let r = hostile();
        for clear in [false, true] {
            let h = to_html(std::slice::from_ref(&r), clear, "2026-11-22T07:00:00Z");
            assert!(!h.contains("<script"), "{h}");
            assert!(!h.contains("<img src=x"), "{h}");
            assert!(!h.contains("href="), "no links at all");
            assert!(!h.contains("http-equiv=\"refresh\""));
            assert!(h.contains("default-src 'none'"));
            assert!(h.contains("&lt;img src=x onerror=alert(1)&gt;"));
        }
        let clear = to_html(std::slice::from_ref(&r), true, "t");
        assert!(clear.contains("Hauptstr. 1 &lt;script&gt;alert(1)&lt;/script&gt;"));
        let masked = to_html(std::slice::from_ref(&r), false, "t");
        assert!(
            !masked.contains("Hauptstr"),
            "masked export leaks the value"
        );
    }

    #[test]
    fn html_shows_reasons_in_the_readers_language_escaped() {
        let r = hostile();
        let two = [r.clone(), r.clone()];
        let reasons = Reasons {
            texts: vec!["die Seite hat dieses Feld <b>ausgefüllt</b> geschickt".into()],
            lang: "de".into(),
        };
        let h = to_html_with_reasons(&two, false, "t", &reasons);
        assert!(h.contains(
            "<td lang=\"de\">die Seite hat dieses Feld &lt;b&gt;ausgefüllt&lt;/b&gt; geschickt</td>"
        ));
        // Findings past the given texts keep the core's English reason.
        let english = &r.frames[0].findings[0].reason;
        assert!(h.contains(&format!("<td>{}</td>", esc(english))));
        // A language tag that is not one is left out, not written.
        let odd = Reasons {
            texts: reasons.texts.clone(),
            lang: "de\" onload=\"x".into(),
        };
        let h = to_html_with_reasons(std::slice::from_ref(&r), false, "t", &odd);
        assert!(!h.contains("onload"));
        assert!(h.contains("<td>die Seite"));
    }

    #[test]
    fn csv_defuses_formulas_and_has_a_bom() {
        let r = hostile();
        let c = to_csv(std::slice::from_ref(&r), true);
        assert!(c.starts_with('\u{feff}'));
        assert!(
            c.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"klick\"\") <img"),
            "{c}"
        );
        assert!(c.contains("\"'@SUM(1+1)\""), "{c}");
        for bad in [",\"=", ",\"@", ",\"+"] {
            assert!(!c.contains(bad), "{bad} in {c}");
        }
        let rows: Vec<&str> = c.trim_end().split("\r\n").collect();
        assert_eq!(rows.len(), 1 + r.findings().count());
        assert!(rows[0].contains("\"value_in_clear\""));
        let masked = to_csv(std::slice::from_ref(&r), false);
        assert!(!masked.contains("value_in_clear") && !masked.contains("Hauptstr"));
    }

    /// The cells of each CSV row (quoted cells, `""` inside).
    fn csv_rows(c: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        for line in c.trim_start_matches('\u{feff}').split_terminator("\r\n") {
            let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
            let mut chars = line.chars().peekable();
            while let Some(ch) = chars.next() {
                match (ch, quoted) {
                    ('"', true) if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    ('"', _) => quoted = !quoted,
                    (',', false) => cells.push(std::mem::take(&mut cell)),
                    (c, _) => cell.push(c),
                }
            }
            cells.push(cell);
            rows.push(cells);
        }
        rows
    }

    #[test]
    fn csv_has_the_english_reason_and_the_codes_in_every_rows_columns() {
        let r = hostile();
        let mut empty = r.clone();
        empty.frames[0].findings.clear();
        let mut old = r.clone();
        old.frames[0].findings[0].why.clear();
        for clear in [false, true] {
            let rows = csv_rows(&to_csv(&[r.clone(), empty.clone(), old.clone()], clear));
            let head = &rows[0];
            let col = |name: &str| head.iter().position(|h| h == name).unwrap();
            assert_eq!(col("why"), col("reason") + 1);
            for row in &rows {
                assert_eq!(row.len(), head.len(), "{row:?}");
            }
            let findings: Vec<_> = r.findings().collect();
            for (row, (_, f)) in rows[1..].iter().zip(&findings) {
                assert_eq!(row[col("reason")], f.reason);
                assert!(row[col("reason")].starts_with("the page sent this field"));
                let code = f.why[0]["code"].as_str().unwrap();
                assert!(row[col("why")].starts_with(code), "{row:?}");
            }
            let n = findings.len();
            let none = &rows[1 + n];
            assert_eq!(none[col("why")], "");
            assert_eq!(none[col("kind")], "");
            assert_eq!(none[col("note")], "'@SUM(1+1)", "the note in its column");
            assert_eq!(none[col("hash")], r.hash);
            let before_codes = &rows[2 + n];
            assert_eq!(
                before_codes[col("why")],
                "",
                "a record from before the codes"
            );
            assert_eq!(before_codes[col("reason")], findings[0].1.reason);
        }
    }

    #[test]
    fn json_round_trips_and_verifies_masked() {
        let r = hostile();
        let j = to_json(std::slice::from_ref(&r), false, "2026-11-22T07:00:00Z");
        let v: serde_json::Value = serde_json::from_str(&j).unwrap();
        assert_eq!(v["format"], "notmine-incidents");
        assert!(!j.contains("value_in_clear"));
        let back = Incident::from_value(v["records"][0].clone()).unwrap();
        assert!(back.verify());
        assert_eq!(back.hash, r.hash);
    }

    #[test]
    fn huge_values_are_cut_with_a_note_in_csv_and_html_but_kept_in_json() {
        let mut r = hostile();
        let huge = "x".repeat(10_000);
        r.frames[0].findings[0].value_in_clear = Some(huge.clone());
        r.note = huge.clone();
        let c = to_csv(std::slice::from_ref(&r), true);
        assert!(c.contains("[truncated: 10000 characters in all]"));
        assert!(!c.contains(&"x".repeat(501)));
        let h = to_html(std::slice::from_ref(&r), true, "t");
        assert!(
            h.contains("[truncated: 10000 characters in all]") && !h.contains(&"x".repeat(501))
        );
        assert!(to_json(std::slice::from_ref(&r), true, "t").contains(&huge));
    }

    #[test]
    fn csv_cells() {
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert_eq!(csv_cell("+49 30 1234"), "'+49 30 1234");
        assert_eq!(csv_cell("-x"), "'-x");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("Berlin"), "Berlin");
    }
}
