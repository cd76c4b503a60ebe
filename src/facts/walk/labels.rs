//! What names a control: its `<label>`, a wrapping label, aria-labelledby,
//! the text before it, its column header — gathered as evidence for the
//! classifier ([`crate::fields`]).

use super::Walker;
use crate::facts::{ControlFact, MAX_CONTROLS};
use crate::fields::{self, Evidence};
use crate::snapshot::Element;
use crate::text::collapse_ws;

impl<'a> Walker<'a> {
    pub(super) fn control(&mut self, e: &'a Element) {
        if self.controls.len() >= MAX_CONTROLS {
            self.note(format!(
                "truncated: the page has more than {MAX_CONTROLS} form controls; the rest were not judged"
            ));
            return;
        }
        let a = &e.attrs;
        let snap = self.snap;
        let targets = self.targets.get_or_insert_with(|| super::Targets::of(snap));
        let label_for =
            a.id.as_deref()
                .and_then(|id| targets.label_for.get(id))
                .map(String::as_str);
        // A hidden control has no visible label; only its name/id speak.
        let visible = self.hidden == 0 && !e.hidden;
        // A label's text is read once, however many controls it wraps.
        let wrapping_label = match self.label_stack.last_mut() {
            Some((l, text)) if visible => Some(
                text.get_or_insert_with(|| collapse_ws(&l.text(200)))
                    .clone(),
            ),
            _ => None,
        };
        let labelledby = a.aria_labelledby.as_deref().map(|ids| {
            let parts: Vec<String> = ids
                .split_ascii_whitespace()
                .filter_map(|id| targets.ids.get(id))
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
            lang: &self.lang,
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
}

/// A label as a person reads it: trimmed, without the ":" or "*" after it.
pub(super) fn label_text(label: &str) -> &str {
    label.trim().trim_end_matches([':', '*']).trim()
}
