//! A structured random fuzzer for the core: HTML → snapshot → verdict →
//! record → exports, and the JSON the core reads from outside (snapshots,
//! profiles, records).
//!
//! Four targets, taken in turn:
//! - `html`: pages built from a grammar of the elements NotMine reads
//!   (forms, labels, tables, definition lists, shadow-root templates,
//!   srcdoc frames, inline scripts with state objects), with personal and
//!   hostile text, unclosed and misnested tags; or a fixture page mutated
//!   (bytes flipped, ranges spliced from another fixture, repeated). Each is
//!   snapshotted, judged with and without a profile, recorded and exported;
//!   the snapshot must survive a JSON round trip and be judged the same
//!   after it.
//! - `snapshot`: a fixture's snapshot JSON, mutated, read and judged.
//! - `profile`: a profile JSON, mutated, read and used.
//! - `record`: a record JSON, mutated, read, verified and exported.
//!
//! A panic, a failed invariant or an input slower than `--slow` ms is a
//! failure: the input is written to `target/fuzz-failures/` and the run
//! exits 1. Seeded and repeatable: the same `--seed` gives the same inputs.
//!
//! Run: `cargo run --release --example fuzz -- --seconds 60 [--seed N] [--slow MS]`.
//! Figures of the long run are in BENCHMARKS.md; CI runs a short one.

use notmine::export::{to_csv, to_html, to_json};
use notmine::html::snapshot_from_bytes;
use notmine::incident::{record, Incident, PeopleKey, RecordInput, Trigger};
use notmine::snapshot::{Limits, Snapshot};
use notmine::{judge, Profile};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// xorshift64*: small, seedable, good enough to pick grammar branches.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

const TAGS: &[&str] = &[
    "div", "span", "p", "form", "label", "fieldset", "legend", "table", "tr", "td", "th", "thead",
    "tbody", "dl", "dt", "dd", "ul", "li", "h1", "h2", "h3", "section", "article", "footer", "nav",
    "header", "main", "b", "i", "a", "button", "select", "option", "textarea", "template",
    "iframe", "script", "noscript", "svg", "math", "frameset", "frame", "caption", "address",
];
const VOID: &[&str] = &["input", "br", "img", "hr", "meta", "link"];
const ATTRS: &[&str] = &[
    "name",
    "id",
    "for",
    "type",
    "value",
    "autocomplete",
    "placeholder",
    "aria-label",
    "aria-labelledby",
    "title",
    "class",
    "role",
    "hidden",
    "style",
    "shadowrootmode",
    "srcdoc",
    "selected",
    "checked",
    "multiple",
    "size",
    "lang",
    "href",
    "aria-hidden",
    "disabled",
];
const WORDS: &[&str] = &[
    "Vorname",
    "Nachname",
    "E-Mail",
    "Name",
    "Straße",
    "PLZ",
    "Ort",
    "Telefon",
    "Geburtsdatum",
    "IBAN",
    "Kundennummer",
    "First name",
    "Last name",
    "Email",
    "Address",
    "City",
    "Zip",
    "Phone",
    "Hallo",
    "Willkommen",
    "Welcome back",
    "Hello",
    "Mein Konto",
    "My account",
    "Rechnung",
    "Billing",
    "Order",
    "Abmelden",
    "Log out",
    "Angemeldet als",
    "Miriam",
    "Anna Lindner",
    "Jonas Brenner",
    "jonas.brenner@gmx.de",
    "a@b.c",
    "@",
    "+49 170 1234567",
    "030 12345678",
    "DE89 3704 0044 0532 0130 00",
    "4111 1111 1111 1111",
    "12.03.1985",
    "1985-03-12",
    "10115",
    "Berlin",
    "Lindenstraße 12",
    "Herr",
    "Frau",
    "submit",
    "email",
    "given-name",
    "family-name",
    "tel",
    "text",
    "password",
    "hidden",
    "open",
    "display:none",
    "Teilnehmen",
    "Gewinnspiel",
    "Max Mustermann",
    "John Doe",
    "•••",
    "\u{0}",
    "\u{feff}",
    "東京",
    "Мария",
    "ﷺ",
    "e\u{301}",
    "&amp;",
    "&#0;",
    "&#x1F600;",
    "<",
    ">",
    "\"",
    "'",
    "=",
    "]]>",
    "<!--",
    "-->",
    "</script>",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
];
const SCRIPTS: &[&str] = &[
    r#"window.__INITIAL_STATE__ = {"customer":{"firstName":"Anna","lastName":"Lindner","email":"a.lindner@web.de"}};"#,
    r#"{"props":{"pageProps":{"currentUser":{"name":"Jonas Brenner","email":"jonas@x.de","address":{"street":"Lindenstraße 12","zip":"10115"}}}}}"#,
    r#"var x = {"user": {"email": "#,
    r#"a={b={c={d={"#,
    r#"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["#,
    r#"window.__APOLLO_STATE__={"viewer":{"__typename":"User","email":"\ud800@x.de"}}"#,
];

fn text(r: &mut Rng) -> String {
    let n = 1 + r.below(4);
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push_str(r.pick(&[" ", "  ", "\t", "\n", ": ", "", "\u{a0}"]));
        }
        s.push_str(r.pick(WORDS));
    }
    if r.chance(2) {
        s = s.repeat(1 + r.below(2000));
    }
    s
}

fn attr_value(r: &mut Rng, depth: usize) -> String {
    if r.chance(3) && depth < 3 {
        // A whole little page, for srcdoc.
        return element(r, depth + 2, 3).replace('"', "&quot;");
    }
    text(r).replace('"', "&quot;")
}

fn element(r: &mut Rng, depth: usize, budget: usize) -> String {
    let mut s = String::new();
    if r.chance(20) {
        let tag = r.pick(VOID);
        s.push('<');
        s.push_str(tag);
        for _ in 0..r.below(5) {
            s.push_str(&format!(" {}=\"{}\"", r.pick(ATTRS), attr_value(r, depth)));
        }
        s.push('>');
        return s;
    }
    if r.chance(25) || budget == 0 {
        return text(r);
    }
    let tag = r.pick(TAGS);
    s.push('<');
    s.push_str(tag);
    for _ in 0..r.below(4) {
        s.push_str(&format!(" {}=\"{}\"", r.pick(ATTRS), attr_value(r, depth)));
    }
    s.push('>');
    if tag == "script" {
        s.push_str(r.pick(SCRIPTS));
    } else {
        let kids = r.below(6);
        for _ in 0..kids {
            s.push_str(&element(r, depth + 1, budget - 1));
        }
    }
    // Sometimes unclosed, sometimes closed as something else.
    if !r.chance(10) {
        let close = if r.chance(5) { r.pick(TAGS) } else { tag };
        s.push_str(&format!("</{close}>"));
    }
    s
}

fn grammar_page(r: &mut Rng) -> Vec<u8> {
    let mut s = String::from(r.pick(&["<!doctype html>", "", "<?xml version=\"1.0\"?>"]));
    s.push_str("<html><head><title>");
    s.push_str(&text(r));
    s.push_str("</title></head><body>");
    for _ in 0..1 + r.below(8) {
        s.push_str(&element(r, 0, 6));
    }
    if r.chance(5) {
        // Depth and breadth the grammar rarely reaches.
        let tag = r.pick(TAGS);
        s.push_str(&format!("<{tag}>").repeat(r.below(5000)));
    }
    s.into_bytes()
}

fn mutate(r: &mut Rng, bytes: &mut Vec<u8>, other: &[u8]) {
    for _ in 0..1 + r.below(8) {
        if bytes.is_empty() {
            bytes.extend_from_slice(other);
            continue;
        }
        let at = r.below(bytes.len());
        match r.below(6) {
            0 => bytes[at] = r.next() as u8,
            1 => {
                let end = (at + r.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 if !other.is_empty() => {
                let from = r.below(other.len());
                let end = (from + r.below(512)).min(other.len());
                let piece = other[from..end].to_vec();
                bytes.splice(at..at, piece);
            }
            3 => {
                let end = (at + r.below(32)).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                for _ in 0..r.below(50) {
                    bytes.splice(at..at, piece.iter().copied());
                }
            }
            4 => {
                let w = r.pick(WORDS).as_bytes().to_vec();
                bytes.splice(at..at, w);
            }
            _ => bytes.insert(at, r.pick(b"<>\"'=&;/{}[]:,\\\x00")),
        }
    }
}

fn fixtures() -> (Vec<Vec<u8>>, Profile) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    let profile = Profile::from_json(&std::fs::read_to_string(dir.join("profile.json")).unwrap())
        .expect("the fixture profile");
    (
        pages.iter().map(|p| std::fs::read(p).unwrap()).collect(),
        profile,
    )
}

fn key() -> PeopleKey {
    PeopleKey::from_hex(&"5a".repeat(32)).unwrap()
}

fn record_of(snap: Snapshot, profile: &Profile) -> Option<Incident> {
    let input = RecordInput {
        browser: "fuzz".into(),
        extension_version: "0".into(),
        ..RecordInput::of_page(
            "00000000-0000-4000-8000-00000000f022".into(),
            Trigger::Page,
            "2026-12-04T21:00:00Z".into(),
            snap,
        )
    };
    record(input, profile, &key()).ok()
}

/// One page through the whole core; `Err` is a broken invariant.
fn html_case(bytes: &[u8], profile: &Profile) -> Result<(), String> {
    let snap = snapshot_from_bytes(bytes, "fuzz.html", Limits::DEFAULT);
    let v = judge(&snap, &Profile::default());
    let vp = judge(&snap, profile);
    let json = serde_json::to_string(&snap).map_err(|e| format!("snapshot to JSON: {e}"))?;
    let back = Snapshot::from_json(&json).map_err(|e| format!("snapshot JSON round trip: {e}"))?;
    if back != snap {
        return Err("the snapshot changed in its JSON round trip".into());
    }
    let v2 = judge(&back, &Profile::default());
    if v2.findings != v.findings || v2.severity != v.severity {
        return Err("the verdict changed after the snapshot's JSON round trip".into());
    }
    if vp.warn || v.warn {
        let rec = record_of(snap, profile).ok_or("no record of a warning page")?;
        if !rec.verify() {
            return Err("a fresh record does not verify".into());
        }
        let recs = [rec];
        let j = to_json(&recs, false, "2026-12-04T21:00:01Z");
        to_csv(&recs, false);
        to_html(&recs, false, "2026-12-04T21:00:01Z");
        // What the log imports: the export read back.
        let parsed: serde_json::Value =
            serde_json::from_str(&j).map_err(|e| format!("export JSON: {e}"))?;
        if let Some(first) = parsed.get("records").and_then(|r| r.get(0)) {
            Incident::from_value(first.clone())
                .map_err(|e| format!("exported record not readable: {e}"))?;
        }
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str, default: u64| -> u64 {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let seconds = arg("--seconds", 60);
    let seed = arg("--seed", 0x4e07_4d1e);
    let slow = Duration::from_millis(arg("--slow", 1000));
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
    // Panics are caught and counted; their messages would flood the output.
    std::panic::set_hook(Box::new(|_| {}));

    let (pages, profile) = fixtures();
    let snapshots: Vec<String> = pages
        .iter()
        .map(|p| serde_json::to_string(&snapshot_from_bytes(p, "f.html", Limits::DEFAULT)).unwrap())
        .collect();
    let profile_json = serde_json::to_string(&profile).unwrap();
    let record_json = pages
        .iter()
        .find_map(|p| {
            let s = snapshot_from_bytes(p, "f.html", Limits::DEFAULT);
            judge(&s, &Profile::default())
                .warn
                .then(|| record_of(s, &Profile::default()))
                .flatten()
        })
        .map(|r| serde_json::to_string(&r).unwrap())
        .expect("a fixture warns");

    let mut r = Rng(seed | 1);
    let start = Instant::now();
    let mut counts = [0u64; 4];
    let mut failures = 0;
    let mut slowest = (Duration::ZERO, String::new());
    let names = ["html", "snapshot", "profile", "record"];
    let mut i = 0u64;
    while start.elapsed() < Duration::from_secs(seconds) {
        let target = (i % 4) as usize;
        i += 1;
        let input: Vec<u8> = match target {
            0 if r.chance(50) => grammar_page(&mut r),
            0 => {
                let mut b = pages[r.below(pages.len())].clone();
                let other = pages[r.below(pages.len())].clone();
                mutate(&mut r, &mut b, &other);
                b
            }
            1 => {
                let mut b = snapshots[r.below(snapshots.len())].clone().into_bytes();
                let other = snapshots[r.below(snapshots.len())].clone().into_bytes();
                mutate(&mut r, &mut b, &other);
                b
            }
            2 => {
                let mut b = profile_json.clone().into_bytes();
                mutate(&mut r, &mut b, WORDS.join(",").as_bytes());
                b
            }
            _ => {
                let mut b = record_json.clone().into_bytes();
                mutate(&mut r, &mut b, profile_json.as_bytes());
                b
            }
        };
        let t0 = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| -> Result<(), String> {
            match target {
                0 => html_case(&input, &profile),
                1 => {
                    if let Ok(s) = Snapshot::from_json(&String::from_utf8_lossy(&input)) {
                        judge(&s, &profile);
                    }
                    Ok(())
                }
                2 => {
                    if let Ok(p) = Profile::from_json(&String::from_utf8_lossy(&input)) {
                        let s = snapshot_from_bytes(
                            &pages[(i as usize / 4) % pages.len()],
                            "p.html",
                            Limits::DEFAULT,
                        );
                        judge(&s, &p);
                    }
                    Ok(())
                }
                _ => {
                    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&input) {
                        if let Ok(rec) = Incident::from_value(v) {
                            rec.verify();
                            let recs = [rec];
                            to_json(&recs, false, "2026-12-04T21:00:01Z");
                            to_csv(&recs, true);
                            to_html(&recs, false, "2026-12-04T21:00:01Z");
                        }
                    }
                    Ok(())
                }
            }
        }));
        let took = t0.elapsed();
        counts[target] += 1;
        if took > slowest.0 {
            slowest = (took, names[target].to_string());
        }
        let problem = match result {
            Err(p) => Some(format!(
                "panic: {}",
                p.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            )),
            Ok(Err(e)) => Some(e),
            Ok(Ok(())) if took > slow => Some(format!("slow: {} ms", took.as_millis())),
            Ok(Ok(())) => None,
        };
        if let Some(p) = problem {
            failures += 1;
            std::fs::create_dir_all(&out).unwrap();
            let file = out.join(format!("{}-{seed}-{i}.in", names[target]));
            std::fs::write(&file, &input).unwrap();
            eprintln!(
                "FAIL {} #{i}: {p} (input: {})",
                names[target],
                file.display()
            );
        }
    }
    let total: u64 = counts.iter().sum();
    println!(
        "fuzz: {total} inputs in {:.0} s (html {}, snapshot {}, profile {}, record {}), seed {seed}, \
         {failures} failure(s), slowest {:.1} ms ({})",
        start.elapsed().as_secs_f64(),
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        slowest.0.as_secs_f64() * 1e3,
        slowest.1
    );
    if failures > 0 {
        std::process::exit(1);
    }
}
