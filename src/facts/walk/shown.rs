//! Values shown in text: table rows and columns, definition lists,
//! "Label: value" lines, label and value in sibling blocks, greetings, and
//! cards and IBANs in running text.

use super::labels::label_text;
use super::{Walker, LINE_LABEL_MAX};
use crate::context;
use crate::facts::validate::{unmistakable, validate_in};
use crate::facts::{Shown, ShownValue, MAX_LINES};
use crate::fields;
use crate::kinds::{DataKind, FieldType};
use crate::recognise::{
    find_cards, find_ibans, greeting, is_email, is_not_data, looks_like_person_name, may_greet,
    CardValue,
};
use crate::text::{collapsed, word_key};

impl<'a> Walker<'a> {
    pub(super) fn row_done(&mut self) {
        self.structure += 1;
        self.row_pairs();
        self.structure -= 1;
    }

    /// Counts one line, row or definition read for values; `false` once
    /// the page's budget ([`MAX_LINES`]) is spent, with a note.
    pub(super) fn spend(&mut self) -> bool {
        self.lines_read += 1;
        if self.lines_read > MAX_LINES {
            self.note(format!(
                "truncated: the page has more than {MAX_LINES} lines of text; the rest was not read for personal data"
            ));
            return false;
        }
        true
    }

    pub(super) fn row_pairs(&mut self) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let row = std::mem::take(&mut t.row);
        if row.is_empty() || !self.spend() {
            return;
        }
        let Some(t) = self.tables.last_mut() else {
            return;
        };
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

    pub(super) fn flush_line(&mut self) {
        let pending = std::mem::take(&mut self.pending_text);
        if !pending.trim().is_empty() {
            self.prev_block = pending;
        }
        let line = collapsed(std::mem::take(&mut self.line));
        let nodes = std::mem::take(&mut self.line_nodes);
        if line.is_empty() || self.hidden > 0 || self.publication > 0 {
            return;
        }
        if !self.spend() {
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
                    // The pair starts with its first node's first word
                    // (or the second's, when the first is blank).
                    nodes
                        .windows(2)
                        .filter(|w| may_greet(if w[0].trim().is_empty() { w[1] } else { w[0] }))
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
        if nodes.len() == 2 && nodes[0].len() <= LINE_LABEL_MAX && self.labelled(nodes[0], nodes[1])
        {
            return;
        }
        // A line that is only a label waits for its value on the next line;
        // "123 Main Street" names a street but is one, so it is no label.
        let label_ty = (line.len() <= LINE_LABEL_MAX)
            .then(|| fields::classify_label(label_text(&line)))
            .flatten();
        let is_value = |ty| {
            validate_in(ty, &line, self.country).is_some()
                && line.chars().any(|c| c.is_ascii_digit() || c == '@')
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
    pub(super) fn labelled(&mut self, label: &str, value: &str) -> bool {
        if self.hidden > 0 || self.publication > 0 {
            return false;
        }
        match fields::classify_label(label_text(label)) {
            Some(ty) => self.labelled_as(ty, label, value),
            None => false,
        }
    }

    /// [`Self::labelled`] for a label already classified as `ty`.
    pub(super) fn labelled_as(&mut self, ty: FieldType, label: &str, value: &str) -> bool {
        if self.hidden > 0 || self.publication > 0 {
            return false;
        }
        let label = label_text(label);
        let Some((kind, raw)) = validate_in(ty, value, self.country) else {
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
    pub(super) fn push_value(&mut self, v: ShownValue) {
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
}

/// Whether text under a label reads as a value of its kind rather than as
/// more of the page: text is looser than a form control's value, so it must
/// look more like itself. Another label ("Address 2") is no value; a name
/// under a label is capitalised ("required." is not one), a city is a few
/// words and no sentence, a username is one login-shaped token (in a line
/// of text, one with a digit, dot or underscore: "English" under "Log in"
/// is a language switch).
pub(super) fn looks_shown(kind: DataKind, raw: &str, structured: bool) -> bool {
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

/// The person a downloadable document is named after:
/// "Rechnung_Hoffmeister_2024-03.pdf" → "Hoffmeister". Only capitalised
/// words that are not document vocabulary, dates or numbers count.
pub(super) fn document_name(link_text: &str) -> Option<String> {
    let t = link_text.trim();
    let ext = context::DOCUMENT_EXTENSIONS.iter().find(|e| {
        t.len() >= e.len()
            && t.is_char_boundary(t.len() - e.len())
            && t[t.len() - e.len()..].eq_ignore_ascii_case(e)
    })?;
    let stem = &t[..t.len() - ext.len()];
    let words: Vec<&str> = stem
        .split(['_', '-', ' ', '.', '(', ')'])
        .filter(|w| {
            w.chars().count() >= 3
                && w.chars().all(char::is_alphabetic)
                && w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().skip(1).all(char::is_uppercase)
                && {
                    let f = word_key(w).replace(' ', "");
                    !context::document_words().iter().any(|d| f.contains(d))
                }
        })
        .collect();
    (!words.is_empty() && words.len() <= 3).then(|| words.join(" "))
}
