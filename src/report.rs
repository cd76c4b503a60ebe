//! The scan-result line: the stable contract of `notmine scan --format
//! jsonl`, also produced by the extension's scan harness so the two can be
//! compared page by page. Its shape is fixed; other tools parse it exactly.
//!
//! ```json
//! {"path": "…", "warn": true, "severity": "high",
//!  "findings": [{"kind": "name", "field": {"name": "vorname", "id": null}, "value": "J•••", "reason": "…"}],
//!  "fields": [{"name": "vorname", "id": null, "type": "given-name"}]}
//! ```
//!
//! `--explain` adds `judged` and `why` to every field and a `shown` list
//! (see [`ScanLine::explained`]); a document of a HAR file has `"url"`
//! after `path` ([`ScanLine::with_url`]); without them the line is exactly
//! the above.

use crate::kinds::{DataKind, FieldType, Severity};
use crate::rules::explain::Explanation;
use crate::rules::{Place, Verdict};
use serde::{Deserialize, Serialize};

/// One line of `notmine scan --format jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanLine {
    pub path: String,
    /// The address the page was served from, for a document of a HAR file
    /// (`path` is then `file.har#N`). Absent for a saved page, whose line
    /// stays exactly as it always was: a saved file's address is a guess
    /// (its `saved from url=` comment), a HAR's is the request's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub warn: bool,
    pub severity: Severity,
    pub findings: Vec<LineFinding>,
    pub fields: Vec<LineField>,
    /// With `--explain`: the values the page's text shows, each with
    /// whether it was judged and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown: Option<Vec<LineShown>>,
}

/// A value the page's text shows, with `--explain`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineShown {
    pub kind: DataKind,
    /// Masked.
    pub value: String,
    /// "greeting", "labelled" or "in-text".
    pub how: String,
    pub label: String,
    pub judged: bool,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineFinding {
    pub kind: DataKind,
    pub field: Option<LineFieldRef>,
    pub value: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineFieldRef {
    pub name: Option<String>,
    pub id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineField {
    pub name: Option<String>,
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub ty: Option<FieldType>,
    /// With `--explain`: whether its value was judged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judged: Option<bool>,
    /// With `--explain`: why (not), in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

/// The line for a file that could not be scanned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorLine {
    pub path: String,
    pub error: String,
}

impl ScanLine {
    pub fn new(path: &str, v: &Verdict) -> ScanLine {
        ScanLine {
            path: path.to_string(),
            url: None,
            warn: v.warn,
            severity: v.severity,
            findings: v
                .findings
                .iter()
                .map(|f| LineFinding {
                    kind: f.kind,
                    // Embedded data has no form control; its reason names
                    // the script and key.
                    field: f
                        .field
                        .as_ref()
                        .filter(|_| f.place != Place::EmbeddedData)
                        .map(|r| LineFieldRef {
                            name: r.name.clone(),
                            id: r.id.clone(),
                        }),
                    value: f.value.clone(),
                    reason: f.reason(),
                })
                .collect(),
            fields: v
                .fields
                .iter()
                .map(|f| LineField {
                    name: f.name.clone(),
                    id: f.id.clone(),
                    ty: f.ty,
                    judged: None,
                    why: None,
                })
                .collect(),
            shown: None,
        }
    }

    /// The line with `--explain`'s keys: `judged` and `why` on every field
    /// (the explanation lists the same controls in the same order as the
    /// verdict), and the page's shown values under `shown`.
    pub fn explained(mut self, e: &Explanation) -> ScanLine {
        for (f, w) in self.fields.iter_mut().zip(&e.fields) {
            f.judged = Some(w.judged);
            f.why = Some(w.why.clone());
        }
        self.shown = Some(
            e.shown
                .iter()
                .map(|s| LineShown {
                    kind: s.kind,
                    value: s.value.clone(),
                    how: s.how.to_string(),
                    label: s.label.clone(),
                    judged: s.judged,
                    why: s.why.clone(),
                })
                .collect(),
        );
        self
    }

    /// The line with the address a HAR entry was requested from.
    pub fn with_url(mut self, url: &str) -> ScanLine {
        self.url = Some(url.to_string());
        self
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a scan line always serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{FieldInfo, FieldRef, Finding, Place};

    #[test]
    fn line_has_exactly_the_contract_keys() {
        let v = Verdict {
            warn: true,
            severity: Severity::High,
            findings: vec![Finding {
                kind: DataKind::Name,
                place: Place::FormField,
                field: Some(FieldRef {
                    name: Some("vorname".into()),
                    id: None,
                    label: "Vorname".into(),
                }),
                value: "J•••".into(),
                raw: "Jonas".into(),
                rule: crate::rules::Rule::Form,
                why: vec![crate::rules::Reason::FormUntouched {
                    kind: DataKind::Name,
                }],
                severity: Severity::High,
            }],
            fields: vec![FieldInfo {
                name: Some("vorname".into()),
                id: None,
                ty: Some(FieldType::GivenName),
                label: "Vorname".into(),
                reason: "x".into(),
                hidden: false,
            }],
            ..Verdict::default()
        };
        let json = ScanLine::new("a.html", &v).to_json();
        assert_eq!(
            json,
            r#"{"path":"a.html","warn":true,"severity":"high","findings":[{"kind":"name","field":{"name":"vorname","id":null},"value":"J•••","reason":"the page sent this field filled in with a name; nobody typed it here"}],"fields":[{"name":"vorname","id":null,"type":"given-name"}]}"#
        );
        assert!(!json.contains("Jonas"), "raw values never reach the line");
        let har = ScanLine::new("a.har#3", &v)
            .with_url("https://a.example/")
            .to_json();
        assert!(
            har.starts_with(r#"{"path":"a.har#3","url":"https://a.example/","warn":true,"#),
            "{har}"
        );
    }
}
