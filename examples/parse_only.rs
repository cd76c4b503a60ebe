//! The floor for `notmine scan`: read, decode and parse the same files with
//! the same parallelism, and do nothing else. scripts/bench.sh times both.
//!
//! Usage: `cargo run --release --example parse_only -- DIR`

use rayon::prelude::*;
use std::path::PathBuf;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: parse_only DIR");
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack = vec![PathBuf::from(dir)];
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
    let nodes: usize = files
        .par_iter()
        .map(|p| {
            let bytes = std::fs::read(p).expect("readable file");
            let d = notmine::html::decode(&bytes);
            scraper::Html::parse_document(&d.text).tree.nodes().count()
        })
        .sum();
    println!("{} files, {nodes} nodes", files.len());
}
