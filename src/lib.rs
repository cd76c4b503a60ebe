//! NotMine's detection core: does this page show someone else's personal data?
//!
//! The pipeline, one module per concern:
//!
//! 1. [`snapshot`] — the page as the core sees it: a pruned element tree with
//!    form-control state. Built from the live DOM by the extension's content
//!    script and from saved HTML by [`html`] (native only).
//! 2. [`fields`] — what each form control asks for (an `autocomplete` token).
//! 3. [`recognise`] — what a value is (email, phone, IBAN, card, date, name),
//!    and what only looks like data (placeholders, samples, templates).
//! 4. [`extract`] — the personal values a page shows: pre-filled controls and
//!    labelled account-view text.
//! 5. [`profile`] — the user's own data, and tolerant matching against it.
//! 6. [`verdict`] — findings and one decision.
//!
//! Everything here is plain Rust that builds natively and for wasm32; the
//! browser glue lives in `wasm` and is compiled only for wasm32.

pub mod claim;
pub mod context;
pub mod embedded;
pub mod export;
pub mod extract;
pub mod fields;
pub mod incident;
pub mod kinds;
pub mod mask;
pub mod memory;
pub mod profile;
pub mod recognise;
pub mod report;
pub mod snapshot;
pub mod text;
pub mod typed;
pub mod verdict;

#[cfg(not(target_arch = "wasm32"))]
pub mod html;

/// `notmine eval`: accuracy on a corpus of real, labelled pages (native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;

/// The wasm-bindgen API (wasm32 only). Public so the wasm tests can call it.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use kinds::{DataKind, FieldType, Severity};
pub use profile::Profile;
pub use snapshot::Snapshot;
pub use verdict::{judge, Finding, Verdict};
