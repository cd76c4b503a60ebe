//! `notmine`: scan saved pages for someone else's personal data.
//!
//! ```text
//! notmine scan [--profile FILE] [--format jsonl|text|html] PATH...
//! ```
//!
//! A `PATH` is a saved page, a HAR file (`*.har`: every HTML document in it,
//! with its address and response headers, see `notmine::har`) or a
//! directory of them.
//!
//! Exit status: 0 when no page warns, 1 when some page warns, 2 on a usage
//! error (bad flag, unreadable or invalid profile) or when a page, a HAR or
//! one of its documents cannot be read. Those are reported on stderr and as
//! an `{"path", "error"}` line, and the other pages are still scanned.

/// mimalloc rather than the system's allocator: a scan allocates and frees
/// millions of small strings and nodes per second (the parser's, the
/// snapshot's, the walk's), and glibc's malloc and free were 15 % of a scan
/// of the corpus pages (BENCHMARKS.md). The floor it is measured against,
/// examples/parse_only.rs, uses the same allocator.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use anyhow::{Context, Result};
    use clap::{Parser, Subcommand, ValueEnum};
    use notmine::har::{self, HarLimits};
    use notmine::html::{snapshot_from_bytes, MAX_PAGE};
    use notmine::incident::{self, Incident, PeopleKey, RecordInput, Trigger};
    use notmine::report::{ErrorLine, ScanLine};
    use notmine::rules::explain::{explain as explain_page, Explanation};
    use notmine::rules::{judge, Place, Verdict};
    use notmine::snapshot::Limits;
    use notmine::{Profile, Severity, Snapshot};
    use rayon::prelude::*;
    use sha2::{Digest, Sha256};
    use std::io::{IsTerminal, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    /// Files are read in parallel from this many on; below it, threads cost
    /// more than they save.
    const PARALLEL_FROM: usize = 8;

    /// Largest file read whole. A bigger one is read up to this size. The
    /// same bound refuses a bigger document in a HAR file.
    const MAX_FILE: u64 = MAX_PAGE as u64;

    #[derive(Parser)]
    #[command(
        name = "notmine",
        version,
        about = "Warns when a page shows someone else's personal data"
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Scan saved pages: HTML files, HAR files, or directories of them.
        ///
        /// A directory is searched for *.html, *.htm and *.har. A HAR file
        /// (a browser's "Save all as HAR", HAR 1.2 or 1.1) is read entry by
        /// entry: each HTML document in it is judged with the address it was
        /// requested from and its response headers, which can say that a
        /// shared cache served someone else's page. Its lines have
        /// "path": "FILE.har#N" (N: the entry's index in log.entries, from 0)
        /// and "url". Other entries (images, scripts, JSON, redirects) are
        /// skipped. A document that cannot be judged (its body not kept, not
        /// valid base64, over 256 MiB) gets an error line naming the entry; a
        /// HAR cut off or broken keeps the entries before the break and gets
        /// an error line of its own.
        ///
        /// Exit status: 0 when no page warns, 1 when some page warns, 2 on a
        /// usage error or when a page, HAR or document could not be read
        /// (the rest is still scanned).
        Scan {
            /// Your own data, as JSON: {"names": [...], "emails": [...], "phones": [...],
            /// "addresses": [{"street", "postal_code", "city", "country"}], "birth_dates": [...],
            /// "customer_numbers": [...]}
            #[arg(long, value_name = "FILE")]
            profile: Option<PathBuf>,
            /// Output format: one JSON object per page, or a report for people.
            #[arg(long, value_enum, default_value_t = Format::Jsonl)]
            format: Format,
            /// For testers: say for every form control whether its value was
            /// judged and why (not) — hidden, a placeholder or sample, typed
            /// by the user, in an address book, not a value of its type —
            /// and list the values the page's text shows (greetings,
            /// labelled values) the same way. JSON: "judged" and "why" on
            /// every entry of "fields", and "shown".
            #[arg(long)]
            explain: bool,
            /// Pages judged at once, one thread each (default: the
            /// machine's cores). `-j 1` judges them one after another on
            /// this thread.
            #[arg(short = 'j', long = "threads", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
            threads: Option<u16>,
            /// Saved pages, HAR files (*.har) or directories to scan.
            #[arg(required = true, value_name = "PATH")]
            paths: Vec<PathBuf>,
        },
        /// Measure accuracy on a corpus of real, labelled pages (the layout
        /// of ../shared/corpus: forms/<source>/labels.json beside the pages,
        /// and pages/**.html where nobody is logged in).
        ///
        /// Each labelled form page is judged as it is (original), with every
        /// labelled personal field holding a generated stranger (stranger),
        /// and holding the profile's user in the spellings sites use (own);
        /// each with the profile and without one. Without --profile the
        /// user is the built-in Katrin Vogelsang, katrin.vogelsang@posteo.de,
        /// +49 1520 3948571, Gneisenaustraße 41, 10961 Berlin, born
        /// 1986-03-14.
        ///
        /// Exit status: 0 when measured, 1 when a --floors limit is broken,
        /// 2 on usage errors. Pages and labels that cannot be measured are
        /// reported and counted; the rest is still measured.
        Eval {
            /// Your own data, as for `scan` (default: the built-in user).
            #[arg(long, value_name = "FILE")]
            profile: Option<PathBuf>,
            /// Output format: a report for people, or one JSON object.
            #[arg(long, value_enum, default_value_t = EvalFormat::Text)]
            format: EvalFormat,
            /// List every miss and false alarm with what NotMine saw.
            #[arg(long)]
            verbose: bool,
            /// Also write every variant page, the profile and variants.jsonl
            /// (each page's CLI verdicts) here, for the browser comparison.
            #[arg(long, value_name = "DIR")]
            write: Option<PathBuf>,
            /// Fail (exit 1) when a figure passes a limit in this JSON file:
            /// {"min": {"forms.recall": 0.95}, "max": {"negatives.false_alarms_profile": 0.01}}.
            #[arg(long, value_name = "FILE")]
            floors: Option<PathBuf>,
            /// The corpus folder.
            #[arg(value_name = "CORPUS")]
            corpus: PathBuf,
        },
        /// Check incident records (the extension's JSON export, a list of
        /// records, or one record): each record's SHA-256 against its
        /// content, and its Ed25519 signature against the public key it
        /// carries. One line per record; the key's fingerprint is printed,
        /// to compare with the one the extension's log shows.
        ///
        /// Exit status: 0 when every record is intact (signed or not), 1 when
        /// any was altered, 2 when a file cannot be read as records.
        Verify {
            /// Exported or stored records, as JSON.
            #[arg(required = true, value_name = "FILE")]
            files: Vec<PathBuf>,
        },
        /// Print the page snapshot the core judges (docs/snapshot.md), one
        /// JSON object per file or HAR document: what the extension's content
        /// script must produce for the same page.
        Snapshot {
            /// Files or directories.
            #[arg(required = true, value_name = "PATH")]
            paths: Vec<PathBuf>,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum EvalFormat {
        Text,
        Json,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Jsonl,
        Text,
        /// One self-contained HTML report of every page that shows
        /// someone else's data (the extension's incident report).
        Html,
    }

    pub fn main() -> ExitCode {
        let cli = match Cli::try_parse() {
            Ok(c) => c,
            Err(e) => {
                let _ = e.print();
                // clap: help and version are successes, the rest usage errors.
                return if e.use_stderr() {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                };
            }
        };
        match run(cli) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("notmine: {e:#}");
                ExitCode::from(2)
            }
        }
    }

    fn run(cli: Cli) -> Result<ExitCode> {
        let (profile, format, explain, threads, paths) = match cli.command {
            Command::Scan {
                profile,
                format,
                explain,
                threads,
                paths,
            } => (profile, format, explain, threads, paths),
            Command::Snapshot { paths } => return snapshots(&paths),
            Command::Verify { files } => return verify(&files),
            Command::Eval {
                profile,
                format,
                verbose,
                write,
                floors,
                corpus,
            } => return eval(profile, format, verbose, write, floors, &corpus),
        };
        let profile = match profile {
            Some(p) => load_profile(&p)?,
            None => Profile::default(),
        };
        let jobs = expand(collect(&paths));
        let now = incident::now_utc();
        let key = run_key(&now);
        // A bug in the core must cost one page, not the whole scan: the
        // page gets an error line, the rest are judged.
        let judge_page = |label: &str, url: Option<&str>, make: &dyn Fn() -> Snapshot| {
            let judged = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let snap = make();
                let v = judge(&snap, &profile);
                let why = explain.then(|| Box::new(explain_page(&snap, &profile)));
                let rec = (matches!(format, Format::Html) && v.warn)
                    .then(|| Box::new(scan_record(label, url, snap, &profile, &key, &now)));
                (v, why, rec)
            }));
            match judged {
                Ok((v, why, rec)) => {
                    Outcome::Done(label.to_string(), url.map(str::to_string), v, why, rec)
                }
                Err(_) => Outcome::Error(
                    label.to_string(),
                    "internal error while judging this page (a bug in notmine; \
                     please report it with the page)"
                        .to_string(),
                ),
            }
        };
        let scan = |job: &Job| -> Outcome {
            match job {
                Job::Failed { label, error } => Outcome::Error(label.clone(), error.clone()),
                Job::File(p) => {
                    let label = p.display().to_string();
                    match read(p) {
                        Ok(bytes) => judge_page(&label, None, &|| {
                            snapshot_from_bytes(&bytes, &label, Limits::DEFAULT)
                        }),
                        Err(e) => Outcome::Error(label, format!("{e:#}")),
                    }
                }
                Job::Doc { label, doc } => {
                    judge_page(label, Some(&doc.url), &|| doc.snapshot(Limits::DEFAULT))
                }
            }
        };
        let threads = threads.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            usize::from,
        );
        let outcomes: Vec<Outcome> = if threads > 1 && jobs.len() >= PARALLEL_FROM {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .context("could not start the scan's threads: try `-j 1`")?
                .install(|| jobs.par_iter().map(scan).collect())
        } else {
            jobs.iter().map(scan).collect()
        };

        let stdout = std::io::stdout();
        let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let mut any_warn = false;
        let (mut pages, mut warned, mut failed) = (0, 0, 0);
        for o in &outcomes {
            match o {
                Outcome::Done(path, url, v, why, _) => {
                    pages += 1;
                    if v.warn {
                        any_warn = true;
                        warned += 1;
                    }
                    match format {
                        Format::Jsonl => {
                            let line = ScanLine::new(path, v);
                            let line = match url {
                                Some(u) => line.with_url(u),
                                None => line,
                            };
                            let line = match why {
                                Some(e) => line.explained(e),
                                None => line,
                            };
                            writeln!(out, "{}", line.to_json())?
                        }
                        Format::Text => {
                            let shown = match url {
                                Some(u) => format!("{path} ({u})"),
                                None => path.clone(),
                            };
                            write_text(&mut out, &shown, v, colour)?;
                            if let Some(e) = why {
                                write_explanation(&mut out, e, colour)?;
                            }
                        }
                        Format::Html => {}
                    }
                }
                Outcome::Error(path, e) => {
                    failed += 1;
                    let path = path.clone();
                    eprintln!("notmine: cannot scan {path}: {e}");
                    if let Format::Jsonl = format {
                        let line = ErrorLine {
                            path,
                            error: e.clone(),
                        };
                        writeln!(out, "{}", serde_json::to_string(&line)?)?;
                    }
                }
            }
        }
        if let Format::Text = format {
            writeln!(
                out,
                "{pages} page(s) scanned, {warned} warn, {failed} could not be read"
            )?;
        }
        if let Format::Html = format {
            let records: Vec<Incident> = outcomes
                .into_iter()
                .filter_map(|o| match o {
                    Outcome::Done(_, _, _, _, rec) => rec.map(|r| *r),
                    Outcome::Error(..) => None,
                })
                .collect();
            out.write_all(notmine::export::to_html(&records, false, &now).as_bytes())?;
            eprintln!(
                "notmine: {pages} page(s) scanned, {warned} in the report, {failed} could not be read"
            );
        }
        out.flush()?;
        // As grep does: a page that could not be read is an error (2) even
        // when others warn, so that "0: no page warns" and "1: some page
        // warns" are only ever said of a scan that read every page. Every
        // other page is still scanned and printed.
        Ok(if failed > 0 {
            ExitCode::from(2)
        } else if any_warn {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }

    /// `notmine verify`: one line per record, exit 1 on any altered one.
    fn verify(files: &[PathBuf]) -> Result<ExitCode> {
        use notmine::incident::SignatureCheck;
        let mut altered = 0;
        let mut n = 0;
        for f in files {
            let text = std::fs::read_to_string(f)
                .with_context(|| format!("cannot read {}", f.display()))?;
            let v: serde_json::Value = serde_json::from_str(&text).with_context(|| {
                format!("{} is not JSON: export the records again", f.display())
            })?;
            let list = match v {
                serde_json::Value::Object(ref m) if m.contains_key("records") => {
                    m["records"].as_array().cloned().unwrap_or_default()
                }
                serde_json::Value::Array(a) => a,
                other => vec![other],
            };
            for r in list {
                n += 1;
                let rec = match Incident::from_value(r) {
                    Ok(rec) => rec,
                    Err(e) => anyhow::bail!("{}: record {n} cannot be read: {e}", f.display()),
                };
                let hash_ok = rec.verify();
                let sig = rec.check_signature();
                let (word, what) = match (&sig, hash_ok) {
                    (SignatureCheck::Invalid { why }, _) => {
                        ("ALTERED", format!("signature: {why}"))
                    }
                    (_, false) => (
                        "ALTERED",
                        "the SHA-256 does not match the content".to_string(),
                    ),
                    (SignatureCheck::Valid { key }, true) => {
                        ("ok", format!("hash matches, signed by key {key}"))
                    }
                    (SignatureCheck::Unsigned, true) => (
                        "ok",
                        "hash matches, not signed (anyone could have made it)".to_string(),
                    ),
                };
                if word != "ok" {
                    altered += 1;
                }
                println!("{word:<8} {}  {}  {what}", rec.id, rec.recorded_at);
            }
        }
        println!("{n} record(s), {altered} altered");
        Ok(if altered > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }

    /// A record of a saved page or a HAR's document for the HTML report.
    fn scan_record(
        label: &str,
        url: Option<&str>,
        snap: Snapshot,
        profile: &Profile,
        key: &PeopleKey,
        now: &str,
    ) -> Incident {
        let id = {
            let h = Sha256::digest(format!("{label}\n{now}").as_bytes());
            let x: String = h.iter().take(16).map(|b| format!("{b:02x}")).collect();
            format!(
                "{}-{}-{}-{}-{}",
                &x[..8],
                &x[8..12],
                &x[12..16],
                &x[16..20],
                &x[20..32]
            )
        };
        let input = RecordInput {
            local_time: now.to_string(),
            time_zone: "UTC".to_string(),
            note: match url {
                Some(u) => format!("HAR entry {label}, requested from {u}"),
                None => format!("saved page {label}"),
            },
            extension_version: format!("notmine {}", env!("CARGO_PKG_VERSION")),
            ..RecordInput::of_page(id, Trigger::Scan, now.to_string(), snap)
        };
        incident::record(input, profile, key).expect("the CLI's own inputs are well-formed")
    }

    /// A key for counting people within one report: from the time and the
    /// process, never stored (the CLI keeps nothing between runs).
    fn run_key(now: &str) -> PeopleKey {
        let seed = format!(
            "{now}\n{}\n{:?}",
            std::process::id(),
            std::time::Instant::now()
        );
        PeopleKey::from_bytes(Sha256::digest(seed.as_bytes()).into())
    }

    fn snapshots(paths: &[PathBuf]) -> Result<ExitCode> {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let mut failed = false;
        for job in expand(collect(paths)) {
            let snap = match job {
                Job::File(p) => match read(&p) {
                    Ok(bytes) => {
                        snapshot_from_bytes(&bytes, &p.display().to_string(), Limits::DEFAULT)
                    }
                    Err(e) => {
                        eprintln!("notmine: cannot read {}: {e:#}", p.display());
                        failed = true;
                        continue;
                    }
                },
                Job::Doc { doc, .. } => doc.snapshot(Limits::DEFAULT),
                Job::Failed { label, error } => {
                    eprintln!("notmine: cannot read {label}: {error}");
                    failed = true;
                    continue;
                }
            };
            writeln!(out, "{}", serde_json::to_string(&snap)?)?;
        }
        out.flush()?;
        Ok(if failed {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        })
    }

    fn eval(
        profile: Option<PathBuf>,
        format: EvalFormat,
        verbose: bool,
        write: Option<PathBuf>,
        floors: Option<PathBuf>,
        corpus: &Path,
    ) -> Result<ExitCode> {
        use notmine::eval::{self, Options};
        if !corpus.is_dir() {
            anyhow::bail!(
                "{}: not a folder; give a corpus in the layout of ../shared/corpus \
                 (forms/<source>/labels.json and pages/)",
                corpus.display()
            );
        }
        let profile = match profile {
            Some(p) => load_profile(&p)?,
            None => Profile::from_json(eval::people::DEFAULT_PROFILE)
                .context("the built-in profile is invalid (a bug in notmine)")?,
        };
        let floors = floors
            .map(|f| -> Result<serde_json::Value> {
                let text = std::fs::read_to_string(&f)
                    .with_context(|| format!("cannot read the floors file {}", f.display()))?;
                serde_json::from_str(&text).with_context(|| format!("{} is not JSON", f.display()))
            })
            .transpose()?;
        let opts = Options {
            profile,
            seed: eval::SEED,
            write: write.clone(),
        };
        let e = eval::evaluate(corpus, &opts).with_context(|| match &write {
            Some(w) => format!("cannot write the variants to {}", w.display()),
            None => "the evaluation failed".to_string(),
        })?;
        let fig = e.figures();
        let mut out = std::io::stdout().lock();
        match format {
            EvalFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&fig)?)?,
            EvalFormat::Text => {
                if verbose {
                    for m in e.mistakes() {
                        writeln!(out, "{m}")?;
                    }
                    for err in e.all_errors() {
                        writeln!(
                            out,
                            "ERROR {}{}: {}",
                            err.file,
                            err.label
                                .as_deref()
                                .map(|l| format!(" [{l}]"))
                                .unwrap_or_default(),
                            err.error
                        )?;
                    }
                    writeln!(out)?;
                }
                write!(out, "{}", eval_report(&fig))?;
            }
        }
        if let Some(floors) = floors {
            let broken = eval::check_floors(&fig, &floors)
                .map_err(|e| anyhow::anyhow!("the floors file: {e}"))?;
            if !broken.is_empty() {
                for b in &broken {
                    eprintln!("notmine eval: {b}");
                }
                return Ok(ExitCode::from(1));
            }
            eprintln!("notmine eval: every figure within its floor");
        }
        Ok(ExitCode::SUCCESS)
    }

    /// The figures as a table for people.
    fn eval_report(fig: &serde_json::Value) -> String {
        use std::fmt::Write as _;
        let pct = |v: &serde_json::Value| {
            v.as_f64()
                .map_or("–".to_string(), |x| format!("{:.1} %", x * 100.0))
        };
        let mut s = String::new();
        let forms = &fig["forms"];
        let negs = &fig["negatives"];
        let _ = writeln!(
            s,
            "Form pages: {} measured, {} with a stranger filled in ({} without an email field)",
            forms["pages"], forms["filled"], forms["filled_no_email"]
        );
        for (k, what) in [
            ("recall", "stranger pages warned, with the profile"),
            ("recall_no_email", "  of them without an email field"),
            (
                "recall_no_profile",
                "stranger pages warned without a profile (at least low)",
            ),
            (
                "false_alarms_original",
                "original pages warned, with the profile",
            ),
            (
                "false_alarms_original_no_profile",
                "original pages warned, without a profile",
            ),
            (
                "false_alarms_own",
                "own-data pages warned, with the profile",
            ),
            (
                "recall_high_no_profile",
                "stranger pages warned high without a profile",
            ),
            (
                "recall_cached_high_no_profile",
                "stranger pages served as a shared-cache hit warned high, without a profile",
            ),
            (
                "false_alarms_original_cached",
                "original pages served as a shared-cache hit warned (either way)",
            ),
            (
                "false_alarms_original_cached_new",
                "  of them warned only as a hit",
            ),
            (
                "false_alarms_own_cached",
                "own-data pages served as a shared-cache hit warned, with the profile",
            ),
            ("typing_accuracy", "personal fields typed right"),
            ("typing_misfires", "non-personal fields typed personal"),
        ] {
            let _ = writeln!(s, "  {:>8}  {what}", pct(&forms[k]));
        }
        let _ = writeln!(s, "Ordinary pages: {}", negs["pages"]);
        let _ = writeln!(
            s,
            "  {:>8}  warned, with the profile",
            pct(&negs["false_alarms_profile"])
        );
        let _ = writeln!(
            s,
            "  {:>8}  warned, without a profile",
            pct(&negs["false_alarms_no_profile"])
        );
        let _ = writeln!(
            s,
            "  {:>8}  warned as a shared-cache hit (X-Cache: HIT, Age: 412), either way",
            pct(&negs["false_alarms_cached"])
        );
        let _ = writeln!(s, "Per source:");
        if let Some(src) = fig["sources"].as_object() {
            for (name, f) in src {
                if f.get("recall").is_some() {
                    let _ = writeln!(
                        s,
                        "  {name}: {} pages, recall {}, no profile {}, false alarms original {} / own {}, typing {}",
                        f["pages"], pct(&f["recall"]), pct(&f["recall_no_profile"]),
                        pct(&f["false_alarms_original"]), pct(&f["false_alarms_own"]),
                        pct(&f["typing_accuracy"])
                    );
                } else {
                    let _ = writeln!(
                        s,
                        "  {name}: {} pages, false alarms {} with profile / {} without",
                        f["pages"],
                        pct(&f["false_alarms_profile"]),
                        pct(&f["false_alarms_no_profile"])
                    );
                }
            }
        }
        let _ = writeln!(s, "Typing per page language (<html lang>, else the language its labels were read in; \"?\": neither):");
        if let Some(src) = fig["sources"].as_object() {
            for (name, f) in src {
                let Some(langs) = f["typing_per_language"].as_object() else {
                    continue;
                };
                let cells: Vec<String> = langs
                    .iter()
                    .map(|(lang, v)| {
                        let lang = if lang.is_empty() { "?" } else { lang };
                        format!("{lang} {} ({})", pct(&v["accuracy"]), v["fields"])
                    })
                    .collect();
                let _ = writeln!(s, "  {name}: {}", cells.join(", "));
            }
        }
        let _ = writeln!(s, "Typing per labelled type:");
        if let Some(t) = forms["typing_per_type"].as_object() {
            for (ty, v) in t {
                let _ = writeln!(
                    s,
                    "  {:>8}  {ty} ({} fields)",
                    pct(&v["accuracy"]),
                    v["fields"]
                );
            }
        }
        let errors = fig["errors"].as_array().map_or(0, Vec::len);
        let _ = writeln!(
            s,
            "Errors: {errors} (pages or labels that could not be measured; --verbose lists them)"
        );
        s
    }

    fn load_profile(p: &Path) -> Result<Profile> {
        let text = std::fs::read_to_string(p)
            .with_context(|| format!("cannot read the profile {}", p.display()))?;
        Profile::from_json(&text).with_context(|| format!("in the profile {}", p.display()))
    }

    enum Input {
        File(PathBuf),
        Missing(PathBuf, String),
    }

    /// One page to judge, or one line saying why something cannot be.
    enum Job {
        /// A saved page, read when it is judged (so that reading, too, runs
        /// in parallel).
        File(PathBuf),
        /// A document of a HAR file; `label` is `FILE.har#N`.
        Doc { label: String, doc: har::Document },
        /// A path, HAR file or HAR entry that cannot be judged.
        Failed { label: String, error: String },
    }

    enum Outcome {
        /// The page (its path, or `FILE.har#N`), the address a HAR entry
        /// was requested from, its verdict, its explanation (`--explain`)
        /// and its record (`--format html`, when it warns).
        Done(
            String,
            Option<String>,
            Verdict,
            Option<Box<Explanation>>,
            Option<Box<Incident>>,
        ),
        Error(String, String),
    }

    /// Turns the inputs into jobs, in order: a saved page stays one job; a
    /// HAR file is read here, whole, and becomes one job per HTML document
    /// (in entry order), one error per entry that cannot be judged, and an
    /// error for the file when it is cut off after them. A HAR whose
    /// `log.version` is not 1.1 or 1.2 is still read, with a note on stderr.
    ///
    /// HARs are read before any page is judged, so that their documents
    /// are judged in parallel with everything else.
    fn expand(inputs: Vec<Input>) -> Vec<Job> {
        let mut jobs = Vec::with_capacity(inputs.len());
        for input in inputs {
            match input {
                Input::Missing(p, error) => jobs.push(Job::Failed {
                    label: p.display().to_string(),
                    error,
                }),
                Input::File(p) if is_har(&p) => {
                    let file = p.display().to_string();
                    let h = match har::open(&p, &HarLimits::DEFAULT) {
                        Ok(h) => h,
                        Err(e) => {
                            jobs.push(Job::Failed {
                                label: file,
                                error: e.to_string(),
                            });
                            continue;
                        }
                    };
                    if let Some(note) = &h.version_note {
                        eprintln!("notmine: note: {file}: {note}");
                    }
                    if h.entries.is_empty() && h.cut.is_none() {
                        eprintln!(
                            "notmine: note: {file}: no HTML document in it (only images, scripts, data or redirects); save the HAR with the page's own request in it"
                        );
                    }
                    for e in h.entries {
                        jobs.push(match e {
                            Ok(doc) => Job::Doc {
                                label: format!("{file}#{}", doc.index),
                                doc,
                            },
                            Err(e) => Job::Failed {
                                label: format!("{file}#{}", e.index),
                                error: e.to_string(),
                            },
                        });
                    }
                    if let Some(cut) = h.cut {
                        jobs.push(Job::Failed {
                            label: file,
                            error: cut.to_string(),
                        });
                    }
                }
                Input::File(p) => jobs.push(Job::File(p)),
            }
        }
        jobs
    }

    /// Expands directories into their *.html / *.htm / *.har files, sorted,
    /// so the output order is stable.
    fn collect(paths: &[PathBuf]) -> Vec<Input> {
        let mut out = Vec::new();
        for p in paths {
            if p.is_dir() {
                let mut found = Vec::new();
                let mut stack = vec![p.clone()];
                while let Some(dir) = stack.pop() {
                    let entries = match std::fs::read_dir(&dir) {
                        Ok(e) => e,
                        Err(e) => {
                            out.push(Input::Missing(
                                dir.clone(),
                                format!("cannot list the directory: {e}"),
                            ));
                            continue;
                        }
                    };
                    for entry in entries.flatten() {
                        let path = entry.path();
                        let Ok(ft) = entry.file_type() else { continue };
                        if ft.is_dir() {
                            stack.push(path);
                        } else if is_html(&path) || is_har(&path) {
                            found.push(path);
                        }
                    }
                }
                found.sort();
                out.extend(found.into_iter().map(Input::File));
            } else if p.exists() {
                out.push(Input::File(p.clone()));
            } else {
                out.push(Input::Missing(
                    p.clone(),
                    "no such file or directory".into(),
                ));
            }
        }
        out
    }

    fn is_html(p: &Path) -> bool {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
    }

    /// A HAR file is read as one, whatever its case (`.HAR` from Windows).
    fn is_har(p: &Path) -> bool {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("har"))
    }

    fn read(p: &Path) -> Result<Vec<u8>> {
        use std::io::Read;
        // Opening a FIFO blocks until someone writes to it, and a device
        // can be endless: only regular files are read.
        let meta = std::fs::metadata(p).context("cannot read it")?;
        if !meta.is_file() {
            anyhow::bail!(
                "not a regular file (a FIFO, socket or device is not read; save the page to a file)"
            );
        }
        let f = std::fs::File::open(p).context("cannot open it")?;
        let mut bytes = Vec::new();
        f.take(MAX_FILE)
            .read_to_end(&mut bytes)
            .context("cannot read it")?;
        Ok(bytes)
    }

    /// `--format text --explain`: every control, then every shown value,
    /// one line each: judged or not, its type or kind, its label, why.
    fn write_explanation(
        out: &mut impl Write,
        e: &Explanation,
        colour: bool,
    ) -> std::io::Result<()> {
        let (dim, reset) = if colour {
            ("\x1b[2m", "\x1b[0m")
        } else {
            ("", "")
        };
        let mark = |judged: bool| if judged { "judged" } else { "skipped" };
        if !e.fields.is_empty() {
            writeln!(out, "  {dim}fields:{reset}")?;
        }
        for f in &e.fields {
            let ty = f.ty.map_or_else(|| "-".to_string(), |t| t.to_string());
            let name = f.name.as_deref().or(f.id.as_deref()).unwrap_or("");
            writeln!(
                out,
                "    {:<7} {:<16} {:<18} {dim}{}{reset}",
                mark(f.judged),
                ty,
                if f.label.is_empty() { name } else { &f.label },
                f.why
            )?;
        }
        if !e.shown.is_empty() {
            writeln!(out, "  {dim}shown:{reset}")?;
        }
        for s in &e.shown {
            writeln!(
                out,
                "    {:<7} {:<16} {:<18} {dim}{} \"{}\": {}{reset}",
                mark(s.judged),
                s.kind.token(),
                s.value,
                s.how,
                s.label,
                s.why
            )?;
        }
        Ok(())
    }

    fn write_text(
        out: &mut impl Write,
        path: &str,
        v: &Verdict,
        colour: bool,
    ) -> std::io::Result<()> {
        let (red, yellow, green, dim, reset) = if colour {
            ("\x1b[1;31m", "\x1b[33m", "\x1b[32m", "\x1b[2m", "\x1b[0m")
        } else {
            ("", "", "", "", "")
        };
        if v.warn {
            let c = if v.severity == Severity::High {
                red
            } else {
                yellow
            };
            writeln!(
                out,
                "{c}WARN {}{reset}  {path}",
                v.severity.token().to_uppercase()
            )?;
            for f in &v.findings {
                let place = match (&f.field, f.place) {
                    (Some(r), Place::EmbeddedData) => format!("embedded data {}", r.label),
                    (Some(r), _) => format!("field \"{}\"", r.label),
                    (None, Place::AccountView) => "account view".to_string(),
                    (None, Place::FormField) => "form".to_string(),
                    (None, Place::EmbeddedData) => "embedded data".to_string(),
                };
                writeln!(out, "  {:<15} {:<18} {}", f.kind.token(), f.value, place)?;
                writeln!(out, "  {dim}{:<15} {}{reset}", "", f.reason())?;
            }
        } else {
            writeln!(out, "{green}ok{reset}        {path}")?;
        }
        for n in &v.notes {
            writeln!(out, "  {dim}note: {n}{reset}")?;
        }
        Ok(())
    }
}
