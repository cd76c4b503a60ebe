//! `notmine eval`: how well NotMine does on real pages that nobody on the
//! project wrote.
//!
//! A corpus (the layout of `../shared/corpus/`) holds labelled form pages,
//! `forms/<source>/labels.json` beside the pages, and ordinary pages under
//! `pages/` where nobody is logged in. For each labelled form page three
//! variants are judged, each written as HTML so that the CLI and the
//! browsers judge the same bytes ([`variant`](crate::eval::variant)):
//!
//! * **original**: the page as it is. A warning is a false alarm.
//! * **stranger**: every labelled personal field holds a generated
//!   stranger's data ([`people::stranger`](crate::eval::people::stranger)), as a leaking cache or a
//!   mixed-up session would send it. No warning is a miss.
//! * **own**: the same fields hold the profile user's own data in the
//!   spellings sites use ([`people::own`](crate::eval::people::own)). A warning is a false alarm.
//!
//! Each is judged with the profile and without one. The labels also measure
//! the field classifier: the type NotMine gives each labelled control
//! against the labeller's.
//!
//! The corpus is a measuring stick, not a training set: nothing here may
//! know a page of it.

pub mod people;
pub mod variant;

use crate::facts::{extract, prefilled, PageFacts};
use crate::html::{decode, parse, snapshot_of_document, Origins};
use crate::kinds::{FieldType, Severity};
use crate::profile::{Owner, Profile};
use crate::rules::{judge_facts, Verdict};
use crate::snapshot::Limits;
use people::{Person, Rng};
use rayon::prelude::*;
use scraper::Html;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use variant::{fill, Fill};

/// The response headers every page is also judged with: a shared cache's
/// hit, as `X-Cache` and `Age` say it ([`crate::rules::cache`]). The corpus
/// pages were saved without headers; judged once more "as a hit", the
/// ordinary and original pages measure the cache rule's false alarms on
/// public pages that caches serve all day, and the stranger pages its reach.
pub const CACHE_HIT: &[(&str, &str)] = &[("X-Cache", "HIT"), ("Age", "412")];

/// The seed of the strangers: fixed, so that two runs measure the same pages.
pub const SEED: u64 = 0x4e4f_544d_494e_4531;

/// One labelled field of a corpus page (`labels.json`).
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    pub selector: String,
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub alt_types: Vec<String>,
}

/// Something in the corpus that could not be measured, and where.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct EvalError {
    pub file: String,
    /// The label's selector, when the error is about one label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub error: String,
}

/// The variants of a form page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Variant {
    Original,
    Stranger,
    Own,
}

impl Variant {
    pub fn name(self) -> &'static str {
        match self {
            Variant::Original => "original",
            Variant::Stranger => "stranger",
            Variant::Own => "own",
        }
    }
}

/// What the core said of one page, with the profile and without.
#[derive(Debug, Clone)]
pub struct Judged {
    pub profile: Severity,
    pub no_profile: Severity,
    /// The same page as if a shared cache had served it ([`CACHE_HIT`]),
    /// with the profile and without: what the cache rule adds.
    pub cached_profile: Severity,
    pub cached_no_profile: Severity,
    /// One line per finding with the profile (what warned).
    pub findings: Vec<String>,
    /// One line per filled field: why it was or was not judged.
    pub fields: Vec<String>,
    /// Where the variant was written, if it was.
    pub file: Option<PathBuf>,
}

/// One variant of one form page.
#[derive(Debug, Clone)]
pub struct VariantResult {
    pub variant: Variant,
    /// Labelled personal fields that were given a value.
    pub filled: usize,
    /// One of them is an email field.
    pub email: bool,
    pub judged: Judged,
}

/// One labelled field, as NotMine typed it.
#[derive(Debug, Clone)]
pub struct Typed {
    pub label: String,
    pub alt: Vec<String>,
    pub got: Option<FieldType>,
    pub file: String,
    pub selector: String,
    /// Why the classifier typed it so (its reason), for `--verbose`.
    pub why: String,
}

/// Everything measured on one form page.
#[derive(Debug, Clone)]
pub struct FormResult {
    pub source: String,
    pub page: String,
    /// The page's language (`<html lang>`'s primary subtag, lower case;
    /// empty when it names none), for typing accuracy per language.
    pub lang: String,
    pub variants: Vec<VariantResult>,
    pub typed: Vec<Typed>,
    pub errors: Vec<EvalError>,
}

/// One ordinary page (no visitor data on it).
#[derive(Debug, Clone)]
pub struct NegativeResult {
    /// The folder under `pages/` it came from.
    pub source: String,
    pub file: String,
    pub judged: Option<Judged>,
    pub error: Option<EvalError>,
}

/// How to run an evaluation.
#[derive(Debug, Clone)]
pub struct Options {
    pub profile: Profile,
    pub seed: u64,
    /// Write every variant, the profile and `variants.jsonl` here.
    pub write: Option<PathBuf>,
}

/// The whole measurement.
#[derive(Debug, Clone)]
pub struct Evaluation {
    pub forms: Vec<FormResult>,
    pub negatives: Vec<NegativeResult>,
    /// Errors that are not about one page (a missing `labels.json`).
    pub errors: Vec<EvalError>,
}

/// Label types that are not measured: the labeller did not say what the
/// field is, or it is a password (never personal data to NotMine).
fn ignored(ty: &str) -> bool {
    matches!(
        ty,
        "unknown" | "password" | "new-password" | "current-password"
    )
}

/// The NotMine types that count as right for a label type. HTML has finer
/// tokens than NotMine reports (`tel-national`, `bday-day`,
/// `cc-exp-month`); those count as their whole. A street line is
/// `street-address` or `address-line1` alike: labellers and sites use
/// both for the one field that holds street and number.
fn accepted(label: &str) -> Vec<FieldType> {
    use FieldType as T;
    match label {
        "street-address" | "address-line1" | "x-street-name" | "x-house-number" => {
            vec![T::StreetAddress, T::AddressLine1]
        }
        "address-line3" => vec![T::AddressLine2],
        l if l.starts_with("tel") && l != "tel-country-code" && l != "tel-extension" => {
            vec![T::Tel]
        }
        l if l.starts_with("bday") => vec![T::Bday],
        l if l.starts_with("cc-exp") => vec![T::CcExp],
        l => FieldType::from_token(l).into_iter().collect(),
    }
}

/// A label type NotMine should type as personal data (its accepted types
/// carry personal data).
fn personal(label: &str) -> bool {
    accepted(label).iter().any(|t| t.data_kind().is_some())
}

/// A source of labelled pages: its name, folder, and each page's labels.
type Source = (String, PathBuf, Vec<(String, Vec<Label>)>);

/// Reads `labels.json` of every source under `CORPUS/forms/`.
fn form_sources(corpus: &Path, errors: &mut Vec<EvalError>) -> Vec<Source> {
    let forms = corpus.join("forms");
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir(&forms) else {
        errors.push(EvalError {
            file: forms.display().to_string(),
            label: None,
            error: "no forms/ folder: the corpus has no labelled form pages".into(),
        });
        return out;
    };
    let mut dirs: Vec<PathBuf> = dir
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for d in dirs {
        let name = d
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let labels = d.join("labels.json");
        let parsed = std::fs::read_to_string(&labels)
            .map_err(|e| format!("cannot read it: {e}"))
            .and_then(|s| {
                serde_json::from_str::<BTreeMap<String, Vec<Label>>>(&s).map_err(|e| {
                    format!("not a labels file ({{\"page\": [{{\"selector\", \"type\"}}]}}): {e}")
                })
            });
        match parsed {
            Ok(pages) => out.push((name, d, pages.into_iter().collect())),
            Err(error) => errors.push(EvalError {
                file: labels.display().to_string(),
                label: None,
                error,
            }),
        }
    }
    out
}

/// Every `*.html`/`*.htm` under `dir`, sorted.
fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.filter_map(|e| e.ok()) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("html") || x.eq_ignore_ascii_case("htm"))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Measures NotMine on a corpus.
pub fn evaluate(corpus: &Path, opts: &Options) -> std::io::Result<Evaluation> {
    let mut errors = Vec::new();
    let sources = form_sources(corpus, &mut errors);
    if let Some(w) = &opts.write {
        std::fs::create_dir_all(w)?;
        std::fs::write(
            w.join("profile.json"),
            serde_json::to_string_pretty(&opts.profile).unwrap_or_default() + "\n",
        )?;
    }
    let jobs: Vec<(&str, &Path, &str, &[Label])> = sources
        .iter()
        .flat_map(|(name, dir, pages)| {
            pages.iter().map(move |(page, labels)| {
                (
                    name.as_str(),
                    dir.as_path(),
                    page.as_str(),
                    labels.as_slice(),
                )
            })
        })
        .collect();
    let forms: Vec<FormResult> = jobs
        .par_iter()
        .map(|&(source, dir, page, labels)| form_page(source, dir, page, labels, opts))
        .collect();
    let pages_dir = corpus.join("pages");
    let negatives: Vec<NegativeResult> = html_files(&pages_dir)
        .par_iter()
        .map(|p| negative_page(&pages_dir, p, opts))
        .collect();
    let eval = Evaluation {
        forms,
        negatives,
        errors,
    };
    if let Some(w) = &opts.write {
        std::fs::write(w.join("variants.jsonl"), manifest(&eval))?;
    }
    Ok(eval)
}

/// The judgements as `variants.jsonl`: one line per variant page and per
/// negative page, with the CLI's severities, for the browser comparison
/// (`tests/browser/eval-browsers.mjs`).
fn manifest(e: &Evaluation) -> String {
    let mut out = String::new();
    let abs = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    for f in &e.forms {
        for v in &f.variants {
            let Some(file) = &v.judged.file else { continue };
            let line = json!({
                "file": abs(file), "set": "forms", "source": f.source, "page": f.page,
                "variant": v.variant.name(), "filled": v.filled, "email": v.email,
                "cli": {"profile": v.judged.profile, "no_profile": v.judged.no_profile},
            });
            out.push_str(&line.to_string());
            out.push('\n');
        }
    }
    for n in &e.negatives {
        let Some(j) = &n.judged else { continue };
        let line = json!({
            "file": abs(Path::new(&n.file)), "set": "negatives", "source": n.source,
            "page": n.file, "variant": "negative", "filled": 0, "email": false,
            "cli": {"profile": j.profile, "no_profile": j.no_profile},
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// The elements the labels select in `doc`, numbered from 1 in label order;
/// a selector that is invalid or does not select exactly one element is
/// an error and left out.
fn locate(
    doc: &Html,
    labels: &[Label],
    file: &str,
    errors: Option<&mut Vec<EvalError>>,
) -> (Origins, Vec<Option<ego_tree::NodeId>>) {
    let mut origins = Origins::new();
    let mut ids = Vec::with_capacity(labels.len());
    let mut errs = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        let found = match scraper::Selector::parse(&l.selector) {
            Err(e) => Err(format!("not a CSS selector: {e}")),
            Ok(sel) => {
                let hits: Vec<_> = doc.select(&sel).take(2).map(|e| e.id()).collect();
                match hits.as_slice() {
                    [one] => Ok(*one),
                    [] => Err("the selector matches no element".to_string()),
                    _ => Err("the selector matches several elements".to_string()),
                }
            }
        };
        match found {
            Ok(id) => {
                origins.insert(id, i as u32 + 1);
                ids.push(Some(id));
            }
            Err(error) => {
                errs.push(EvalError {
                    file: file.to_string(),
                    label: Some(l.selector.clone()),
                    error,
                });
                ids.push(None);
            }
        }
    }
    if let Some(e) = errors {
        e.extend(errs);
    }
    (origins, ids)
}

/// Judges page bytes as `notmine scan` would, with the labelled elements
/// marked, and explains each filled field.
/// What a labelled control was typed as, and the classifier's reason.
type TypedAs = (Option<FieldType>, String);

fn judge_bytes(
    bytes: &[u8],
    url: &str,
    labels: &[Label],
    filled: &[usize],
    profile: &Profile,
) -> (Judged, Option<(Vec<TypedAs>, String)>) {
    let text = decode(bytes).text;
    let parsed = parse(&text);
    let (origins, _) = locate(&parsed.doc, labels, url, None);
    let snap = snapshot_of_document(&parsed, &text, url, Limits::DEFAULT, &origins);
    let facts = extract(&snap);
    let with = judge_facts(&snap, &facts, profile);
    let without = judge_facts(&snap, &facts, &Profile::default());
    // As a cache hit: the cache rule on the same facts (the response is
    // read by that rule only), after the others, as judge_facts runs it.
    let hit = crate::facts::cache::response(CACHE_HIT.iter().copied());
    let as_hit = |v: &Verdict, p: &Profile| {
        let mut v = v.clone();
        let m = p.matcher().on_page(facts.country);
        crate::rules::cache::judge(
            Some(&hit),
            &facts,
            &m,
            crate::rules::cache::Known::Nothing,
            &mut v,
        );
        v.severity
    };
    let cached_profile = as_hit(&with, profile);
    let cached_no_profile = as_hit(&without, &Profile::default());
    let fields = filled
        .iter()
        .map(|&i| explain(&facts, i as u32 + 1, &labels[i], profile))
        .collect();
    let types = labels
        .iter()
        .enumerate()
        .map(|(i, _)| {
            facts
                .controls
                .iter()
                .find(|c| c.el.origin == i as u32 + 1)
                .map_or((None, String::new()), |c| {
                    (c.class.ty, c.class.reason.clone())
                })
        })
        .collect();
    (
        Judged {
            profile: with.severity,
            no_profile: without.severity,
            cached_profile,
            cached_no_profile,
            findings: describe(&with),
            fields,
            file: None,
        },
        Some((types, crate::lang::primary_subtag(&snap.lang))),
    )
}

/// The language most of a page's typed fields were read in (the
/// classifier names it after a label it read: `label "Улица:" (ru)`), for
/// a page whose `<html lang>` says nothing; empty when no label was read
/// in one language.
fn labels_language(typed: &[Typed]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for t in typed {
        let code = t
            .why
            .strip_suffix(')')
            .and_then(|w| w.rsplit_once('('))
            .map(|(_, c)| c)
            .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase()));
        if let Some(c) = code {
            *counts.entry(c).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .map(|(c, _)| c.to_string())
        .unwrap_or_default()
}

/// `{key: {fields, accuracy}}` over `(key, typed right)` pairs, by key.
fn accuracy_by<'k>(fields: impl Iterator<Item = (&'k str, bool)>) -> Value {
    let mut by: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (k, ok) in fields {
        let e = by.entry(k).or_default();
        e.0 += 1;
        e.1 += usize::from(ok);
    }
    Value::Object(
        by.into_iter()
            .map(|(k, (n, ok))| (k.to_string(), json!({"fields": n, "accuracy": rate(ok, n)})))
            .collect(),
    )
}

fn describe(v: &Verdict) -> Vec<String> {
    v.findings
        .iter()
        .map(|f| {
            let field = f
                .field
                .as_ref()
                .map(|r| format!(" \"{}\"", r.label))
                .unwrap_or_default();
            format!("{} {}{}: {}", f.severity, f.kind, field, f.reason())
        })
        .collect()
}

/// Why a filled field was or was not judged: the facts the verdict read.
fn explain(facts: &PageFacts<'_>, origin: u32, label: &Label, profile: &Profile) -> String {
    let head = format!("{} ({})", label.selector, label.ty);
    let Some(c) = facts.controls.iter().find(|c| c.el.origin == origin) else {
        return format!("{head}: not a form control NotMine reads");
    };
    let ty = c
        .class
        .ty
        .map_or("no type".to_string(), |t| t.token().to_string());
    let why = if c.hidden {
        "hidden".to_string()
    } else if c.own_choice {
        "in an own-choice section".to_string()
    } else {
        match prefilled(c, facts.country) {
            None => "value not taken as data (placeholder, sample, or not a value of its type)"
                .to_string(),
            Some((kind, raw)) => match profile.matcher().on_page(facts.country).owner(kind, &raw) {
                Owner::Own => format!("judged: {kind}, the user's own"),
                Owner::Stranger => format!("judged: {kind}, a stranger's"),
                Owner::Unknown => format!("judged: {kind}, owner unknown"),
            },
        }
    };
    format!("{head} typed {ty} ({}): {why}", c.class.reason)
}

fn form_page(source: &str, dir: &Path, page: &str, labels: &[Label], opts: &Options) -> FormResult {
    let path = dir.join(page);
    let file = path.display().to_string();
    let mut result = FormResult {
        source: source.to_string(),
        page: page.to_string(),
        lang: String::new(),
        variants: Vec::new(),
        typed: Vec::new(),
        errors: Vec::new(),
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            result.errors.push(EvalError {
                file,
                label: None,
                error: format!("cannot read the page: {e}"),
            });
            return result;
        }
    };
    let text = decode(&bytes).text;
    let stranger = people::stranger(&mut Rng::for_item(opts.seed, &format!("{source}/{page}")));
    let own = people::own(
        &opts.profile,
        Rng::for_item(opts.seed, &format!("own {source}/{page}")).below(12),
    );
    for variant in [Variant::Original, Variant::Stranger, Variant::Own] {
        let mut doc = parse(&text).doc;
        let errs = (variant == Variant::Original).then_some(&mut result.errors);
        let (_, ids) = locate(&doc, labels, &file, errs);
        let person: Option<&Person> = match variant {
            Variant::Original => None,
            Variant::Stranger => Some(&stranger),
            Variant::Own => Some(&own),
        };
        let fills: Vec<(usize, Fill)> = match person {
            None => Vec::new(),
            Some(p) => labels
                .iter()
                .zip(&ids)
                .enumerate()
                .filter_map(|(i, (l, id))| {
                    // A field the labeller took for either ("username or
                    // email") is written as the personal type it may be.
                    let id = (*id)?;
                    let f = std::iter::once(&l.ty)
                        .chain(&l.alt_types)
                        .find_map(|ty| fill(&mut doc, id, ty, p))?;
                    Some((i, f))
                })
                .collect(),
        };
        if variant != Variant::Original && fills.is_empty() {
            continue;
        }
        let out_bytes = match variant {
            Variant::Original => bytes.clone(),
            _ => variant::serialize(&doc),
        };
        let out_path = opts.write.as_ref().map(|w| {
            let rel = Path::new(page).with_extension("");
            w.join("forms")
                .join(source)
                .join(format!("{}.{}.html", rel.display(), variant.name()))
        });
        let url = out_path.as_ref().map_or_else(
            || format!("{file}#{}", variant.name()),
            |p| p.display().to_string(),
        );
        if let Some(p) = &out_path {
            let written = p
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|_| std::fs::write(p, &out_bytes));
            if let Err(e) = written {
                result.errors.push(EvalError {
                    file: p.display().to_string(),
                    label: None,
                    error: format!("cannot write the variant: {e}"),
                });
            }
        }
        let filled: Vec<usize> = fills.iter().map(|(i, _)| *i).collect();
        let (mut judged, types) = judge_bytes(&out_bytes, &url, labels, &filled, &opts.profile);
        judged.file = out_path;
        if variant == Variant::Original {
            if let Some((types, lang)) = types {
                result.lang = lang;
                result.typed = labels
                    .iter()
                    .zip(types)
                    .zip(&ids)
                    .filter(|(_, id)| id.is_some())
                    .map(|((l, (got, why)), _)| Typed {
                        label: l.ty.clone(),
                        alt: l.alt_types.clone(),
                        got,
                        why,
                        file: file.clone(),
                        selector: l.selector.clone(),
                    })
                    .collect();
                if result.lang.is_empty() {
                    result.lang = labels_language(&result.typed);
                }
            }
        }
        result.variants.push(VariantResult {
            variant,
            filled: fills.len(),
            email: fills.iter().any(|(_, f)| f.email),
            judged,
        });
    }
    result
}

fn negative_page(pages_dir: &Path, path: &Path, opts: &Options) -> NegativeResult {
    let file = path.display().to_string();
    let source = path
        .strip_prefix(pages_dir)
        .ok()
        .and_then(|r| r.components().next())
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .unwrap_or_default();
    match std::fs::read(path) {
        Ok(bytes) => NegativeResult {
            source,
            judged: Some(judge_bytes(&bytes, &file, &[], &[], &opts.profile).0),
            file,
            error: None,
        },
        Err(e) => NegativeResult {
            source,
            error: Some(EvalError {
                file: file.clone(),
                label: None,
                error: format!("cannot read the page: {e}"),
            }),
            file,
            judged: None,
        },
    }
}

/// A rate, or null when nothing was counted.
fn rate(n: usize, of: usize) -> Value {
    if of == 0 {
        Value::Null
    } else {
        json!((n as f64 / of as f64 * 10000.0).round() / 10000.0)
    }
}

/// The form figures over some form results.
fn form_figures<'a>(forms: impl Iterator<Item = &'a FormResult> + Clone) -> Map<String, Value> {
    let measured: Vec<&FormResult> = forms.clone().filter(|f| !f.variants.is_empty()).collect();
    let variant = |v: Variant| {
        measured
            .iter()
            .filter_map(move |f| f.variants.iter().find(|x| x.variant == v))
    };
    let warned = |s: Severity| s != Severity::None;
    let strangers: Vec<&VariantResult> = variant(Variant::Stranger).collect();
    let no_email: Vec<&&VariantResult> = strangers.iter().filter(|v| !v.email).collect();
    let originals: Vec<&VariantResult> = variant(Variant::Original).collect();
    let owns: Vec<&VariantResult> = variant(Variant::Own).collect();
    let typed: Vec<&Typed> = forms
        .clone()
        .flat_map(|f| &f.typed)
        .filter(|t| !ignored(&t.label))
        .collect();
    let right = |t: &Typed| {
        let got = t.got;
        std::iter::once(&t.label)
            .chain(&t.alt)
            .any(|l| got.is_some_and(|g| accepted(l).contains(&g)))
    };
    let pers: Vec<&&Typed> = typed.iter().filter(|t| personal(&t.label)).collect();
    let nonpers: Vec<&&Typed> = typed
        .iter()
        .filter(|t| !personal(&t.label) && !t.alt.iter().any(|a| personal(a)))
        .collect();
    let misfires = nonpers
        .iter()
        .filter(|t| t.got.is_some_and(|g| g.data_kind().is_some()))
        .count();
    let per_type = accuracy_by(pers.iter().map(|t| (t.label.as_str(), right(t))));
    // Per page language: the languages a source's forms are written in,
    // each measured on its own (a language's words missing from
    // `src/lang` show here first). Pages that name no language count as "".
    let per_lang = accuracy_by(forms.clone().flat_map(|f| {
        f.typed
            .iter()
            .filter(|t| !ignored(&t.label) && personal(&t.label))
            .map(move |t| (f.lang.as_str(), right(t)))
    }));
    let mut m = Map::new();
    m.insert("pages".into(), json!(measured.len()));
    m.insert("filled".into(), json!(strangers.len()));
    m.insert("filled_no_email".into(), json!(no_email.len()));
    m.insert(
        "recall".into(),
        rate(
            strangers
                .iter()
                .filter(|v| warned(v.judged.profile))
                .count(),
            strangers.len(),
        ),
    );
    m.insert(
        "recall_no_email".into(),
        rate(
            no_email.iter().filter(|v| warned(v.judged.profile)).count(),
            no_email.len(),
        ),
    );
    m.insert(
        "recall_no_profile".into(),
        rate(
            strangers
                .iter()
                .filter(|v| warned(v.judged.no_profile))
                .count(),
            strangers.len(),
        ),
    );
    m.insert(
        "false_alarms_original".into(),
        rate(
            originals
                .iter()
                .filter(|v| warned(v.judged.profile))
                .count(),
            originals.len(),
        ),
    );
    m.insert(
        "false_alarms_original_no_profile".into(),
        rate(
            originals
                .iter()
                .filter(|v| warned(v.judged.no_profile))
                .count(),
            originals.len(),
        ),
    );
    m.insert(
        "false_alarms_own".into(),
        rate(
            owns.iter().filter(|v| warned(v.judged.profile)).count(),
            owns.len(),
        ),
    );
    // As a shared-cache hit (CACHE_HIT): a stranger's page warns without a
    // profile; an untouched form or the user's own data with the profile
    // must not.
    m.insert(
        "recall_cached_no_profile".into(),
        rate(
            strangers
                .iter()
                .filter(|v| warned(v.judged.cached_no_profile))
                .count(),
            strangers.len(),
        ),
    );
    m.insert(
        "recall_cached_high_no_profile".into(),
        rate(
            strangers
                .iter()
                .filter(|v| v.judged.cached_no_profile == Severity::High)
                .count(),
            strangers.len(),
        ),
    );
    m.insert(
        "false_alarms_original_cached".into(),
        rate(
            originals
                .iter()
                .filter(|v| warned(v.judged.cached_profile) || warned(v.judged.cached_no_profile))
                .count(),
            originals.len(),
        ),
    );
    // The cache rule's own false alarms: original pages that warn as a hit
    // and warned neither way without it.
    m.insert(
        "false_alarms_original_cached_new".into(),
        rate(
            originals
                .iter()
                .filter(|v| {
                    (warned(v.judged.cached_profile) || warned(v.judged.cached_no_profile))
                        && !warned(v.judged.profile)
                        && !warned(v.judged.no_profile)
                })
                .count(),
            originals.len(),
        ),
    );
    m.insert(
        "recall_high_no_profile".into(),
        rate(
            strangers
                .iter()
                .filter(|v| v.judged.no_profile == Severity::High)
                .count(),
            strangers.len(),
        ),
    );
    m.insert(
        "false_alarms_own_cached".into(),
        rate(
            owns.iter()
                .filter(|v| warned(v.judged.cached_profile))
                .count(),
            owns.len(),
        ),
    );
    m.insert("fields".into(), json!(typed.len()));
    m.insert(
        "typing_accuracy".into(),
        rate(pers.iter().filter(|t| right(t)).count(), pers.len()),
    );
    m.insert("typing_misfires".into(), rate(misfires, nonpers.len()));
    m.insert("typing_per_type".into(), per_type);
    m.insert("typing_per_language".into(), per_lang);
    m.insert(
        "errors".into(),
        json!(forms.clone().map(|f| f.errors.len()).sum::<usize>()),
    );
    m
}

fn negative_figures<'a>(
    negs: impl Iterator<Item = &'a NegativeResult> + Clone,
) -> Map<String, Value> {
    let judged: Vec<&Judged> = negs.clone().filter_map(|n| n.judged.as_ref()).collect();
    let mut m = Map::new();
    m.insert("pages".into(), json!(judged.len()));
    m.insert(
        "false_alarms_profile".into(),
        rate(
            judged
                .iter()
                .filter(|j| j.profile != Severity::None)
                .count(),
            judged.len(),
        ),
    );
    m.insert(
        "false_alarms_no_profile".into(),
        rate(
            judged
                .iter()
                .filter(|j| j.no_profile != Severity::None)
                .count(),
            judged.len(),
        ),
    );
    m.insert(
        "false_alarms_cached".into(),
        rate(
            judged
                .iter()
                .filter(|j| {
                    j.cached_profile != Severity::None || j.cached_no_profile != Severity::None
                })
                .count(),
            judged.len(),
        ),
    );
    m.insert(
        "errors".into(),
        json!(negs.filter(|n| n.error.is_some()).count()),
    );
    m
}

impl Evaluation {
    /// Every error, in corpus order.
    pub fn all_errors(&self) -> Vec<&EvalError> {
        self.errors
            .iter()
            .chain(self.forms.iter().flat_map(|f| &f.errors))
            .chain(self.negatives.iter().filter_map(|n| n.error.as_ref()))
            .collect()
    }

    /// The figures, as `notmine eval --format json` prints them.
    pub fn figures(&self) -> Value {
        let mut sources = Map::new();
        let mut names: Vec<&str> = self.forms.iter().map(|f| f.source.as_str()).collect();
        names.dedup();
        for s in names {
            sources.insert(
                s.to_string(),
                Value::Object(form_figures(self.forms.iter().filter(|f| f.source == s))),
            );
        }
        let mut negs: Vec<&str> = self.negatives.iter().map(|n| n.source.as_str()).collect();
        negs.dedup();
        for s in negs {
            sources.insert(
                format!("pages/{s}"),
                Value::Object(negative_figures(
                    self.negatives.iter().filter(|n| n.source == s),
                )),
            );
        }
        json!({
            "forms": form_figures(self.forms.iter()),
            "negatives": negative_figures(self.negatives.iter()),
            "sources": sources,
            "errors": self.all_errors(),
        })
    }

    /// Every miss and false alarm, with what the core saw: one block each.
    pub fn mistakes(&self) -> Vec<String> {
        let mut out = Vec::new();
        for f in &self.forms {
            for v in &f.variants {
                let j = &v.judged;
                let what = match v.variant {
                    Variant::Stranger if j.profile == Severity::None => "MISS (profile)",
                    Variant::Stranger if j.no_profile == Severity::None => "MISS (no profile)",
                    Variant::Original | Variant::Own if j.profile != Severity::None => {
                        "FALSE ALARM"
                    }
                    _ => continue,
                };
                let mut block = format!(
                    "{what} {}/{} [{}] profile {} / no profile {}",
                    f.source,
                    f.page,
                    v.variant.name(),
                    j.profile,
                    j.no_profile
                );
                for l in j.findings.iter().chain(&j.fields) {
                    block.push_str("\n    ");
                    block.push_str(l);
                }
                out.push(block);
            }
        }
        for t in self.forms.iter().flat_map(|f| &f.typed) {
            if ignored(&t.label) {
                continue;
            }
            let right = std::iter::once(&t.label)
                .chain(&t.alt)
                .any(|l| t.got.is_some_and(|g| accepted(l).contains(&g)));
            let misfire = !personal(&t.label)
                && !t.alt.iter().any(|a| personal(a))
                && t.got.is_some_and(|g| g.data_kind().is_some());
            if (personal(&t.label) && !right) || misfire {
                out.push(format!(
                    "MISTYPED {} {} labelled {}{} typed {} ({})",
                    t.file,
                    t.selector,
                    t.label,
                    if t.alt.is_empty() {
                        String::new()
                    } else {
                        format!(" (or {})", t.alt.join(", "))
                    },
                    t.got.map_or("nothing", FieldType::token),
                    t.why
                ));
            }
        }
        for n in &self.negatives {
            let Some(j) = &n.judged else { continue };
            if j.profile == Severity::None && j.no_profile == Severity::None {
                continue;
            }
            let mut block = format!(
                "FALSE ALARM {} [negative] profile {} / no profile {}",
                n.file, j.profile, j.no_profile
            );
            for l in &j.findings {
                block.push_str("\n    ");
                block.push_str(l);
            }
            out.push(block);
        }
        out
    }
}

/// Floors for CI: `{"min": {"forms.recall": 0.95}, "max": {...}}`, dotted
/// paths into [`Evaluation::figures`]. Returns what broke, in words.
pub fn check_floors(figures: &Value, floors: &Value) -> Result<Vec<String>, String> {
    let mut broken = Vec::new();
    for (bound, cmp) in [("min", true), ("max", false)] {
        let Some(map) = floors.get(bound) else {
            continue;
        };
        let Some(map) = map.as_object() else {
            return Err(format!("\"{bound}\" must be an object of \"path\": number"));
        };
        for (path, limit) in map {
            let limit = limit
                .as_f64()
                .ok_or_else(|| format!("{bound}.{path}: the limit must be a number"))?;
            let got = path
                .split('.')
                .try_fold(figures, |v, k| v.get(k))
                .and_then(Value::as_f64)
                .ok_or_else(|| format!("{path}: no such figure"))?;
            let ok = if cmp { got >= limit } else { got <= limit };
            if !ok {
                broken.push(format!(
                    "{path} = {got} is {} the floor {limit}",
                    if cmp { "below" } else { "above" }
                ));
            }
        }
    }
    Ok(broken)
}

#[cfg(test)]
mod tests;
