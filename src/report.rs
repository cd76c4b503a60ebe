//! The scan-result line: the stable contract of `notmine scan --format
//! jsonl`, also produced by the extension's scan harness so the two can be
//! compared page by page. Its shape is fixed; other tools parse it exactly.
//!
//! ```json
//! {"path": "…", "warn": true, "severity": "high",
//!  "findings": [{"kind": "name", "field": {"name": "vorname", "id": null}, "value": "J•••", "reason": "…"}],
//!  "fields": [{"name": "vorname", "id": null, "type": "given-name"}]}
//! ```

use crate::kinds::{DataKind, FieldType, Severity};
use crate::rules::{Place, Verdict};
use serde::{Deserialize, Serialize};

/// One line of `notmine scan --format jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanLine {
    pub path: String,
    pub warn: bool,
    pub severity: Severity,
    pub findings: Vec<LineFinding>,
    pub fields: Vec<LineField>,
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
                })
                .collect(),
        }
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
    }
}
