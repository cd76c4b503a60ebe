//! The page snapshot: what the core knows about a page.
//!
//! One schema, two producers: the extension's content script builds it from
//! the live DOM, and [`crate::html`] builds it from saved HTML, so the CLI and
//! the extension judge the same thing the same way. The JSON form is the wire
//! format between content script and background; its shape is documented in
//! `docs/snapshot.md` and versioned by [`SCHEMA_VERSION`].
//!
//! The tree is *pruned*: scripts, styles, media and the like are dropped, and
//! only the attributes that carry meaning for classification are kept. Text is
//! whitespace-collapsed and capped. Same-origin frames and open shadow roots
//! are inlined as children of their host element, because a person sees them
//! as part of the page.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Version of the snapshot schema. Bump on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// Bounds that keep a hostile or huge page from hanging the scan. Past them
/// the snapshot is truncated and [`Snapshot::notes`] says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Elements and text nodes kept in the tree. The time to judge a page
    /// grows with it, up to about 7 µs a node in the .wasm on the worst
    /// page shape (pre-filled forms, each with its label): 25,000 keeps
    /// every shape under the background's 200 ms per snapshot with a
    /// margin (BENCHMARKS.md, "Hostile pages"; 30,000 took 199 ms), and is
    /// 3.7 times the largest page of the corpus (6,666 nodes).
    pub max_nodes: usize,
    /// Bytes kept of one text node or one control value.
    pub max_text: usize,
    /// Bytes of text kept in the whole snapshot.
    pub max_total_text: usize,
    /// Nesting depth kept. A deeper subtree is flattened into its ancestor
    /// at this depth: its text as one text node, its form controls hoisted,
    /// so nothing that matters is lost. Kept low enough (60 elements = 120
    /// JSON levels) that the JSON form stays under serde_json's default
    /// recursion limit of 128.
    pub max_depth: usize,
    /// Bytes of one embedded script kept in [`Snapshot::data`]. A longer
    /// one is left out whole: cut, it would no longer parse.
    pub max_data_block: usize,
    /// Bytes of embedded script kept in all.
    pub max_data: usize,
    /// Embedded scripts kept.
    pub max_data_blocks: usize,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        max_nodes: 25_000,
        max_text: 4_096,
        max_total_text: 8 * 1024 * 1024,
        max_depth: 60,
        max_data_block: 1024 * 1024,
        max_data: 2 * 1024 * 1024,
        max_data_blocks: 64,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

/// A page, as the core sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// [`SCHEMA_VERSION`] of the producer.
    pub schema: u32,
    /// The page URL (for saved files: the path, or the `<base href>`/
    /// `og:url`/canonical URL the page names).
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub title: String,
    /// The document language (`<html lang>`), lower-case, or empty.
    #[serde(default)]
    pub lang: String,
    /// The children of `<body>` (or of the document element when there is no
    /// body), pruned.
    #[serde(default)]
    pub body: Vec<Node>,
    /// The page's inline scripts that can carry data, in document order:
    /// JSON blocks (`<script type="application/json">`, `__NEXT_DATA__`)
    /// and classic or module scripts, whose state objects
    /// (`window.__INITIAL_STATE__ = {…}`) can hold the customer a page
    /// renders from. Not shown to a reader, but sent to everyone who loads
    /// the page. Read by [`crate::facts::embedded`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<DataBlock>,
    /// What was left out and why ("truncated: more than 25000 nodes").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The HTTP response that delivered the document, as far as it says
    /// whether a shared cache served it ([`crate::facts::cache`]). Absent
    /// for a saved HTML file; the extension adds it from the headers the
    /// browser received, `notmine scan` from a HAR entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
}

/// The response headers of a document that can say a shared cache served
/// it: `[name, value]` pairs, names lower-case, in the order received.
/// Only the names [`crate::facts::cache::kept`] admits are kept (cache
/// status, `Age`, `Cache-Control`, `Vary`, `X-Varnish`, …), and
/// `Set-Cookie` only as present, with an empty value: a cookie is the
/// visitor's secret, not evidence. [`crate::facts::cache::response`] does
/// that filtering for any producer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Response {
    #[serde(default)]
    pub headers: Vec<(String, String)>,
}

/// One inline `<script>` (no `src`) of the document itself — not of a
/// frame, a shadow root or a template — whose type is empty, JavaScript,
/// `module`, or ends in `json`. Its text is kept as it is, not collapsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DataBlock {
    /// The `type` attribute, trimmed and lower-cased; omitted when absent
    /// or empty.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The `id` attribute (`__NEXT_DATA__`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub text: String,
}

impl DataBlock {
    /// Whether a script of this `type` (trimmed, lower-cased, `""` when
    /// absent) can hold data worth reading: JSON, or script that may assign
    /// a state object. Templates (`text/x-template`), `text/html` and
    /// other inert types are not.
    pub fn keeps_type(t: &str) -> bool {
        t.is_empty()
            || t == "module"
            || t.contains("javascript")
            || t.contains("ecmascript")
            || t.ends_with("json")
    }
}

/// A node of the pruned tree: text or an element.
///
/// Serialised as a bare JSON string for text and an object for elements,
/// which keeps the content script's output small. The `Deserialize` impl is
/// hand-written because serde's `untagged` would buffer every subtree once
/// per nesting level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(String),
    Element(Box<Element>),
}

/// An element of the pruned tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// Lower-case tag name (`input`, `td`, `iframe`).
    pub tag: String,
    #[serde(default, skip_serializing_if = "Attrs::is_empty")]
    pub attrs: Attrs,
    /// Not shown to the user: `hidden`, `aria-hidden="true"`,
    /// `type="hidden"`, `display:none`/`visibility:hidden` (inline style for
    /// saved pages, computed style in the live DOM). Applies to the subtree.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hidden: bool,
    /// Present on `input`, `select` and `textarea`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control: Option<Control>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Node>,
    /// Which element of a parsed page this is, for tools that must find a
    /// control again by its place in the source (`notmine eval` matches
    /// labelled fields this way). 0 = not tracked, always so in the
    /// extension; never serialised, so it is no part of the schema.
    #[serde(skip)]
    pub origin: u32,
}

/// The attributes that carry meaning for classification. Everything else is
/// dropped by both producers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Attrs {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    #[serde(
        rename = "aria-label",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aria_label: Option<String>,
    #[serde(
        rename = "aria-labelledby",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aria_labelledby: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(rename = "for", default, skip_serializing_if = "Option::is_none")]
    pub for_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Class names hint at sections (`byline`, `comment`, `billing`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// `href`, which producers kept on links until 2026-12-07. No rule ever
    /// read it, and it was a tenth of a real page's snapshot, built, sent and
    /// parsed on every load. A snapshot that still has it loads (an older
    /// content script's, a saved one); the value is dropped as it is read.
    #[serde(
        default,
        rename = "href",
        skip_serializing,
        deserialize_with = "dropped"
    )]
    pub legacy_href: (),
}

/// Reads the string (or null) an older producer wrote, and keeps nothing of
/// it. Read as a string rather than as any value (`IgnoredAny`): serde_json's
/// code for skipping any value was 0.9 KB gzip of the judging `.wasm`, which
/// reads nothing else that way.
fn dropped<'de, D: serde::Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    Option::<String>::deserialize(d).map(|_| ())
}

/// The attribute names [`Attrs`] keeps, in the order it serialises them:
/// what the content script reads (its copy is generated from this, by
/// `examples/snapshot_constants.rs`).
pub const KEPT_ATTRIBUTES: &[&str] = &[
    "name",
    "id",
    "type",
    "autocomplete",
    "placeholder",
    "aria-label",
    "aria-labelledby",
    "title",
    "for",
    "role",
    "class",
];

impl Attrs {
    pub fn is_empty(&self) -> bool {
        *self == Attrs::default()
    }
}

/// The state of a form control.
///
/// What matters is what the *server* put there: `default_value` is the value
/// attribute, the textarea's text, or the option marked `selected`. `value`
/// is what the control holds now; the two differ when the user typed or the
/// browser's autofill filled the field, and then the value is the user's own
/// and never a leak.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Control {
    /// The current value. For a `select`, the text of the selected option.
    #[serde(default)]
    pub value: String,
    /// The value the server sent. For a `select`, the text of the option
    /// carrying the `selected` attribute, or empty when none does (the
    /// browser then shows the first option, which nobody chose).
    #[serde(default)]
    pub default_value: String,
    /// The user changed the value (a trusted input or change event).
    #[serde(default, skip_serializing_if = "is_false")]
    pub user_modified: bool,
    /// The browser or a password manager filled it (`:autofill`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub autofilled: bool,
    /// For checkboxes and radios: checked.
    #[serde(default, skip_serializing_if = "is_false")]
    pub checked: bool,
    /// For `select`: how many options it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<u32>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Serialize for Node {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Text(t) => s.serialize_str(t),
            Node::Element(e) => e.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct NodeVisitor;
        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text string or an element object")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Text(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
                Ok(Node::Text(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Node, A::Error> {
                let e = Element::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Node::Element(Box::new(e)))
            }
        }
        d.deserialize_any(NodeVisitor)
    }
}

/// Errors from reading a snapshot.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("the page snapshot is not valid JSON for schema {SCHEMA_VERSION}: {0}")]
    Json(#[from] serde_json::Error),
    #[error(
        "the page snapshot has schema version {found}, this core reads {SCHEMA_VERSION}; \
         reload the extension so content script and core match"
    )]
    Version { found: u32 },
}

impl Snapshot {
    /// Parses the JSON form, checking the schema version.
    pub fn from_json(s: &str) -> Result<Snapshot, SnapshotError> {
        let snap: Snapshot = serde_json::from_str(s)?;
        snap.check_version()?;
        Ok(snap)
    }

    pub fn check_version(&self) -> Result<(), SnapshotError> {
        if self.schema != SCHEMA_VERSION {
            return Err(SnapshotError::Version { found: self.schema });
        }
        Ok(())
    }

    /// Visits every element in document order with its ancestors
    /// (`ancestors[0]` is the outermost). Iterative, so a deep tree cannot
    /// overflow the stack.
    pub fn walk<'a>(&'a self, mut f: impl FnMut(&'a Element, &[&'a Element])) {
        let mut stack: Vec<(&'a Element, usize)> = Vec::new();
        let mut path: Vec<&'a Element> = Vec::new();
        for node in &self.body {
            let Node::Element(root) = node else { continue };
            f(root, &path);
            stack.push((root, 0));
            path.push(root);
            while let Some((el, i)) = stack.last_mut() {
                let el: &'a Element = el;
                let mut advanced = false;
                while *i < el.children.len() {
                    let child = &el.children[*i];
                    *i += 1;
                    if let Node::Element(c) = child {
                        f(c, &path);
                        stack.push((c, 0));
                        path.push(c);
                        advanced = true;
                        break;
                    }
                }
                if !advanced {
                    stack.pop();
                    path.pop();
                }
            }
        }
    }
}

impl Element {
    /// Whether this is a form control that can hold data (`input` other than
    /// buttons, `select`, `textarea`).
    pub fn is_data_control(&self) -> bool {
        match self.tag.as_str() {
            "select" | "textarea" => true,
            "input" => !matches!(self.input_type(), "submit" | "reset" | "button" | "image"),
            _ => false,
        }
    }

    /// The input type, lower-case, `text` when absent.
    pub fn input_type(&self) -> &str {
        self.attrs.type_.as_deref().unwrap_or("text")
    }

    /// All text below this element, whitespace-joined, up to `max` bytes.
    pub fn text(&self, max: usize) -> String {
        let mut out = String::new();
        append_text(&self.children, &mut out, max);
        out
    }
}

/// Appends the text of `nodes` to `out` (space-separated), stopping at `max`
/// bytes. Iterative for the same reason as [`Snapshot::walk`].
pub fn append_text(nodes: &[Node], out: &mut String, max: usize) {
    let mut stack: Vec<std::slice::Iter<'_, Node>> = vec![nodes.iter()];
    while let Some(it) = stack.last_mut() {
        // Full: nothing more can be added, so nothing more is walked (a
        // label around 60,000 controls is not walked once per control).
        if out.len() >= max {
            return;
        }
        match it.next() {
            Some(Node::Text(t)) => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(t);
                crate::text::truncate_at(out, max);
            }
            Some(Node::Element(e)) => {
                if e.tag == "br" && !out.is_empty() {
                    out.push(' ');
                }
                stack.push(e.children.iter());
            }
            None => {
                stack.pop();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Snapshot {
        Snapshot {
            schema: SCHEMA_VERSION,
            url: "https://shop.example/konto".into(),
            title: "Mein Konto".into(),
            lang: "de".into(),
            body: vec![Node::Element(Box::new(Element {
                tag: "form".into(),
                children: vec![
                    Node::Text("Vorname".into()),
                    Node::Element(Box::new(Element {
                        tag: "input".into(),
                        attrs: Attrs {
                            name: Some("vorname".into()),
                            ..Attrs::default()
                        },
                        control: Some(Control {
                            value: "Jonas".into(),
                            default_value: "Jonas".into(),
                            ..Control::default()
                        }),
                        ..Element::default()
                    })),
                ],
                ..Element::default()
            }))],
            data: vec![DataBlock {
                type_: Some("application/json".into()),
                id: Some("__NEXT_DATA__".into()),
                text: "{\"a\": [1, \"ü\"]}\n".into(),
            }],
            notes: vec![],
            response: Some(Response {
                headers: vec![("x-cache".into(), "HIT".into()), ("age".into(), "3".into())],
            }),
        }
    }

    #[test]
    fn json_round_trip_uses_bare_strings_for_text() {
        let snap = sample();
        let json = serde_json::to_string(&snap).unwrap();
        assert!(
            json.contains(r#""children":["Vorname",{"tag":"input""#),
            "{json}"
        );
        assert_eq!(Snapshot::from_json(&json).unwrap(), snap);
    }

    #[test]
    fn unknown_keys_and_versions_are_errors() {
        let err =
            Snapshot::from_json(r#"{"schema":1,"body":[{"tag":"p","colour":"red"}]}"#).unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
        let err = Snapshot::from_json(r#"{"schema":99}"#).unwrap_err();
        assert!(matches!(err, SnapshotError::Version { found: 99 }));
    }

    #[test]
    fn walk_visits_in_document_order_with_ancestors() {
        let snap = sample();
        let mut seen = vec![];
        snap.walk(|e, anc| seen.push((e.tag.clone(), anc.len())));
        assert_eq!(seen, vec![("form".into(), 0), ("input".into(), 1)]);
    }

    #[test]
    fn deep_trees_do_not_overflow() {
        let mut node = Element {
            tag: "div".into(),
            ..Element::default()
        };
        for _ in 0..100_000 {
            node = Element {
                tag: "div".into(),
                children: vec![Node::Element(Box::new(node))],
                ..Element::default()
            };
        }
        let snap = Snapshot {
            schema: SCHEMA_VERSION,
            body: vec![Node::Element(Box::new(node))],
            ..Snapshot::default()
        };
        let mut n = 0;
        snap.walk(|_, _| n += 1);
        assert_eq!(n, 100_001);
        // Dropping a 100k-deep Box chain recurses; leak it in the test rather
        // than rely on stack size. Real snapshots are capped at max_depth.
        std::mem::forget(snap);
    }

    #[test]
    fn kept_attributes_are_exactly_the_fields_of_attrs_in_order() {
        // Every field named, so a new field fails to compile here until
        // KEPT_ATTRIBUTES (and with it the content script) has it too.
        let x = || Some("x".to_string());
        let all = Attrs {
            name: x(),
            id: x(),
            type_: x(),
            autocomplete: x(),
            placeholder: x(),
            aria_label: x(),
            aria_labelledby: x(),
            title: x(),
            for_: x(),
            role: x(),
            class: x(),
            legacy_href: (),
        };
        // The JSON text keeps the serialisation order (a Value would sort).
        let text = serde_json::to_string(&all).unwrap();
        let keys: Vec<&str> = text
            .trim_matches(['{', '}'])
            .split(",")
            .map(|kv| kv.trim_end_matches(":\"x\"").trim_matches('"'))
            .collect();
        assert_eq!(keys, KEPT_ATTRIBUTES);
    }

    #[test]
    fn a_links_href_from_an_older_producer_is_read_and_dropped() {
        let old: Element =
            serde_json::from_str(r#"{"tag":"a","attrs":{"href":"/rechnung/4711","class":"x"}}"#)
                .unwrap();
        let now: Element = serde_json::from_str(r#"{"tag":"a","attrs":{"class":"x"}}"#).unwrap();
        assert_eq!(old, now);
        assert_eq!(
            serde_json::to_string(&old).unwrap(),
            r#"{"tag":"a","attrs":{"class":"x"}}"#
        );
        // Any other unknown attribute is still an error, and so is an
        // `href` that is no string: no producer ever wrote one.
        let typo = serde_json::from_str::<Element>(r#"{"tag":"a","attrs":{"hre":"/x"}}"#);
        assert!(typo
            .unwrap_err()
            .to_string()
            .contains("unknown field `hre`"));
        let number = serde_json::from_str::<Element>(r#"{"tag":"a","attrs":{"href":3}}"#);
        assert!(number
            .unwrap_err()
            .to_string()
            .contains("expected a string"));
    }

    #[test]
    fn text_stops_at_its_cap() {
        // Past the cap nothing is added and nothing more is walked: a
        // line break after it no longer adds a space beyond `max`.
        let el: Element = serde_json::from_str(
            r#"{"tag":"label","children":["abcdefgh",{"tag":"br"},"x",{"tag":"i","children":["y"]}]}"#,
        )
        .unwrap();
        assert_eq!(el.text(5), "abcde");
        assert_eq!(el.text(100), "abcdefgh  x y");
    }
}
