//! The records' half of the API: incident records, their hashes, the
//! exports.

use super::{strict, to_js};
use crate::export;
use crate::incident::{self, Incident, PeopleKey, RecordInput};
use crate::profile::Profile;
use wasm_bindgen::prelude::*;

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
