//! People in the data a page embeds but does not show.
//!
//! Pages built by JavaScript frameworks send the state they render from
//! along with the HTML: Next.js in `<script id="__NEXT_DATA__"
//! type="application/json">`, Redux and Apollo apps as
//! `window.__INITIAL_STATE__ = {…}` in an inline script. When a server
//! caches or mixes up a session, the customer record lands there as surely
//! as on screen — and everyone who loads the page receives it, whether or
//! not the page draws it. The snapshot carries those scripts' text
//! ([`crate::snapshot::DataBlock`]); this module finds the JSON in them and
//! the person records in the JSON.
//!
//! A JSON tree holds far more than people: products, articles, the shop's
//! own address, reviews with their authors. Only data under a key that
//! means "the customer this page is for" is read ([`context::self_data()`]:
//! `currentUser`, `viewer`, `customer`, `billingAddress`, …; a bare `user`
//! or `profile` only on an account page or inside a session object, since
//! on a public profile page `user` is whoever the page is about). Under it,
//! lists are not read (saved addresses, orders, family members are more
//! than the user), nor anything under a key naming other people
//! ([`context::others_data()`]: authors, friends, the shipping recipient).
//! Each value's key is classified like a form field's `name`
//! ([`fields::classify_identifier`]) and its value checked like a
//! pre-filled field's ([`validate`](fn@crate::facts::validate)), so `"firstName": "Vorname"` is no one.
//!
//! `application/ld+json` is not read: it is the page's public description
//! for search engines (its organisation, its author), never a session.

use crate::context::{self, mentions_folded};
use crate::facts::validate_in;
use crate::fields;
use crate::kinds::DataKind;
use crate::recognise::is_not_data;
use crate::snapshot::{DataBlock, Snapshot};
use serde_json::Value;
use std::borrow::Cow;

/// JSON values visited per page, at most: a guard for huge state trees.
const MAX_VISITED: usize = 200_000;
/// Assignments read per inline script.
const MAX_ASSIGNMENTS: usize = 32;

/// Bytes of bracket counting allowed per byte of a script, in all: the
/// search for `name = {…}` stays linear in the script's size. Without a
/// bound, a script of `x={x={x={…` (never closed) is scanned to its end
/// once per `=`: a 1 MB one took minutes. Real pages' assignments use far
/// less (each object is scanned once, and a script is rarely more than a
/// few assignments).
const SCAN_PER_BYTE: usize = 4;

/// One person record found in embedded data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbeddedPerson {
    /// Which script: `script #__NEXT_DATA__`, `script window.__STATE__`.
    pub source: String,
    /// The key path of the record (`props.pageProps.customer`).
    pub path: String,
    pub values: Vec<EmbeddedValue>,
}

/// A personal value in a person record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbeddedValue {
    pub kind: DataKind,
    pub raw: String,
    /// The value's full key path (`props.pageProps.customer.email`).
    pub key: String,
}

impl EmbeddedPerson {
    /// The record as a person reads where it is: script and key path.
    pub fn describe(&self) -> String {
        if self.path.is_empty() {
            self.source.clone()
        } else {
            format!("{} › {}", self.source, self.path)
        }
    }
}

impl EmbeddedValue {
    /// Where the value is, as a person reads it: the script and the key.
    pub fn place(&self, source: &str) -> String {
        format!("{source} › {}", self.key)
    }
}

/// The person records in `snap`'s embedded data. `account_view`: the page
/// is about the user's account, so a bare `user` or `profile` is them.
pub fn people(
    snap: &Snapshot,
    account_view: bool,
    country: Option<&'static crate::lang::countries::Country>,
) -> Vec<EmbeddedPerson> {
    let mut w = Walk {
        account_view,
        country,
        skip: 0,
        visited: 0,
        out: Vec::new(),
    };
    for (i, block) in snap.data.iter().enumerate() {
        for (source, root, json) in roots(block, i) {
            let mut path: Vec<String> = root.into_iter().collect();
            // A variable naming other people (`window.__AUTHORS__`) is not
            // read, nor parsed.
            let Some(ctx) = Ctx::default().enter(&path, account_view) else {
                continue;
            };
            let Ok(value) = serde_json::from_str::<Value>(&json) else {
                continue;
            };
            w.skip = path.len();
            w.value(&source, &value, &mut path, ctx);
        }
    }
    w.out
        .into_iter()
        .filter(|p| p.values.len() >= 2 || p.values.iter().any(|v| v.kind == DataKind::Email))
        .collect()
}

/// The JSON texts of a block, each with its source label and (for a
/// script assignment) the name it is assigned to, which starts the path.
fn roots(block: &DataBlock, index: usize) -> Vec<(String, Option<String>, Cow<'_, str>)> {
    let ty = block.type_.as_deref().unwrap_or("");
    if ty == "application/ld+json" {
        return Vec::new();
    }
    if ty.ends_with("json") {
        let source = match &block.id {
            Some(id) => format!("script #{id}"),
            None => format!("script {} (#{})", ty, index + 1),
        };
        return vec![(source, None, Cow::Borrowed(block.text.as_str()))];
    }
    assignments(&block.text)
        .into_iter()
        .map(|(name, json)| (format!("script {name}"), Some(name.to_string()), json))
        .collect()
}

/// `name = {…}` and `name = JSON.parse("…")` in script text: the target's
/// name and the JSON text. The object is cut out by bracket counting (aware
/// of strings), then must parse as JSON; JavaScript object literals that
/// are not JSON (unquoted keys, functions) fail to parse and are skipped.
/// `JSON.parse` string arguments are decoded from JavaScript string syntax.
fn assignments(text: &str) -> Vec<(&str, Cow<'_, str>)> {
    assignments_within(text, &mut (SCAN_PER_BYTE * text.len() + 4096))
}

/// [`assignments`] with a budget of bytes of bracket counting; stops
/// looking once it is spent (what was found stays).
fn assignments_within<'t>(text: &'t str, budget: &mut usize) -> Vec<(&'t str, Cow<'t, str>)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while out.len() < MAX_ASSIGNMENTS {
        let Some(off) = text[from..].find('=') else {
            break;
        };
        let eq = from + off;
        from = eq + 1;
        // Not `==`, `=>`, `<=`, `>=`, `!=`, `+=` and the like.
        if matches!(b.get(eq + 1), Some(b'=' | b'>'))
            || (eq > 0 && b"=!<>+-*/%&|^?".contains(&b[eq - 1]))
        {
            continue;
        }
        let name = target_name(&text[..eq]);
        if name.is_empty() {
            continue;
        }
        let rest = text[eq + 1..].trim_start();
        let start = text.len() - rest.len();
        if rest.starts_with('{') {
            match balanced(&b[start..], budget) {
                Some(end) => {
                    out.push((name, Cow::Borrowed(&text[start..start + end])));
                    from = start + end;
                }
                None if *budget == 0 => break,
                None => {}
            }
        } else if let Some(arg) = rest.strip_prefix("JSON.parse(") {
            if let Some((s, used)) = js_string(arg) {
                out.push((name, Cow::Owned(s)));
                from = text.len() - arg.len() + used;
            }
        }
    }
    out
}

/// The assignment target just before `=`: `window.__STATE__`,
/// `__STATE__` (after `var`/`let`/`const`), `self.data`. Empty when what
/// precedes is not a name (an attribute in a string, an index).
fn target_name(before: &str) -> &str {
    let t = before.trim_end();
    let start = t
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.')
        .last()
        .map_or(t.len(), |(i, _)| i);
    let name = t[start..].trim_matches('.');
    let first = name.chars().next();
    if first.is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$') {
        name
    } else {
        ""
    }
}

/// Length of the bracketed value starting at `b[0]` (`{` or `[`), counting
/// brackets outside string literals; `None` when it never closes or the
/// `budget` of bytes to look at runs out (it is left at 0 then).
fn balanced(b: &[u8], budget: &mut usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        if *budget == 0 {
            return None;
        }
        *budget -= 1;
        let c = b[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'"' | b'\'' | b'`' => quote = Some(c),
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(i + 1);
                    }
                }
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// A JavaScript string literal at the start of `s` (after optional
/// whitespace): its decoded value and the bytes it used.
fn js_string(s: &str) -> Option<(String, usize)> {
    let lead = s.len() - s.trim_start().len();
    let mut chars = s[lead..].char_indices();
    let (_, q) = chars.next()?;
    if !matches!(q, '"' | '\'' | '`') {
        return None;
    }
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            c if c == q => return Some((out, lead + i + c.len_utf8())),
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'v' => out.push('\u{b}'),
                    '0' => out.push('\0'),
                    'x' => {
                        let h: String = (0..2).filter_map(|_| chars.next().map(|x| x.1)).collect();
                        out.push(char::from_u32(u32::from_str_radix(&h, 16).ok()?)?);
                    }
                    'u' => {
                        let h: String = (0..4).filter_map(|_| chars.next().map(|x| x.1)).collect();
                        let hi = u32::from_str_radix(&h, 16).ok()?;
                        let c = if (0xD800..0xDC00).contains(&hi) {
                            // A surrogate pair: `\uD83D\uDE00`.
                            let tail: String =
                                (0..6).filter_map(|_| chars.next().map(|x| x.1)).collect();
                            let lo = u32::from_str_radix(tail.strip_prefix("\\u")?, 16).ok()?;
                            char::from_u32(
                                0x10000 + ((hi - 0xD800) << 10) + (lo.checked_sub(0xDC00)?),
                            )
                        } else {
                            char::from_u32(hi)
                        };
                        out.push(c.unwrap_or('\u{FFFD}'));
                    }
                    other => out.push(other),
                }
            }
            c => out.push(c),
        }
    }
    None
}

/// Where in the tree the walk is.
#[derive(Debug, Clone, Copy, Default)]
struct Ctx {
    /// Path length at which the current person record starts.
    record: Option<usize>,
    /// Under a key naming the visitor's session.
    session: bool,
}

impl Ctx {
    /// The context below the last key of `path`, or `None` when that key
    /// names other people and nothing below is read.
    fn below(self, key: &str, depth: usize, account_view: bool) -> Option<Ctx> {
        let padded = context::padded_fold(key);
        if mentions_folded(&padded, context::others_data()) {
            return None;
        }
        let mut c = self;
        c.session |= mentions_folded(&padded, context::session_data());
        if c.record.is_none()
            && (mentions_folded(&padded, context::self_data())
                || ((account_view || self.session)
                    && mentions_folded(&padded, context::self_data_weak())))
        {
            c.record = Some(depth);
        }
        Some(c)
    }

    /// The context after the assignment name that starts a path, or `None`
    /// when that name (its last part) names other people, as [`Ctx::below`].
    fn enter(self, path: &[String], account_view: bool) -> Option<Ctx> {
        match path.first() {
            Some(name) => {
                let last = name.rsplit('.').next().unwrap_or(name);
                self.below(last, 1, account_view)
            }
            None => Some(self),
        }
    }
}

struct Walk {
    account_view: bool,
    /// The country the page says it is in (its phone format is read first).
    country: Option<&'static crate::lang::countries::Country>,
    /// Path segments that only name the script's variable (it is in the
    /// source label already): 1 for an assignment, 0 for a JSON block.
    skip: usize,
    visited: usize,
    out: Vec<EmbeddedPerson>,
}

impl Walk {
    fn value(&mut self, source: &str, v: &Value, path: &mut Vec<String>, ctx: Ctx) {
        self.visited += 1;
        if self.visited > MAX_VISITED {
            return;
        }
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    path.push(k.clone());
                    if let Some(c) = ctx.below(k, path.len(), self.account_view) {
                        match child {
                            Value::String(_) | Value::Number(_) => {
                                if c.record.is_some() {
                                    self.scalar(source, k, child, path, c);
                                }
                            }
                            _ => self.value(source, child, path, c),
                        }
                    }
                    path.pop();
                }
            }
            // A list inside a person record is more than the person (their
            // saved addresses, orders, family); outside one, it may hold the
            // record (`queries[0].state.data.customer`).
            Value::Array(items) if ctx.record.is_none() => {
                for (i, item) in items.iter().enumerate() {
                    path.push(i.to_string());
                    self.value(source, item, path, ctx);
                    path.pop();
                }
            }
            _ => {}
        }
    }

    fn scalar(&mut self, source: &str, key: &str, v: &Value, path: &[String], ctx: Ctx) {
        let Some(ty) = fields::classify_identifier(key) else {
            return;
        };
        let text = match v {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return,
        };
        if is_not_data(&text, &[key]) {
            return;
        }
        let Some((kind, raw)) = validate_in(ty, &text, self.country) else {
            return;
        };
        // A scalar right under the record's key (`customerEmail`) makes
        // the record the object holding it.
        let end = ctx.record.unwrap_or(path.len()).min(path.len() - 1);
        let skip = self.skip.min(end);
        let record = path[skip..end].join(".");
        let key = path[skip..].join(".");
        let person = match self
            .out
            .iter_mut()
            .find(|p| p.source == source && p.path == record)
        {
            Some(p) => p,
            None => {
                self.out.push(EmbeddedPerson {
                    source: source.to_string(),
                    path: record,
                    values: Vec::new(),
                });
                self.out.last_mut().expect("just pushed")
            }
        };
        if !person.values.iter().any(|x| x.kind == kind && x.raw == raw) {
            person.values.push(EmbeddedValue { kind, raw, key });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The people of a page that names no country.
    fn people(snap: &Snapshot, account_view: bool) -> Vec<EmbeddedPerson> {
        super::people(snap, account_view, None)
    }

    fn snap(blocks: &[(Option<&str>, Option<&str>, &str)], title: &str) -> Snapshot {
        Snapshot {
            schema: 1,
            title: title.into(),
            data: blocks
                .iter()
                .map(|(t, id, text)| DataBlock {
                    type_: t.map(str::to_string),
                    id: id.map(str::to_string),
                    text: text.to_string(),
                })
                .collect(),
            ..Snapshot::default()
        }
    }

    fn found(p: &[EmbeddedPerson]) -> Vec<(String, String, DataKind, String)> {
        p.iter()
            .flat_map(|p| {
                p.values
                    .iter()
                    .map(|v| (p.source.clone(), v.key.clone(), v.kind, v.raw.clone()))
            })
            .collect()
    }

    const NEXT: &str = r#"{"props":{"pageProps":{
        "customer":{"id":81723,"firstName":"Jonas","lastName":"Brenner","email":"jonas.brenner@web.de",
          "address":{"street":"Parkstraße 88","zip":"79102","city":"Freiburg"},
          "orders":[{"shippingAddress":{"name":"Petra Lindqvist"}}]},
        "product":{"name":"Galaxy S1","price":499},
        "reviews":[{"author":{"name":"Max Mustermann","email":"max@example.org"}}]}}}"#;

    #[test]
    fn next_data_customer_is_read_with_its_path() {
        let p = people(
            &snap(
                &[(Some("application/json"), Some("__NEXT_DATA__"), NEXT)],
                "Bestellung",
            ),
            false,
        );
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].source, "script #__NEXT_DATA__");
        assert_eq!(p[0].path, "props.pageProps.customer");
        let got = found(&p);
        let keys: Vec<(&str, DataKind, &str)> = got
            .iter()
            .map(|(_, k, d, r)| (k.as_str(), *d, r.as_str()))
            .collect();
        assert_eq!(
            keys,
            vec![
                (
                    "props.pageProps.customer.address.city",
                    DataKind::City,
                    "Freiburg"
                ),
                (
                    "props.pageProps.customer.address.street",
                    DataKind::Street,
                    "Parkstraße 88"
                ),
                (
                    "props.pageProps.customer.address.zip",
                    DataKind::PostalCode,
                    "79102"
                ),
                (
                    "props.pageProps.customer.email",
                    DataKind::Email,
                    "jonas.brenner@web.de"
                ),
                (
                    "props.pageProps.customer.firstName",
                    DataKind::Name,
                    "Jonas"
                ),
                (
                    "props.pageProps.customer.lastName",
                    DataKind::Name,
                    "Brenner"
                ),
            ]
        );
    }

    #[test]
    fn state_assigned_in_an_inline_script_is_read() {
        let js = r#"
          window.dataLayer = window.dataLayer || [];
          if (a == b) { x = 1; }
          window.__INITIAL_STATE__ = {"session":{"user":{"name":"Petra Lindqvist","email":"p.lindqvist@gmx.de"}}};
          var cfg = {apiBase: "/api"};
        "#;
        let p = people(&snap(&[(None, None, js)], "Start"), false);
        let got = found(&p);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "script window.__INITIAL_STATE__");
        assert!(got
            .iter()
            .any(|g| g.1 == "session.user.email" && g.3 == "p.lindqvist@gmx.de"));
    }

    #[test]
    fn json_parse_strings_are_decoded() {
        let js = r#"window.__APP__ = JSON.parse("{\"customer\":{\"email\":\"k.vogel\u0040posteo.de\",\"name\":\"K\u00e4the Vogel\"}}");"#;
        let got = found(&people(&snap(&[(Some("module"), None, js)], ""), false));
        let raws: Vec<&str> = got.iter().map(|g| g.3.as_str()).collect();
        assert_eq!(raws, vec!["k.vogel@posteo.de", "Käthe Vogel"]);
    }

    #[test]
    fn a_bare_user_is_the_visitor_only_on_their_account_page() {
        let json = r#"{"user":{"name":"Petra Lindqvist","email":"p.lindqvist@gmx.de"}}"#;
        let s = snap(&[(Some("application/json"), None, json)], "");
        assert!(people(&s, false).is_empty(), "a public profile page");
        assert_eq!(people(&s, true).len(), 1);
    }

    #[test]
    fn others_lists_and_search_metadata_are_not_read() {
        let json = r#"{"currentUser":{"contacts":{"email":"a@b.de","name":"Ann Other"},
            "addresses":[{"street":"Hauptstraße 1","city":"Berlin"}]},
            "customers":{"email":"x@y.de","name":"Xaver Ypsilon"}}"#;
        let ld = r#"{"@type":"Person","customer":{"name":"Jonas Brenner","email":"j@b.de"}}"#;
        let s = snap(
            &[
                (Some("application/json"), None, json),
                (Some("application/ld+json"), None, ld),
            ],
            "",
        );
        assert!(people(&s, true).is_empty(), "{:?}", people(&s, true));
    }

    #[test]
    fn placeholders_and_single_fragments_are_no_one() {
        let json = r#"{"customer":{"firstName":"Vorname","lastName":"Nachname","email":"name@example.com"},
                       "account":{"firstName":"Katrin"}}"#;
        let s = snap(&[(Some("application/json"), None, json)], "");
        assert!(
            found(&people(&s, true)).is_empty(),
            "{:?}",
            people(&s, true)
        );
    }

    #[test]
    fn broken_or_hostile_scripts_are_skipped() {
        let blocks = [
            (
                Some("application/json"),
                None,
                "{\"customer\": {\"email\": ",
            ),
            (None, None, "x = {{{{{{ \"never closes"),
            (None, None, "a = JSON.parse(\"\\u12\")"),
            (None, None, "= = = {"),
        ];
        assert!(people(&snap(&blocks, ""), true).is_empty());
    }

    #[test]
    fn a_variable_naming_other_people_is_not_read() {
        let js = r#"window.__AUTHORS__ = {"customer":{"name":"Maren Holt","email":"maren.holt@web.de"}};
                    window.__CUSTOMER__ = {"name":"Jonas Brenner","email":"jonas.brenner@web.de"};"#;
        let got = found(&people(&snap(&[(None, None, js)], ""), false));
        let raws: Vec<&str> = got.iter().map(|g| g.3.as_str()).collect();
        assert_eq!(raws, vec!["jonas.brenner@web.de", "Jonas Brenner"]);
    }

    #[test]
    fn target_names() {
        assert_eq!(target_name("var __STATE__ "), "__STATE__");
        assert_eq!(target_name("window.__NUXT__"), "window.__NUXT__");
        assert_eq!(target_name("x[0]"), "");
        assert_eq!(target_name("\"a\""), "");
    }

    #[test]
    fn looking_for_assignments_is_linear_in_the_scripts_size() {
        // Never closed: before the budget, each `=` rescanned to the end.
        let hostile = "x={".repeat(200_000);
        let mut budget = SCAN_PER_BYTE * hostile.len() + 4096;
        let start = budget;
        assert!(assignments_within(&hostile, &mut budget).is_empty());
        assert!(start - budget <= SCAN_PER_BYTE * hostile.len() + 4096);
        // What a real page holds is still found, budget to spare.
        let js = r#"window.__A__ = {"customer":{"name":"Jonas Brenner"}}; var b = {"user":{"email":"j@b.de"}};"#;
        let mut budget = SCAN_PER_BYTE * js.len() + 4096;
        let found = assignments_within(js, &mut budget);
        assert_eq!(
            found.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            ["window.__A__", "b"]
        );
        assert!(budget > 0);
    }
}
