//! Criterion benchmark of the core on the fixture pages.
//!
//! Three measurements over the same bytes, so their ratio is the cost of
//! NotMine on top of the floor:
//! - `parse_only`: html5ever parsing the decoded page (the floor);
//! - `snapshot`: decode + parse + building the pruned snapshot;
//! - `scan`: all of that plus classification, extraction and the verdict —
//!   what `notmine scan` does per page.
//!
//! And `judge`: the verdict alone on a prepared snapshot — what the
//! extension's background does per page (the content script builds the
//! snapshot in the browser).
//!
//! Run: `cargo bench --bench core`. Figures are in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use notmine::html::{decode, snapshot_from_bytes};
use notmine::snapshot::Limits;
use notmine::{judge, Profile};
use std::hint::black_box;
use std::path::Path;

fn pages() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/fixtures exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn profile() -> Profile {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/profile.json");
    Profile::from_json(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let prof = profile();
    let mut g = c.benchmark_group("fixtures");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("parse_only", |b| {
        b.iter(|| {
            for p in &pages {
                let d = decode(p);
                black_box(scraper::Html::parse_document(&d.text));
            }
        })
    });
    g.bench_function("snapshot", |b| {
        b.iter(|| {
            for p in &pages {
                black_box(snapshot_from_bytes(p, "bench", Limits::DEFAULT));
            }
        })
    });
    g.bench_function("scan", |b| {
        b.iter(|| {
            for p in &pages {
                let s = snapshot_from_bytes(p, "bench", Limits::DEFAULT);
                black_box(judge(&s, &prof));
            }
        })
    });
    let snaps: Vec<_> = pages
        .iter()
        .map(|p| snapshot_from_bytes(p, "bench", Limits::DEFAULT))
        .collect();
    g.bench_function("judge", |b| {
        b.iter(|| {
            for s in &snaps {
                black_box(judge(s, &prof));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
