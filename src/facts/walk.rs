//! The walk over a snapshot, and the context it keeps: forms, headings
//! and own-choice sections, tables, hidden, publication and chrome regions.

pub mod labels;
pub mod shown;

use super::controls::{birth_date_parts, card_expiry_parts, sign_in_identifier};
use super::{page_kind, ControlFact, PageFacts, Shown, ShownValue};
use crate::context::{self, mentions, mentions_folded};
use crate::kinds::{DataKind, FieldType};
use crate::snapshot::{Element, Node, Snapshot};
use crate::text::collapse_ws;
use shown::document_name;
use std::collections::HashMap;

/// Elements that end a line of text.
pub(super) const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "iframe",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "option",
    "label",
    "button",
];

/// Elements whose whole content is publication, never an account view.
pub(super) const PUBLICATION_TAGS: &[&str] = &[
    "article",
    "aside",
    "footer",
    "address",
    "blockquote",
    "cite",
];

/// How much text before a control counts as its label.
pub(super) const PRECEDING_MAX: usize = 80;

/// Longest label in a "Label: value" line.
pub(super) const LINE_LABEL_MAX: usize = 40;

/// Walks the snapshot once and returns its facts.
pub(super) fn walk(snap: &Snapshot) -> PageFacts<'_> {
    let mut w = Walker::new(snap);
    for n in &snap.body {
        w.node(n, 0);
    }
    w.flush_line();
    w.finish()
}

/// The texts of a form's buttons, ` | `-separated.
#[derive(Debug, Clone, Default)]
pub(super) struct Buttons {
    pub(super) submit: String,
    pub(super) other: String,
}

#[derive(Debug, Clone)]
pub(super) struct Scope {
    pub(super) level: u8,
    pub(super) own_choice: bool,
    /// Depth of the element that bounds this scope (legend/caption/class);
    /// `None` for headings, which last until the next heading of their level.
    pub(super) container: Option<usize>,
}

#[derive(Debug, Default)]
pub(super) struct Table {
    pub(super) headers: Vec<String>,
    /// What each header names, classified once for all the rows below it.
    pub(super) header_types: Vec<Option<FieldType>>,
    pub(super) row: Vec<(bool, String)>,
    /// Index of the cell being walked in the current row.
    pub(super) cell: usize,
}

pub(super) struct Walker<'a> {
    pub(super) snap: &'a Snapshot,
    /// What `for` and `aria-labelledby` point at, gathered on the first
    /// control: most real pages have none, and gathering walks the whole
    /// snapshot.
    pub(super) targets: Option<Targets<'a>>,
    /// The country the page says it is in (its phone format is read first).
    pub(super) country: Option<&'static crate::lang::countries::Country>,
    /// The page's language, primary subtag: the classifier prefers its
    /// words where two languages read a label differently.
    pub(super) lang: String,
    pub(super) controls: Vec<ControlFact<'a>>,
    pub(super) values: Vec<ShownValue>,
    /// What was left out to stay within budget.
    pub(super) notes: Vec<String>,
    /// Lines of text read so far ([`MAX_LINES`](crate::facts::MAX_LINES)).
    pub(super) lines_read: usize,
    pub(super) scopes: Vec<Scope>,
    pub(super) tables: Vec<Table>,
    pub(super) forms: Vec<usize>,
    pub(super) form_count: usize,
    /// The texts of each form's buttons, submit buttons apart (`None`:
    /// outside any form), which say what the form does ("Log in", "Create
    /// account"). Hidden ones too: a multi-step form shows its submit last.
    pub(super) buttons: HashMap<Option<usize>, Buttons>,
    pub(super) hidden: usize,
    pub(super) publication: usize,
    /// The `<label>` elements around, each with its text once read.
    pub(super) label_stack: Vec<(&'a Element, Option<String>)>,
    /// Text since the last control or block boundary.
    pub(super) pending_text: String,
    /// The last non-empty block of text, when no control came after it: the
    /// label of a control in the next cell, `dd` or block.
    pub(super) prev_block: String,
    pub(super) pending_dt: Option<String>,
    pub(super) line: String,
    /// The text nodes of the current line, for greetings that share a line
    /// with other words ("Hallo Jonas | Abmelden").
    pub(super) line_nodes: Vec<&'a str>,
    /// A line that was only a label ("Kundennummer"), waiting for its value
    /// on the next line (label and value in sibling blocks).
    pub(super) pending_label: Option<(FieldType, String)>,
    pub(super) headings: Vec<String>,
    pub(super) logout: bool,
    /// Depth of page chrome (header, navigation, account menu) around.
    pub(super) chrome: usize,
    /// Depth of navigation (header, nav, menus) around: the part of the
    /// chrome that is lists of links.
    pub(super) nav: usize,
    /// Inside the pairing of a table row or a definition list.
    pub(super) structure: usize,
    /// Each greeting pushed to `values`: its index, whether it stood in the
    /// page's chrome, and whether it said "signed in as".
    pub(super) greetings: Vec<(usize, bool, bool)>,
    /// What each distinct `class` or `id` value says about its region, asked
    /// once per page: real pages repeat the same few class lists on
    /// thousands of elements, and the four word tables are long.
    pub(super) marks_seen: HashMap<String, Marks, crate::fx::Fx>,
}

/// The elements a control's label can point at: the text of each
/// `<label for>` by the id it names, and every element by its id (for
/// `aria-labelledby`). The first of each id wins, as in a browser.
pub(super) struct Targets<'a> {
    pub(super) label_for: HashMap<&'a str, String>,
    pub(super) ids: HashMap<&'a str, &'a Element>,
}

impl<'a> Targets<'a> {
    fn of(snap: &'a Snapshot) -> Self {
        let mut label_for = HashMap::new();
        let mut ids = HashMap::new();
        snap.walk(|e, _| {
            if let Some(id) = e.attrs.id.as_deref() {
                ids.entry(id).or_insert(e);
            }
            if e.tag == "label" {
                if let Some(f) = e.attrs.for_.as_deref() {
                    label_for
                        .entry(f)
                        .or_insert_with(|| collapse_ws(&e.text(200)));
                }
            }
        });
        Targets { label_for, ids }
    }
}

/// What an element's `class` and `id` say about the region it opens.
#[derive(Clone, Copy, Default)]
pub(super) struct Marks {
    pub(super) publication: bool,
    pub(super) navigation: bool,
    pub(super) account_area: bool,
    pub(super) own_choice: bool,
}

impl std::ops::BitOr for Marks {
    type Output = Marks;
    fn bitor(self, o: Marks) -> Marks {
        Marks {
            publication: self.publication || o.publication,
            navigation: self.navigation || o.navigation,
            account_area: self.account_area || o.account_area,
            own_choice: self.own_choice || o.own_choice,
        }
    }
}

impl Marks {
    /// `padded`: one folded `class` or `id` value, with a space on each side.
    /// A region is named by a whole word of its table or that word's plural,
    /// never by a part of a word: a class "newsletter-signup" is no "news"
    /// region, "authorize" no "author", and "comment-form" is a comment
    /// region only by its word "comment".
    pub(super) fn of(padded: &str) -> Marks {
        if padded.len() <= 2 {
            return Marks::default();
        }
        let mut m = Marks {
            own_choice: mentions_folded(padded, context::own_choice()),
            ..Marks::default()
        };
        // The three region tables in one map: one look-up per word (two
        // for a word ending in "s"), not one per word and table.
        let regions = region_words();
        for w in padded
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let bits = regions.get(w).copied().unwrap_or(0)
                | w.strip_suffix('s')
                    .and_then(|s| regions.get(s).copied())
                    .unwrap_or(0);
            m.publication |= bits & PUBLICATION != 0;
            m.navigation |= bits & NAVIGATION != 0;
            m.account_area |= bits & ACCOUNT_AREA != 0;
        }
        m
    }
}

const PUBLICATION: u8 = 1;
const NAVIGATION: u8 = 2;
const ACCOUNT_AREA: u8 = 4;

/// The words of the publication, navigation and account-area tables, each
/// with the regions it names: [`Marks::of`] asks every word of every new
/// class list, and one map costs a third of asking three tables
/// (`names_region`, the tests' reference, asks one table).
fn region_words() -> &'static HashMap<&'static str, u8, crate::fx::Fx> {
    static WORDS: std::sync::OnceLock<HashMap<&'static str, u8, crate::fx::Fx>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: HashMap<&'static str, u8, crate::fx::Fx> = HashMap::default();
        for (table, bit) in [
            (context::publication(), PUBLICATION),
            (context::navigation(), NAVIGATION),
            (context::account_area(), ACCOUNT_AREA),
        ] {
            for w in table {
                *words.entry(w).or_default() |= bit;
            }
        }
        words
    })
}

impl<'a> Walker<'a> {
    pub(super) fn new(snap: &'a Snapshot) -> Self {
        Walker {
            snap,
            targets: None,
            country: crate::lang::countries::of_page(&snap.lang, &snap.url),
            lang: crate::lang::primary_subtag(&snap.lang),
            controls: Vec::new(),
            values: Vec::new(),
            notes: Vec::new(),
            lines_read: 0,
            scopes: Vec::new(),
            tables: Vec::new(),
            forms: Vec::new(),
            form_count: 0,
            buttons: HashMap::new(),
            hidden: 0,
            publication: 0,
            label_stack: Vec::new(),
            pending_text: String::new(),
            prev_block: String::new(),
            pending_dt: None,
            line: String::new(),
            line_nodes: Vec::new(),
            pending_label: None,
            headings: Vec::new(),
            logout: false,
            chrome: 0,
            nav: 0,
            structure: 0,
            greetings: Vec::new(),
            marks_seen: HashMap::default(),
        }
    }

    /// What a `class` or `id` value says ([`Marks`]), from the page's cache.
    fn marks(&mut self, value: Option<&str>) -> Marks {
        let Some(v) = value.filter(|v| !v.is_empty()) else {
            return Marks::default();
        };
        if let Some(m) = self.marks_seen.get(v) {
            return *m;
        }
        let m = Marks::of(&context::padded_fold(v));
        self.marks_seen.insert(v.to_string(), m);
        m
    }

    pub(super) fn own_choice(&self) -> bool {
        self.scopes.iter().any(|s| s.own_choice)
    }

    pub(super) fn node(&mut self, n: &'a Node, depth: usize) {
        match n {
            Node::Text(t) => self.text(t),
            Node::Element(e) => self.element(e, depth),
        }
    }

    pub(super) fn text(&mut self, t: &'a str) {
        if self.hidden > 0 {
            return;
        }
        push_capped(&mut self.pending_text, t, PRECEDING_MAX);
        if !self.line.is_empty() {
            self.line.push(' ');
        }
        self.line.push_str(t);
        if self.line_nodes.len() < 32 {
            self.line_nodes.push(t);
        }
    }

    pub(super) fn element(&mut self, e: &'a Element, depth: usize) {
        // Real snapshots are capped far below this; a hand-made one is not.
        if depth > 512 {
            return;
        }
        let tag = e.tag.as_str();
        let block = BLOCK.contains(&tag);
        if block {
            self.flush_line();
        }
        let was_hidden = self.hidden;
        if e.hidden {
            self.hidden += 1;
        }
        let marks = self.marks(e.attrs.class.as_deref()) | self.marks(e.attrs.id.as_deref());
        let is_publication = PUBLICATION_TAGS.contains(&tag) || marks.publication;
        if is_publication {
            self.publication += 1;
        }
        // Navigation is part of the chrome; an account area is the rest.
        let is_nav = matches!(tag, "header" | "nav")
            || matches!(e.attrs.role.as_deref(), Some("banner" | "navigation"))
            || marks.navigation;
        let is_chrome = is_nav || marks.account_area;
        if is_nav {
            self.nav += 1;
        }
        if is_chrome {
            self.chrome += 1;
        }
        if marks.own_choice {
            self.scopes.push(Scope {
                level: 9,
                own_choice: true,
                container: Some(depth),
            });
        }
        let heading = heading_level(tag);
        if let Some(level) = heading {
            let text = collapse_ws(&e.text(200));
            self.heading(level, &text, depth, tag);
        }
        if tag == "a" && self.hidden == 0 {
            let t = e.text(120);
            if !self.logout && mentions(&t, context::logout()) {
                self.logout = true;
            }
            if self.publication == 0 {
                if let Some(name) = document_name(&t) {
                    let own_choice = self.own_choice();
                    self.values.push(ShownValue {
                        kind: DataKind::Name,
                        raw: name,
                        label: format!("document \"{}\"", t.trim()),
                        how: Shown::Labelled,
                        own_choice,
                        structured: false,
                    });
                }
            }
        }
        match tag {
            "form" => {
                self.forms.push(self.form_count);
                self.form_count += 1;
            }
            "table" => self.tables.push(Table::default()),
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.row.clear();
                    t.cell = 0;
                }
            }
            "label" => self.label_stack.push((e, None)),
            _ => {}
        }
        self.button(e);

        if e.control.is_some() && e.is_data_control() {
            self.control(e);
        } else {
            for c in &e.children {
                self.node(c, depth + 1);
            }
        }

        match tag {
            "form" => {
                self.forms.pop();
            }
            "td" | "th" => {
                let text = collapse_ws(&e.text(300));
                if let Some(t) = self.tables.last_mut() {
                    t.row.push((tag == "th", text));
                    t.cell += 1;
                }
            }
            "tr" => self.row_done(),
            "table" => {
                self.tables.pop();
            }
            "dt" => self.pending_dt = Some(collapse_ws(&e.text(200))),
            "dd" => {
                if let Some(label) = self.pending_dt.clone().filter(|_| self.spend()) {
                    let value = collapse_ws(&e.text(300));
                    self.structure += 1;
                    self.labelled(&label, &value);
                    self.structure -= 1;
                }
            }
            "label" => {
                self.label_stack.pop();
            }
            _ => {}
        }
        if block {
            self.flush_line();
        }
        if heading.is_some() {
            // A heading names a section, not the control after it.
            self.prev_block.clear();
            self.pending_label = None;
        }
        if matches!(tag, "dt" | "th" | "td") {
            // Their values are paired structurally (dd, row, column), with
            // the whole cell as the value; a line-by-line pairing would
            // report the first line of a multi-line cell a second time.
            self.pending_label = None;
        }
        self.scopes
            .retain(|s| s.container.is_none_or(|d| d < depth));
        if is_publication {
            self.publication -= 1;
        }
        if is_nav {
            self.nav -= 1;
        }
        if is_chrome {
            self.chrome -= 1;
        }
        self.hidden = was_hidden;
    }

    pub(super) fn heading(&mut self, level: u8, text: &str, depth: usize, tag: &str) {
        if text.is_empty() {
            return;
        }
        let own = mentions(text, context::own_choice());
        if tag == "legend" || tag == "caption" {
            // Scoped to the parent fieldset/table: depth - 1.
            self.scopes.push(Scope {
                level,
                own_choice: own,
                container: Some(depth.saturating_sub(1)),
            });
        } else {
            self.scopes
                .retain(|s| s.container.is_some() || s.level < level);
            self.scopes.push(Scope {
                level,
                own_choice: own,
                container: None,
            });
        }
        if level <= 2 && self.headings.len() < 16 {
            self.headings.push(text.to_string());
        }
    }

    /// Notes the text of a button (`<button>`, `<input type=submit>`) for
    /// the form it is in: a submit button's apart from the others, which
    /// open dialogs or switch tabs ("Sign up" beside a "Log in" submit).
    pub(super) fn button(&mut self, e: &Element) {
        let (text, submit) = match (e.tag.as_str(), e.input_type()) {
            ("button", "reset") => return,
            ("button", t) => (e.text(80), t != "button"),
            ("input", t @ ("submit" | "button")) => (
                e.control
                    .as_ref()
                    .map(|c| c.value.clone())
                    .unwrap_or_default(),
                t == "submit",
            ),
            _ => return,
        };
        // "Sign in with Google", "Continue with Apple": another site's
        // sign-in, which says nothing about what this form does.
        if text.trim().is_empty() || mentions(&text, context::social_sign_in()) {
            return;
        }
        let b = self.buttons.entry(self.forms.last().copied()).or_default();
        let all = if submit { &mut b.submit } else { &mut b.other };
        if all.len() < 400 {
            all.push_str(" | ");
            all.push_str(text.trim());
        }
    }
}

impl<'a> Walker<'a> {
    /// Records a note once.
    pub(super) fn note(&mut self, note: String) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    pub(super) fn finish(mut self) -> PageFacts<'a> {
        let snap = self.snap;
        let page = page_kind::describe(&snap.title, &snap.url, &self.headings);
        let logged_in = self.logout || page.account.is_some();
        let dropped: Vec<usize> = self
            .greetings
            .iter()
            .filter(|&&(_, chrome, login)| {
                !page_kind::greeting_counts(login, chrome, logged_in, page.account.is_some())
            })
            .map(|&(i, _, _)| i)
            .collect();
        // `dropped` is in ascending order (greetings are met in order).
        let mut i = 0;
        self.values.retain(|_| {
            i += 1;
            dropped.binary_search(&(i - 1)).is_err()
        });
        let greeting = self.values.iter().any(|v| v.how == Shown::Greeting);
        let record = self.values.iter().any(|v| v.structured);
        let account = page_kind::account_view(&page, greeting, self.logout, record);
        if page.account.is_none() && account.is_some() {
            // Logged in, but the page does not say it is about the account:
            // only what addresses the customer or stands in a record counts,
            // not "Label: value" lines of a news site's navigation.
            self.values
                .retain(|v| v.how == Shown::Greeting || v.structured || v.how == Shown::InText);
        }
        let sign_up = mentions(&snap.title, context::sign_up())
            || self
                .headings
                .iter()
                .any(|h| mentions(h, context::sign_up()));
        card_expiry_parts(&mut self.controls);
        birth_date_parts(&mut self.controls);
        sign_in_identifier(&mut self.controls, |form| {
            // The form's own buttons say what it does, its submit button
            // first; where they say neither or both, the page's title and
            // headings do.
            let b = self.buttons.get(&form).cloned().unwrap_or_default();
            [b.submit, b.other]
                .iter()
                .find_map(|t| {
                    match (
                        mentions(t, context::sign_up()),
                        mentions(t, context::sign_in()),
                    ) {
                        (true, false) => Some(true),
                        (false, true) => Some(false),
                        _ => None,
                    }
                })
                .unwrap_or(sign_up)
        });
        let embedded = crate::facts::embedded::people(snap, account.is_some(), self.country);
        PageFacts {
            controls: self.controls,
            values: self.values,
            account,
            embedded,
            notes: self.notes,
            country: self.country,
        }
    }
}

/// Whether the words of a class or id (folded and padded, as [`Marks::of`]
/// reads them) name a region in `table`: [`Marks::of`]'s test for one
/// table at a time, written plainly, as the reference its tests compare
/// with.
#[cfg(test)]
pub(super) fn names_region(marks: &str, table: &'static [&'static str]) -> bool {
    let words = context::word_set(table);
    marks
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| words.contains(w) || w.strip_suffix('s').is_some_and(|s| words.contains(s)))
}

pub(super) fn heading_level(tag: &str) -> Option<u8> {
    Some(match tag {
        "h1" => 1,
        "h2" => 2,
        "h3" => 3,
        "h4" => 4,
        "h5" => 5,
        "h6" => 6,
        "legend" | "caption" => 7,
        _ => return None,
    })
}

/// Keeps the last `max` bytes of the running text.
pub(super) fn push_capped(buf: &mut String, t: &str, max: usize) {
    if !buf.is_empty() {
        buf.push(' ');
    }
    buf.push_str(t);
    if buf.len() > max {
        let mut cut = buf.len() - max;
        while !buf.is_char_boundary(cut) {
            cut += 1;
        }
        buf.drain(..cut);
    }
}
