//! html5ever with a depth guard.
//!
//! The HTML tree builder checks "is there a `<p>` in button scope?" and the
//! like by walking its stack of open elements, so every start tag costs as
//! much as the page is deep: a page of 100,000 nested `<div>`s takes
//! html5ever about 50 s (quadratic), before NotMine reads a thing. Browsers
//! cap the tree's depth while parsing for the same reason (Blink at 512).
//!
//! [`parse`] feeds the text in small chunks through a sink that records
//! each element's depth as it is attached. Once an element lands deeper
//! than [`MAX_PARSE_DEPTH`], no more text is fed: the document is what was
//! read up to there, and [`Parsed::stopped_at`] says where the reading
//! stopped, for the snapshot's notes. Real pages are a few dozen levels
//! deep; the snapshot itself keeps 60 ([`crate::snapshot::Limits`]).

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Elements nested deeper than this stop the parse.
pub const MAX_PARSE_DEPTH: u32 = 512;

/// Bytes fed to the parser at a time. After each chunk the depth is
/// checked: past the cap, one chunk of start tags (about 3,000) costs at
/// most that many walks of a stack a few thousand deep.
const CHUNK: usize = 16 * 1024;

/// A parsed document, and where reading stopped if it did.
pub struct Parsed {
    pub doc: Html,
    /// The byte offset in the text where parsing stopped because the page
    /// nests elements deeper than [`MAX_PARSE_DEPTH`]; `None` when the
    /// whole text was read.
    pub stopped_at: Option<usize>,
}

impl Parsed {
    /// The note a snapshot carries when parsing stopped early.
    pub fn note(&self) -> Option<String> {
        self.stopped_at.map(|at| {
            format!(
                "truncated: the page nests elements deeper than {MAX_PARSE_DEPTH} levels; \
                 it was read up to byte {at}, the rest was not scanned"
            )
        })
    }
}

/// Parses a whole document the way [`Html::parse_document`] does, but
/// stops reading once the tree gets deeper than [`MAX_PARSE_DEPTH`].
pub fn parse(text: &str) -> Parsed {
    let deep = Cell::new(false);
    let sink = Depths {
        inner: HtmlTreeSink::new(Html::new_document()),
        depth: RefCell::new(HashMap::default()),
        deep: &deep,
    };
    let mut parser = html5ever::driver::parse_document(sink, Default::default());
    let mut at = 0;
    let mut stopped_at = None;
    while at < text.len() {
        let mut end = (at + CHUNK).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        parser.process(StrTendril::from_slice(&text[at..end]));
        at = end;
        if deep.get() && at < text.len() {
            stopped_at = Some(at);
            break;
        }
    }
    Parsed {
        doc: parser.finish(),
        stopped_at,
    }
}

/// scraper's sink, plus each attached node's depth.
struct Depths<'a> {
    inner: HtmlTreeSink,
    /// Depth of each node attached so far (the document is 0). A node
    /// missing here counts as 0: the guard is about attackers' depths,
    /// which come from plain appends. Asked on every append: a fast hash
    /// (SipHash here was 1.5 % of a scan of the corpus pages).
    depth: RefCell<HashMap<ego_tree::NodeId, u32, crate::fx::Fx>>,
    deep: &'a Cell<bool>,
}

type Id = ego_tree::NodeId;

impl Depths<'_> {
    fn depth_of(&self, id: &Id) -> u32 {
        self.depth.borrow().get(id).copied().unwrap_or(0)
    }

    fn place(&self, child: &NodeOrText<Id>, depth: u32) {
        if let NodeOrText::AppendNode(id) = child {
            if depth > MAX_PARSE_DEPTH {
                self.deep.set(true);
            }
            self.depth.borrow_mut().insert(*id, depth);
        }
    }
}

impl<'a> TreeSink for Depths<'a> {
    type Output = Html;
    type Handle = Id;
    type ElemName<'b>
        = <HtmlTreeSink as TreeSink>::ElemName<'b>
    where
        Self: 'b;

    fn finish(self) -> Html {
        self.inner.finish()
    }
    fn parse_error(&self, msg: Cow<'static, str>) {
        self.inner.parse_error(msg)
    }
    fn get_document(&self) -> Id {
        self.inner.get_document()
    }
    fn elem_name<'b>(&'b self, target: &'b Id) -> Self::ElemName<'b> {
        self.inner.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Id {
        self.inner.create_element(name, attrs, flags)
    }
    fn create_comment(&self, text: StrTendril) -> Id {
        self.inner.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Id {
        self.inner.create_pi(target, data)
    }
    fn append(&self, parent: &Id, child: NodeOrText<Id>) {
        self.place(&child, self.depth_of(parent) + 1);
        self.inner.append(parent, child)
    }
    fn append_based_on_parent_node(&self, element: &Id, prev_element: &Id, child: NodeOrText<Id>) {
        // Into `element`'s parent when it has one, else `prev_element`.
        let d = self.depth_of(element).max(self.depth_of(prev_element) + 1);
        self.place(&child, d);
        self.inner
            .append_based_on_parent_node(element, prev_element, child)
    }
    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id)
    }
    fn mark_script_already_started(&self, node: &Id) {
        self.inner.mark_script_already_started(node)
    }
    fn pop(&self, node: &Id) {
        self.inner.pop(node)
    }
    fn get_template_contents(&self, target: &Id) -> Id {
        let contents = self.inner.get_template_contents(target);
        let d = self.depth_of(target) + 1;
        self.depth.borrow_mut().insert(contents, d);
        contents
    }
    fn same_node(&self, x: &Id, y: &Id) -> bool {
        self.inner.same_node(x, y)
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode)
    }
    fn append_before_sibling(&self, sibling: &Id, new_node: NodeOrText<Id>) {
        self.place(&new_node, self.depth_of(sibling));
        self.inner.append_before_sibling(sibling, new_node)
    }
    fn add_attrs_if_missing(&self, target: &Id, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs)
    }
    fn associate_with_form(&self, target: &Id, form: &Id, nodes: (&Id, Option<&Id>)) {
        self.inner.associate_with_form(target, form, nodes)
    }
    fn remove_from_parent(&self, target: &Id) {
        self.inner.remove_from_parent(target)
    }
    fn reparent_children(&self, node: &Id, new_parent: &Id) {
        self.inner.reparent_children(node, new_parent)
    }
    fn is_mathml_annotation_xml_integration_point(&self, handle: &Id) -> bool {
        self.inner
            .is_mathml_annotation_xml_integration_point(handle)
    }
    fn set_current_line(&self, line_number: u64) {
        self.inner.set_current_line(line_number)
    }
    fn allow_declarative_shadow_roots(&self, intended_parent: &Id) -> bool {
        self.inner.allow_declarative_shadow_roots(intended_parent)
    }
    fn attach_declarative_shadow(&self, location: &Id, template: &Id, attrs: &[Attribute]) -> bool {
        self.inner
            .attach_declarative_shadow(location, template, attrs)
    }
    fn maybe_clone_an_option_into_selectedcontent(&self, option: &Id) {
        self.inner
            .maybe_clone_an_option_into_selectedcontent(option)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_html5ever(text: &str) {
        let ours = parse(text);
        assert_eq!(ours.stopped_at, None);
        assert_eq!(ours.doc.html(), Html::parse_document(text).html());
    }

    #[test]
    fn an_ordinary_page_parses_as_html5ever_parses_it() {
        same_as_html5ever(
            "<!doctype html><title>t</title><p>a<b>b<i>c</b>d</i><table><tr><td>x<td>y</table>",
        );
        same_as_html5ever("<div><template shadowrootmode=open><input value=a></template></div><select><option>1</select>");
        // Chunk boundaries fall inside tags, entities and multi-byte text.
        let long = "<p class=\"x\">Stra&szlig;e Müller &amp; 東京</p>".repeat(2_000);
        same_as_html5ever(&long);
    }

    #[test]
    fn a_page_deeper_than_the_cap_is_read_up_to_it() {
        let page = format!(
            "<p>before</p>{}<input value=x>{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let p = parse(&page);
        let at = p.stopped_at.expect("stopped");
        // Within a chunk or two of the 512th level.
        assert!(at < 2 * CHUNK + 512 * 5 + 20, "{at}");
        assert!(p.doc.html().contains("<p>before</p>"));
        assert!(p.note().unwrap().contains("deeper than 512 levels"));
    }

    #[test]
    fn templates_count_toward_the_depth() {
        let page = "<div><template shadowrootmode=open>".repeat(20_000);
        assert!(parse(&page).stopped_at.is_some());
        // and 500 levels of them do not.
        let page = "<div><template shadowrootmode=open>".repeat(200);
        assert_eq!(parse(&page).stopped_at, None);
    }
}
