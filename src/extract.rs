//! What a page shows: its form controls with their classification and
//! server-sent values, and the personal values its text presents
//! (greetings, labelled values in tables, definition lists and
//! "Label: value" lines, masked cards, IBANs).
//!
//! One walk over the snapshot collects everything, tracking the context a
//! reader uses: which form a control belongs to, the heading a section sits
//! under (an "Adressbuch" is the user's own choice of people), whether a
//! region is publication rather than account (bylines, comments, footers),
//! and whether it is hidden.

use crate::context::{self, mentions, mentions_folded};
use crate::fields::{self, Classification, Evidence};
use crate::kinds::{DataKind, FieldType};
use crate::recognise::{
    find_cards, find_ibans, greeting, is_email, is_not_data, is_plausible_birth_date, is_postcode,
    is_service_number, is_valid_iban, looks_like_person_name, month_number, normalize_phone,
    parse_card, parse_date, parse_expiry, CardValue,
};
use crate::snapshot::{Element, Node, Snapshot};
use crate::text::{collapse_ws, fold};
use std::collections::{BTreeMap, HashMap};

/// A form control and what the page says about it.
#[derive(Debug, Clone)]
pub struct ControlFact<'a> {
    pub el: &'a Element,
    pub class: Classification,
    /// The control or an ancestor is hidden.
    pub hidden: bool,
    /// Index of the enclosing `<form>` in document order.
    pub form: Option<usize>,
    /// Inside a section of people the user chose (address book, gift).
    pub own_choice: bool,
    /// Texts that name the field (label, placeholder, …): a value equal to
    /// one of them is a pseudo-placeholder, not data.
    pub hints: Vec<String>,
}

/// How a value came to be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// "Hallo Jonas", "Angemeldet als …".
    Greeting,
    /// A value under a label: th/td, dt/dd, "Label: value".
    Labelled,
    /// Recognised in running text by its form alone (masked card, IBAN).
    InText,
}

/// A personal value the page's text presents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownValue {
    pub kind: DataKind,
    pub raw: String,
    /// The label it stood under, or what recognised it.
    pub label: String,
    pub how: Shown,
    pub own_choice: bool,
    /// Read from a record's structure (a table row or column, a definition
    /// list) outside the page's chrome, rather than from a line of text.
    pub structured: bool,
}

/// Everything the verdict needs from a page.
#[derive(Debug, Clone, Default)]
pub struct PageFacts<'a> {
    pub controls: Vec<ControlFact<'a>>,
    pub values: Vec<ShownValue>,
    /// The page is an account view, and the evidence for it. Never for an
    /// imprint, contact or privacy page, whatever else it says.
    pub account: Option<String>,
    /// Person records in the data the page embeds (`__NEXT_DATA__`,
    /// state objects), which nobody sees but everybody receives.
    pub embedded: Vec<crate::embedded::EmbeddedPerson>,
}

/// Elements that end a line of text.
const BLOCK: &[&str] = &[
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
const PUBLICATION_TAGS: &[&str] = &[
    "article",
    "aside",
    "footer",
    "address",
    "blockquote",
    "cite",
];

/// How much text before a control counts as its label.
const PRECEDING_MAX: usize = 80;

/// Longest label in a "Label: value" line.
const LINE_LABEL_MAX: usize = 40;

/// Collects the facts of a page.
pub fn extract(snap: &Snapshot) -> PageFacts<'_> {
    let mut w = Walker::new(snap);
    for n in &snap.body {
        w.node(n, 0);
    }
    w.flush_line();
    w.finish()
}

/// The texts of a form's buttons, ` | `-separated.
#[derive(Debug, Clone, Default)]
struct Buttons {
    submit: String,
    other: String,
}

#[derive(Debug, Clone)]
struct Scope {
    level: u8,
    own_choice: bool,
    /// Depth of the element that bounds this scope (legend/caption/class);
    /// `None` for headings, which last until the next heading of their level.
    container: Option<usize>,
}

#[derive(Debug, Default)]
struct Table {
    headers: Vec<String>,
    /// What each header names, classified once for all the rows below it.
    header_types: Vec<Option<FieldType>>,
    row: Vec<(bool, String)>,
    /// Index of the cell being walked in the current row.
    cell: usize,
}

struct Walker<'a> {
    snap: &'a Snapshot,
    label_for: HashMap<&'a str, String>,
    ids: HashMap<&'a str, &'a Element>,
    controls: Vec<ControlFact<'a>>,
    values: Vec<ShownValue>,
    scopes: Vec<Scope>,
    tables: Vec<Table>,
    forms: Vec<usize>,
    form_count: usize,
    /// The texts of each form's buttons, submit buttons apart (`None`:
    /// outside any form), which say what the form does ("Log in", "Create
    /// account"). Hidden ones too: a multi-step form shows its submit last.
    buttons: HashMap<Option<usize>, Buttons>,
    hidden: usize,
    publication: usize,
    label_stack: Vec<&'a Element>,
    /// Text since the last control or block boundary.
    pending_text: String,
    /// The last non-empty block of text, when no control came after it: the
    /// label of a control in the next cell, `dd` or block.
    prev_block: String,
    pending_dt: Option<String>,
    line: String,
    /// The text nodes of the current line, for greetings that share a line
    /// with other words ("Hallo Jonas | Abmelden").
    line_nodes: Vec<String>,
    /// A line that was only a label ("Kundennummer"), waiting for its value
    /// on the next line (label and value in sibling blocks).
    pending_label: Option<(FieldType, String)>,
    headings: Vec<String>,
    logout: bool,
    /// Depth of page chrome (header, navigation, account menu) around.
    chrome: usize,
    /// Depth of navigation (header, nav, menus) around: the part of the
    /// chrome that is lists of links.
    nav: usize,
    /// Inside the pairing of a table row or a definition list.
    structure: usize,
    /// Each greeting pushed to `values`: its index, whether it stood in the
    /// page's chrome, and whether it said "signed in as".
    greetings: Vec<(usize, bool, bool)>,
}

impl<'a> Walker<'a> {
    fn new(snap: &'a Snapshot) -> Self {
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
        Walker {
            snap,
            label_for,
            ids,
            controls: Vec::new(),
            values: Vec::new(),
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
        }
    }

    fn own_choice(&self) -> bool {
        self.scopes.iter().any(|s| s.own_choice)
    }

    fn node(&mut self, n: &'a Node, depth: usize) {
        match n {
            Node::Text(t) => self.text(t),
            Node::Element(e) => self.element(e, depth),
        }
    }

    fn text(&mut self, t: &str) {
        if self.hidden > 0 {
            return;
        }
        push_capped(&mut self.pending_text, t, PRECEDING_MAX);
        if !self.line.is_empty() {
            self.line.push(' ');
        }
        self.line.push_str(t);
        if self.line_nodes.len() < 32 {
            self.line_nodes.push(t.to_string());
        }
    }

    fn element(&mut self, e: &'a Element, depth: usize) {
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
        let marks = match (e.attrs.class.as_deref(), e.attrs.id.as_deref()) {
            (None, None) => String::new(),
            (c, i) => format!(
                " {} ",
                fold(&format!("{} {}", c.unwrap_or(""), i.unwrap_or("")))
            ),
        };
        let is_publication = PUBLICATION_TAGS.contains(&tag)
            || (marks.len() > 2 && names_region(&marks, context::PUBLICATION));
        if is_publication {
            self.publication += 1;
        }
        // Navigation is part of the chrome; an account area is the rest.
        let is_nav = matches!(tag, "header" | "nav")
            || matches!(e.attrs.role.as_deref(), Some("banner" | "navigation"))
            || (marks.len() > 2 && names_region(&marks, context::NAVIGATION));
        let is_chrome = is_nav || (marks.len() > 2 && names_region(&marks, context::ACCOUNT_AREA));
        if is_nav {
            self.nav += 1;
        }
        if is_chrome {
            self.chrome += 1;
        }
        if marks.len() > 2 && mentions_folded(&marks, context::OWN_CHOICE) {
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
            if mentions(&t, context::LOGOUT) {
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
            "label" => self.label_stack.push(e),
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
                if let Some(label) = self.pending_dt.clone() {
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

    fn heading(&mut self, level: u8, text: &str, depth: usize, tag: &str) {
        if text.is_empty() {
            return;
        }
        let own = mentions(text, context::OWN_CHOICE);
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
    fn button(&mut self, e: &Element) {
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
        if text.trim().is_empty() || mentions(&text, context::SOCIAL_SIGN_IN) {
            return;
        }
        let b = self.buttons.entry(self.forms.last().copied()).or_default();
        let all = if submit { &mut b.submit } else { &mut b.other };
        if all.len() < 400 {
            all.push_str(" | ");
            all.push_str(text.trim());
        }
    }

    fn control(&mut self, e: &'a Element) {
        let a = &e.attrs;
        let label_for =
            a.id.as_deref()
                .and_then(|id| self.label_for.get(id))
                .map(String::as_str);
        // A hidden control has no visible label; only its name/id speak.
        let visible = self.hidden == 0 && !e.hidden;
        let wrapping_label = self
            .label_stack
            .last()
            .map(|l| collapse_ws(&l.text(200)))
            .filter(|_| visible);
        let labelledby = a.aria_labelledby.as_deref().map(|ids| {
            let parts: Vec<String> = ids
                .split_ascii_whitespace()
                .filter_map(|id| self.ids.get(id))
                .map(|el| collapse_ws(&el.text(200)))
                .collect();
            parts.join(" ")
        });
        let preceding = [self.pending_text.trim(), self.prev_block.trim()]
            .into_iter()
            .find(|s| !s.is_empty())
            .map(str::to_string)
            .filter(|_| visible);
        let label_for = label_for.filter(|_| visible);
        let column_header = self
            .tables
            .last()
            .and_then(|t| t.headers.get(t.cell).cloned())
            .filter(|_| visible);
        let ev = Evidence {
            label_for,
            wrapping_label,
            labelledby,
            preceding,
            column_header,
        };
        let class = fields::classify(e, &ev);
        let mut hints: Vec<String> = ev
            .texts(e)
            .into_iter()
            .filter_map(|(_, t)| t.map(str::to_string))
            .collect();
        hints.push(class.label.clone());
        self.controls.push(ControlFact {
            el: e,
            class,
            hidden: !visible,
            form: self.forms.last().copied(),
            own_choice: self.own_choice(),
            hints,
        });
        // The text before the next control is that control's, not ours.
        self.pending_text.clear();
        self.prev_block.clear();
        self.pending_label = None;
    }

    fn row_done(&mut self) {
        self.structure += 1;
        self.row_pairs();
        self.structure -= 1;
    }

    fn row_pairs(&mut self) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let row = std::mem::take(&mut t.row);
        if row.is_empty() {
            return;
        }
        if row.iter().all(|(th, _)| *th) && row.len() > 1 {
            t.header_types = row
                .iter()
                .map(|(_, h)| fields::classify_label(label_text(h)))
                .collect();
            t.headers = row.into_iter().map(|(_, s)| s).collect();
            return;
        }
        let headers = t.headers.clone();
        let header_types = t.header_types.clone();
        // A row label: "<th>Name</th><td>…</td>" or "<td>Name:</td><td>…</td>".
        if row.len() >= 2 {
            if let Some(ty) = fields::classify_label(label_text(&row[0].1)) {
                self.labelled_as(ty, &row[0].1, &row[1].1);
                return;
            }
        }
        // A data row under column headers.
        let before = self.values.len();
        for (i, (_, cell)) in row.iter().enumerate() {
            if let (Some(h), Some(Some(ty))) = (headers.get(i), header_types.get(i)) {
                self.labelled_as(*ty, h, cell);
            }
        }
        // A list of people ("Driver | Email | Phone"): a row that holds an
        // email or phone belongs to a person, and a cell under a header we
        // cannot read that reads as a full name is that person's name.
        let contact = self.values[before..]
            .iter()
            .any(|v| matches!(v.kind, DataKind::Email | DataKind::Phone));
        if contact && self.hidden == 0 && self.publication == 0 {
            // Names usually lead the row; put them first to keep reading order.
            let rest = self.values.split_off(before);
            for (i, (_, cell)) in row.iter().enumerate() {
                let header = headers.get(i).map(String::as_str).unwrap_or("");
                let unread = header_types.get(i).is_none_or(Option::is_none);
                if unread && looks_like_person_name(cell, true) {
                    let own_choice = self.own_choice();
                    self.values.push(ShownValue {
                        kind: DataKind::Name,
                        raw: cell.clone(),
                        label: header.to_string(),
                        how: Shown::Labelled,
                        own_choice,
                        structured: self.nav == 0,
                    });
                }
            }
            self.values.extend(rest);
        }
    }

    fn flush_line(&mut self) {
        let pending = std::mem::take(&mut self.pending_text);
        if !pending.trim().is_empty() {
            self.prev_block = pending;
        }
        let line = collapse_ws(&std::mem::take(&mut self.line));
        let nodes = std::mem::take(&mut self.line_nodes);
        if line.is_empty() || self.hidden > 0 || self.publication > 0 {
            return;
        }
        let own_choice = self.own_choice();
        // Label and value in sibling blocks: "<div>Kundennummer</div><div>4711</div>".
        // Not inside a form, where a label's value is its control and the
        // next line is the next field's label or a widget's text.
        if let Some((ty, label)) = self.pending_label.take().filter(|_| self.forms.is_empty()) {
            if self.labelled_as(ty, &label, &line) {
                return;
            }
        }
        let owned = |(n, login): (&str, bool)| (n.to_string(), login);
        let greeting = greeting(&line).map(owned).or_else(|| {
            // The greeting may share its line with a log-out link or a
            // separator; try each text node, and each node with the next.
            nodes
                .iter()
                .find_map(|n| greeting(n).map(owned))
                .or_else(|| {
                    nodes
                        .windows(2)
                        .find_map(|w| greeting(&format!("{} {}", w[0], w[1])).map(owned))
                })
        });
        if let Some((name, login)) = greeting.as_ref() {
            let name = name.trim();
            if is_not_data(name, &[]) {
                // "Welcome, test@example.com": a sample greets nobody.
                return;
            }
            let kind = if is_email(name) {
                Some(DataKind::Email)
            } else if looks_like_person_name(name, false) {
                Some(DataKind::Name)
            } else if !name.contains(' ') && name.len() <= 64 {
                Some(DataKind::Username)
            } else {
                None
            };
            if let Some(kind) = kind {
                self.greetings
                    .push((self.values.len(), self.chrome > 0, *login));
                self.values.push(ShownValue {
                    kind,
                    raw: name.to_string(),
                    label: "greeting".into(),
                    how: Shown::Greeting,
                    own_choice,
                    structured: false,
                });
            }
            return;
        }
        if let Some((label, value)) = line.split_once(':') {
            let label = label.trim();
            let value = value.trim();
            if !label.is_empty()
                && label.len() <= LINE_LABEL_MAX
                && !value.is_empty()
                && self.labelled(label, value)
            {
                return;
            }
        }
        // Label and value in sibling inline elements on one line:
        // "<span>Name</span><span>Ingrid Solberg</span>".
        if nodes.len() == 2
            && nodes[0].len() <= LINE_LABEL_MAX
            && self.labelled(&nodes[0], &nodes[1])
        {
            return;
        }
        // A line that is only a label waits for its value on the next line;
        // "123 Main Street" names a street but is one, so it is no label.
        let label_ty = (line.len() <= LINE_LABEL_MAX)
            .then(|| fields::classify_label(label_text(&line)))
            .flatten();
        let is_value = |ty| {
            validate(ty, &line).is_some() && line.chars().any(|c| c.is_ascii_digit() || c == '@')
        };
        // Not in the page's navigation either: a menu is a list of links
        // ("Passengers with …", "Flight …"), and a link that reads like a
        // label is followed by the next link, not by a value.
        if let Some(ty) = label_ty.filter(|&ty| !is_value(ty) && self.nav == 0) {
            self.pending_label = Some((ty, line));
            return;
        }
        for (start, end, card) in find_cards(&line) {
            if matches!(card, CardValue::Masked { .. } | CardValue::Full { .. }) {
                self.push_value(ShownValue {
                    kind: DataKind::Card,
                    raw: line[start..end].to_string(),
                    label: "card number in text".into(),
                    how: Shown::InText,
                    own_choice,
                    structured: false,
                });
            }
        }
        for iban in find_ibans(&line) {
            self.push_value(ShownValue {
                kind: DataKind::Iban,
                raw: iban,
                label: "IBAN in text".into(),
                how: Shown::InText,
                own_choice,
                structured: false,
            });
        }
    }

    /// Records `value` under `label` when the label names personal data and
    /// the value looks like it. Returns whether it did.
    fn labelled(&mut self, label: &str, value: &str) -> bool {
        if self.hidden > 0 || self.publication > 0 {
            return false;
        }
        match fields::classify_label(label_text(label)) {
            Some(ty) => self.labelled_as(ty, label, value),
            None => false,
        }
    }

    /// [`Self::labelled`] for a label already classified as `ty`.
    fn labelled_as(&mut self, ty: FieldType, label: &str, value: &str) -> bool {
        if self.hidden > 0 || self.publication > 0 {
            return false;
        }
        let label = label_text(label);
        let Some((kind, raw)) = validate(ty, value) else {
            return false;
        };
        if !looks_shown(kind, &raw, self.structure > 0) {
            return false;
        }
        // Sample identities and template markers in an account view are
        // demo content, as they are in forms ("Max Mustermann").
        if is_not_data(&raw, &[label]) {
            return false;
        }
        let v = ShownValue {
            kind,
            raw,
            label: label.to_string(),
            how: Shown::Labelled,
            own_choice: self.own_choice(),
            structured: self.structure > 0 && self.nav == 0,
        };
        self.push_value(v);
        true
    }

    /// Records a value once. The same value can be reached twice — by its
    /// label and by its form in the text ("IBAN | DE08 …"), or as a cell and
    /// as a line — and is one finding. A labelled sighting replaces one
    /// recognised in running text, since its label says more. Greetings
    /// are pushed apart and always count: a greeting and a "Name" row
    /// naming the same stranger are two sightings.
    fn push_value(&mut self, v: ShownValue) {
        let key = |x: &ShownValue| (x.kind, crate::profile::compact_id(&x.raw));
        let k = key(&v);
        if let Some(i) = self
            .values
            .iter()
            .position(|x| x.how != Shown::Greeting && key(x) == k)
        {
            if self.values[i].how == Shown::InText && v.how == Shown::Labelled {
                self.values[i] = v;
            }
            return;
        }
        self.values.push(v);
    }

    fn finish(mut self) -> PageFacts<'a> {
        let snap = self.snap;
        let url = if snap.url.starts_with("http://") || snap.url.starts_with("https://") {
            // Only the path speaks for the page; a host like "konto.example"
            // says nothing about which page of it this is.
            let rest = snap.url.split_once("://").map(|x| x.1).unwrap_or("");
            rest.split_once('/').map(|x| x.1).unwrap_or("").to_string()
        } else {
            // A local file's name is whatever the person saving it chose.
            String::new()
        };
        let first_heading = self.headings.first().cloned().unwrap_or_default();
        let imprint = mentions(&snap.title, context::IMPRINT)
            || mentions(&url, context::IMPRINT)
            || mentions(&first_heading, context::IMPRINT);
        // Signing in or up, a lost password, a newsletter: pages about an
        // account that show nobody's record, whatever "account" word they use.
        let not_record = mentions(&snap.title, context::NOT_RECORD)
            || mentions(&first_heading, context::NOT_RECORD);
        let page_account = if imprint || not_record {
            None
        } else if mentions(&snap.title, context::ACCOUNT) {
            Some(format!("title \"{}\"", snap.title))
        } else if let Some(h) = self.headings.iter().find(|h| mentions(h, context::ACCOUNT)) {
            Some(format!("heading \"{h}\""))
        } else if mentions(&url, context::ACCOUNT) {
            Some(format!("address \"{}\"", snap.url))
        } else {
            None
        };
        // A greeting counts when it addresses the visitor: "signed in as",
        // or a greeting in the page's chrome of a page that shows a
        // logged-in state, or any greeting on a page that is an account
        // view. "Hello Kitty" in a shop's menu, "Hallo Welt" in a blog post
        // and "Hi, I'm Anna" in an author box greet nobody.
        let logged_in = self.logout || page_account.is_some();
        let dropped: Vec<usize> = self
            .greetings
            .iter()
            .filter(|&&(_, chrome, login)| {
                !(login || (chrome && logged_in) || (page_account.is_some() && !chrome))
            })
            .map(|&(i, _, _)| i)
            .collect();
        let mut i = 0;
        self.values.retain(|_| {
            i += 1;
            !dropped.contains(&(i - 1))
        });
        let greeting = self.values.iter().any(|v| v.how == Shown::Greeting);
        let record = self.values.iter().any(|v| v.structured);
        let from_page = page_account.is_some();
        let account = if from_page {
            page_account
        } else if imprint || not_record {
            None
        } else if greeting {
            Some("a greeting to a logged-in customer".to_string())
        } else if self.logout && record {
            Some("a log-out link and a record of personal data".to_string())
        } else {
            None
        };
        if !from_page && account.is_some() {
            // Logged in, but the page does not say it is about the account:
            // only what addresses the customer or stands in a record counts,
            // not "Label: value" lines of a news site's navigation.
            self.values
                .retain(|v| v.how == Shown::Greeting || v.structured || v.how == Shown::InText);
        }
        let sign_up = mentions(&snap.title, context::SIGN_UP)
            || self.headings.iter().any(|h| mentions(h, context::SIGN_UP));
        birth_date_parts(&mut self.controls);
        sign_in_identifier(&mut self.controls, |form| {
            // The form's own buttons say what it does, its submit button
            // first; where they say neither or both, the page's title and
            // headings do.
            let b = self.buttons.get(&form).cloned().unwrap_or_default();
            [b.submit, b.other]
                .iter()
                .find_map(|t| {
                    match (mentions(t, context::SIGN_UP), mentions(t, context::SIGN_IN)) {
                        (true, false) => Some(true),
                        (false, true) => Some(false),
                        _ => None,
                    }
                })
                .unwrap_or(sign_up)
        });
        let embedded = crate::embedded::people(snap, account.is_some());
        PageFacts {
            controls: self.controls,
            values: self.values,
            account,
            embedded,
        }
    }
}

/// In a sign-in form, the field before the password is the login
/// identifier, whatever it asks for: `username` in HTML's vocabulary, even
/// where the site takes an email, a phone number or a customer number
/// there (as password managers read it). A form is a sign-in form when it
/// has one visible password field (or, asking for the identifier first,
/// one hidden one and no visible one), not a new one, and no other personal
/// field: a name or an address beside it makes it a sign-up or checkout
/// form; nor is a form `sign_up` says opens an account (by its index).
/// The value is still judged by what it is (an email is an email).
/// Three untyped controls side by side that ask for a day, a month and a
/// year ("Month", "Day", "Year" selects) in a form that asks for a person
/// (a name, an email or a phone) and for no card: a birth date. A card's
/// expiry has no day, and a travel or appointment date sits in a form
/// that asks for no person or is the same form as a card's.
fn birth_date_parts(controls: &mut [ControlFact<'_>]) {
    let date_like = |c: &ControlFact<'_>| {
        // Hidden too: custom drop-downs hide the native select they fill
        // (hidden controls are typed, never judged).
        c.class.ty.is_none()
            && (c.el.tag == "select"
                || (c.el.tag == "input" && matches!(c.el.input_type(), "text" | "tel" | "number")))
    };
    let words = |c: &ControlFact<'_>| {
        let mut w = format!(
            "{} {}",
            c.el.attrs.name.as_deref().unwrap_or(""),
            c.el.attrs.id.as_deref().unwrap_or("")
        );
        for h in &c.hints {
            w.push(' ');
            w.push_str(h);
        }
        format!(" {} ", fold(&w))
    };
    let part = |c: &ControlFact<'_>| {
        let w = words(c);
        let is = |t: &[&str]| mentions_folded(&w, t);
        match (
            is(context::DATE_DAY),
            is(context::DATE_MONTH),
            is(context::DATE_YEAR),
        ) {
            (true, false, false) => Some(0),
            (false, true, false) => Some(1),
            (false, false, true) => Some(2),
            _ => None,
        }
    };
    for (form, idx) in by_form(controls) {
        if form.is_none() {
            continue;
        }
        let types: Vec<FieldType> = idx.iter().filter_map(|&i| controls[i].class.ty).collect();
        let person = types.iter().any(|t| {
            matches!(
                t.data_kind(),
                Some(DataKind::Name | DataKind::Email | DataKind::Phone)
            )
        });
        let card = types
            .iter()
            .any(|t| matches!(t.data_kind(), Some(DataKind::Card | DataKind::CardExpiry)));
        if !person || card {
            continue;
        }
        for w in idx.windows(3) {
            if !w.iter().all(|&i| date_like(&controls[i])) {
                continue;
            }
            let mut parts: Vec<Option<u8>> = w.iter().map(|&i| part(&controls[i])).collect();
            parts.sort_unstable();
            if parts == [Some(0), Some(1), Some(2)] {
                for &i in w {
                    controls[i].class.ty = Some(FieldType::Bday);
                    controls[i].class.reason =
                        "a day, a month and a year side by side in a form that asks for a person: a birth date".into();
                }
            }
        }
    }
}

/// The controls of each form (`None`: outside any form), as indices in
/// document order, the forms in order. One pass: a page of thousands of
/// one-control forms stays linear.
fn by_form(controls: &[ControlFact<'_>]) -> BTreeMap<Option<usize>, Vec<usize>> {
    let mut groups: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    for (i, c) in controls.iter().enumerate() {
        groups.entry(c.form).or_default().push(i);
    }
    groups
}

fn sign_in_identifier(controls: &mut [ControlFact<'_>], sign_up: impl Fn(Option<usize>) -> bool) {
    let text_like = |c: &ControlFact<'_>| {
        c.el.tag == "input" && matches!(c.el.input_type(), "text" | "email" | "tel" | "number")
    };
    for (form, all) in by_form(controls) {
        if sign_up(form) {
            continue;
        }
        let idx: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| !controls[i].hidden)
            .collect();
        let passwords: Vec<usize> = idx
            .iter()
            .copied()
            .filter(|&i| controls[i].el.input_type() == "password")
            .collect();
        // A form that asks for the identifier first shows its password
        // field only on the next step: hidden, it still makes the form a
        // sign-in form.
        let hidden_passwords: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| controls[i].hidden && controls[i].el.input_type() == "password")
            .collect();
        let pw = match (&passwords[..], &hidden_passwords[..]) {
            ([pw], _) => *pw,
            ([], [pw]) => *pw,
            _ => continue,
        };
        let new_password = controls[pw]
            .el
            .attrs
            .autocomplete
            .as_deref()
            .is_some_and(|a| a.to_ascii_lowercase().contains("new-password"));
        if new_password {
            continue;
        }
        let Some(id) = idx
            .iter()
            .copied()
            .rfind(|&i| i < pw && text_like(&controls[i]))
        else {
            continue;
        };
        let others_personal = idx.iter().any(|&i| {
            i != id
                && i != pw
                && controls[i]
                    .class
                    .ty
                    .is_some_and(|t| t.data_kind().is_some())
        });
        // The site's own `autocomplete` token says what it asks for, but
        // `email` there says only what the identifier looks like, as
        // `type="email"` does: HTML names a sign-in identifier `username`.
        let declared = controls[id]
            .el
            .attrs
            .autocomplete
            .as_deref()
            .is_some_and(|a| {
                a.split_ascii_whitespace()
                    .map(str::to_ascii_lowercase)
                    .any(|t| t != "email" && FieldType::from_token(&t).is_some())
            });
        if others_personal || declared || controls[id].class.ty == Some(FieldType::Username) {
            continue;
        }
        let was = controls[id]
            .class
            .ty
            .map_or("no type".to_string(), |t| t.token().to_string());
        let c = &mut controls[id].class;
        c.reason = format!(
            "the field before the password of a sign-in form (login identifier; {was}: {})",
            c.reason
        );
        c.ty = Some(FieldType::Username);
    }
}

/// Whether the words of a class or id (folded, as `marks`) name a region in
/// `table`: a whole word or its plural, never a part of one. A class
/// "newsletter-signup" is no "news" region, "authorize" no "author", and
/// "comment-form" is a comment region only by its word "comment".
fn names_region(marks: &str, table: &[&str]) -> bool {
    marks
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            let singular = w.strip_suffix('s').unwrap_or(w);
            table.iter().any(|e| *e == w || *e == singular)
        })
}

/// A label as a person reads it: trimmed, without the ":" or "*" after it.
fn label_text(label: &str) -> &str {
    label.trim().trim_end_matches([':', '*']).trim()
}

/// The person a downloadable document is named after:
/// "Rechnung_Hoffmeister_2024-03.pdf" → "Hoffmeister". Only capitalised
/// words that are not document vocabulary, dates or numbers count.
fn document_name(link_text: &str) -> Option<String> {
    let t = link_text.trim();
    let lower = t.to_lowercase();
    let ext = context::DOCUMENT_EXTENSIONS
        .iter()
        .find(|e| lower.ends_with(*e))?;
    let stem = &t[..t.len() - ext.len()];
    let words: Vec<&str> = stem
        .split(['_', '-', ' ', '.', '(', ')'])
        .filter(|w| {
            w.chars().count() >= 3
                && w.chars().all(char::is_alphabetic)
                && w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().skip(1).all(char::is_uppercase)
                && {
                    let f = fold(w).replace(' ', "");
                    !context::DOCUMENT_WORDS.iter().any(|d| f.contains(d))
                }
        })
        .collect();
    (!words.is_empty() && words.len() <= 3).then(|| words.join(" "))
}

fn heading_level(tag: &str) -> Option<u8> {
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
fn push_capped(buf: &mut String, t: &str, max: usize) {
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

/// Whether `value`, shown for a field of type `ty`, really is personal data
/// of that type, and which kind. Returns the kind and the value as shown.
///
/// This is where "Vorname" in a name field or "Bitte wählen" in a salutation
/// stops being data: each kind must look like itself. And a value that is
/// unmistakably one kind is that kind whatever the field was called: an
/// email address in a field named "Customer ID" or "Street" is an email.
pub fn validate(ty: FieldType, value: &str) -> Option<(DataKind, String)> {
    let v = collapse_ws(value);
    let v = v
        .trim_matches(|c: char| c == ',' || c == ';')
        .trim()
        .to_string();
    if v.is_empty() || v.len() > 200 {
        return None;
    }
    if let Some(kind) = unmistakable(&v) {
        return Some((kind, v));
    }
    let has_postcode = || v.split([' ', ',']).any(is_postcode);
    let kind = ty.data_kind()?;
    let ok = match kind {
        DataKind::Name => looks_like_person_name(&v, false),
        DataKind::Email => is_email(&v),
        // Numbers written nationally are read in the formats of the
        // countries the recogniser knows; any one that fits will do.
        // A toll-free or premium number (in every country it can be read
        // for) is a business's, not a person's.
        DataKind::Phone => {
            let read: Vec<String> = ["49", "1", "44", "33", "43", "41"]
                .iter()
                .filter_map(|cc| normalize_phone(&v, cc))
                .collect();
            !read.is_empty() && !read.iter().all(|n| is_service_number(n))
        }
        DataKind::Street | DataKind::Address => {
            let words = v.split_whitespace().count();
            if has_postcode() && words >= 3 {
                return Some((DataKind::Address, v));
            }
            v.chars().any(char::is_alphabetic)
                && v.chars().any(|c| c.is_ascii_digit())
                && v.len() <= 80
        }
        DataKind::PostalCode => {
            if is_postcode(&v) {
                true
            } else if has_postcode() && v.chars().any(char::is_alphabetic) {
                return Some((DataKind::Address, v));
            } else {
                false
            }
        }
        DataKind::City => {
            if has_postcode() && v.split_whitespace().count() >= 2 {
                return Some((DataKind::Address, v));
            }
            v.len() <= 50
                && !v.chars().any(|c| c.is_ascii_digit())
                && v.chars().next().is_some_and(char::is_uppercase)
        }
        DataKind::BirthDate => parse_date(&v).is_some_and(|d| is_plausible_birth_date(&d)),
        DataKind::Username => {
            if is_email(&v) {
                return Some((DataKind::Email, v));
            }
            !v.contains(' ') && v.len() <= 64
        }
        DataKind::Card => parse_card(&v).is_some(),
        DataKind::CardExpiry => parse_expiry(&v).is_some(),
        DataKind::Iban => is_valid_iban(&v),
        DataKind::CustomerNumber => {
            v.chars().filter(|c| c.is_ascii_digit()).count() >= 3
                && v.len() <= 32
                && v.split_whitespace().count() <= 4
        }
    };
    ok.then_some((kind, v))
}

/// Whether text under a label reads as a value of its kind rather than as
/// more of the page: text is looser than a form control's value, so it must
/// look more like itself. Another label ("Address 2") is no value; a name
/// under a label is capitalised ("required." is not one), a city is a few
/// words and no sentence, a username is one login-shaped token (in a line
/// of text, one with a digit, dot or underscore: "English" under "Log in"
/// is a language switch).
fn looks_shown(kind: DataKind, raw: &str, structured: bool) -> bool {
    if unmistakable(raw).is_some() {
        return true;
    }
    let words = raw.split_whitespace().count();
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    if words <= 3 && digits <= 1 && fields::classify_label(label_text(raw)).is_some() {
        return false;
    }
    match kind {
        DataKind::Name => looks_like_person_name(raw, true),
        DataKind::City => {
            words <= 4 && !raw.ends_with(['.', '!', '?']) && !raw.contains(['€', '$', '£', '%'])
        }
        DataKind::Street | DataKind::Address => !raw.contains(['€', '$', '£', '%']),
        DataKind::Username => {
            words == 1
                && (structured
                    || raw
                        .chars()
                        .any(|c| c.is_ascii_digit() || matches!(c, '.' | '_' | '@')))
        }
        _ => true,
    }
}

/// A birth date asked for in three fields (day, month and year selects, as
/// sign-up and payment forms do), read as one date: the control holding
/// the year and the date as "YYYY-MM-DD". Each part is placed by its
/// field's words ("Tag", "month", "année") or, failing those, by its range
/// (a year has four digits, a day above 12 is a day). `None` unless all
/// three are there, pre-filled by the page, and make a plausible date.
pub fn split_birth_date<'c, 'a>(
    controls: &[&'c ControlFact<'a>],
) -> Option<(&'c ControlFact<'a>, String)> {
    use context::{DATE_DAY as DAY, DATE_MONTH as MONTH};
    let parts: Vec<(&ControlFact<'a>, String)> = controls
        .iter()
        .copied()
        .filter(|c| c.class.ty == Some(FieldType::Bday) && !c.hidden)
        .filter_map(|c| {
            let ctl = c.el.control.as_ref()?;
            if ctl.user_modified || ctl.autofilled {
                return None;
            }
            let v = if c.el.tag == "select" {
                &ctl.default_value
            } else {
                &ctl.value
            };
            let v = v.trim();
            (!v.is_empty() && parse_date(v).is_none()).then(|| (c, v.to_string()))
        })
        .collect();
    let [_, _, _] = parts[..] else { return None };
    let (mut day, mut month, mut year, mut unplaced) = (None, None, None, Vec::new());
    let mut year_control = None;
    for (c, v) in &parts {
        let words = format!(
            " {} ",
            fold(&format!(
                "{} {} {}",
                c.el.attrs.name.as_deref().unwrap_or(""),
                c.el.attrs.id.as_deref().unwrap_or(""),
                c.class.label
            ))
        );
        if let Some(m) = month_number(v) {
            month = Some(u32::from(m));
            continue;
        }
        let n: u32 = v.parse().ok()?;
        if (1900..=2100).contains(&n) {
            year = Some(n);
            year_control = Some(*c);
        } else if mentions_folded(&words, DAY) || n > 12 {
            day = Some(n);
        } else if mentions_folded(&words, MONTH) {
            month = Some(n);
        } else {
            unplaced.push(n);
        }
    }
    for n in unplaced {
        if day.is_none() && month.is_some() {
            day = Some(n);
        } else if month.is_none() && day.is_some() {
            month = Some(n);
        } else {
            return None;
        }
    }
    let date = format!("{:04}-{:02}-{:02}", year?, month?, day?);
    let d = parse_date(&date)?;
    is_plausible_birth_date(&d).then(|| (year_control.unwrap_or(parts[0].0), date))
}

/// The kind a value is by its form alone, whatever its label says: an email
/// address, a valid IBAN, a Luhn-valid card number.
pub fn unmistakable(v: &str) -> Option<DataKind> {
    if is_email(v) {
        Some(DataKind::Email)
    } else if is_valid_iban(v) {
        Some(DataKind::Iban)
    } else if matches!(parse_card(v), Some(CardValue::Full { .. })) {
        Some(DataKind::Card)
    } else {
        None
    }
}

/// The server-sent value of a control if it is personal data nobody on
/// this side put there: not typed by the user, not filled by their
/// browser, not a placeholder, template or sample.
pub fn prefilled(c: &ControlFact<'_>) -> Option<(DataKind, String)> {
    let ctl = c.el.control.as_ref()?;
    if ctl.user_modified || ctl.autofilled {
        return None;
    }
    // What the control shows now. Nobody on this side typed or autofilled
    // it, so the page put it there: in the HTML (the default) or later by
    // script, as single-page apps fill forms. A select keeps its default,
    // because the browser shows its first option when none is marked, and
    // that option is no one's data.
    let value = if c.el.tag == "select" {
        ctl.default_value.trim()
    } else {
        ctl.value.trim()
    };
    if value.is_empty() {
        return None;
    }
    let t = c.el.input_type();
    if c.el.tag == "input"
        && matches!(
            t,
            "password"
                | "checkbox"
                | "radio"
                | "file"
                | "search"
                | "hidden"
                | "range"
                | "color"
                | "number"
                | "date"
                | "month"
                | "week"
                | "time"
        )
    {
        // `number`/`date` inputs can hold personal data, but only via a
        // label we can check; they are handled through `class.ty` below.
        // A `search` input is typed only when the page declared a personal
        // autocomplete token on it (see `fields::classify`).
        if !(matches!(t, "date" | "number" | "search") && c.class.ty.is_some()) {
            return None;
        }
    }
    let hints: Vec<&str> = c.hints.iter().map(String::as_str).collect();
    if is_not_data(value, &hints) {
        return None;
    }
    match c.class.ty {
        Some(ty) => validate(ty, value),
        // Unlabelled controls: only values that are unmistakable by form.
        None => unmistakable(value).map(|k| (k, value.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::snapshot_from_str;
    use crate::snapshot::Limits;

    /// Each control's name and what NotMine takes its value for.
    type Prefilled = (Option<String>, Option<(DataKind, String)>);

    fn facts_of(html: &str) -> Vec<Prefilled> {
        let snap = snapshot_from_str(html, "page.html", Limits::DEFAULT);
        let f = extract(&snap);
        f.controls
            .iter()
            .map(|c| (c.el.attrs.name.clone(), prefilled(c)))
            .collect()
    }

    /// Each control's name and the type NotMine gives it.
    fn types_of(html: &str) -> Vec<(Option<String>, Option<FieldType>)> {
        let snap = snapshot_from_str(html, "page.html", Limits::DEFAULT);
        extract(&snap)
            .controls
            .iter()
            .map(|c| (c.el.attrs.name.clone(), c.class.ty))
            .collect()
    }

    /// Each control's type, in document order.
    fn types(html: &str) -> Vec<Option<FieldType>> {
        types_of(html).into_iter().map(|(_, t)| t).collect()
    }

    #[test]
    fn a_day_a_month_and_a_year_beside_a_person_are_a_birth_date() {
        let selects = "<select name=month><option>Month</select>\
                       <select name=day><option>Day</select>\
                       <select name=year><option>Year</select>";
        let bday = Some(FieldType::Bday);
        // A sign-up form (the native selects may be hidden behind custom ones).
        let signup = format!(
            "<form><label>Email <input name=email></label>\
             <div hidden>{selects}</div></form>"
        );
        assert_eq!(
            types_of(&signup)[1..],
            [
                (Some("month".into()), bday),
                (Some("day".into()), bday),
                (Some("year".into()), bday)
            ]
        );
        // A search form asks for no person: a travel date.
        let search = format!("<form><label>From <input name=from></label>{selects}</form>");
        assert!(types_of(&search).iter().all(|(_, t)| t.is_none()));
        // A form that takes a card: the month and year are its expiry's.
        let card = format!(
            "<form><label>Email <input name=email></label>\
             <label>Card number <input name=cardnumber></label>{selects}</form>"
        );
        assert!(types_of(&card)[2..].iter().all(|(_, t)| *t != bday));
        // Two of the three are no date.
        let two = "<form><label>Email <input name=email></label>\
                   <select name=month></select><select name=year></select></form>";
        assert!(types_of(two)[1..].iter().all(|(_, t)| t.is_none()));
    }

    #[test]
    fn a_menu_link_that_reads_like_a_label_labels_nothing() {
        let menu = |wrap: &str, end: &str| {
            format!(
                "<title>Mein Konto</title><a href=/logout>Abmelden</a>{wrap}<ul>\
                 <li><a href=/a>Passengers with special needs</a></li>\
                 <li><a href=/b>Flight Disruption Statement</a></li></ul>{end}"
            )
        };
        assert_eq!(shown_of(&menu("<nav>", "</nav>")).1, vec![]);
        assert_eq!(shown_of(&menu("<div class=main-menu>", "</div>")).1, vec![]);
        // The same two blocks outside the navigation are a label and its
        // value, in an account area too.
        for wrap in [
            "<div>",
            "<div class=account-details>",
            "<section class=user-profile>",
        ] {
            let record = format!(
                "<title>Mein Konto</title><a href=/logout>Abmelden</a>\
                 {wrap}<div>Name</div><div>Ingrid Solberg</div></div>"
            );
            assert_eq!(
                shown_of(&record).1,
                vec![(
                    Shown::Labelled,
                    DataKind::Name,
                    "Ingrid Solberg".to_string()
                )],
                "{wrap}"
            );
        }
    }

    #[test]
    fn class_words_name_regions_only_as_whole_words() {
        let marks = |s: &str| format!(" {} ", fold(s));
        assert!(names_region(&marks("comment-list"), context::PUBLICATION));
        assert!(names_region(&marks("site-footer"), context::PUBLICATION));
        assert!(names_region(&marks("userComments"), context::PUBLICATION));
        assert!(!names_region(
            &marks("newsletter-signup"),
            context::PUBLICATION
        ));
        assert!(!names_region(
            &marks("authorize-form"),
            context::PUBLICATION
        ));
        assert!(!names_region(&marks("blogger-login"), context::PUBLICATION));
    }

    #[test]
    fn a_form_in_a_footer_article_or_comment_section_is_still_read() {
        let got = facts_of(
            r#"<footer><form class="newsletter"><input type="email" name="nl" value="jonas.brenner@gmx.de"></form></footer>
            <article><div id="comments"><form><label>Name <input name="author" value="Jonas Brenner"></label></form></div></article>"#,
        );
        assert_eq!(
            got,
            [
                (
                    Some("nl".into()),
                    Some((DataKind::Email, "jonas.brenner@gmx.de".into()))
                ),
                (
                    Some("author".into()),
                    Some((DataKind::Name, "Jonas Brenner".into()))
                ),
            ]
        );
    }

    #[test]
    fn a_value_is_what_it_unmistakably_is_whatever_the_field_is_called() {
        assert_eq!(
            validate(FieldType::StreetAddress, "j.brenner@web.de"),
            Some((DataKind::Email, "j.brenner@web.de".into()))
        );
        assert_eq!(
            validate(FieldType::CustomerNumber, "DE89 3704 0044 0532 0130 00"),
            Some((DataKind::Iban, "DE89 3704 0044 0532 0130 00".into()))
        );
        assert_eq!(
            validate(FieldType::Country, "4111 1111 1111 1111").map(|x| x.0),
            Some(DataKind::Card)
        );
        assert_eq!(validate(FieldType::PostalCode, "Berlin"), None);
        let got =
            facts_of(r#"<label>Student ID <input name="id" value="m.keller@uni-bern.ch"></label>"#);
        assert_eq!(
            got[0].1,
            Some((DataKind::Email, "m.keller@uni-bern.ch".into()))
        );
    }

    fn shown_of(html: &str) -> (Option<String>, Vec<(Shown, DataKind, String)>) {
        let snap = snapshot_from_str(html, "page.html", Limits::DEFAULT);
        let f = extract(&snap);
        let values = f
            .values
            .iter()
            .map(|v| (v.how, v.kind, v.raw.clone()))
            .collect();
        (f.account, values)
    }

    #[test]
    fn a_greeting_counts_only_when_it_addresses_a_signed_in_visitor() {
        // In the header of a logged-in page: the customer.
        let (account, values) = shown_of(
            r#"<header><span>Hallo Timo!</span> <a href="/logout">Abmelden</a></header><main><h1>Angebote</h1></main>"#,
        );
        assert_eq!(
            account.as_deref(),
            Some("a greeting to a logged-in customer")
        );
        assert_eq!(
            values,
            [(Shown::Greeting, DataKind::Name, "Timo".to_string())]
        );
        // A brand in a shop's menu, with nobody logged in; a blog post.
        for html in [
            r#"<header><nav><a href="/c/kitty">Hello Kitty</a> <a href="/login">Anmelden</a></nav></header>"#,
            r#"<article><p>Hallo Sönke,</p><p>schön, dass du da bist.</p></article><a href="/logout">Log out</a>"#,
            r#"<main><p>Welcome, Anna</p></main>"#,
        ] {
            assert_eq!(shown_of(html), (None, vec![]), "{html}");
        }
        // "Signed in as" says it on its own; a sample address greets nobody.
        let (_, values) = shown_of(r#"<p>Angemeldet als jonas.brenner</p>"#);
        assert_eq!(values.len(), 1);
        let (_, values) =
            shown_of(r#"<header>Welcome, test@example.com <a href="/logout">Log out</a></header>"#);
        assert!(values.is_empty());
    }

    #[test]
    fn sign_in_and_sign_up_pages_are_no_account_view() {
        let (account, values) = shown_of(
            r#"<title>Log in to your account</title><h1>My account</h1><dl><dt>Name</dt><dd>Cookie Settings</dd></dl>"#,
        );
        assert_eq!(account, None);
        assert!(values.is_empty());
        // A log-out link alone makes no account view of a news page; with a
        // record of personal data it does.
        let news = r#"<a href="/logout">Abmelden</a><div>Stadt, Region, Land</div><div>Attraktionen</div>"#;
        assert_eq!(shown_of(news).0, None);
        let (account, values) = shown_of(
            r#"<a href="/logout">Log out</a><table><tr><th>Driver</th><th>Email</th></tr><tr><td>Kwame Mensah</td><td>kwame@gmail.com</td></tr></table>"#,
        );
        assert!(account.is_some());
        assert_eq!(values.len(), 2);
        // The record may stand in the site's account area; in its
        // navigation it is no record.
        let record = |wrap: &str, end: &str| {
            format!(
                r#"<a href="/logout">Log out</a>{wrap}<dl><dt>Name</dt><dd>Ingrid Solberg</dd><dt>E-Mail</dt><dd>ingrid.solberg@posteo.no</dd></dl>{end}"#
            )
        };
        assert!(
            shown_of(&record("<section class=account-details>", "</section>"))
                .0
                .is_some()
        );
        assert_eq!(shown_of(&record("<nav>", "</nav>")).0, None);
    }

    #[test]
    fn text_under_a_label_must_look_like_a_value_of_its_kind() {
        let page = |body: &str| format!("<title>Mein Konto</title>{body}");
        // Another label, a lower-case word, a price, a service number.
        for body in [
            "<p>Address 2: Please enter address</p>",
            "<dl><dt>Vorname</dt><dd>required.</dd></dl>",
            "<dl><dt>Lieferadresse</dt><dd>3,95€ - Gratis ab 50 €</dd></dl>",
            "<dl><dt>Fax</dt><dd>+1-866-534-3097</dd></dl>",
            "<p>Login: English</p>",
        ] {
            let (_, values) = shown_of(&page(body));
            assert!(values.is_empty(), "{body}: {values:?}");
        }
        let (_, values) = shown_of(&page(
            "<dl><dt>Username</dt><dd>dokafor</dd><dt>Telefon</dt><dd>0941 5872034</dd></dl>",
        ));
        assert_eq!(
            values.iter().map(|v| v.1).collect::<Vec<_>>(),
            [DataKind::Username, DataKind::Phone]
        );
    }

    #[test]
    fn the_field_before_the_password_of_a_sign_in_form_is_the_login_identifier() {
        // An email field that signs in: `username`, as HTML names it.
        assert_eq!(
            types(
                r#"<form><label>E-Mail <input type="email" name="email"></label><input type="password" name="pw"></form>"#
            ),
            [Some(FieldType::Username), None]
        );
        // `autocomplete="email"` says what the identifier looks like, not
        // what the field is for; another declared type is taken at its word.
        assert_eq!(
            types(
                r#"<form><input type="email" autocomplete="email"><input type="password" autocomplete="current-password"></form>"#
            ),
            [Some(FieldType::Username), None]
        );
        assert_eq!(
            types(r#"<form><input name="login" autocomplete="tel"><input type="password"></form>"#),
            [Some(FieldType::Tel), None]
        );
        // Not in a sign-up form, nor in a newsletter box without a password.
        assert_eq!(
            types(
                r#"<form><input type="email" autocomplete="email"><input type="password"><button>Sign up</button></form>"#
            ),
            [Some(FieldType::Email), None]
        );
        assert_eq!(
            types(
                r#"<form><label>Name <input name="name"></label><label>E-Mail <input type="email"></label><input type="password"></form>"#
            ),
            [Some(FieldType::Name), Some(FieldType::Email), None]
        );
        assert_eq!(
            types(
                r#"<title>Create an account</title><form><label>E-Mail <input type="email"></label><input type="password"></form>"#
            ),
            [Some(FieldType::Email), None]
        );
        assert_eq!(
            types(r#"<footer><form><input type="email" name="newsletter"></form></footer>"#),
            [Some(FieldType::Email)]
        );
        // Identifier first: the password field waits, hidden, for step two.
        assert_eq!(
            types(
                r#"<form><input type="email" name="loginfmt"><div hidden><input type="password" name="passwd"></div><button>Next</button></form>"#
            ),
            [Some(FieldType::Username), None]
        );
        // Two hidden passwords are a sign-up's.
        assert_eq!(
            types(
                r#"<form><input type="email" name="email"><div hidden><input type="password"><input type="password"></div></form>"#
            ),
            [Some(FieldType::Email), None, None]
        );
    }

    #[test]
    fn a_forms_own_buttons_say_whether_it_signs_in_or_up() {
        // A sign-up form on a page that does not say so: its button does.
        assert_eq!(
            types(
                r#"<form><label>Email <input type="email" name="email"></label><input type="password" name="pw"><button>Create account</button></form>"#
            ),
            [Some(FieldType::Email), None]
        );
        assert_eq!(
            types(
                r#"<form><input type="email" name="email"><input type="password"><input type="submit" value="Sign up"></form>"#
            ),
            [Some(FieldType::Email), None]
        );
        // A sign-in form on a page headed "Sign in or register".
        assert_eq!(
            types(
                r#"<h1>Sign in or register</h1><form><input type="email" name="email"><input type="password"><button type="submit">Log in</button></form>"#
            ),
            [Some(FieldType::Username), None]
        );
        // The submit button speaks before a button that opens another form,
        // and another site's sign-in says nothing about this form.
        assert_eq!(
            types(
                r#"<h2>Having sign-up issues?</h2><form><input type="email" name="email"><input type="password"><button type="submit">Log In</button><button type="button">Sign Up</button></form>"#
            ),
            [Some(FieldType::Username), None]
        );
        assert_eq!(
            types(
                r#"<form><input type="email" name="email"><input type="password"><button>Sign up</button><button type="button">Sign in with Google</button></form>"#
            ),
            [Some(FieldType::Email), None]
        );
        // A multi-step sign-up shows its submit button last: hidden, it
        // still says what the form does.
        assert_eq!(
            types(
                r#"<form><input type="email" name="email"><input type="password"><div hidden><button type="submit">Create account</button></div></form>"#
            ),
            [Some(FieldType::Email), None]
        );
    }

    #[test]
    fn a_birth_date_in_three_selects_is_read_as_one_date() {
        let date = |html: &str| {
            let snap = snapshot_from_str(html, "page.html", Limits::DEFAULT);
            let f = extract(&snap);
            let all: Vec<&ControlFact<'_>> = f.controls.iter().collect();
            split_birth_date(&all).map(|(c, d)| (c.el.attrs.name.clone(), d))
        };
        let form = |m: &str, d: &str, y: &str| {
            format!(
                r#"<label>Date of birth <select name="dob_month"><option>Month</option><option {m}>Apr</option></select></label>
                <select name="dob_day"><option>Day</option><option {d}>6</option></select>
                <select name="dob_year"><option>Year</option><option {y}>1953</option></select>"#
            )
        };
        assert_eq!(
            date(&form("selected", "selected", "selected")),
            Some((Some("dob_year".into()), "1953-04-06".into()))
        );
        // Nothing chosen by the page: no date.
        assert_eq!(date(&form("", "selected", "selected")), None);
        // Unlabelled parts are placed by range: a day above 12 is a day.
        assert_eq!(
            date(r#"<label>Geburtsdatum <select name="a"><option selected>24</option></select><select name="b"><option selected>3</option></select><select name="c"><option selected>1986</option></select></label>"#)
                .map(|x| x.1),
            Some("1986-03-24".into())
        );
    }
}
