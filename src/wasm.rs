//! The browser glue: the core's API as the extension's background and
//! extension pages call it. Compiled only for wasm32.
//!
//! Values cross the boundary as plain JS objects (serde-wasm-bindgen), not
//! JSON strings: the snapshot arrives as the object the content script built
//! and the verdict leaves as one, so neither side parses text twice.

use crate::claim::Claim;
use crate::profile::Profile;
use crate::report::ScanLine;
use crate::snapshot::{Snapshot, SCHEMA_VERSION};
use crate::verdict;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
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

fn snapshot(v: JsValue) -> Result<Snapshot, JsError> {
    let snap: Snapshot = serde_wasm_bindgen::from_value(v)
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
    let v = verdict::judge(&snap, &prof);
    to_js(&v)
}

/// The same line `notmine scan --format jsonl` prints for this page.
#[wasm_bindgen(js_name = scanLine)]
pub fn scan_line(path: &str, snap: JsValue, prof: JsValue) -> Result<String, JsError> {
    let snap = snapshot(snap)?;
    let prof = profile(prof)?;
    Ok(ScanLine::new(path, &verdict::judge(&snap, &prof)).to_json())
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
    let v = verdict::judge(&snap, &prof);
    to_js(&Claim::from_findings(&v.findings))
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
