//! The core's layout holds: no module of `src/` uses one that uses it.
//!
//! Reads the sources, takes every `crate::a::b` path (and `super::x` in
//! submodules) outside comments and test modules as "a uses b", at the
//! granularity of top-level modules, with `facts`, `rules`, `fields`,
//! `recognise`, `lang` and `eval` split into their submodules, and fails on
//! any cycle, naming it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level modules whose submodules count as modules of their own.
const SPLIT: &[&str] = &["facts", "rules", "fields", "recognise", "lang", "eval"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src is readable") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module a file is, e.g. `facts::walk` for src/facts/walk/labels.rs.
fn module_of(rel: &[String]) -> Option<String> {
    let mut parts: Vec<String> = rel.to_vec();
    let last = parts.pop()?;
    let stem = last.trim_end_matches(".rs").to_string();
    if stem != "mod" {
        parts.push(stem);
    }
    match parts.first().map(String::as_str) {
        None | Some("lib") | Some("bin") => None,
        Some(top) if SPLIT.contains(&top) && parts.len() > 1 => {
            Some(format!("{top}::{}", parts[1]))
        }
        Some(top) => Some(top.to_string()),
    }
}

fn name_of(path: &str) -> String {
    let parts: Vec<&str> = path.split("::").collect();
    match parts.as_slice() {
        [top, sub, ..]
            if SPLIT.contains(top) && sub.starts_with(|c: char| c.is_ascii_lowercase()) =>
        {
            format!("{top}::{sub}")
        }
        [top, ..] => top.to_string(),
        [] => String::new(),
    }
}

/// Code without comments and without `#[cfg(test)] mod tests`.
fn code(src: &str) -> String {
    let src = src.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
    src.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `prefix` followed by a path of lower-case identifiers, for each place.
fn paths_after(code: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find(prefix) {
        let before = rest[..i].chars().last();
        rest = &rest[i + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let path: String = rest
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == ':')
            .collect();
        let path = path.trim_end_matches(':').to_string();
        if !path.is_empty() {
            out.push(path);
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in files {
        let rel: Vec<String> = f
            .strip_prefix(&src)
            .expect("under src")
            .iter()
            .map(|c| c.to_string_lossy().into_owned())
            .collect();
        let Some(m) = module_of(&rel) else { continue };
        let text = code(&std::fs::read_to_string(&f).expect("readable"));
        let mut deps: BTreeSet<String> = paths_after(&text, "crate::")
            .iter()
            .map(|p| name_of(p))
            .collect();
        if let Some((top, _)) = m.split_once("::") {
            for p in paths_after(&text, "super::") {
                let first = p.split("::").next().unwrap_or("");
                if !first.is_empty() {
                    deps.insert(format!("{top}::{first}"));
                }
            }
        }
        deps.remove(&m);
        deps.remove("");
        g.entry(m).or_default().extend(deps);
    }
    g
}

/// A cycle through `start`, if any (depth-first search).
fn cycle_from(
    g: &BTreeMap<String, BTreeSet<String>>,
    node: &str,
    path: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(i) = path.iter().position(|p| p == node) {
        let mut c = path[i..].to_vec();
        c.push(node.to_string());
        return Some(c);
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.to_string());
    for next in g.get(node).into_iter().flatten() {
        if g.contains_key(next) {
            if let Some(c) = cycle_from(g, next, path, done) {
                return Some(c);
            }
        }
    }
    path.pop();
    done.insert(node.to_string());
    None
}

#[test]
fn no_module_uses_one_that_uses_it() {
    let g = graph();
    assert!(g.contains_key("rules::form") && g.contains_key("facts::walk"));
    let mut done = BTreeSet::new();
    for node in g.keys() {
        if let Some(c) = cycle_from(&g, node, &mut Vec::new(), &mut done) {
            panic!("module cycle: {}", c.join(" → "));
        }
    }
}

#[test]
fn the_checker_sees_a_cycle() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("a".into());
    let c = cycle_from(&g, "a", &mut Vec::new(), &mut BTreeSet::new());
    assert_eq!(c, Some(vec!["a".into(), "b".into(), "a".into()]));
}

#[test]
fn facts_never_use_rules_and_words_live_in_lang() {
    let g = graph();
    for (m, deps) in &g {
        if m.starts_with("facts") || m.starts_with("lang") || m.starts_with("recognise") {
            assert!(
                !deps.iter().any(|d| d.starts_with("rules")),
                "{m} uses the rules: {deps:?}"
            );
        }
    }
    assert!(g["context"].contains("lang"));
}
