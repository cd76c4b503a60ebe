//! The browser glue: the core's API as the extension's background and
//! extension pages call it. Compiled only for wasm32.
//!
//! Values cross the boundary as plain JS objects (serde-wasm-bindgen), not
//! JSON strings: the snapshot arrives as the object the content script built
//! and the verdict leaves as one, so neither side parses text twice.
//!
//! Two builds, two `.wasm` files (scripts/build-wasm.sh), because the
//! background loads its core on every service-worker start and must judge
//! the page waiting for it, not write reports:
//!
//! - without the `records` feature, [`judge`]: judging, the tester's why, a
//!   profile's checks and merges, the site's memory — the background's
//!   `notmine_bg.wasm`, and the options page's;
//! - with it, [`records`]: incident records, their hashes and the exports —
//!   `records_bg.wasm`, for the log page, and for the background only once
//!   the user documents a page.

use crate::snapshot::SCHEMA_VERSION;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[cfg(not(feature = "records"))]
pub mod judge;
#[cfg(not(feature = "records"))]
pub use judge::*;
#[cfg(feature = "records")]
pub mod records;
#[cfg(feature = "records")]
pub use records::*;

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

pub(crate) fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot return the result to JavaScript: {e}")))
}

/// Reads a JS object into `T` honouring `deny_unknown_fields`.
/// serde-wasm-bindgen looks up a struct's known keys only, so a misspelt
/// key ("nmaes") would pass unnoticed and silently empty the user's
/// profile; going through a JSON value sees every key. Used for the small
/// objects a person writes (profiles), not for page snapshots, whose
/// producer is checked against the native one by the parity test.
pub(crate) fn strict<T: serde::de::DeserializeOwned>(v: JsValue) -> Result<T, String> {
    let value: serde_json::Value = serde_wasm_bindgen::from_value(v).map_err(|e| e.to_string())?;
    serde_json::from_value(value).map_err(|e| e.to_string())
}
