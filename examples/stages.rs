//! Where `notmine scan -j 1` spends its time, stage by stage, measured
//! against the parse: decode, parse (html5ever with the depth guard),
//! building the snapshot, freeing the parsed tree, extracting the page's
//! facts (the walk), judging them, freeing the rest. scripts/bench.sh times
//! the whole scan against the floor; this says which stage to work on.
//!
//! Usage: `cargo run --release --example stages -- [--rounds N] DIR...`
//! (every `.html` file under each DIR, judged against
//! tests/fixtures/profile.json, N rounds: default 3).

mod common;

use notmine::profile::Profile;
use notmine::snapshot::Limits;
use std::time::{Duration, Instant};

/// The allocator `notmine` uses (src/bin/notmine.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const STAGES: [&str; 7] = [
    "decode",
    "parse",
    "build",
    "drop tree",
    "extract",
    "judge",
    "drop rest",
];

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let rounds = common::take_count(&mut args, "--rounds").unwrap_or(3) as u32;
    assert!(!args.is_empty(), "usage: stages [--rounds N] DIR...");
    let files = common::html_files(&args);
    let profile = std::fs::read_to_string("tests/fixtures/profile.json")
        .expect("run from the repository's root: tests/fixtures/profile.json");
    let profile = Profile::from_json(&profile).expect("a valid profile");
    let pages: Vec<Vec<u8>> = files
        .iter()
        .map(|p| std::fs::read(p).expect("readable file"))
        .collect();

    let mut spent = [Duration::ZERO; STAGES.len()];
    let mut warned = 0;
    for _ in 0..rounds {
        for bytes in &pages {
            let mut marks = [Instant::now(); STAGES.len() + 1];
            let decoded = notmine::html::decode(bytes);
            marks[1] = Instant::now();
            let parsed = notmine::html::parse(&decoded.text);
            marks[2] = Instant::now();
            let snap = notmine::html::snapshot_of_document(
                &parsed,
                &decoded.text,
                "file:///page.html",
                Limits::DEFAULT,
                &Default::default(),
            );
            marks[3] = Instant::now();
            drop(parsed);
            marks[4] = Instant::now();
            let facts = notmine::facts::extract(&snap);
            marks[5] = Instant::now();
            let verdict = notmine::rules::judge_facts(&snap, &facts, &profile);
            marks[6] = Instant::now();
            warned += usize::from(verdict.warn);
            drop((facts, verdict));
            drop((snap, decoded));
            marks[7] = Instant::now();
            for (s, w) in spent.iter_mut().zip(marks.windows(2)) {
                *s += w[1] - w[0];
            }
        }
    }
    let per_round = |d: Duration| d.as_secs_f64() * 1000.0 / f64::from(rounds);
    let parse = per_round(spent[1]);
    println!(
        "{} pages, {rounds} rounds, {} warned per round",
        pages.len(),
        warned / rounds as usize
    );
    println!("{:<10} {:>10} {:>9}", "stage", "ms/round", "x parse");
    for (name, d) in STAGES.iter().zip(spent) {
        println!(
            "{name:<10} {:>10.1} {:>9.2}",
            per_round(d),
            per_round(d) / parse
        );
    }
    let total: f64 = spent.iter().map(|d| per_round(*d)).sum();
    println!("{:<10} {total:>10.1} {:>9.2}", "all", total / parse);
}
