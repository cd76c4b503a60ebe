//! What the benchmark examples (`parse_only`, `stages`) share: reading a
//! count from their command line, and finding the pages they read, so that
//! both read exactly the same files.

use std::path::PathBuf;

/// Takes `FLAG N` out of `args` and returns N (1 or more), or `None` when
/// the flag is absent. Exits with a message when N is missing or 0.
pub fn take_count(args: &mut Vec<String>, flag: &str) -> Option<usize> {
    let i = args.iter().position(|a| a == flag)?;
    let n = args.get(i + 1).and_then(|n| n.parse::<usize>().ok());
    let Some(n) = n.filter(|n| *n > 0) else {
        eprintln!("{flag} takes a number, 1 or more");
        std::process::exit(2);
    };
    args.drain(i..=i + 1);
    Some(n)
}

/// Every `.html` and `.htm` file under `dirs`, sorted.
pub fn html_files(dirs: &[String]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack: Vec<PathBuf> = dirs.iter().map(PathBuf::from).collect();
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
    files
}
