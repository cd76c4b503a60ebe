//! The floor for `notmine scan`: read, decode and parse the same files with
//! the same parallelism, and do nothing else. scripts/bench.sh times both.
//!
//! Usage: `cargo run --release --example parse_only -- [-j N] DIR...`
//! (`-j`: threads, as `notmine scan -j`; default: the machine's cores).

use rayon::prelude::*;
use std::path::PathBuf;

/// The allocator `notmine` uses (src/bin/notmine.rs), so that the ratio
/// compares work, not allocators.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let threads = match args.iter().position(|a| a == "-j") {
        Some(i) => {
            let n = args.get(i + 1).and_then(|n| n.parse::<usize>().ok());
            let n = n
                .filter(|n| *n > 0)
                .expect("-j takes a number of threads, 1 or more");
            args.drain(i..=i + 1);
            n
        }
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    assert!(!args.is_empty(), "usage: parse_only [-j N] DIR...");
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack: Vec<PathBuf> = args.iter().map(PathBuf::from).collect();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("readable directory").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html" || x == "htm") {
                files.push(p);
            }
        }
    }
    files.sort();
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
