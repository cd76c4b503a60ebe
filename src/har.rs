//! HAR files → the documents in them, for `notmine scan`. Native only.
//!
//! A HAR ("HTTP Archive", 1.2; 1.1 is read the same way) is what a
//! browser's network panel saves with "Save all as HAR": every request of a
//! visit with its response headers and, when the browser kept it, its body.
//! It is the one format that carries what a saved page loses — the
//! response headers saying a shared cache served the page
//! ([`crate::facts::cache`]) and the address it was served from — so a
//! reader who saw someone else's account can send the evidence whole.
//!
//! [`parse`] keeps the entries whose response is an HTML document, each as a
//! [`Document`] whose [`Document::snapshot`] is what scanning the same page
//! saved with a `saved from url=` comment gives, plus the response's cache
//! headers. Everything else (images, scripts, JSON, redirects) is not a
//! page and is left out without a word.
//!
//! HAR files come from people who are not developers, after an incident,
//! and are often damaged: a body the browser did not keep, a file cut off
//! by a full disk or a mail size limit. One bad entry costs that entry
//! ([`EntryError`]), never the file; a cut costs what follows the cut
//! ([`Har::cut`]). That is why the entries are read one by one with a
//! streaming parser rather than the whole file with `serde_json::from_str`,
//! which would give up on the first missing byte.

use crate::html;
use crate::snapshot::{Limits, Response, Snapshot};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::Value;
use std::io::Read;
use std::path::Path;
use thiserror::Error;

/// Size bounds of a HAR. Injectable so that tests can check them without
/// allocating gigabytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HarLimits {
    /// Largest HAR file read. The whole file is held in memory while its
    /// entries are read, and with it the documents found.
    pub max_file: u64,
    /// Largest body of one document, decoded: the CLI's bound for a saved
    /// page ([`html::MAX_PAGE`]).
    pub max_body: usize,
}

impl HarLimits {
    pub const DEFAULT: HarLimits = HarLimits {
        max_file: 1024 * 1024 * 1024,
        max_body: html::MAX_PAGE,
    };
}

impl Default for HarLimits {
    fn default() -> Self {
        HarLimits::DEFAULT
    }
}

/// The documents of a HAR file and what went wrong reading it.
#[derive(Debug, Default)]
pub struct Har {
    /// Every HTML document (or the reason it cannot be judged), in entry
    /// order. Entries that are not documents are not here.
    pub entries: Vec<Result<Document, EntryError>>,
    /// Set when `log.version` is missing or not "1.1"/"1.2". The entries
    /// are read all the same: the fields NotMine reads (`request.url`,
    /// `response.headers`, `response.content`) are the same in every
    /// version, and tools other than browsers write versions of their own.
    pub version_note: Option<String>,
    /// Set when the file breaks off or stops being JSON after its entries
    /// began ([`HarError::CutOff`], [`HarError::Broken`]): the entries
    /// before the break are in [`Har::entries`], the rest is lost.
    pub cut: Option<HarError>,
}

/// One HTML document of a HAR: its body as text, its address and the
/// cache headers of its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Index in `log.entries`, counting every entry (0-based).
    pub index: usize,
    /// `request.url`, empty when the entry has none.
    pub url: String,
    /// The body, decoded.
    pub text: String,
    /// The response's headers as the core keeps them ([`crate::facts::cache::response`]).
    pub response: Response,
}

impl Document {
    /// The snapshot the core judges: the body built as a saved page is
    /// ([`html::snapshot_from_str`]), at the entry's address, with its
    /// response. The request URL wins over any `saved from url=` comment
    /// in the body, as the first such comment wins in a saved file: it is
    /// where the browser actually got the page.
    pub fn snapshot(&self, limits: Limits) -> Snapshot {
        let mut snap = html::snapshot_from_str(&self.text, &self.url, limits);
        if !self.url.is_empty() {
            snap.url.clone_from(&self.url);
        }
        snap.response = Some(self.response.clone());
        snap
    }
}

/// Why a HAR file cannot be read, or where it stopped. Each message says
/// what to do about it.
#[derive(Debug, Error)]
pub enum HarError {
    #[error("cannot read it: {0}")]
    Io(#[from] std::io::Error),
    #[error("not a regular file (a FIFO, socket or device is not read; save the HAR to a file)")]
    NotAFile,
    #[error(
        "the HAR is {}, over the limit of {} a file; save fewer requests: clear the network \
         panel, load only the pages you need and save again",
        size_words(*size),
        size_words(*limit)
    )]
    TooLarge { size: u64, limit: u64 },
    #[error(
        "not UTF-8 text (byte {at} is not), so not a HAR file; save it from the browser's \
         network panel with \"Save all as HAR\""
    )]
    NotUtf8 { at: usize },
    #[error(
        "not JSON ({what} at line {line} column {column}), so not a HAR file; save it from the \
         browser's network panel with \"Save all as HAR\""
    )]
    NotJson {
        what: String,
        line: usize,
        column: usize,
    },
    #[error(
        "not a HAR file ({why}); save it from the browser's network panel with \
         \"Save all as HAR\""
    )]
    NotHar { why: &'static str },
    #[error("{}", cut_words(*after))]
    CutOff {
        /// The last entry read whole, if any.
        after: Option<usize>,
    },
    #[error(
        "the HAR is not JSON from line {line} column {column} on ({what}), {}; save it again \
         from the browser's network panel",
        match after {
            Some(n) => format!("after entry {n}: entries up to it were judged"),
            None => "before its first entry: nothing was judged".to_string(),
        }
    )]
    Broken {
        /// The last entry read whole, if any.
        after: Option<usize>,
        what: String,
        line: usize,
        column: usize,
    },
}

fn cut_words(after: Option<usize>) -> String {
    match after {
        Some(n) => format!(
            "the HAR is cut off after entry {n}; entries before it were judged (save the HAR \
             again, whole, to judge the rest)"
        ),
        None => "the HAR is cut off before its first entry; nothing was judged (save the HAR \
                 again, whole)"
            .to_string(),
    }
}

/// A document entry that cannot be judged, and why.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("entry {index} ({}): {problem}", if url.is_empty() { "no URL" } else { url })]
pub struct EntryError {
    /// Index in `log.entries` (0-based).
    pub index: usize,
    /// `request.url`, empty when the entry has none.
    pub url: String,
    pub problem: EntryProblem,
}

/// What is wrong with one entry.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum EntryProblem {
    /// Browsers leave out bodies they did not keep: of requests made before
    /// the network panel was opened, or evicted from its buffer.
    #[error(
        "the HAR holds no body for this document (save with content: open the network panel, \
         reload the page, then \"Save all as HAR\" again)"
    )]
    NoBody,
    #[error(
        "its body is marked base64 but is not base64 (character {at} of content.text); save the \
         HAR again from the browser"
    )]
    BadBase64 { at: usize },
    #[error(
        "its body is encoded as \"{name}\", not as text or base64, which is all a HAR holds; save \
         the HAR again from the browser"
    )]
    UnknownEncoding { name: String },
    #[error("its content.text is not a string; save the HAR again from the browser")]
    BadText,
    #[error(
        "its body is {}, over the limit of {} a page; save this page alone (\"Save page as\") \
         and scan that file",
        size_words(*size as u64),
        size_words(*limit as u64)
    )]
    TooBig { size: usize, limit: usize },
    #[error(
        "not a HAR entry (a JSON object with \"request\" and \"response\"); save the HAR again \
         from the browser"
    )]
    NotAnEntry,
    /// The entry's braces close, but inside it is not valid JSON.
    #[error("it is not valid JSON inside ({what}); save the HAR again from the browser")]
    Malformed { what: String },
}

/// Where the JSON object starting at `from` (a `{`) ends, read for its
/// structure only: strings are stepped over escape by escape without
/// decoding them, so what serde_json refuses inside a string does not
/// matter here. `None` when the text ends first or a bracket does not match.
fn object_end(text: &[u8], from: usize) -> Option<usize> {
    let mut stack: Vec<u8> = Vec::new();
    let mut i = from;
    let mut in_string = false;
    while i < text.len() {
        let b = text[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'{' => stack.push(b'}'),
                b'[' => stack.push(b']'),
                b'}' | b']' => {
                    if stack.pop() != Some(b) {
                        return None;
                    }
                    if stack.is_empty() {
                        return Some(i + 1);
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    None
}

/// The first `"url": "…"` string in an entry's text, as written (escapes
/// left as they are), or empty: for naming an entry that would not parse.
fn url_in(entry: &str) -> String {
    let Some(at) = entry.find("\"url\"") else {
        return String::new();
    };
    let rest = entry[at + 5..].trim_start();
    let Some(rest) = rest.strip_prefix(':') else {
        return String::new();
    };
    let Some(rest) = rest.trim_start().strip_prefix('"') else {
        return String::new();
    };
    let mut end = 0;
    let bytes = rest.as_bytes();
    while end < bytes.len() && bytes[end] != b'"' {
        end += if bytes[end] == b'\\' { 2 } else { 1 };
    }
    rest.get(..end.min(rest.len()))
        .unwrap_or("")
        .chars()
        .take(300)
        .collect()
}

/// A size for people: whole GiB/MiB/KiB when it is one, else bytes.
fn size_words(n: u64) -> String {
    for (unit, name) in [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")] {
        if n >= unit && n % unit == 0 {
            return format!("{} {name}", n / unit);
        }
    }
    format!("{n} bytes")
}

/// Reads the HAR file at `path`: only a regular file (a FIFO would block),
/// and nothing over [`HarLimits::max_file`] is loaded.
pub fn open(path: &Path, limits: &HarLimits) -> Result<Har, HarError> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(HarError::NotAFile);
    }
    if meta.len() > limits.max_file {
        return Err(HarError::TooLarge {
            size: meta.len(),
            limit: limits.max_file,
        });
    }
    let mut bytes = Vec::new();
    // The file may grow between the check and the read.
    std::fs::File::open(path)?
        .take(limits.max_file.saturating_add(1))
        .read_to_end(&mut bytes)?;
    parse(&bytes, limits)
}

/// Reads a HAR from its bytes. `Err` when nothing of it can be judged;
/// otherwise the documents found, with [`Har::cut`] set when the file broke
/// off after some entries.
pub fn parse(bytes: &[u8], limits: &HarLimits) -> Result<Har, HarError> {
    if bytes.len() as u64 > limits.max_file {
        return Err(HarError::TooLarge {
            size: bytes.len() as u64,
            limit: limits.max_file,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| HarError::NotUtf8 {
        at: e.valid_up_to(),
    })?;
    // Some Windows tools write a BOM; JSON has none.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Stream {
        text,
        pos: 0,
        limits,
        har: Har::default(),
        in_entries: false,
        next_index: 0,
        version: None,
        seen_log: false,
    };
    let stopped = p.top().err();
    if !p.in_entries {
        // The entries were never reached: the file is not a HAR, not JSON,
        // or shaped in a way the streaming reader does not follow. The
        // whole-file parser says which, with its own position.
        return whole(text, limits);
    }
    let after = p.next_index.checked_sub(1);
    p.har.cut = match stopped {
        None => None,
        Some(Stop::Eof) => Some(HarError::CutOff { after }),
        Some(Stop::Syntax { what, at }) => {
            let (line, column) = line_column(text, at);
            Some(HarError::Broken {
                after,
                what,
                line,
                column,
            })
        }
    };
    // A version written after the entries is lost with a cut; say nothing
    // of it then.
    if p.version.is_some() || p.har.cut.is_none() {
        p.har.version_note = version_note(p.version.as_ref());
    }
    Ok(p.har)
}

/// The whole-file way: `serde_json::from_str`, for files the streaming
/// reader could not find entries in.
fn whole(text: &str, limits: &HarLimits) -> Result<Har, HarError> {
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) if e.is_eof() => return Err(HarError::CutOff { after: None }),
        Err(e) => {
            return Err(HarError::NotJson {
                what: message_of(&e),
                line: e.line(),
                column: e.column(),
            })
        }
    };
    let Some(log) = v.as_object() else {
        return Err(HarError::NotHar {
            why: "it is JSON, but not an object with a \"log\"",
        });
    };
    let Some(log) = log.get("log").and_then(Value::as_object) else {
        return Err(HarError::NotHar {
            why: "no log.entries",
        });
    };
    let entries = match log.get("entries") {
        Some(Value::Array(a)) => a,
        Some(_) => {
            return Err(HarError::NotHar {
                why: "log.entries is not a list",
            })
        }
        None => {
            return Err(HarError::NotHar {
                why: "no log.entries",
            })
        }
    };
    Ok(Har {
        entries: entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| entry(i, e, limits))
            .collect(),
        version_note: version_note(log.get("version")),
        cut: None,
    })
}

/// What [`HarError::Broken`] and [`HarError::NotJson`] say of a serde_json
/// error, without its position (given apart, in the whole file's terms).
fn message_of(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn version_note(v: Option<&Value>) -> Option<String> {
    let what = match v {
        Some(Value::String(s)) if s == "1.1" || s == "1.2" => return None,
        Some(Value::String(s)) => format!("log.version is \"{s}\""),
        Some(other) => format!("log.version is {other}"),
        None => "the HAR has no log.version".to_string(),
    };
    Some(format!(
        "{what}, not \"1.1\" or \"1.2\"; its entries were read as HAR 1.2 (if a document \
         is missing, save the HAR again from a browser's network panel)"
    ))
}

/// 1-based line and column (in characters) of byte `at` of `text`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Why the streaming reader stopped.
enum Stop {
    /// The text ended inside the HAR.
    Eof,
    /// Not JSON, or not the shape of a HAR, at byte `at`.
    Syntax { what: String, at: usize },
}

/// Reads a HAR as a stream: the top-level object and `log` by hand, each
/// value that is not an entry skipped unread ([`IgnoredAny`]), each entry
/// parsed alone, so that the entries before a cut are kept.
struct Stream<'a, 'l> {
    text: &'a str,
    /// Byte offset of the next unread character.
    pos: usize,
    limits: &'l HarLimits,
    har: Har,
    /// `log.entries`'s `[` was read.
    in_entries: bool,
    /// Entries read whole so far.
    next_index: usize,
    version: Option<Value>,
    seen_log: bool,
}

impl Stream<'_, '_> {
    fn top(&mut self) -> Result<(), Stop> {
        self.open(b'{', "a HAR file is a JSON object")?;
        self.members(|s, key| {
            if key == "log" && !s.seen_log {
                s.seen_log = true;
                s.log()
            } else {
                s.skip()
            }
        })?;
        self.ws();
        if self.pos < self.text.len() {
            return Err(self.syntax("text after the end of the HAR"));
        }
        Ok(())
    }

    fn log(&mut self) -> Result<(), Stop> {
        self.open(b'{', "log is not an object")?;
        let mut seen_entries = false;
        self.members(|s, key| match key {
            "entries" if !seen_entries => {
                seen_entries = true;
                s.entries()
            }
            "version" if s.version.is_none() => {
                s.version = Some(s.value::<Value>()?);
                Ok(())
            }
            _ => s.skip(),
        })
    }

    fn entries(&mut self) -> Result<(), Stop> {
        self.open(b'[', "log.entries is not a list")?;
        self.in_entries = true;
        self.ws();
        if self.eat(b']') {
            return Ok(());
        }
        loop {
            self.ws();
            let start = self.pos;
            let index = self.next_index;
            match self.value::<Value>() {
                Ok(v) => {
                    self.next_index += 1;
                    if let Some(e) = entry(index, &v, self.limits) {
                        self.har.entries.push(e);
                    }
                }
                // An entry serde_json refuses inside (a lone surrogate
                // escape, a raw control character in a string) costs that
                // entry only, when its braces still say where it ends.
                Err(Stop::Syntax { what, at })
                    if self.text.as_bytes().get(start) == Some(&b'{') =>
                {
                    let Some(end) = object_end(self.text.as_bytes(), start) else {
                        // Its brackets do not say where it ends: the rest
                        // of the file cannot be told apart from it.
                        return Err(Stop::Syntax { what, at });
                    };
                    self.next_index += 1;
                    self.har.entries.push(Err(EntryError {
                        index,
                        url: url_in(&self.text[start..end]),
                        problem: EntryProblem::Malformed { what },
                    }));
                    self.pos = end;
                }
                Err(e) => return Err(e),
            }
            self.ws();
            match self.bump() {
                Some(b',') => {}
                Some(b']') => return Ok(()),
                None => return Err(Stop::Eof),
                Some(_) => {
                    self.pos -= 1;
                    return Err(self.syntax("expected ',' or ']' after an entry"));
                }
            }
        }
    }

    /// The members of an object whose `{` was read, each handed to `each`
    /// with the reader at its value.
    fn members(
        &mut self,
        mut each: impl FnMut(&mut Self, &str) -> Result<(), Stop>,
    ) -> Result<(), Stop> {
        self.ws();
        if self.eat(b'}') {
            return Ok(());
        }
        loop {
            self.ws();
            if self.pos < self.text.len() && self.peek() != Some(b'"') {
                return Err(self.syntax("expected a key"));
            }
            let key: String = self.value()?;
            self.ws();
            match self.bump() {
                Some(b':') => {}
                None => return Err(Stop::Eof),
                Some(_) => {
                    self.pos -= 1;
                    return Err(self.syntax("expected ':'"));
                }
            }
            self.ws();
            each(self, &key)?;
            self.ws();
            match self.bump() {
                Some(b',') => {}
                Some(b'}') => return Ok(()),
                None => return Err(Stop::Eof),
                Some(_) => {
                    self.pos -= 1;
                    return Err(self.syntax("expected ',' or '}'"));
                }
            }
        }
    }

    /// Passes over one value without building it.
    fn skip(&mut self) -> Result<(), Stop> {
        self.value::<IgnoredAny>().map(|_| ())
    }

    /// Parses one JSON value at the reader.
    fn value<T: DeserializeOwned>(&mut self) -> Result<T, Stop> {
        let rest = &self.text[self.pos..];
        let mut it = serde_json::Deserializer::from_str(rest).into_iter::<T>();
        match it.next() {
            None => Err(Stop::Eof),
            Some(Ok(v)) => {
                self.pos += it.byte_offset();
                Ok(v)
            }
            Some(Err(e)) if e.is_eof() => Err(Stop::Eof),
            Some(Err(e)) => Err(Stop::Syntax {
                what: message_of(&e),
                at: self.pos + offset_in(rest, e.line(), e.column()),
            }),
        }
    }

    fn open(&mut self, b: u8, why: &'static str) -> Result<(), Stop> {
        self.ws();
        if self.eat(b) {
            Ok(())
        } else if self.pos >= self.text.len() {
            Err(Stop::Eof)
        } else {
            Err(self.syntax(why))
        }
    }

    fn syntax(&self, what: &str) -> Stop {
        Stop::Syntax {
            what: what.to_string(),
            at: self.pos,
        }
    }

    fn ws(&mut self) {
        let rest = &self.text.as_bytes()[self.pos..];
        self.pos += rest
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            .count();
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.pos += 1;
        Some(b)
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
}

/// Byte offset in `text` of serde_json's 1-based line and column (a byte
/// count within the line).
fn offset_in(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (start + column.saturating_sub(1)).min(text.len())
}

/// One entry: `None` when it is not an HTML document, else the document or
/// why it cannot be judged.
fn entry(index: usize, v: &Value, limits: &HarLimits) -> Option<Result<Document, EntryError>> {
    let url = v
        .pointer("/request/url")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let fail = |problem| {
        Some(Err(EntryError {
            index,
            url: url.clone(),
            problem,
        }))
    };
    if !v.is_object() {
        return fail(EntryProblem::NotAnEntry);
    }
    let response = v.get("response");
    let headers: Vec<(&str, &str)> = response
        .and_then(|r| r.get("headers"))
        .and_then(Value::as_array)
        .map(|hs| {
            hs.iter()
                .filter_map(|h| Some((h.get("name")?.as_str()?, h.get("value")?.as_str()?)))
                .collect()
        })
        .unwrap_or_default();
    let content_type = headers
        .iter()
        .find(|(n, _)| n.trim().eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| *v);
    let content = response.and_then(|r| r.get("content"));
    let mime = content
        .and_then(|c| c.get("mimeType"))
        .and_then(Value::as_str)
        .unwrap_or("");
    // content.mimeType is what the browser made of the response; when it
    // is empty or the browser's "x-unknown", the header says it, and a
    // document the browser itself calls one is believed on its header.
    let document = v.get("_resourceType").and_then(Value::as_str) == Some("document");
    let html = is_html(mime)
        || (content_type.is_some_and(is_html)
            && (document || mime.trim().is_empty() || mime.eq_ignore_ascii_case("x-unknown")));
    if !html {
        return None;
    }
    let status = response
        .and_then(|r| r.get("status"))
        .and_then(Value::as_u64)
        .unwrap_or(200);
    // A redirect's "Moved" page is not the page a person saw. A 304 is:
    // the browser showed its stored copy, which a HAR may hold (then it is
    // judged with the 304's headers, which a cache in between may have
    // set); a 304 without it is skipped, as the page is not in the file.
    let text_of = content.and_then(|c| c.get("text"));
    if status == 304 {
        if !matches!(text_of, Some(Value::String(t)) if !t.is_empty()) {
            return None;
        }
    } else if (300..400).contains(&status) {
        return None;
    }
    let text = match text_of {
        None | Some(Value::Null) => return fail(EntryProblem::NoBody),
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return fail(EntryProblem::BadText),
    };
    let encoding = content
        .and_then(|c| c.get("encoding"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let text = if encoding.is_empty() {
        if text.len() > limits.max_body {
            return fail(EntryProblem::TooBig {
                size: text.len(),
                limit: limits.max_body,
            });
        }
        // The browser decoded it already; a BOM it kept is not content.
        text.strip_prefix('\u{feff}').unwrap_or(text).to_string()
    } else if encoding.eq_ignore_ascii_case("base64") {
        let size = base64_len(text);
        if size > limits.max_body {
            return fail(EntryProblem::TooBig {
                size,
                limit: limits.max_body,
            });
        }
        let bytes = match base64(text) {
            Ok(b) => b,
            Err(at) => return fail(EntryProblem::BadBase64 { at }),
        };
        // Bytes, as a saved file's are, but with the header's charset.
        let charset = content_type
            .and_then(charset_of)
            .or_else(|| charset_of(mime));
        html::decode_with_charset(&bytes, charset).text
    } else {
        return fail(EntryProblem::UnknownEncoding {
            name: encoding.to_string(),
        });
    };
    Some(Ok(Document {
        index,
        url,
        response: crate::facts::cache::response(headers.iter().copied()),
        text,
    }))
}

/// Whether a media type (`text/html; charset=utf-8`) is an HTML document's.
fn is_html(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("text/html")
        || essence.eq_ignore_ascii_case("application/xhtml+xml")
}

/// The `charset` parameter of a media type, unquoted.
fn charset_of(media_type: &str) -> Option<&str> {
    media_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"'))
    })
}

/// Bytes the base64 `text` decodes to, counted before decoding so that a
/// huge body is refused without allocating it.
fn base64_len(text: &str) -> usize {
    let digits = text
        .bytes()
        .filter(|b| !matches!(b, b'=' | b' ' | b'\t' | b'\r' | b'\n'))
        .count();
    digits / 4 * 3 + (digits % 4).saturating_sub(1)
}

/// Decodes base64 (RFC 4648; the URL-safe alphabet and missing padding
/// too, whitespace ignored). A few lines instead of a dependency: HAR
/// bodies are the only base64 the CLI reads. `Err` holds the offset of the
/// first character that is not base64 (a byte offset, which is the
/// character offset too: every character before it is ASCII).
fn base64(text: &str) -> Result<Vec<u8>, usize> {
    let mut out = Vec::with_capacity(base64_len(text));
    let (mut acc, mut digits, mut pad) = (0u32, 0usize, 0usize);
    let mut first_pad = None;
    for (i, b) in text.bytes().enumerate() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => {
                first_pad.get_or_insert(i);
                pad += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => return Err(i),
        };
        if pad > 0 {
            // Data after the padding.
            return Err(i);
        }
        acc = acc << 6 | u32::from(v);
        digits += 1;
        if digits % 4 == 0 {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
        }
    }
    let rest = digits % 4;
    // One digit left holds no whole byte; padding must complete a group.
    if rest == 1 || (pad > 0 && rest + pad != 4) {
        return Err(first_pad.unwrap_or(text.len()));
    }
    match rest {
        2 => out.push((acc >> 4) as u8),
        3 => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
        _ => {}
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
