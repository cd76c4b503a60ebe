//! What several integration tests share: running the CLI, a scratch
//! folder, the fixture pages. `mod common;` in a test file; not every file
//! uses every piece.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The built `notmine` binary, run from the crate's root, without colour.
pub fn notmine(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_notmine"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the notmine binary runs")
}

/// A scratch folder of this test process, `name` telling tests apart.
pub fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("notmine-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `tests/fixtures/`.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The fixture pages (`tests/fixtures/*.html`), sorted as `notmine scan`
/// lists a directory.
pub fn fixture_pages() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    v.sort();
    v
}
