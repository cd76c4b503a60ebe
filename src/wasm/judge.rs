//! The background's half of the API: judging and what serves it.

use super::{strict, to_js};
use crate::claim::Claim;
use crate::incident::{self, PeopleKey};
use crate::profile::Profile;
use crate::report::ScanLine;
use crate::rules;
use crate::rules::memory::Memory;
use crate::snapshot::Snapshot;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A snapshot from JavaScript: its JSON text, or the object itself.
///
/// The text is the fast way in: serde_json reads it in one pass over
/// wasm memory, while reading an object goes back to JavaScript for every
/// property (a 10 MB snapshot took 0.9 s that way, 60 ms as text;
/// BENCHMARKS.md). The background sends text. An object is turned into
/// text by the engine's `JSON.stringify` and read the same way: one
/// reader of snapshots in the judging build, not two (serde-wasm-bindgen's
/// instance of every snapshot type cost ~3 KB gzip of the budget).
fn snapshot(v: JsValue) -> Result<Snapshot, JsError> {
    let text = match v.as_string() {
        Some(text) => text,
        None => js_sys::JSON::stringify(&v)
            .ok()
            .and_then(|t| t.as_string())
            .ok_or_else(|| {
                JsError::new("the page snapshot is malformed: not JSON text or a JSON-like object")
            })?,
    };
    let snap: Snapshot = serde_json::from_str(&text)
        .map_err(|e| JsError::new(&format!("the page snapshot is malformed: {e}")))?;
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
