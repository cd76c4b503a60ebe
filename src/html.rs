//! Saved HTML → [`Snapshot`], for the CLI and the tests. Native only.
//!
//! Uses html5ever (through `scraper`), a spec-compliant HTML5 parser, so a
//! saved page is read the way a browser reads it: misnested tags, implied
//! `<tbody>`, unclosed `<p>`. The snapshot it builds follows the same rules as
//! the content script's (see `extension/content/snapshot.js`): same pruning,
//! same attributes, same text collapsing, same caps.

use crate::snapshot::{Attrs, Control, DataBlock, Element, Limits, Node, Snapshot, SCHEMA_VERSION};
use crate::text::{collapse_ws, truncate_at};
use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use encoding_rs::Encoding;
use scraper::Node as HNode;
use std::collections::HashMap;

mod parse;
pub use parse::{parse, Parsed, MAX_PARSE_DEPTH};

/// Elements whose content never shows personal data to a reader, or is not
/// text at all. Dropped with their subtree. `template` is handled apart
/// (declarative shadow roots are inlined).
pub const DROPPED: &[&str] = &[
    "script", "style", "noscript", "svg", "math", "canvas", "video", "audio", "object", "embed",
    "head", "link", "meta", "base", "picture", "source", "track", "map", "param", "datalist",
];

/// The HTML namespace: `<script>` in SVG is not an HTML script.
const HTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// How many nested `srcdoc` frames are inlined.
pub const MAX_FRAME_DEPTH: usize = 3;

/// The result of decoding a file: text, the encoding used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// `bom`, `content-type`, `meta`, `utf-8 (valid, undeclared)` or
    /// `windows-1252 (fallback)`.
    pub source: &'static str,
}

/// Largest page read, in bytes: a saved file is read up to it, and a HAR
/// entry's body over it is refused ([`crate::har`]). Far above any real
/// page (the corpus's largest is a few MiB); it only keeps a runaway file
/// from exhausting memory.
pub const MAX_PAGE: usize = 256 * 1024 * 1024;

/// Decodes page bytes the way a browser with the response's headers would:
/// a BOM wins, then the `charset` of the `Content-Type` header
/// (`transport`, as the HTML spec ranks the transport layer above the
/// page's own declaration), then as [`decode`]. An unknown label is
/// ignored, as browsers do.
pub fn decode_with_charset(bytes: &[u8], transport: Option<&str>) -> Decoded {
    let declared = transport.and_then(|label| Encoding::for_label(label.trim().as_bytes()));
    match declared {
        Some(enc) if Encoding::for_bom(bytes).is_none() => {
            // Unlike a meta tag, a header can name UTF-16: it is not
            // written in the bytes it describes.
            let (text, _) = enc.decode_without_bom_handling(bytes);
            Decoded {
                text: text.into_owned(),
                encoding: enc.name(),
                source: "content-type",
            }
        }
        _ => decode(bytes),
    }
}

/// Decodes page bytes the way a browser without HTTP headers would: a BOM
/// wins, then a `<meta charset>` or `http-equiv` declaration (or an XML
/// declaration) in the first 4 KB, then UTF-8 when the bytes are valid UTF-8,
/// then windows-1252 — what browsers assume for undeclared pages in German
/// and other Western locales, and what `ISO-8859-1` means on the web.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            encoding: enc.name(),
            source: "bom",
        };
    }
    if let Some(enc) = prescan_charset(&bytes[..bytes.len().min(4096)]) {
        // A page cannot declare itself UTF-16 in ASCII; browsers read UTF-8.
        let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else {
            enc
        };
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Decoded {
            text: text.into_owned(),
            encoding: enc.name(),
            source: "meta",
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_owned(),
            encoding: "UTF-8",
            source: "utf-8 (valid, undeclared)",
        },
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Decoded {
                text: text.into_owned(),
                encoding: "windows-1252",
                source: "windows-1252 (fallback)",
            }
        }
    }
}

/// Finds a charset declaration in the head of the file: `<meta charset=x>`,
/// `<meta http-equiv=content-type content="text/html; charset=x">`, or
/// `<?xml … encoding="x"?>`. A simplified form of the HTML spec's prescan:
/// it looks for `charset=` / `encoding=` inside `<meta` and `<?xml` tags.
fn prescan_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut i = 0;
    while i < lower.len() {
        let rest = &lower[i..];
        if !(rest.starts_with(b"<meta") || rest.starts_with(b"<?xml")) {
            i += 1;
            continue;
        }
        let tag_len = 5;
        let end = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
        let tag = &rest[tag_len..end];
        for key in [&b"charset"[..], &b"encoding"[..]] {
            if let Some(pos) = find(tag, key) {
                let after = &tag[pos + key.len()..];
                let after = trim_start(after);
                if let Some(after) = after.strip_prefix(b"=") {
                    let after = trim_start(after);
                    let after = after
                        .strip_prefix(b"\"")
                        .or_else(|| after.strip_prefix(b"'"))
                        .unwrap_or(after);
                    let label_end = after
                        .iter()
                        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>' | b'?'))
                        .unwrap_or(after.len());
                    if let Some(enc) = Encoding::for_label(&after[..label_end]) {
                        return Some(enc);
                    }
                }
            }
        }
        i += end.max(1);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

/// Builds the snapshot of a saved page from its bytes. `url` is used when the
/// page does not name its own origin.
pub fn snapshot_from_bytes(bytes: &[u8], url: &str, limits: Limits) -> Snapshot {
    let decoded = decode(bytes);
    snapshot_from_str(&decoded.text, url, limits)
}

/// Builds the snapshot of a page from its text.
pub fn snapshot_from_str(text: &str, url: &str, limits: Limits) -> Snapshot {
    snapshot_of_document(&parse(text), text, url, limits, &Origins::new())
}

/// Elements of a parsed document to mark in its snapshot: each element
/// built from one of these nodes gets the number as its
/// [`Element::origin`], so a tool can find a control again by its place in
/// the source (`notmine eval` finds labelled fields by CSS selector).
pub type Origins = HashMap<ego_tree::NodeId, u32>;

/// Builds the snapshot of a document already parsed from `text` (the text
/// is read for the `saved from url=` comment), marking the elements named
/// in `origins`.
pub fn snapshot_of_document(
    parsed: &Parsed,
    text: &str,
    url: &str,
    limits: Limits,
    origins: &Origins,
) -> Snapshot {
    let mut b = Builder {
        limits,
        nodes: 0,
        text_bytes: 0,
        notes: Vec::new(),
        frame_depth: 0,
        data_bytes: 0,
        origins,
    };
    let doc = &parsed.doc;
    if let Some(note) = parsed.note() {
        b.note(note);
    }
    let root = doc.root_element();
    let lang = root
        .attr("lang")
        .map(|l| l.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let mut title = String::new();
    let mut body_ref = None;
    for child in root.children() {
        if let HNode::Element(e) = child.value() {
            match e.name() {
                "head" => {
                    for d in child.descendants() {
                        if let HNode::Element(t) = d.value() {
                            if t.name() == "title" {
                                title = collapse_ws(&text_of(d));
                                break;
                            }
                        }
                    }
                }
                "body" | "frameset" => body_ref = Some(child),
                _ => {}
            }
        }
    }
    let body = match body_ref {
        Some(bref) => b.children(bref, 0),
        None => b.children(*root, 0),
    };
    let mut data = Vec::new();
    b.data_blocks(doc.tree.root(), &mut data);
    let page_url = saved_from_url(text).unwrap_or_else(|| url.to_string());
    Snapshot {
        schema: SCHEMA_VERSION,
        url: page_url,
        title,
        lang,
        body,
        data,
        notes: b.notes,
        response: None,
    }
}

/// Browsers mark saved pages with `<!-- saved from url=(0044)https://… -->`.
/// When present, that is the page's real URL: up to the next whitespace or
/// the comment's end (a URL may contain `-`), and no longer than the length
/// in brackets.
fn saved_from_url(text: &str) -> Option<String> {
    let mut end = text.len().min(2048);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let start = head.find("saved from url=(")?;
    let rest = &text[start + "saved from url=(".len()..];
    let close = rest.find(')')?;
    let after = &rest[close + 1..];
    let word = after.split(char::is_whitespace).next().unwrap_or("");
    let word = word.trim_end_matches("-->");
    let url: String = match rest[..close].trim().parse::<usize>() {
        Ok(n) if n > 0 => word.chars().take(n).collect(),
        _ => word.to_string(),
    };
    (url.starts_with("http://") || url.starts_with("https://")).then_some(url)
}

fn text_of(n: NodeRef<'_, HNode>) -> String {
    let mut s = String::new();
    for d in n.descendants() {
        if let HNode::Text(t) = d.value() {
            s.push_str(t);
        }
    }
    s
}

struct Builder<'o> {
    limits: Limits,
    origins: &'o Origins,
    nodes: usize,
    text_bytes: usize,
    notes: Vec<String>,
    frame_depth: usize,
    /// Bytes kept in [`Snapshot::data`].
    data_bytes: usize,
}

impl Builder<'_> {
    fn note(&mut self, note: String) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    fn full(&mut self) -> bool {
        if self.nodes >= self.limits.max_nodes {
            self.note(format!(
                "truncated: the page has more than {} nodes; the rest was not scanned",
                self.limits.max_nodes
            ));
            return true;
        }
        false
    }

    fn text_node(&mut self, raw: &str) -> Option<Node> {
        let mut t = collapse_ws(raw);
        if t.is_empty() {
            return None;
        }
        if self.text_bytes >= self.limits.max_total_text {
            self.note(format!(
                "truncated: the page has more than {} bytes of text; the rest was not scanned",
                self.limits.max_total_text
            ));
            return None;
        }
        if truncate_at(&mut t, self.limits.max_text) {
            self.note(format!(
                "truncated: a text longer than {} bytes was cut",
                self.limits.max_text
            ));
        }
        self.text_bytes += t.len();
        self.nodes += 1;
        Some(Node::Text(t))
    }

    /// The document's inline scripts that can carry data
    /// ([`DataBlock`]), in document order: what `document.scripts` holds in
    /// a browser, which never includes a template's content, `<noscript>`
    /// (text when scripts run) or SVG's own `<script>`.
    ///
    /// Walked without recursion: a page can nest elements tens of
    /// thousands deep, and a stack overflow aborts the process (no
    /// `catch_unwind` saves it).
    fn data_blocks(&mut self, node: NodeRef<'_, HNode>, out: &mut Vec<DataBlock>) {
        // The subtree being skipped: not HTML, a template, noscript or a
        // script (its text is read whole).
        let mut skip: Option<ego_tree::NodeId> = None;
        for edge in node.traverse() {
            match edge {
                Edge::Open(n) => {
                    if skip.is_some() || n.id() == node.id() {
                        continue;
                    }
                    let HNode::Element(e) = n.value() else {
                        continue;
                    };
                    if &*e.name.ns != HTML_NS {
                        skip = Some(n.id());
                        continue;
                    }
                    match e.name() {
                        "template" | "noscript" => skip = Some(n.id()),
                        "script" => {
                            self.data_block(n, e, out);
                            skip = Some(n.id());
                        }
                        _ => {}
                    }
                }
                Edge::Close(n) => {
                    if skip == Some(n.id()) {
                        skip = None;
                    }
                }
            }
        }
    }

    fn data_block(
        &mut self,
        node: NodeRef<'_, HNode>,
        e: &scraper::node::Element,
        out: &mut Vec<DataBlock>,
    ) {
        if e.attr("src").is_some() {
            return;
        }
        let ty = e
            .attr("type")
            .map(|t| t.trim().to_ascii_lowercase())
            .unwrap_or_default();
        if !DataBlock::keeps_type(&ty) {
            return;
        }
        let mut text = String::new();
        for c in node.children() {
            if let HNode::Text(t) = c.value() {
                text.push_str(t);
            }
        }
        if text.trim().is_empty() {
            return;
        }
        let lim = self.limits;
        if text.len() > lim.max_data_block {
            self.note(format!(
                "skipped: an inline script longer than {} bytes was not read",
                lim.max_data_block
            ));
            return;
        }
        if out.len() >= lim.max_data_blocks || self.data_bytes + text.len() > lim.max_data {
            self.note(format!(
                "truncated: the page has more than {} inline scripts or {} bytes of them; the rest were not read",
                lim.max_data_blocks, lim.max_data
            ));
            return;
        }
        self.data_bytes += text.len();
        out.push(DataBlock {
            type_: (!ty.is_empty()).then_some(ty),
            id: e.attr("id").map(str::to_string),
            text,
        });
    }

    fn children(&mut self, parent: NodeRef<'_, HNode>, depth: usize) -> Vec<Node> {
        let mut out = Vec::new();
        for child in parent.children() {
            if self.full() {
                break;
            }
            match child.value() {
                HNode::Text(t) => {
                    if let Some(n) = self.text_node(t) {
                        out.push(n);
                    }
                }
                HNode::Element(e) => {
                    let name = e.name();
                    if name == "template" {
                        // Declarative shadow DOM: an open shadow root is part
                        // of what the person sees. Other templates are inert.
                        if e.attr("shadowrootmode")
                            .is_some_and(|m| m.eq_ignore_ascii_case("open"))
                        {
                            out.extend(self.children(child, depth));
                        }
                        continue;
                    }
                    if DROPPED.contains(&name) {
                        continue;
                    }
                    if let Some(el) = self.element(child, e, depth + 1) {
                        out.push(Node::Element(Box::new(el)));
                    }
                }
                // A template's content hangs under a fragment node.
                HNode::Fragment => out.extend(self.children(child, depth)),
                _ => {}
            }
        }
        out
    }

    fn element(
        &mut self,
        node: NodeRef<'_, HNode>,
        e: &scraper::node::Element,
        depth: usize,
    ) -> Option<Element> {
        self.nodes += 1;
        let tag = e.name().to_ascii_lowercase();
        let raw = Raw::of(e);
        let own = |v: Option<&str>| v.map(str::to_string);
        let mut attrs = Attrs {
            name: own(raw.name),
            id: own(raw.id),
            type_: raw.type_.map(|t| t.trim().to_ascii_lowercase()),
            autocomplete: own(raw.autocomplete),
            placeholder: own(raw.placeholder),
            aria_label: own(raw.aria_label),
            aria_labelledby: own(raw.aria_labelledby),
            title: own(raw.title),
            for_: own(raw.for_),
            role: own(raw.role),
            class: raw.class.map(collapse_ws).filter(|c| !c.is_empty()),
            ..Attrs::default()
        };
        for v in [
            &mut attrs.name,
            &mut attrs.id,
            &mut attrs.autocomplete,
            &mut attrs.placeholder,
            &mut attrs.aria_label,
            &mut attrs.aria_labelledby,
            &mut attrs.title,
            &mut attrs.for_,
            &mut attrs.role,
            &mut attrs.class,
        ]
        .into_iter()
        .flatten()
        {
            truncate_at(v, self.limits.max_text);
        }
        // Only text-bearing types keep their `type`; `text` is the default.
        if (tag != "input" && tag != "button") || attrs.type_.as_deref() == Some("text") {
            attrs.type_ = None;
        }
        let hidden = is_hidden(&raw, &tag);
        let mut el = Element {
            tag,
            attrs,
            hidden,
            control: None,
            children: Vec::new(),
            // Node ids are per document: an inlined srcdoc frame's are not
            // the page's.
            origin: if self.origins.is_empty() || self.frame_depth > 0 {
                0
            } else {
                self.origins.get(&node.id()).copied().unwrap_or(0)
            },
        };

        match el.tag.as_str() {
            "input" => {
                let v = self.cap(e.attr("value").unwrap_or(""));
                el.control = Some(Control {
                    value: v.clone(),
                    default_value: v,
                    checked: e.attr("checked").is_some(),
                    ..Control::default()
                });
            }
            "textarea" => {
                // The parser keeps the textarea's raw text; browsers drop one
                // leading newline, and so do we.
                let raw = text_of(node);
                let raw = raw.strip_prefix('\n').unwrap_or(&raw);
                let v = self.cap(raw.trim());
                el.control = Some(Control {
                    value: v.clone(),
                    default_value: v,
                    ..Control::default()
                });
            }
            "select" => el.control = Some(self.select(node, e)),
            "iframe" | "frame" => {
                if let Some(srcdoc) = e.attr("srcdoc") {
                    if self.frame_depth < MAX_FRAME_DEPTH {
                        self.frame_depth += 1;
                        let inner = parse(srcdoc);
                        if let Some(note) = inner.note() {
                            self.note(note);
                        }
                        let inner = inner.doc;
                        let root = inner.root_element();
                        let body = root
                            .children()
                            .find(|c| matches!(c.value(), HNode::Element(x) if x.name() == "body"))
                            .unwrap_or(*root);
                        el.children = self.children(body, depth);
                        self.frame_depth -= 1;
                    }
                }
            }
            _ => {
                if depth >= self.limits.max_depth {
                    el.children = self.flatten(node);
                } else {
                    el.children = self.children(node, depth);
                }
            }
        }
        Some(el)
    }

    fn cap(&mut self, v: &str) -> String {
        let mut s = v.to_string();
        if truncate_at(&mut s, self.limits.max_text) {
            self.note(format!(
                "truncated: a form value longer than {} bytes was cut",
                self.limits.max_text
            ));
        }
        s
    }

    fn select(&mut self, node: NodeRef<'_, HNode>, e: &scraper::node::Element) -> Control {
        // A list box (multiple, or size > 1) with nothing selected shows no
        // value; a drop-down shows its first enabled option.
        let list_box = e.attr("multiple").is_some()
            || e.attr("size")
                .and_then(|s| s.trim().parse::<u32>().ok())
                .is_some_and(|n| n > 1);
        let mut first = None;
        let mut default_sel = None;
        let mut count = 0u32;
        for d in node.descendants() {
            if let HNode::Element(o) = d.value() {
                if o.name() == "option" {
                    count += 1;
                    // The browser shows a non-empty `label` attribute, else the text.
                    let label = o
                        .attr("label")
                        .map(collapse_ws)
                        .filter(|l| !l.is_empty())
                        .unwrap_or_else(|| collapse_ws(&text_of(d)));
                    if first.is_none() && !list_box && o.attr("disabled").is_none() {
                        first = Some(label.clone());
                    }
                    if o.attr("selected").is_some() {
                        // The last `selected` option wins, as in browsers.
                        default_sel = Some(label);
                    }
                }
            }
        }
        let default_value = self.cap(default_sel.as_deref().unwrap_or(""));
        let value = match default_sel {
            Some(_) => default_value.clone(),
            None => self.cap(first.as_deref().unwrap_or("")),
        };
        Control {
            value,
            default_value,
            options: Some(count),
            ..Control::default()
        }
    }

    /// Past `max_depth`: keep the subtree's text as one node and hoist its
    /// form controls, so the content still counts.
    fn flatten(&mut self, node: NodeRef<'_, HNode>) -> Vec<Node> {
        self.note(format!(
            "flattened: elements nested deeper than {} levels were merged into their ancestor",
            self.limits.max_depth
        ));
        let mut out = Vec::new();
        let mut text = String::new();
        // The subtree being skipped (dropped, a template, or a control
        // already kept whole). A walk by edges, not `ancestors()` per node:
        // that is depth × nodes on a page nested thousands deep.
        let mut skip: Option<ego_tree::NodeId> = None;
        for edge in node.traverse() {
            let d = match edge {
                Edge::Open(d) if skip.is_none() && d.id() != node.id() => d,
                Edge::Close(d) => {
                    if skip == Some(d.id()) {
                        skip = None;
                    }
                    continue;
                }
                Edge::Open(_) => continue,
            };
            match d.value() {
                HNode::Text(t) => {
                    text.push(' ');
                    text.push_str(t);
                }
                HNode::Element(e) => {
                    let n = e.name();
                    if DROPPED.contains(&n) || n == "template" {
                        skip = Some(d.id());
                    } else if matches!(n, "input" | "select" | "textarea") {
                        if self.full() {
                            break;
                        }
                        if let Some(el) = self.element(d, e, self.limits.max_depth) {
                            out.push(Node::Element(Box::new(el)));
                        }
                        skip = Some(d.id());
                    }
                }
                _ => {}
            }
        }
        if let Some(t) = self.text_node(&text) {
            out.insert(0, t);
        }
        out
    }
}

/// Hidden the way a saved page can tell: attributes and inline style.
/// The attributes an element's snapshot reads, found in one pass over its
/// attributes: `Element::attr` makes an atom of the name and searches the
/// list for each of the fourteen, which was a tenth of a scan on real pages.
/// Only attributes without a namespace count, as with `Element::attr`
/// (`xlink:title` is not `title`).
#[derive(Default)]
struct Raw<'a> {
    name: Option<&'a str>,
    id: Option<&'a str>,
    type_: Option<&'a str>,
    autocomplete: Option<&'a str>,
    placeholder: Option<&'a str>,
    aria_label: Option<&'a str>,
    aria_labelledby: Option<&'a str>,
    title: Option<&'a str>,
    for_: Option<&'a str>,
    role: Option<&'a str>,
    class: Option<&'a str>,
    hidden: Option<&'a str>,
    aria_hidden: Option<&'a str>,
    style: Option<&'a str>,
}

impl<'a> Raw<'a> {
    fn of(e: &'a scraper::node::Element) -> Raw<'a> {
        let mut r = Raw::default();
        for (q, v) in e.attrs.iter() {
            if q.prefix.is_some() || q.ns != html5ever::ns!() {
                continue;
            }
            let slot = match &*q.local {
                "name" => &mut r.name,
                "id" => &mut r.id,
                "type" => &mut r.type_,
                "autocomplete" => &mut r.autocomplete,
                "placeholder" => &mut r.placeholder,
                "aria-label" => &mut r.aria_label,
                "aria-labelledby" => &mut r.aria_labelledby,
                "title" => &mut r.title,
                "for" => &mut r.for_,
                "role" => &mut r.role,
                "class" => &mut r.class,
                "hidden" => &mut r.hidden,
                "aria-hidden" => &mut r.aria_hidden,
                "style" => &mut r.style,
                _ => continue,
            };
            slot.get_or_insert(&**v);
        }
        r
    }
}

fn is_hidden(e: &Raw<'_>, tag: &str) -> bool {
    if e.hidden.is_some() {
        return true;
    }
    if e.aria_hidden
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if tag == "input"
        && e.type_
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("hidden"))
    {
        return true;
    }
    if let Some(style) = e.style {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_by_bom_meta_and_fallback() {
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("<p>Straße</p>".as_bytes());
        let d = decode(&bom);
        assert_eq!((d.encoding, d.source), ("UTF-8", "bom"));
        assert_eq!(d.text, "<p>Straße</p>");

        let latin = b"<meta charset=\"ISO-8859-1\"><p>Stra\xdfe M\xfcller</p>";
        let d = decode(latin);
        assert_eq!((d.encoding, d.source), ("windows-1252", "meta"));
        assert!(d.text.contains("Straße Müller"));

        let http_equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\x80";
        assert_eq!(decode(http_equiv).text.chars().last(), Some('€'));

        let xml = b"<?xml version=\"1.0\" encoding=\"iso-8859-15\"?><p>\xa4</p>";
        let d = decode(xml);
        assert_eq!(d.encoding, "ISO-8859-15");
        assert!(d.text.contains('€'));

        let undeclared_latin = b"<p>Gr\xfc\xdfe</p>";
        let d = decode(undeclared_latin);
        assert_eq!(d.source, "windows-1252 (fallback)");
        assert!(d.text.contains("Grüße"));

        let undeclared_utf8 = "<p>Grüße</p>".as_bytes();
        assert_eq!(decode(undeclared_utf8).source, "utf-8 (valid, undeclared)");

        let mut utf16 = vec![0xFF, 0xFE];
        for u in "<p>Köln</p>".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&utf16);
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(d.text, "<p>Köln</p>");
    }

    fn only_control(s: &Snapshot) -> Vec<(String, Control, bool)> {
        let mut v = vec![];
        s.walk(|e, anc| {
            if let Some(c) = &e.control {
                v.push((
                    e.tag.clone(),
                    c.clone(),
                    e.hidden || anc.iter().any(|a| a.hidden),
                ));
            }
        });
        v
    }

    #[test]
    fn builds_controls_with_server_defaults() {
        let html = r#"<html lang="DE"><head><title> Gewinnspiel </title><script>var x=1</script></head>
        <body><form>
          <select name="anrede"><option>Bitte wählen</option><option selected>Herr</option></select>
          <select name="land"><option>Deutschland</option><option>Österreich</option></select>
          <input name="vorname" value="Jonas">
          <input type="hidden" name="to" value="support@mobilnet.de">
          <div style="display: none"><input name="x" value="y"></div>
          <textarea name="msg">
Hallo</textarea>
          <input type="checkbox" name="agb" checked>
        </form></body></html>"#;
        let s = snapshot_from_str(html, "file.html", Limits::DEFAULT);
        assert_eq!(s.title, "Gewinnspiel");
        let list = snapshot_from_str(
            r#"<select multiple><option>A</option></select><select><option disabled>X</option><option label="">Y</option></select>"#,
            "f",
            Limits::DEFAULT,
        );
        let lc = only_control(&list);
        assert_eq!(
            lc[0].1.value, "",
            "a list box with nothing selected shows nothing"
        );
        assert_eq!(
            lc[1].1.value, "Y",
            "the first enabled option, its text when label is empty"
        );
        assert_eq!(s.lang, "de");
        let c = only_control(&s);
        assert_eq!(c.len(), 7);
        assert_eq!(
            (
                c[0].1.value.as_str(),
                c[0].1.default_value.as_str(),
                c[0].1.options
            ),
            ("Herr", "Herr", Some(2))
        );
        assert_eq!(
            (c[1].1.value.as_str(), c[1].1.default_value.as_str()),
            ("Deutschland", "")
        );
        assert_eq!(c[2].1.default_value, "Jonas");
        assert!(c[3].2, "type=hidden is hidden");
        assert!(c[4].2, "display:none container hides its controls");
        assert_eq!(c[5].1.default_value, "Hallo");
        assert!(c[6].1.checked);
        let body = serde_json::to_string(&s.body).unwrap();
        assert!(!body.contains("var x"), "scripts are pruned from the tree");
        assert_eq!(s.data.len(), 1, "and kept as data");
        assert_eq!(s.data[0].text, "var x=1");
    }

    #[test]
    fn inlines_open_shadow_roots_and_srcdoc_frames() {
        let html = r#"<body><div><template shadowrootmode="open"><input name="email" value="a@b.de"></template></div>
            <iframe srcdoc="<p>Hallo Jonas</p>"></iframe><template><p>inert</p></template></body>"#;
        let s = snapshot_from_str(html, "f", Limits::DEFAULT);
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains("a@b.de"));
        assert!(json.contains("Hallo Jonas"));
        assert!(!json.contains("inert"));
    }

    /// A HAR's base64 body: the BOM, then the header's charset, then the
    /// page's own declaration.
    #[test]
    fn the_content_type_charset_ranks_between_bom_and_meta() {
        let page = b"<meta charset=utf-8><p>Gr\xfc\xdfe</p>";
        let d = decode_with_charset(page, Some("windows-1252"));
        assert_eq!(
            (d.text.as_str(), d.source),
            ("<meta charset=utf-8><p>Grüße</p>", "content-type")
        );
        let bom = b"\xef\xbb\xbf<p>Gr\xc3\xbc\xc3\x9fe</p>";
        let d = decode_with_charset(bom, Some("windows-1252"));
        assert_eq!((d.text.as_str(), d.source), ("<p>Grüße</p>", "bom"));
        let d = decode_with_charset(b"<p>Gr\xfc\xdfe</p>", Some("no-such-charset"));
        assert_eq!(d, decode(b"<p>Gr\xfc\xdfe</p>"));
        assert_eq!(decode_with_charset(page, None), decode(page));
    }

    #[test]
    fn saved_from_comment_names_the_url() {
        let html =
            "<!-- saved from url=(0031)https://konto.mobilnet.de/x -->\n<html><body></body></html>";
        let s = snapshot_from_str(html, "page.html", Limits::DEFAULT);
        assert_eq!(s.url, "https://konto.mobilnet.de/x");
    }

    #[test]
    fn saved_from_urls_keep_hyphens_and_respect_their_length() {
        let html =
            "<!-- saved from url=(0038)https://www.mobil-net.de/mein-konto/x-->\n<html></html>";
        let s = snapshot_from_str(html, "page.html", Limits::DEFAULT);
        assert_eq!(s.url, "https://www.mobil-net.de/mein-konto/x");
        let html = "<!-- saved from url=(0022)https://a.example/abcdefgh -->";
        let s = snapshot_from_str(html, "page.html", Limits::DEFAULT);
        assert_eq!(s.url, "https://a.example/abcd");
    }

    /// The comment is looked for in the first 2 KB; a character straddling
    /// that point must not panic (German pages: "€", "–", "ü").
    #[test]
    fn a_multibyte_character_at_2_kb_does_not_panic() {
        for pad in 0..4 {
            let mut html = format!("<html><body><p>{}</p>", "x".repeat(2030 + pad));
            html.push_str(&"€–ü".repeat(20));
            html.push_str("</p></body></html>");
            let s = snapshot_from_str(&html, "page.html", Limits::DEFAULT);
            assert_eq!(s.url, "page.html");
        }
    }

    #[test]
    fn huge_pages_are_truncated_with_a_note() {
        let mut html = String::from("<body>");
        for i in 0..2_000 {
            html.push_str(&format!("<p>{i}</p>"));
        }
        let limits = Limits {
            max_nodes: 500,
            ..Limits::DEFAULT
        };
        let s = snapshot_from_str(&html, "f", limits);
        assert!(
            s.notes.iter().any(|n| n.contains("more than 500 nodes")),
            "{:?}",
            s.notes
        );

        let big = format!("<body><p>{}</p></body>", "x".repeat(100_000));
        let s = snapshot_from_str(&big, "f", Limits::DEFAULT);
        assert!(s.notes.iter().any(|n| n.contains("text longer than")));
        let Node::Element(p) = &s.body[0] else {
            panic!()
        };
        let Node::Text(t) = &p.children[0] else {
            panic!()
        };
        assert_eq!(t.len(), Limits::DEFAULT.max_text);
    }

    #[test]
    fn deep_nesting_is_flattened_keeping_controls() {
        let mut html = String::from("<body>");
        for _ in 0..200 {
            html.push_str("<div>");
        }
        html.push_str("Hallo Jonas <input name=\"vorname\" value=\"Jonas\">");
        let s = snapshot_from_str(&html, "f", Limits::DEFAULT);
        let c = only_control(&s);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].1.default_value, "Jonas");
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains("Hallo Jonas"));
        // Round-trips through serde_json's default recursion limit.
        assert_eq!(Snapshot::from_json(&json).unwrap(), s);
    }
}
