//! The floor for `notmine scan`: read, decode and parse the same files with
//! the same parallelism, and do nothing else. scripts/bench.sh times both.
//!
//! Usage: `cargo run --release --example parse_only -- [-j N] DIR...`
//! (`-j`: threads, as `notmine scan -j`; default: the machine's cores).

mod common;

use rayon::prelude::*;
use std::path::PathBuf;

/// The allocator `notmine` uses (src/bin/notmine.rs), so that the ratio
/// compares work, not allocators.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let threads = common::take_count(&mut args, "-j")
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    assert!(!args.is_empty(), "usage: parse_only [-j N] DIR...");
    let files = common::html_files(&args);
    let parse = |p: &PathBuf| {
        let bytes = std::fs::read(p).expect("readable file");
        let d = notmine::html::decode(&bytes);
        scraper::Html::parse_document(&d.text).tree.nodes().count()
    };
    // One thread: on this one, as `notmine scan -j 1` does.
    let nodes: usize = if threads == 1 {
        files.iter().map(parse).sum()
    } else {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("threads")
            .install(|| files.par_iter().map(parse).sum())
    };
    println!("{} files, {nodes} nodes", files.len());
}
