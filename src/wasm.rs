//! The browser glue: the core's API as the extension's background and
//! extension pages call it. Compiled only for wasm32.
//!
//! Values cross the boundary as plain JS objects (serde-wasm-bindgen), not
//! JSON strings: the snapshot arrives as the object the content script built
//! and the verdict leaves as one, so neither side parses text twice.

use crate::claim::Claim;
use crate::export;
use crate::incident::{self, Incident, PeopleKey, RecordInput};
use crate::profile::Profile;
use crate::report::ScanLine;
use crate::rules;
use crate::rules::memory::Memory;
use crate::snapshot::{Snapshot, SCHEMA_VERSION};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Traps on purpose: a Rust panic is a wasm `unreachable`, a
/// `WebAssembly.RuntimeError` in JavaScript. Only the test of the
/// background's recovery calls it (tests/wasm-js/core-trap.test.mjs): after
/// a trap the background starts a fresh instance instead of reusing one
/// whose state the panic may have left half-changed.
#[wasm_bindgen(js_name = trapForTest)]
pub fn trap_for_test() {
    panic!("a trap on purpose, to test the recovery");
}

/// The snapshot schema version this core reads.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    SCHEMA_VERSION
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot return the result to JavaScript: {e}")))
}

/// A snapshot from JavaScript: its JSON text, or the object itself.
///
/// The text is the fast way in: serde_json reads it in one pass over
/// wasm memory, while reading an object goes back to JavaScript for every
/// property (a 10 MB snapshot took 0.9 s that way, 60 ms as text;
/// BENCHMARKS.md). The background sends text.
fn snapshot(v: JsValue) -> Result<Snapshot, JsError> {
    let snap: Snapshot = match v.as_string() {
        Some(text) => serde_json::from_str(&text)
            .map_err(|e| JsError::new(&format!("the page snapshot is malformed: {e}")))?,
        None => serde_wasm_bindgen::from_value(v)
            .map_err(|e| JsError::new(&format!("the page snapshot is malformed: {e}")))?,
    };
    snap.check_version()
        .map_err(|e| JsError::new(&e.to_string()))?;
    Ok(snap)
}

fn profile(v: JsValue) -> Result<Profile, JsError> {
    if v.is_null() || v.is_undefined() {
        return Ok(Profile::default());
    }
    let p: Profile =
        strict(v).map_err(|e| JsError::new(&format!("the profile is malformed: {e}")))?;
    p.validate().map_err(|e| JsError::new(&e.to_string()))?;
    Ok(p)
}

/// Reads a JS object into `T` honouring `deny_unknown_fields`.
/// serde-wasm-bindgen looks up a struct's known keys only, so a misspelt
/// key ("nmaes") would pass unnoticed and silently empty the user's
/// profile; going through a JSON value sees every key. Used for the small
/// objects a person writes (profiles), not for page snapshots, whose
/// producer is checked against the native one by the parity test.
fn strict<T: serde::de::DeserializeOwned>(v: JsValue) -> Result<T, String> {
    let value: serde_json::Value = serde_wasm_bindgen::from_value(v).map_err(|e| e.to_string())?;
    serde_json::from_value(value).map_err(|e| e.to_string())
}

/// Judges a page snapshot against a profile (or `null` for none). Returns
/// the verdict: `{warn, severity, findings, fields, account_view, notes}`.
#[wasm_bindgen]
pub fn judge(snap: JsValue, prof: JsValue) -> Result<JsValue, JsError> {
    let snap = snapshot(snap)?;
    let prof = profile(prof)?;
    let v = rules::judge(&snap, &prof);
    to_js(&v)
}

/// For the popup's tester view: every control and shown value of the page,
/// whether it was judged and why — the same function as `notmine scan
/// --explain` ([`rules::explain::explain`]). Values are masked.
#[wasm_bindgen]
pub fn explain(snap: JsValue, prof: JsValue) -> Result<JsValue, JsError> {
    let snap = snapshot(snap)?;
    let prof = profile(prof)?;
    to_js(&rules::explain::explain(&snap, &prof))
}

/// The same line `notmine scan --format jsonl` prints for this page.
#[wasm_bindgen(js_name = scanLine)]
pub fn scan_line(path: &str, snap: JsValue, prof: JsValue) -> Result<String, JsError> {
    let snap = snapshot(snap)?;
    let prof = profile(prof)?;
    Ok(ScanLine::new(path, &rules::judge(&snap, &prof)).to_json())
}

/// Validates a profile given as JSON text; the error names what is wrong.
#[wasm_bindgen(js_name = checkProfile)]
pub fn check_profile(json: &str) -> Result<JsValue, JsError> {
    match Profile::from_json(json) {
        Ok(p) => to_js(&p),
        Err(e) => {
            gloo::console::warn!(format!("NotMine: profile rejected: {e}"));
            Err(JsError::new(&e.to_string()))
        }
    }
}

/// What "This is me" would add to the profile for this page: the values of
/// the findings, unmasked, shaped as profile entries, plus the kinds a
/// profile cannot hold. Returns `{additions, not_stored}`. This is the one
/// call that returns other people's data in clear; the extension shows it
/// only in the confirmation the user asked for.
#[wasm_bindgen]
pub fn claim(snap: JsValue, prof: JsValue) -> Result<JsValue, JsError> {
    let snap = snapshot(snap)?;
    let prof = profile(prof)?;
    let v = rules::judge(&snap, &prof);
    to_js(&Claim::of_page(&v.findings, &snap))
}

/// The profile with `additions` merged in (entries it already holds, by
/// matching key, and entries that could never match are skipped).
#[wasm_bindgen(js_name = mergeProfile)]
pub fn merge_profile(prof: JsValue, additions: JsValue) -> Result<JsValue, JsError> {
    let prof = profile(prof)?;
    let add: Profile = strict(additions)
        .map_err(|e| JsError::new(&format!("the values to add are malformed: {e}")))?;
    let merged = prof.merged(&add);
    merged
        .validate()
        .map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&merged)
}

/// Builds an incident record (docs/incident.md). `input` is
/// `{id, trigger, recorded_at, local_time, time_zone, page: {url, title},
/// note, frames: [{frame_id, url, title, snapshot}], browser,
/// extension_version, screenshot, profile, key}`; `key` is the per-install
/// secret (64 hex digits) the people are counted under.
#[wasm_bindgen(js_name = incidentRecord)]
pub fn incident_record(input: JsValue) -> Result<JsValue, JsError> {
    let mut v: serde_json::Value =
        strict(input).map_err(|e| JsError::new(&format!("the record input is malformed: {e}")))?;
    let obj = v
        .as_object_mut()
        .ok_or_else(|| JsError::new("the record input must be an object"))?;
    let prof = match obj.remove("profile") {
        None | Some(serde_json::Value::Null) => Profile::default(),
        Some(p) => {
            let p: Profile = serde_json::from_value(p)
                .map_err(|e| JsError::new(&format!("the profile is malformed: {e}")))?;
            p.validate().map_err(|e| JsError::new(&e.to_string()))?;
            p
        }
    };
    let key = obj
        .remove("key")
        .and_then(|k| k.as_str().map(str::to_string))
        .unwrap_or_default();
    let key = PeopleKey::from_hex(&key).map_err(|e| JsError::new(&e.to_string()))?;
    let input: RecordInput = serde_json::from_value(v)
        .map_err(|e| JsError::new(&format!("the record input is malformed: {e}")))?;
    for f in &input.frames {
        f.snapshot
            .check_version()
            .map_err(|e| JsError::new(&e.to_string()))?;
    }
    let rec = incident::record(input, &prof, &key).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&rec)
}

fn records(v: JsValue) -> Result<Vec<Incident>, JsError> {
    let v: serde_json::Value =
        strict(v).map_err(|e| JsError::new(&format!("the records are malformed: {e}")))?;
    let arr = match v {
        serde_json::Value::Array(a) => a,
        other => vec![other],
    };
    arr.into_iter()
        .map(|r| Incident::from_value(r).map_err(|e| JsError::new(&e)))
        .collect()
}

/// Whether a record's hash matches its content.
#[wasm_bindgen(js_name = verifyRecord)]
pub fn verify_record(record: JsValue) -> Result<bool, JsError> {
    Ok(records(record)?.iter().all(Incident::verify))
}

/// The bytes a record's hash and signature are taken over
/// ([`Incident::canonical_json`]): what the background signs and the log
/// verifies, with WebCrypto's Ed25519.
#[wasm_bindgen(js_name = canonicalJson)]
pub fn canonical_json(record: JsValue) -> Result<String, JsError> {
    let recs = records(record)?;
    match recs.as_slice() {
        [one] => Ok(one.canonical_json()),
        _ => Err(JsError::new("canonicalJson takes one record")),
    }
}

/// The JSON export of `records` (masked unless `in_clear`).
#[wasm_bindgen(js_name = exportJson)]
pub fn export_json(recs: JsValue, in_clear: bool, exported_at: &str) -> Result<String, JsError> {
    Ok(export::to_json(&records(recs)?, in_clear, exported_at))
}

/// The CSV export: one row per finding, UTF-8 with BOM.
#[wasm_bindgen(js_name = exportCsv)]
pub fn export_csv(recs: JsValue, in_clear: bool) -> Result<String, JsError> {
    Ok(export::to_csv(&records(recs)?, in_clear))
}

/// The self-contained HTML report. `reasons` (optional): each finding's
/// reason in the reader's language, in record, frame and finding order,
/// and `lang` their language tag; without them the reasons are the core's
/// English.
#[wasm_bindgen(js_name = exportHtml)]
pub fn export_html(
    recs: JsValue,
    in_clear: bool,
    exported_at: &str,
    reasons: JsValue,
    lang: Option<String>,
) -> Result<String, JsError> {
    let texts: Vec<String> = if reasons.is_undefined() || reasons.is_null() {
        Vec::new()
    } else {
        serde_wasm_bindgen::from_value(reasons)
            .map_err(|e| JsError::new(&format!("reasons: {e}")))?
    };
    let reasons = export::Reasons {
        texts,
        lang: lang.unwrap_or_default(),
    };
    Ok(export::to_html_with_reasons(
        &records(recs)?,
        in_clear,
        exported_at,
        &reasons,
    ))
}

/// `judge`, plus the keyed hashes of the people its findings belong to:
/// `{verdict, people}`. For the per-site count of different people.
#[wasm_bindgen(js_name = judgeKeyed)]
pub fn judge_keyed(snap: JsValue, prof: JsValue, key: &str) -> Result<JsValue, JsError> {
    let snap = snapshot(snap)?;
    let prof = profile(prof)?;
    let key = PeopleKey::from_hex(key).map_err(|e| JsError::new(&e.to_string()))?;
    let v = rules::judge(&snap, &prof);
    let people = incident::people(&v.findings, &key);
    #[derive(Serialize)]
    struct Keyed<'a> {
        verdict: &'a rules::Verdict,
        people: Vec<String>,
    }
    to_js(&Keyed {
        verdict: &v,
        people,
    })
}

/// `judge` with what was remembered about the page and its site
/// (`memory`: `{previous, site}`, keyed hashes). Returns `{verdict, people,
/// own}`: the verdict (drift and a changed identity warn high), the people
/// the page shows, and whether they are provably the user's.
#[wasm_bindgen(js_name = judgeInContext)]
pub fn judge_in_context(
    snap: JsValue,
    prof: JsValue,
    key: &str,
    memory: JsValue,
) -> Result<JsValue, JsError> {
    let snap = snapshot(snap)?;
    let prof = profile(prof)?;
    let key = PeopleKey::from_hex(key).map_err(|e| JsError::new(&e.to_string()))?;
    let memory: Memory = if memory.is_null() || memory.is_undefined() {
        Memory::default()
    } else {
        strict(memory).map_err(|e| JsError::new(&format!("the memory is malformed: {e}")))?
    };
    to_js(&crate::rules::memory::judge_in_context(
        &snap, &prof, &key, &memory,
    ))
}

/// The keyed hashes of the people a profile-shaped object names (its names
/// and emails): what "This is me" tells the site's memory.
#[wasm_bindgen(js_name = peopleOf)]
pub fn people_of(who: JsValue, key: &str) -> Result<JsValue, JsError> {
    let who: Profile = strict(who).map_err(|e| JsError::new(&format!("malformed: {e}")))?;
    let key = PeopleKey::from_hex(key).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&incident::people_of_profile(&who, &key))
}

/// What the user typed into this page's account or checkout form
/// (`crate::typed`): `{typed, additions, skipped?, people}` — the values as
/// profile entries, those `prof` lacks, and the keyed hashes of the person
/// they describe, for the site's memory.
#[wasm_bindgen(js_name = typedIdentity)]
pub fn typed_identity(snap: JsValue, prof: JsValue, key: &str) -> Result<JsValue, JsError> {
    let snap = snapshot(snap)?;
    let prof = profile(prof)?;
    let key = PeopleKey::from_hex(key).map_err(|e| JsError::new(&e.to_string()))?;
    let t = crate::typed::typed(&snap, &prof);
    let people = incident::people_of_profile(&t.typed, &key);
    #[derive(Serialize)]
    struct Out {
        #[serde(flatten)]
        typed: crate::typed::Typed,
        people: Vec<String>,
    }
    to_js(&Out { typed: t, people })
}
